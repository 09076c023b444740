extension String {
  /// The text with every character that could break a one-line message or
  /// command a terminal written as a visible escape: `\n`, `\r`, `\t`, and
  /// `\u{…}` for the other C0 and C1 controls, DEL, the line and paragraph
  /// separators and the bidirectional controls (U+061C, U+200E/F,
  /// U+202A–202E, U+2066–2069), which reorder what a terminal shows.
  ///
  /// File names in messages go through this: `a\nb.txt: no such file`.
  ///
  /// - Complexity: O(*n*).
  public var escapingControlCharacters: String {
    guard unicodeScalars.contains(where: \.needsEscapeInMessages) else { return self }
    var result = ""
    for scalar in unicodeScalars {
      guard scalar.needsEscapeInMessages else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
    }
    return result
  }
}

extension Unicode.Scalar {
  /// Whether `String.escapingControlCharacters` escapes this scalar.
  var needsEscapeInMessages: Bool {
    switch value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
    default: isBidiControl
    }
  }

  /// The bidirectional formatting characters: U+061C ARABIC LETTER MARK,
  /// U+200E/U+200F (LRM, RLM), U+202A–U+202E (embeddings and overrides),
  /// U+2066–U+2069 (isolates).
  public var isBidiControl: Bool {
    switch value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
