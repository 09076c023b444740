/// A line's text as a dictionary key hashed and compared on its UTF-8
/// bytes, for text in which that is the same as `Substring`'s own
/// equality (canonical equivalence) and much cheaper: `Substring` hashes
/// its NFC form, normalising every non-ASCII line.
///
/// Only valid among texts that are all `isNormalizationInert`: such a text
/// is its own NFC form, so two of them are canonically equivalent exactly
/// when their bytes are equal.
struct LineKey: Hashable {
  let text: Substring

  func hash(into hasher: inout Hasher) {
    text.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  static func == (a: LineKey, b: LineKey) -> Bool {
    a.text.utf8.count == b.text.utf8.count
      && a.text.withUTF8Bytes { x in b.text.withUTF8Bytes { y in x.elementsEqual(y) } }
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
  var isNormalizationInert: Bool {
    withUTF8Bytes { bytes in
      var i = 0
      let count = bytes.count
      while i < count {
        let lead = bytes[i]
        if lead < 0x80 {
          i += 1
          continue
        }
        if lead >= 0xC2 && lead <= 0xCB {  // U+0080…U+02FF
          i += 2
          continue
        }
        guard lead >= 0xE0 && lead < 0xF0, i + 2 < count else { return false }
        let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
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
}
