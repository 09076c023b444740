/// Strips Markdown's inline markup from one line, keeping its text.
///
/// - Backslash escapes (`\*`, `\_`, `\#`, `\[`) give the character itself.
/// - Code spans (`` `x` ``) give their content, untouched.
/// - Images `![alt](url)` give `alt`; links `[text](url)`, `[text][ref]`
///   and `[text][]` give `text`; autolinks `<https://…>` give the address.
/// - Inline HTML tags (`<span class="x">`, `</b>`, `<br/>`) and HTML
///   comments on the line are removed.
/// - The common character references (`&nbsp;`, `&amp;`, `&lt;`, `&gt;`,
///   `&quot;`, `&#39;`, `&#x3000;`) give their character.
/// - Emphasis: `**`, `__` and `~~` are removed; a single `*` is removed
///   where it touches text on one side only (so `2 * 3` stays); a single
///   `_` only at a word's edge (so `snake_case` stays).
enum MarkdownInline {
  /// - Complexity: O(*n*) in the length of the line.
  static func strip(_ line: String) -> String {
    let characters = Array(line)
    var output: [Character] = []
    output.reserveCapacity(characters.count)
    /// Positions in `output` of characters that came from escapes, never
    /// markup.
    var literal = Set<Int>()
    var index = 0
    while index < characters.count {
      let character = characters[index]
      switch character {
      case "\\" where index + 1 < characters.count && isEscapable(characters[index + 1]):
        literal.insert(output.count)
        output.append(characters[index + 1])
        index += 2
      case "`":
        var run = 0
        while index + run < characters.count && characters[index + run] == "`" { run += 1 }
        if let close = closingBackticks(characters, from: index + run, count: run) {
          for offset in (index + run)..<close {
            literal.insert(output.count)
            output.append(characters[offset])
          }
          index = close + run
        } else {
          output.append(contentsOf: characters[index..<(index + run)])
          index += run
        }
      case "!" where index + 1 < characters.count && characters[index + 1] == "[":
        if let (text, end) = link(characters, at: index + 1) {
          output.append(contentsOf: text)
          index = end
        } else {
          output.append(character)
          index += 1
        }
      case "[":
        if let (text, end) = link(characters, at: index) {
          output.append(contentsOf: text)
          index = end
        } else {
          output.append(character)
          index += 1
        }
      case "<":
        if let end = tagEnd(characters, at: index) {
          let inner = String(characters[(index + 1)..<(end - 1)])
          if inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("mailto:") {
            output.append(contentsOf: inner)
          }
          index = end
        } else {
          output.append(character)
          index += 1
        }
      default:
        output.append(character)
        index += 1
      }
    }
    return decodingReferences(removingEmphasis(output, literal: literal))
  }

  private static let namedReferences: [String: Character] = [
    "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "ensp": " ", "emsp": "\u{3000}",
  ]

  /// Replaces `&name;` and `&#…;` references with their characters.
  private static func decodingReferences(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var output = ""
    var rest = Substring(text)
    while let ampersand = rest.firstIndex(of: "&") {
      output += rest[..<ampersand]
      let after = rest[rest.index(after: ampersand)...]
      guard let semicolon = after.prefix(10).firstIndex(of: ";") else {
        output.append("&")
        rest = after
        continue
      }
      let name = after[..<semicolon]
      var replacement: Character?
      if name.hasPrefix("#x") || name.hasPrefix("#X") {
        replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map(Character.init)
      } else if name.hasPrefix("#") {
        replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map(Character.init)
      } else {
        replacement = namedReferences[String(name)]
      }
      if let replacement {
        output.append(replacement)
        rest = after[after.index(after: semicolon)...]
      } else {
        output.append("&")
        rest = after
      }
    }
    return output + rest
  }

  private static func isEscapable(_ character: Character) -> Bool {
    character.isASCII && character.isPunctuation || character.isASCII && character.isSymbol
  }

  private static func closingBackticks(_ characters: [Character], from start: Int, count: Int) -> Int? {
    var index = start
    while index < characters.count {
      if characters[index] == "`" {
        var run = 0
        while index + run < characters.count && characters[index + run] == "`" { run += 1 }
        if run == count { return index }
        index += run
      } else {
        index += 1
      }
    }
    return nil
  }

  /// `[text](dest)`, `[text][ref]`, `[text][]` starting at `open`: the
  /// text and the index after the link.
  private static func link(_ characters: [Character], at open: Int) -> ([Character], Int)? {
    var depth = 0
    var index = open
    var close: Int?
    while index < characters.count {
      if characters[index] == "\\" {
        index += 2
        continue
      }
      if characters[index] == "[" { depth += 1 }
      if characters[index] == "]" {
        depth -= 1
        if depth == 0 {
          close = index
          break
        }
      }
      index += 1
    }
    guard let close, close + 1 < characters.count else { return nil }
    let text = Array(characters[(open + 1)..<close])
    let after = characters[close + 1]
    let closer: Character = after == "(" ? ")" : after == "[" ? "]" : " "
    guard closer != " " else { return nil }
    var nesting = 0
    var end = close + 1
    while end < characters.count {
      if characters[end] == "(" && closer == ")" { nesting += 1 }
      if characters[end] == closer {
        nesting -= 1
        if nesting <= 0 || closer == "]" { return (Array(strip(String(text))), end + 1) }
      }
      end += 1
    }
    return nil
  }

  /// The index after an inline HTML tag, comment or autolink at `open`.
  private static func tagEnd(_ characters: [Character], at open: Int) -> Int? {
    guard open + 1 < characters.count else { return nil }
    let next = characters[open + 1]
    guard next.isLetter || next == "/" || next == "!" else { return nil }
    if next == "!", open + 3 < characters.count, characters[open + 2] == "-", characters[open + 3] == "-" {
      var index = open + 4
      while index + 2 < characters.count {
        if characters[index] == "-" && characters[index + 1] == "-" && characters[index + 2] == ">" {
          return index + 3
        }
        index += 1
      }
      return nil
    }
    var index = open + 1
    while index < characters.count {
      if characters[index] == ">" { return index + 1 }
      if characters[index] == "<" || characters[index] == "\n" { return nil }
      index += 1
    }
    return nil
  }

  /// Removes emphasis delimiters (not those from escapes or code).
  private static func removingEmphasis(_ characters: [Character], literal: Set<Int>) -> String {
    var output = ""
    var index = 0
    func isMarkup(_ position: Int) -> Bool { !literal.contains(position) }
    while index < characters.count {
      let character = characters[index]
      guard character == "*" || character == "_" || character == "~", isMarkup(index) else {
        output.append(character)
        index += 1
        continue
      }
      var run = 0
      while index + run < characters.count && characters[index + run] == character && isMarkup(index + run) {
        run += 1
      }
      let before = index > 0 ? characters[index - 1] : " "
      let after = index + run < characters.count ? characters[index + run] : " "
      let touchesBefore = !before.isWhitespace
      let touchesAfter = !after.isWhitespace
      var remove: Bool
      switch character {
      case "~": remove = run >= 2 && (touchesBefore != touchesAfter || (touchesBefore && touchesAfter))
      case "_":
        let wordBefore = before.isLetter || before.isNumber
        let wordAfter = after.isLetter || after.isNumber
        remove = !(wordBefore && wordAfter) && (touchesBefore || touchesAfter)
      default:
        remove =
          run >= 2
          ? (touchesBefore || touchesAfter)
          : (touchesBefore != touchesAfter)
            || (touchesBefore && touchesAfter && !(before.isNumber && after.isNumber))
      }
      if !remove { output.append(contentsOf: characters[index..<(index + run)]) }
      index += run
    }
    return output
  }
}
