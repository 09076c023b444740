#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Cuts Markdown into blocks of text lines, line by line.
///
/// Recognised, within reason of CommonMark:
/// - YAML front matter (`---` … `---` at the very top) and link reference
///   definitions (`[id]: url`) are kept out (to `discarded`);
/// - HTML comments, also over several lines (`<!-- INFO END -->`), are
///   removed;
/// - ATX headings (`## 第一章 总则`, closing `#`s dropped) and setext
///   headings (a line underlined with `===` or `---`) are blocks of their
///   own;
/// - thematic breaks (`***`, `---`, `___`) end a block;
/// - block quotes: every leading `>` is dropped;
/// - list items start a block: a bullet (`-`, `*`, `+`) is dropped, an
///   ordered marker (`1.`, `1)`) is kept as the item's label; indented
///   lines continue the item;
/// - fenced code (```` ``` ```` or `~~~`) keeps its lines as they are, one
///   block per line;
/// - table rows are one block each, cells joined by a space; the delimiter
///   row (`|---|:--:|`) is dropped;
/// - other lines join the paragraph they are in; a blank line ends it.
enum MarkdownBlockScanner {
  struct Result {
    /// Each block's lines, inline markup stripped, none empty.
    var blocks: [[String]] = []
    var discarded: [String] = []
  }

  /// - Complexity: O(*n*) in the length of the text.
  static func scan(_ text: String) -> Result {
    var result = Result()
    var current: [String] = []
    /// Whether `current` is a plain paragraph (not a list item): only an
    /// ordered item numbered 1 may interrupt one (CommonMark), so a wrapped
    /// line starting "2019. " continues its paragraph.
    var inParagraph = false
    func flush() {
      if !current.isEmpty { result.blocks.append(current) }
      current = []
      inParagraph = false
    }
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    // YAML front matter.
    if lines.first?.trimmingSpaces == "---",
      let end = lines.dropFirst().firstIndex(where: { $0.trimmingSpaces == "---" || $0.trimmingSpaces == "..." })
    {
      result.discarded.append(lines[1..<end].joined(separator: "\n"))
      lines.removeSubrange(0...end)
    }
    var fence: String?
    var inComment = false
    var index = 0
    while index < lines.count {
      var line = lines[index]
      index += 1
      if let open = fence {
        if line.trimmingSpaces.hasPrefix(open) {
          fence = nil
        } else if !line.trimmingSpaces.isEmpty {
          result.blocks.append([line])
        }
        continue
      }
      // HTML comments, possibly spanning lines.
      line = removingComments(line, inComment: &inComment)
      var content = line.trimmingSpaces
      // Block quotes.
      while content.hasPrefix(">") { content = String(content.dropFirst()).trimmingSpaces }
      if content.isEmpty {
        flush()
        continue
      }
      if content.hasPrefix("```") || content.hasPrefix("~~~") {
        flush()
        fence = String(content.prefix(3))
        continue
      }
      if isThematicBreak(content) {
        flush()
        continue
      }
      if let heading = atxHeading(content) {
        flush()
        if !heading.isEmpty { result.blocks.append([MarkdownInline.strip(heading)]) }
        continue
      }
      if isLinkReferenceDefinition(content) {
        result.discarded.append(content)
        continue
      }
      if content.hasPrefix("|") || (content.contains(" | ") && isTableDelimiter(lines[safe: index]?.trimmingSpaces)) {
        flush()
        if !isTableDelimiter(content) {
          let cells = tableCells(content).map(MarkdownInline.strip).filter { !$0.isEmpty }
          if !cells.isEmpty { result.blocks.append([cells.joined(separator: " ")]) }
        }
        continue
      }
      if let item = listItem(content), !(inParagraph && interruptsNoParagraph(item)) {
        flush()
        if !item.isEmpty { current.append(MarkdownInline.strip(item)) }
        continue
      }
      if index < lines.count, isSetextUnderline(lines[index].trimmingSpaces) {
        // The paragraph so far, underlined with `===` or `---`: a heading.
        current.append(MarkdownInline.strip(content).trimmingSpaces)
        flush()
        index += 1
        continue
      }
      let stripped = MarkdownInline.strip(content)
      if !stripped.trimmingSpaces.isEmpty {
        if current.isEmpty { inParagraph = true }
        current.append(stripped.trimmingSpaces)
      }
    }
    flush()
    return result
  }

  private static func removingComments(_ line: String, inComment: inout Bool) -> String {
    var output = ""
    var rest = Substring(line)
    while !rest.isEmpty {
      if inComment {
        guard let end = rest.firstRange(of: "-->") else { return output }
        rest = rest[end.upperBound...]
        inComment = false
      } else {
        guard let start = rest.firstRange(of: "<!--") else {
          output += rest
          break
        }
        output += rest[..<start.lowerBound]
        rest = rest[start.upperBound...]
        inComment = true
      }
    }
    return output
  }

  /// `# Title`, `## Title ##`: the title; `nil` if not a heading.
  static func atxHeading(_ line: String) -> String? {
    let hashes = line.prefix { $0 == "#" }.count
    guard (1...6).contains(hashes) else { return nil }
    let rest = line.dropFirst(hashes)
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
    var title = String(rest).trimmingSpaces
    // A closing sequence of #s after a space.
    let closing = title.reversed().prefix { $0 == "#" }.count
    if closing > 0 {
      let body = title.dropLast(closing)
      if body.isEmpty || body.last == " " { title = String(body).trimmingSpaces }
    }
    return title
  }

  static func isThematicBreak(_ line: String) -> Bool {
    let marks = line.filter { $0 != " " && $0 != "\t" }
    guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
    return marks.allSatisfy { $0 == first }
  }

  static func isSetextUnderline(_ line: String) -> Bool {
    guard let first = line.first, first == "=" || (first == "-" && line.count >= 2) else { return false }
    return line.allSatisfy { $0 == first }
  }

  static func isLinkReferenceDefinition(_ line: String) -> Bool {
    guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return false }
    return line[line.index(after: close)...].hasPrefix(":") && !line.hasPrefix("[^")
  }

  static func isTableDelimiter(_ line: String?) -> Bool {
    guard let line, line.contains("-") else { return false }
    return line.allSatisfy { "|-: \t".contains($0) } && line.contains("|")
  }

  static func tableCells(_ line: String) -> [String] {
    var row = line.trimmingSpaces
    if row.hasPrefix("|") { row.removeFirst() }
    if row.hasSuffix("|") && !row.hasSuffix("\\|") { row.removeLast() }
    var cells: [String] = []
    var cell = ""
    var escaped = false
    for character in row {
      if escaped {
        // `\|` is a pipe inside a cell; other escapes are left to
        // `MarkdownInline`.
        if character != "|" { cell.append("\\") }
        cell.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "|" {
        cells.append(cell.trimmingSpaces)
        cell = ""
      } else {
        cell.append(character)
      }
    }
    cells.append(cell.trimmingSpaces)
    return cells
  }

  /// An ordered item other than 1 (which cannot interrupt a paragraph).
  static func interruptsNoParagraph(_ item: String) -> Bool {
    let digits = item.prefix { $0.isASCII && $0.isNumber }
    return !digits.isEmpty && Int(digits) != 1
  }

  /// A list item's text: without a bullet, with an ordered marker.
  static func listItem(_ line: String) -> String? {
    if let first = line.first, "-*+".contains(first) {
      let rest = line.dropFirst()
      guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
      return String(rest).trimmingSpaces
    }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard (1...9).contains(digits.count) else { return nil }
    let rest = line.dropFirst(digits.count)
    guard let marker = rest.first, marker == "." || marker == ")" else { return nil }
    let after = rest.dropFirst()
    guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
    return digits + String(marker) + (after.isEmpty ? "" : " " + String(after).trimmingSpaces)
  }
}

extension String {
  /// Without spaces and tabs at either end.
  fileprivate var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\u{200B}" }) else { return "" }
    guard let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" && $0 != "\u{200B}" }) else { return "" }
    return String(scalars[first...last])
  }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
