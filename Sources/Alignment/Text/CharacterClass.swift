/// Character classes the reader needs, decided on Unicode scalars so they
/// stay fast on large inputs.
extension Unicode.Scalar {
  /// Han ideographs (CJK Unified Ideographs, extensions, compatibility) and
  /// the 〇 numeral.
  var isHan: Bool {
    switch value {
    case 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
      0x20000...0x2FA1F:
      true
    default: false
    }
  }

  /// Characters after or before which lines join without a space: Han,
  /// kana, CJK punctuation and full-width forms.
  var joinsWithoutSpace: Bool {
    if isHan { return true }
    switch value {
    case 0x3000...0x303F, 0x3040...0x30FF, 0xFF01...0xFF60, 0xFE30...0xFE4F,
      0x2014, 0x2026, 0x201C, 0x201D, 0x2018, 0x2019, 0x00B7:
      return value != 0x3000
    default: return false
    }
  }

  /// Spaces, including the ideographic space and no-break spaces.
  var isSpace: Bool {
    switch value {
    case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F,
      0x205F, 0x3000, 0xFEFF:
      true
    default: false
    }
  }

  /// Combining marks, which take no column of their own (checked by range
  /// for the common blocks: general-category lookups are slow in bulk).
  var isCombiningMark: Bool {
    switch value {
    case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
      0x0670, 0x06D6...0x06ED, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0x3099, 0x309A,
      0xFE20...0xFE2F:
      true
    default: false
    }
  }

  /// Columns the character takes in a terminal or a PDF line: 2 for wide
  /// (CJK) characters, 1 otherwise.
  var displayWidth: Int {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
      0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      2
    default: 1
    }
  }

  /// Punctuation that can end a paragraph: 。；，：！？ and their Latin forms.
  var isClauseTerminal: Bool {
    switch self {
    case "。", "；", "，", "：", "！", "？", ".", ";", ",", ":", "!", "?", "،",
      "؛", "؟", "．", "｡":
      true
    default: false
    }
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces (ideographic ones too).
  func trimmingSpaces() -> SubSequence {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isSpace }),
      let last = scalars.lastIndex(where: { !$0.isSpace })
    else { return self[endIndex..<endIndex] }
    return self[first...last]
  }

  /// The sum of the characters' display widths.
  var displayWidth: Int {
    unicodeScalars.reduce(0) { $0 + ($1.isCombiningMark ? 0 : $1.displayWidth) }
  }

  /// Whether the text contains a Han character.
  var containsHan: Bool { unicodeScalars.contains { $0.isHan } }
}

extension StringProtocol {
  /// Whether the text has at most `count` characters, found without
  /// counting past them (a paragraph's whole length is not walked to
  /// learn that it is longer than a line).
  ///
  /// - Complexity: O(1) when the UTF-8 length decides, else
  ///   O(min(*n*, `count`)).
  func hasAtMostCharacters(_ count: Int) -> Bool {
    // A character is at least one byte.
    utf8.count <= count || dropFirst(count).isEmpty
  }
}

extension String.UnicodeScalarView {
  /// Whether the view holds at least `count` scalars, found without
  /// reading past 4 × `count` bytes.
  ///
  /// - Complexity: O(1) when the UTF-8 length decides, else O(min(*n*,
  ///   4 × `count`)).
  func hasAtLeast(_ count: Int) -> Bool {
    let text = String(self)
    let counted = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      // A scalar is one to four bytes: the byte count often decides.
      if bytes.count < count { return false }
      if bytes.count / 4 >= count { return true }
      // Else the bytes are fewer than 4 × `count`: count them all.
      return bytes.utf8ScalarCount >= count
    }
    return counted ?? (index(startIndex, offsetBy: count, limitedBy: endIndex) != nil)
  }
}

extension Substring {
  /// Calls `body` with the text's UTF-8 bytes: in place for native text,
  /// else from a copy.
  func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
    return try Array(utf8).withUnsafeBufferPointer(body)
  }

  /// The sum of the characters' display widths, as `StringProtocol`'s
  /// `displayWidth`, read off the UTF-8 bytes (ASCII needs no decoding).
  ///
  /// - Complexity: O(*n*) in UTF-8 bytes.
  var displayWidth: Int { withUTF8Bytes(\.utf8DisplayWidth) }
}

extension UnsafeBufferPointer<UInt8> {
  /// The display width of well-formed UTF-8 bytes, as `Substring`'s
  /// `displayWidth`.
  ///
  /// - Complexity: O(*n*) in bytes.
  var utf8DisplayWidth: Int { utf8DisplayWidthAndInertness.width }

  /// The display width of well-formed UTF-8 bytes (`utf8DisplayWidth`)
  /// and whether they are `isNormalizationInert`, in one pass.
  ///
  /// - Complexity: O(*n*) in bytes, eight at a time over ASCII.
  var utf8DisplayWidthAndInertness: (width: Int, isNormalizationInert: Bool) {
    guard let base = baseAddress else { return (0, true) }
    var width = 0
    var inert = true
    var i = 0
    let count = self.count
    while i < count {
      let lead = base[i]
      if lead < 0x80 {
        // Eight ASCII bytes: eight columns, none changed by normalisation
        // (tried only after an ASCII byte, so CJK text does not pay).
        if i + 8 <= count, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
          width += 8
          i += 8
        } else {
          width += 1
          i += 1
        }
        continue
      }
      let step = utf8WidthStep(at: i)
      i += step.length
      width += step.width
      if !step.isNormalizationInert { inert = false }
    }
    return (width, inert)
  }

  /// Whether the scalar of well-formed UTF-8 that starts at `self[i]` is
  /// one of U+4E00…U+9FFF, the bulk of the Han ideographs (E4 B8 80 to
  /// E9 BF BF), told by its first two bytes.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  func startsCommonIdeograph(at i: Int) -> Bool {
    let lead = self[i]
    return lead >= 0xE5 && lead <= 0xE9 || lead == 0xE4 && i + 1 < count && self[i + 1] >= 0xB8
  }

  /// The scalar of well-formed UTF-8 that starts with the non-ASCII byte
  /// `self[i]`: its length in bytes, its columns (`displayWidth`, none for
  /// a combining mark) and whether it is `isNormalizationInert`. Han
  /// ideographs and CJK punctuation are told from their bytes.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  func utf8WidthStep(at i: Int) -> (length: Int, width: Int, isNormalizationInert: Bool) {
    // The bulk of the Han ideographs: all 2 columns, all inert.
    if startsCommonIdeograph(at: i) { return (3, 2, true) }
    let lead = self[i]
    // CJK and full-width punctuation, and the dashes and quotation marks
    // of U+2010…U+2027: inert, 2 and 1 columns.
    if lead == 0xE2 || lead == 0xE3 || lead == 0xEF, i + 2 < count {
      let value = UInt32(lead & 0x0F) << 12 | UInt32(self[i + 1] & 0x3F) << 6 | UInt32(self[i + 2] & 0x3F)
      switch value {
      case 0x3000...0x3029, 0x3030...0x303E, 0xFF01...0xFF60: return (3, 2, true)
      case 0x2010...0x2027: return (3, 1, true)
      default: break
      }
    }
    // Valid UTF-8 (a Swift string is): the lead byte gives the length.
    let (scalar, length) = utf8Scalar(at: i)
    return (length, scalar.isCombiningMark ? 0 : scalar.displayWidth, scalar.isNormalizationInert)
  }
}
