/// What one pass over undecoded bytes learns about them: whether they are
/// valid UTF-8 (and if not, where they first fail and how often), and
/// whether they look binary.
///
/// UTF-8 is validated strictly, following the Unicode Standard, Table 3-7
/// "Well-Formed UTF-8 Byte Sequences": no overlong forms, no surrogates,
/// nothing above U+10FFFF. After an ill-formed sequence the scan skips its
/// maximal subpart (Unicode §3.9, "U+FFFD Substitution of Maximal
/// Subparts") and carries on, so the counts describe the whole input.
struct ByteProfile: Sendable, Hashable {
  /// The number of bytes scanned.
  var byteCount = 0
  /// Bytes 0x80 and above.
  var nonASCIICount = 0
  /// Well-formed UTF-8 sequences of two to four bytes.
  var multibyteUTF8Count = 0
  /// Ill-formed UTF-8 sequences (maximal subparts).
  var invalidUTF8Count = 0
  /// The offset of the first byte of the first ill-formed UTF-8 sequence.
  var firstInvalidUTF8Offset: Int?
  /// The offset of the first NUL byte.
  var firstNULOffset: Int?
  /// C0 controls other than tab, line feed, vertical tab, form feed,
  /// carriage return and escape, plus DEL.
  var controlCount = 0

  /// Whether the bytes are entirely well-formed UTF-8.
  var isValidUTF8: Bool { invalidUTF8Count == 0 }

  /// Whether the bytes hold NULs or more than 5% stray control bytes.
  var looksBinary: Bool {
    firstNULOffset != nil || Self.looksBinary(controlCount: controlCount, byteCount: byteCount)
  }

  /// Whether `controlCount` stray control bytes among `byteCount` are more
  /// than 5%.
  static func looksBinary(controlCount: Int, byteCount: Int) -> Bool {
    controlCount * 20 > byteCount
  }

  /// The offset of the first NUL byte and the number of stray control
  /// bytes (as `controlCount` counts them) of `bytes`, without validating
  /// UTF-8: the same as a whole profile's, since every byte below 0x80 is
  /// a character of its own in any byte sequence, well formed or not.
  ///
  /// - Complexity: O(*n*); eight bytes at a time where none is below 0x20
  ///   or DEL.
  static func controls(in bytes: UnsafeBufferPointer<UInt8>) -> (firstNULOffset: Int?, count: Int) {
    var profile = ByteProfile()
    guard let base = bytes.baseAddress else { return (nil, 0) }
    let count = bytes.count
    var i = 0
    while i + 8 <= count {
      let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      if mayHoldControl(word) {
        for j in i..<(i + 8) where base[j] < 0x80 { profile.noteASCII(base[j], at: j) }
      }
      i += 8
    }
    while i < count {
      if base[i] < 0x80 { profile.noteASCII(base[i], at: i) }
      i += 1
    }
    return (profile.firstNULOffset, profile.controlCount)
  }

  /// Whether the bytes are UTF-8 with a few errors rather than text in
  /// another encoding: there are well-formed multi-byte sequences, at least
  /// four for every ill-formed one. (Legacy double-byte text such as
  /// GB18030 validates as UTF-8 by accident for well under a quarter of
  /// its sequences.)
  var looksLikeDamagedUTF8: Bool {
    multibyteUTF8Count > 0 && multibyteUTF8Count >= 4 * invalidUTF8Count
  }

  /// Whether at most 10% of the bytes are outside ASCII.
  var isMostlyASCII: Bool {
    nonASCIICount * 10 <= byteCount
  }

  /// No bytes.
  private init() {}

  /// Scans `bytes` once.
  ///
  /// - Complexity: O(*n*); runs of ASCII go eight bytes at a time.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    byteCount = bytes.count
    guard let base = bytes.baseAddress else { return }
    let count = bytes.count
    var i = 0
    while i < count {
      // Fast path: eight ASCII bytes without control characters.
      if i + 8 <= count {
        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        if word & Self.highBits == 0 {
          if Self.mayHoldControl(word) {
            for j in i..<(i + 8) { noteASCII(base[j], at: j) }
          }
          i += 8
          continue
        }
      }
      let lead = base[i]
      if lead < 0x80 {
        noteASCII(lead, at: i)
        i += 1
        continue
      }
      let length = Self.wellFormedLength(base, at: i, count: count)
      if length > 0 {
        multibyteUTF8Count += 1
        nonASCIICount += length
        i += length
      } else {
        let subpart = -length
        if firstInvalidUTF8Offset == nil { firstInvalidUTF8Offset = i }
        invalidUTF8Count += 1
        nonASCIICount += subpart
        i += subpart
      }
    }
  }

  private static let highBits: UInt64 = 0x8080_8080_8080_8080
  private static let lowBits: UInt64 = 0x0101_0101_0101_0101

  /// Whether a word has a byte below 0x20 or equal to 0x7F ("Bit Twiddling
  /// Hacks": `hasless` and `haszero`, exact for bytes below 0x80; a byte
  /// 0x80 or above never sets its own flag, and can be flagged only by a
  /// borrow from a lower byte that is itself below 0x20 or DEL).
  private static func mayHoldControl(_ word: UInt64) -> Bool {
    let below0x20 = (word &- lowBits &* 0x20) & ~word & highBits
    let del = word ^ (lowBits &* 0x7F)
    let hasDEL = (del &- lowBits) & ~del & highBits
    return below0x20 | hasDEL != 0
  }

  private mutating func noteASCII(_ byte: UInt8, at offset: Int) {
    switch byte {
    case 0x00:
      if firstNULOffset == nil { firstNULOffset = offset }
    case 0x09...0x0D, 0x1B:
      break
    case 0x01...0x1F, 0x7F:
      controlCount += 1
    default:
      break
    }
  }

  /// The length of the well-formed sequence starting at `i` (whose first
  /// byte is 0x80 or above), or minus the length of its maximal ill-formed
  /// subpart.
  private static func wellFormedLength(
    _ base: UnsafePointer<UInt8>, at i: Int, count: Int
  ) -> Int {
    let lead = base[i]
    // The allowed range of the second byte, and the sequence length
    // (Unicode Table 3-7).
    let secondRange: ClosedRange<UInt8>
    let length: Int
    switch lead {
    case 0xC2...0xDF:
      secondRange = 0x80...0xBF
      length = 2
    case 0xE0:
      secondRange = 0xA0...0xBF
      length = 3
    case 0xE1...0xEC, 0xEE...0xEF:
      secondRange = 0x80...0xBF
      length = 3
    case 0xED:
      secondRange = 0x80...0x9F
      length = 3
    case 0xF0:
      secondRange = 0x90...0xBF
      length = 4
    case 0xF1...0xF3:
      secondRange = 0x80...0xBF
      length = 4
    case 0xF4:
      secondRange = 0x80...0x8F
      length = 4
    default: return -1
    }
    guard i + 1 < count, secondRange.contains(base[i + 1]) else { return -1 }
    var matched = 2
    while matched < length {
      guard i + matched < count, base[i + matched] & 0xC0 == 0x80 else {
        return -matched
      }
      matched += 1
    }
    return length
  }
}
