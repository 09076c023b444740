extension String {
  /// Appends `text` escaped for HTML and XML: `&`, `<`, `>`, `"` and `'`
  /// become character references, control characters that XML forbids
  /// become U+FFFD, and bidirectional controls become a visible name in
  /// brackets (`[RLO]` for U+202E), so document text always shows as text
  /// and in the order it is stored: an override or isolate in a paragraph
  /// cannot reorder what the reader sees in its cell or beyond.
  ///
  /// - Parameters:
  ///   - text: The text to append.
  ///   - lineBreaks: Turn `"\n"` into `<br/>`; otherwise it is kept.
  /// - Complexity: O(*n*) in the length of `text`.
  mutating func appendEscaped(_ text: some StringProtocol, lineBreaks: Bool = false) {
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": append("&amp;")
      case "<": append("&lt;")
      case ">": append("&gt;")
      case "\"": append("&quot;")
      case "'": append("&#39;")
      case "\n": lineBreaks ? append("<br/>") : unicodeScalars.append(scalar)
      case "\r": break
      case "\t": unicodeScalars.append(scalar)
      case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": unicodeScalars.append("\u{FFFD}")
      default:
        if (0x061C...0x2069).contains(scalar.value), let name = Self.bidiControlNames[scalar] {
          append("[\(name)]")
        } else {
          unicodeScalars.append(scalar)
        }
      }
    }
  }

  /// The Unicode abbreviations of the bidirectional controls.
  static let bidiControlNames: [Unicode.Scalar: String] = [
    "\u{061C}": "ALM", "\u{200E}": "LRM", "\u{200F}": "RLM",
    "\u{202A}": "LRE", "\u{202B}": "RLE", "\u{202C}": "PDF", "\u{202D}": "LRO", "\u{202E}": "RLO",
    "\u{2066}": "LRI", "\u{2067}": "RLI", "\u{2068}": "FSI", "\u{2069}": "PDI",
  ]

  /// `text` escaped for HTML; see `appendEscaped(_:lineBreaks:)`.
  static func htmlEscaped(_ text: some StringProtocol) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    result.appendEscaped(text)
    return result
  }
}
