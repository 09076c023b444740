import Foundation

/// A line's UTF-8 bytes, in place, as a dictionary key hashed and compared
/// on those bytes, for text in which that is the same as `Substring`'s own
/// equality (canonical equivalence) and much cheaper: `Substring` hashes
/// its NFC form, normalising every non-ASCII line. Valid only while the
/// text the bytes belong to is.
///
/// Only valid among texts that are all `isNormalizationInert`: such a text
/// is its own NFC form, so two of them are canonically equivalent exactly
/// when their bytes are equal.
struct LineBytesKey: Hashable {
  let bytes: UnsafeBufferPointer<UInt8>

  func hash(into hasher: inout Hasher) {
    hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
  }

  static func == (a: LineBytesKey, b: LineBytesKey) -> Bool {
    guard a.bytes.count == b.bytes.count else { return false }
    guard let x = a.bytes.baseAddress, let y = b.bytes.baseAddress else { return true }
    return memcmp(x, y, a.bytes.count) == 0
  }
}

extension Substring {
  /// Whether every scalar is one that no normalisation changes, alone or
  /// next to another such scalar: U+0000–U+02FF (ASCII and Latin letters,
  /// before the combining marks), the dashes, quotation marks and ellipsis
  /// of U+2010–U+2027, CJK punctuation U+3000–U+3029 and U+3030–U+303F
  /// (not the tone marks between), the Han ideographs of U+3400–U+4DBF and
  /// U+4E00–U+9FFF, and the full-width forms U+FF01–U+FF60. (Checked with
  /// Unicode's data: each is NFC, of combining class 0, and no two of them
  /// compose.)
  ///
  /// - Complexity: O(*n*) in UTF-8 bytes, without scalar decoding tables.
  var isNormalizationInert: Bool { withUTF8Bytes(\.isNormalizationInert) }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether these well-formed UTF-8 bytes are `isNormalizationInert` text.
  ///
  /// - Complexity: O(*n*), eight bytes at a time over ASCII.
  var isNormalizationInert: Bool {
    guard let base = baseAddress else { return true }
    var i = 0
    while i < count {
      if i + 8 <= count, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        i += 8
        continue
      }
      let lead = base[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      if lead >= 0xC2 && lead <= 0xCB {  // U+0080…U+02FF
        i += 2
        continue
      }
      guard lead >= 0xE0 && lead < 0xF0, i + 2 < count else { return false }
      if lead >= 0xE5 && lead <= 0xE9 {  // U+5000…U+9FFF, all ideographs
        i += 3
        continue
      }
      let value = UInt32(lead & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F)
      switch value {
      case 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60:
        i += 3
      default:
        return false
      }
    }
    return true
  }
}
