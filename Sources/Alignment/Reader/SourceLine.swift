/// One physical line of the source text.
struct SourceLine: Sendable {
  /// 1-based line number in the source.
  var number: Int
  /// The line without its terminator and without surrounding spaces.
  var content: Substring
  /// Leading blank columns (an ideographic space counts 2).
  var indent: Int
  /// Display width of `content`.
  var width: Int

  var isBlank: Bool { content.isEmpty }

  init(number: Int, raw: Substring) {
    self.number = number
    self.content = raw.trimmingSpaces()
    var indent = 0
    for scalar in raw.unicodeScalars {
      guard scalar.isSpace else { break }
      indent += scalar == "\t" ? 4 : scalar.displayWidth
    }
    self.indent = content.isEmpty ? 0 : indent
    self.width = content.displayWidth
  }

  /// Splits text into lines on LF, CR LF, CR, and the Unicode line and
  /// paragraph separators.
  ///
  /// - Complexity: O(*n*).
  static func split(_ text: String) -> [SourceLine] {
    var lines: [SourceLine] = []
    var start = text.startIndex
    var number = 1
    var i = text.startIndex
    let scalars = text.unicodeScalars
    while i < text.endIndex {
      let c = scalars[i]
      if c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" || c == "\u{0C}" {
        lines.append(SourceLine(number: number, raw: text[start..<i]))
        number += 1
        var next = scalars.index(after: i)
        if c == "\r", next < text.endIndex, scalars[next] == "\n" {
          next = scalars.index(after: next)
        }
        i = next
        start = i
      } else {
        i = scalars.index(after: i)
      }
    }
    if start < text.endIndex {
      lines.append(SourceLine(number: number, raw: text[start..<text.endIndex]))
    }
    return lines
  }
}
