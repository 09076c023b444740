/// What the aligner knows about one side's segments: their lengths and the
/// weighted lexical *units* (words, Chinese lexicon words, numbers) each
/// segment contains, with the *keys* (English word ids) each unit offers.
///
/// An English word is a unit offering its own stem as key; a Chinese word
/// found by forward maximum matching is a unit offering the stems of its
/// CC-CEDICT glosses; a number offers `#digits`; a Latin word inside Chinese
/// text offers its stem. Two segments match on every key they share, so
/// the same code serves zh–en, en–zh, zh–zh and en–fr (identical tokens).
///
/// Per segment the keys are stored sorted, each with a mask of the units
/// that offer it (unit *u* sets bit *u* mod 64), and the units' IDF weights
/// are summed per bit: a segment of *k* units uses bits 0..<min(*k*, 64),
/// and only those are stored, weights and masks alike.
///
/// A segment's masks take the smaller of two forms: *packed*, each in the
/// bytes its segment's bits need, ⌈min(*k*, 64) / 8⌉, not eight (a
/// paragraph has some thirty units); or *coded*, one byte per key, the
/// bit's index for a key that one unit offers (most keys) or 64 + *j* for
/// the *j*-th key that several units offer, whose eight-byte mask follows
/// the codes.
struct SegmentFeatures: Sendable {
  /// Prefix sums of segment lengths in non-whitespace characters; n + 1.
  var lengthPrefix: [Double]
  /// Offsets into `keys`, n + 1.
  var keyStart: [Int]
  var keys: [Int32]
  /// The masks of the keys of segment *s* from `maskStart[s]`, coded
  /// when `maskCoded[s]`, else packed, little-endian; followed by seven
  /// zero bytes, so that every mask can be read as eight bytes.
  var maskBytes: [UInt8]
  /// Offsets into `maskBytes`, n + 1.
  var maskStart: [Int]
  /// Whether segment *s*'s masks are coded; n.
  var maskCoded: [Bool]
  /// The summed weight of the units on each bit a segment uses: bit *i*
  /// of segment *s* at `bitStart[s] + i`.
  var bitWeights: [Float]
  /// Offsets into `bitWeights`, n + 1: segment *s* uses
  /// `bitStart[s + 1] - bitStart[s]` bits, min(its units, 64).
  var bitStart: [Int]
  /// The summed weight of each segment's units.
  var totalWeight: [Float]

  /// The bytes that hold eight bytes' worth of mask beyond the last one.
  static let maskPadding = 7
  /// The most keys offered by several units that a coded segment holds
  /// (codes 64 to 255).
  static let maximumMultiBitKeys = 192

  var count: Int { totalWeight.count }

  /// Features whose keys' masks are given as 64-bit values, `keyMasks[i]`
  /// for `keys[i]`; each mask must lie within its segment's bits.
  ///
  /// - Complexity: O(the keys).
  init(
    lengthPrefix: [Double], keyStart: [Int], keys: [Int32], keyMasks: [UInt64],
    bitWeights: [Float], bitStart: [Int], totalWeight: [Float]
  ) {
    let n = keyStart.count - 1
    var maskStart = [0]
    maskStart.reserveCapacity(n + 1)
    var maskCoded = [Bool](repeating: false, count: n)
    for s in 0..<n {
      let masks = keyMasks[keyStart[s]..<keyStart[s + 1]]
      let layout = Self.maskLayout(
        keys: masks.count, multiBit: masks.count { $0.nonzeroBitCount > 1 },
        bits: bitStart[s + 1] - bitStart[s])
      maskStart.append(maskStart[s] + layout.bytes)
      maskCoded[s] = layout.coded
    }
    var maskBytes = [UInt8](repeating: 0, count: maskStart[n] + Self.maskPadding)
    for s in 0..<n {
      Self.write(
        keyMasks[keyStart[s]..<keyStart[s + 1]], coded: maskCoded[s],
        width: Self.maskWidth(bits: bitStart[s + 1] - bitStart[s]), at: maskStart[s], in: &maskBytes)
    }
    self.init(
      lengthPrefix: lengthPrefix, keyStart: keyStart, keys: keys, maskBytes: maskBytes,
      maskStart: maskStart, maskCoded: maskCoded, bitWeights: bitWeights, bitStart: bitStart,
      totalWeight: totalWeight)
  }

  init(
    lengthPrefix: [Double], keyStart: [Int], keys: [Int32], maskBytes: [UInt8], maskStart: [Int],
    maskCoded: [Bool], bitWeights: [Float], bitStart: [Int], totalWeight: [Float]
  ) {
    self.lengthPrefix = lengthPrefix
    self.keyStart = keyStart
    self.keys = keys
    self.maskBytes = maskBytes
    self.maskStart = maskStart
    self.maskCoded = maskCoded
    self.bitWeights = bitWeights
    self.bitStart = bitStart
    self.totalWeight = totalWeight
  }

  /// The bytes a mask of `bits` bits takes.
  @inline(__always)
  static func maskWidth(bits: Int) -> Int { (bits + 7) >> 3 }

  /// Writes `mask` at `offset`, little-endian, as eight bytes: the bytes
  /// above its width are zeros, so that masks must be written in
  /// increasing order of offset (and `bytes` have the padding).
  @inline(__always)
  static func store(_ mask: UInt64, at offset: Int, in bytes: inout [UInt8]) {
    bytes.withUnsafeMutableBytes {
      $0.storeBytes(of: mask.littleEndian, toByteOffset: offset, as: UInt64.self)
    }
  }

  /// The form and bytes of a segment's masks for `keys` keys, `multiBit`
  /// of them offered by units on different bits, and `bits` bits: the
  /// smaller form, packed on a tie.
  @inline(__always)
  static func maskLayout(keys: Int, multiBit: Int, bits: Int) -> (bytes: Int, coded: Bool) {
    let packed = keys * maskWidth(bits: bits)
    let coded = keys + 8 * multiBit
    return multiBit <= maximumMultiBitKeys && coded < packed ? (coded, true) : (packed, false)
  }

  /// Writes a segment's masks, in the order of its keys, in the form
  /// `coded` says, from `start`; segments must be written in increasing
  /// order of offset.
  static func write(
    _ masks: some Collection<UInt64>, coded: Bool, width: Int, at start: Int, in bytes: inout [UInt8]
  ) {
    var offset = start
    if coded {
      var overflow = start + masks.count
      var j = 0
      for mask in masks {
        if mask.nonzeroBitCount == 1 {
          bytes[offset] = UInt8(truncatingIfNeeded: mask.trailingZeroBitCount)
        } else {
          bytes[offset] = UInt8(truncatingIfNeeded: 64 + j)
          store(mask, at: overflow, in: &bytes)
          overflow += 8
          j += 1
        }
        offset += 1
      }
    } else {
      for mask in masks {
        store(mask, at: offset, in: &bytes)
        offset += width
      }
    }
  }

  /// How to read the masks of segment `s`'s keys.
  struct MaskReader {
    let base: Int
    let width: Int
    let firstKey: Int
    let low: UInt64
    let coded: Bool
    /// Where a coded segment's eight-byte masks start.
    let overflow: Int
  }

  @inline(__always)
  func maskReader(_ s: Int) -> MaskReader {
    let width = Self.maskWidth(bits: bitStart[s + 1] - bitStart[s])
    return MaskReader(
      base: maskStart[s], width: width, firstKey: keyStart[s],
      low: width >= 8 ? ~0 : (1 << UInt64(8 * width)) &- 1, coded: maskCoded[s],
      overflow: maskStart[s] + keyStart[s + 1] - keyStart[s])
  }

  /// The mask of key `i` (an index into `keys`) of the segment `reader` reads.
  @inline(__always)
  func mask(_ i: Int, _ reader: MaskReader) -> UInt64 {
    if reader.coded {
      let code = maskBytes[reader.base &+ i &- reader.firstKey]
      if code < 64 { return 1 << UInt64(code) }
      let offset = reader.overflow &+ 8 &* (Int(code) &- 64)
      return UInt64(
        littleEndian: maskBytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) })
    }
    let offset = reader.base &+ (i &- reader.firstKey) &* reader.width
    let raw = maskBytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
    return UInt64(littleEndian: raw) & reader.low
  }

  /// The mask of key `i` of segment `s`.
  @inline(__always)
  func mask(_ s: Int, _ i: Int) -> UInt64 { mask(i, maskReader(s)) }

  /// Every key's mask as a 64-bit value, in the order of `keys`.
  ///
  /// - Complexity: O(the keys).
  var keyMasks: [UInt64] {
    var masks: [UInt64] = []
    masks.reserveCapacity(keys.count)
    for s in 0..<count {
      let reader = maskReader(s)
      for i in keyStart[s]..<keyStart[s + 1] { masks.append(mask(i, reader)) }
    }
    return masks
  }

  /// The length of segment `s` in non-whitespace characters.
  @inline(__always)
  func length(_ s: Int) -> Double { lengthPrefix[s + 1] - lengthPrefix[s] }

  /// The weight of the units of segment `s` selected by `mask`.
  @inline(__always)
  func weight(_ s: Int, _ mask: UInt64) -> Float {
    var m = mask
    var w: Float = 0
    let base = bitStart[s]
    while m != 0 {
      w += bitWeights[base &+ m.trailingZeroBitCount]
      m &= m &- 1
    }
    return w
  }
}
