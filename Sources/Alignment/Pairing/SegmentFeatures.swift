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
/// and only those are stored, weights and masks alike (a mask takes the
/// bytes its segment's bits need, ⌈min(*k*, 64) / 8⌉, not eight: a
/// paragraph has some thirty units).
struct SegmentFeatures: Sendable {
  /// Prefix sums of segment lengths in non-whitespace characters; n + 1.
  var lengthPrefix: [Double]
  /// Offsets into `keys`, n + 1.
  var keyStart: [Int]
  var keys: [Int32]
  /// The masks of the keys, little-endian, `maskWidth(s)` bytes each for
  /// the keys of segment *s*, from `maskStart[s]`; followed by seven zero
  /// bytes, so that every mask can be read as eight bytes.
  var maskBytes: [UInt8]
  /// Offsets into `maskBytes`, n + 1.
  var maskStart: [Int]
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

  var count: Int { totalWeight.count }

  /// Features whose keys' masks are given as 64-bit values, `keyMasks[i]`
  /// for `keys[i]`; each mask must lie within its segment's bits.
  ///
  /// - Complexity: O(the keys).
  init(
    lengthPrefix: [Double], keyStart: [Int], keys: [Int32], keyMasks: [UInt64],
    bitWeights: [Float], bitStart: [Int], totalWeight: [Float]
  ) {
    var maskStart = [0]
    maskStart.reserveCapacity(keyStart.count)
    for s in 0..<(keyStart.count - 1) {
      let width = Self.maskWidth(bits: bitStart[s + 1] - bitStart[s])
      maskStart.append(maskStart[s] + (keyStart[s + 1] - keyStart[s]) * width)
    }
    var maskBytes = [UInt8](repeating: 0, count: maskStart[maskStart.count - 1] + Self.maskPadding)
    for s in 0..<(keyStart.count - 1) {
      let width = Self.maskWidth(bits: bitStart[s + 1] - bitStart[s])
      for i in keyStart[s]..<keyStart[s + 1] {
        Self.store(keyMasks[i], width: width, at: maskStart[s] + (i - keyStart[s]) * width, in: &maskBytes)
      }
    }
    self.init(
      lengthPrefix: lengthPrefix, keyStart: keyStart, keys: keys, maskBytes: maskBytes,
      maskStart: maskStart, bitWeights: bitWeights, bitStart: bitStart, totalWeight: totalWeight)
  }

  init(
    lengthPrefix: [Double], keyStart: [Int], keys: [Int32], maskBytes: [UInt8], maskStart: [Int],
    bitWeights: [Float], bitStart: [Int], totalWeight: [Float]
  ) {
    self.lengthPrefix = lengthPrefix
    self.keyStart = keyStart
    self.keys = keys
    self.maskBytes = maskBytes
    self.maskStart = maskStart
    self.bitWeights = bitWeights
    self.bitStart = bitStart
    self.totalWeight = totalWeight
  }

  /// The bytes a mask of `bits` bits takes.
  @inline(__always)
  static func maskWidth(bits: Int) -> Int { (bits + 7) >> 3 }

  /// Writes `mask`, which lies within the low `width` bytes, at `offset`,
  /// little-endian: as eight bytes, the rest zeros, so that masks must be
  /// written in increasing order of offset (and `bytes` have the padding).
  @inline(__always)
  static func store(_ mask: UInt64, width: Int, at offset: Int, in bytes: inout [UInt8]) {
    bytes.withUnsafeMutableBytes {
      $0.storeBytes(of: mask.littleEndian, toByteOffset: offset, as: UInt64.self)
    }
  }

  /// How to read the masks of segment `s`'s keys.
  struct MaskReader {
    let base: Int
    let width: Int
    let firstKey: Int
    let low: UInt64
  }

  @inline(__always)
  func maskReader(_ s: Int) -> MaskReader {
    let width = Self.maskWidth(bits: bitStart[s + 1] - bitStart[s])
    return MaskReader(
      base: maskStart[s], width: width, firstKey: keyStart[s],
      low: width >= 8 ? ~0 : (1 << UInt64(8 * width)) &- 1)
  }

  /// The mask of key `i` (an index into `keys`) of the segment `reader` reads.
  @inline(__always)
  func mask(_ i: Int, _ reader: MaskReader) -> UInt64 {
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
