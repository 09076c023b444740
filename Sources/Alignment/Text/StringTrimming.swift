/// Trimming by the two white-space sets of Foundation's `CharacterSet`, as
/// `trimmingCharacters(in:)` trims them (scalar by scalar, so a combining
/// mark after a trimmed space stays), without Foundation: the sets are
/// those of swift-corelibs-foundation (CoreFoundation's fixed lists, which
/// count U+200B ZERO WIDTH SPACE, and not U+180E, as white space).
extension StringProtocol {
  /// The text without the white space at either end: U+0009, U+0020,
  /// U+00A0, U+1680, U+2000–U+200B, U+202F, U+205F and U+3000 (Foundation's
  /// `CharacterSet.whitespaces`).
  ///
  /// - Complexity: O(*n*) in the length of the text.
  public func trimmingWhitespace() -> String {
    trimming { $0.isFoundationWhitespace }
  }

  /// The text without white space or line breaks at either end: the
  /// scalars of `trimmingWhitespace()` and U+000A–U+000D, U+0085, U+2028,
  /// U+2029 (Foundation's `CharacterSet.whitespacesAndNewlines`).
  ///
  /// - Complexity: O(*n*) in the length of the text.
  public func trimmingWhitespaceAndNewlines() -> String {
    trimming { $0.isFoundationWhitespace || $0.isFoundationNewline }
  }

  private func trimming(where trimmed: (Unicode.Scalar) -> Bool) -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !trimmed($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !trimmed($0) }) ?? first
    return String(String.UnicodeScalarView(scalars[first...last]))
  }
}

extension Unicode.Scalar {
  /// A member of Foundation's `CharacterSet.whitespaces`.
  var isFoundationWhitespace: Bool {
    switch value {
    case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// A line break of Foundation's `CharacterSet.newlines`.
  var isFoundationNewline: Bool {
    switch value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }
}
