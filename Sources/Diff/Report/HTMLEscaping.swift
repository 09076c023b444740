extension String {
  /// Appends `text` escaped for HTML and XML: `&`, `<`, `>`, `"` and `'`
  /// become character references, and control characters that XML forbids
  /// become U+FFFD, so document text always shows as text.
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
      default: unicodeScalars.append(scalar)
      }
    }
  }

  /// `text` escaped for HTML; see `appendEscaped(_:lineBreaks:)`.
  static func htmlEscaped(_ text: some StringProtocol) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    result.appendEscaped(text)
    return result
  }
}
