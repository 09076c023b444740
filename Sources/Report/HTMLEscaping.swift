import Diff

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
  mutating func appendEscaped(_ text: String, lineBreaks: Bool = false) {
    appendEscaped(text[...], lineBreaks: lineBreaks)
  }

  /// Appends `text` escaped for HTML and XML; see the `String` form.
  ///
  /// Runs of scalars that need no escaping are appended whole, not scalar
  /// by scalar.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  mutating func appendEscaped(_ text: Substring, lineBreaks: Bool = false) {
    appendReplacing(text) { Self.htmlReplacement($0, lineBreaks: lineBreaks) }
  }

  /// Appends `text` with each scalar for which `replacement` gives a string
  /// replaced by it; the runs of scalars between are appended whole, not
  /// scalar by scalar. The escaping of every renderer.
  ///
  /// - Complexity: O(*n*) in the length of `text`, plus the replacements.
  mutating func appendReplacing(_ text: Substring, _ replacement: (Unicode.Scalar) -> String?) {
    let scalars = text.unicodeScalars
    var run = scalars.startIndex
    var i = run
    while i < scalars.endIndex {
      let next = scalars.index(after: i)
      if let replaced = replacement(scalars[i]) {
        if run < i { append(contentsOf: Substring(scalars[run..<i])) }
        append(replaced)
        run = next
      }
      i = next
    }
    if run < scalars.endIndex { append(contentsOf: Substring(scalars[run...])) }
  }

  /// What `appendEscaped` writes for a scalar instead of the scalar itself,
  /// or `nil` to keep it.
  @inline(__always)
  static func htmlReplacement(_ scalar: Unicode.Scalar, lineBreaks: Bool) -> String? {
    let value = scalar.value
    if value >= 0x80 {
      if value == 0xFFFE || value == 0xFFFF { return "\u{FFFD}" }
      if (0x061C...0x2069).contains(value), let name = bidiControlNames[scalar] { return "[\(name)]" }
      return nil
    }
    switch scalar {
    case "&": return "&amp;"
    case "<": return "&lt;"
    case ">": return "&gt;"
    case "\"": return "&quot;"
    case "'": return "&#39;"
    case "\n": return lineBreaks ? "<br/>" : nil
    case "\r": return ""
    case "\t": return nil
    case "\u{0}"..."\u{1F}": return "\u{FFFD}"
    default: return nil
    }
  }

  /// The lines of `text`: the pieces between the characters `"\n"` (a line
  /// feed not preceded by a carriage return, which would make one
  /// character `"\r\n"` with it), as `split(separator: "\n",
  /// omittingEmptySubsequences: false)` gives them, found by scanning bytes.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  static func lines(_ text: Substring) -> [Substring] {
    Array(Lines(text))
  }

  /// The lines `lines(_:)` returns, one at a time, without an array: the
  /// renderers split every run of text, and most runs are one line.
  struct Lines: Sequence, IteratorProtocol {
    private let text: Substring
    /// Where the next line starts: the start of `text`, or just after a
    /// line feed.
    private var start: Substring.Index
    private var done = false

    init(_ text: Substring) {
      self.text = text
      start = text.startIndex
    }

    /// - Complexity: O(*k*) in the length of the line.
    mutating func next() -> Substring? {
      guard !done else { return nil }
      let utf8 = text.utf8
      var previous: UInt8 = start == utf8.startIndex ? 0 : 0x0A
      var i = start
      while i < utf8.endIndex {
        let byte = utf8[i]
        if byte == 0x0A && previous != 0x0D {
          let line = text[start..<i]
          start = utf8.index(after: i)
          return line
        }
        previous = byte
        i = utf8.index(after: i)
      }
      done = true
      return text[start..<utf8.endIndex]
    }
  }

  /// The Unicode abbreviations of the bidirectional controls.
  static let bidiControlNames: [Unicode.Scalar: String] = [
    "\u{061C}": "ALM", "\u{200E}": "LRM", "\u{200F}": "RLM",
    "\u{202A}": "LRE", "\u{202B}": "RLE", "\u{202C}": "PDF", "\u{202D}": "LRO", "\u{202E}": "RLO",
    "\u{2066}": "LRI", "\u{2067}": "RLI", "\u{2068}": "FSI", "\u{2069}": "PDI",
  ]

  /// `text` escaped for HTML; see `appendEscaped(_:lineBreaks:)`.
  static func htmlEscaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    result.appendEscaped(text)
    return result
  }
}
