import Alignment
import Diff

/// A change report as Markdown (GitHub flavour): the same header, summary,
/// comparison table and marked-up new text as `HTMLReport`.
///
/// Deleted words read `~~struck~~`, inserted words `<ins>underlined</ins>`.
/// Document text is escaped so that it never turns into markup: `|` and
/// Markdown punctuation get a backslash, `<`, `>` and `&` become character
/// references, and line breaks inside a table cell become `<br>`.
public enum MarkdownReport {
  /// Renders the report.
  ///
  /// - Parameters: As `HTMLReport.render(_:options:)`.
  /// - Returns: The Markdown text, ending in a newline.
  /// - Complexity: O(*n*) in the total size of the documents and the diff.
  public static func render(_ report: ChangeReport, options: ReportOptions = ReportOptions()) -> String {
    var writer = MarkdownWriter(input: ReportInput(report, options: options))
    writer.write()
    return writer.out
  }

  /// Writes the text that `render(_:options:)` returns, byte for byte, to
  /// `sink` in pieces of about `chunkSize` bytes, without holding it whole.
  ///
  /// - Parameters: As `HTMLReport.write(_:options:chunkSize:to:)`.
  /// - Throws: The sink's first error.
  /// - Complexity: O(*n*) in the total size of the documents and the diff;
  ///   O(`chunkSize`) memory beyond them and the largest row.
  public static func write(
    _ report: ChangeReport, options: ReportOptions = ReportOptions(),
    chunkSize: Int = 1 << 16, to sink: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    try ReportStream.run(chunkSize: chunkSize, to: sink) { stream in
      var writer = MarkdownWriter(input: ReportInput(report, options: options), stream: stream)
      writer.write()
      try writer.finish()
    }
  }

  /// Appends `text` escaped for Markdown; inside a table cell `"\n"`
  /// becomes `<br>`, elsewhere a hard line break.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  static func appendEscaped(_ text: String, to out: inout String) {
    appendEscaped(text[...], to: &out)
  }

  /// Appends `text` escaped for Markdown; see the `String` form.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  static func appendEscaped(_ text: Substring, to out: inout String) {
    // Only ASCII needs escaping.
    out.appendReplacing(text) { $0.isASCII ? markdownReplacement($0) : nil }
  }

  /// What `appendEscaped` writes for an ASCII scalar instead of itself, or
  /// `nil` to keep it.
  @inline(__always)
  static func markdownReplacement(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "&": "&amp;"
    case "<": "&lt;"
    case ">": "&gt;"
    case "|", "\\", "*", "_", "~", "`", "[", "]", "#": "\\" + String(scalar)
    case "\n": "<br>"
    case "\r": ""
    case "\u{0}"..."\u{1F}": " "
    default: nil
    }
  }
}

/// Writes one Markdown report into one growing string, or in pieces to a
/// stream.
struct MarkdownWriter {
  let input: ReportInput
  var out = ""
  /// Where `out` goes piece by piece; `nil` keeps it whole.
  var stream: ReportStream?

  init(input: ReportInput, stream: ReportStream? = nil) {
    self.input = input
    self.stream = stream
    out.reserveCapacity(stream.map { 2 * $0.chunkSize } ?? 3 * input.textSize + 4096)
  }

  /// Hands `out` on when streaming and it has grown to a piece; called
  /// between rows.
  mutating func flush() {
    stream?.flush(&out)
  }

  /// Hands the rest of `out` on when streaming.
  ///
  /// - Throws: The stream's first error.
  mutating func finish() throws {
    try stream?.finish(&out)
  }

  var strings: ReportStrings { input.strings }

  mutating func text(_ text: String) {
    MarkdownReport.appendEscaped(text, to: &out)
  }

  mutating func text(_ text: Substring) {
    MarkdownReport.appendEscaped(text, to: &out)
  }

  mutating func write() {
    out += "# "
    text(strings.title)
    out += "\n\n"
    if let generated = input.options.generated {
      text(strings.generated)
      out += ": "
      text(generated)
      out += "\n\n"
    }
    out += "| | "
    text(input.columns.old)
    out += " | "
    text(input.columns.new)
    out += " |\n|---|---|---|\n"
    let old = input.old
    let new = input.new
    func row(_ name: String, _ a: String?, _ b: String?) {
      out += "| "
      text(name)
      out += " | "
      text(a ?? "—")
      out += " | "
      text(b ?? "—")
      out += " |\n"
    }
    row(strings.file, input.options.oldName, input.options.newName)
    if old.frontMatter.title != nil || new.frontMatter.title != nil {
      row(strings.documentTitle, old.frontMatter.title, new.frontMatter.title)
    }
    if old.frontMatter.symbol != nil || new.frontMatter.symbol != nil {
      row(strings.symbol, old.frontMatter.symbol, new.frontMatter.symbol)
    }
    if old.frontMatter.adoption != nil || new.frontMatter.adoption != nil {
      row(strings.adoption, old.frontMatter.adoption, new.frontMatter.adoption)
    }
    row(strings.language, old.language.rawValue, new.language.rawValue)
    row(strings.paragraphs, String(old.paragraphs.count), String(new.paragraphs.count))

    out += "\n## "
    text(strings.summary)
    out += "\n\n|"
    let summary = input.diff.summary
    for key in HTMLWriter.summaryKeys {
      out += " "
      text(summaryName(key))
      out += " |"
    }
    out += "\n|" + String(repeating: "--:|", count: HTMLWriter.summaryKeys.count) + "\n|"
    for key in HTMLWriter.summaryKeys {
      out += " \(HTMLWriter.count(key, in: summary)) |"
    }
    out += "\n\n"
    text(strings.legend)
    out += "\n\n## "
    text(strings.comparison)
    out += "\n\n| "
    text(strings.numberColumn)
    out += " | "
    text(input.columns.old)
    out += " | "
    text(input.columns.new)
    let translation = input.translation
    if let translation {
      out += " | "
      text("\(input.columns.new) · \(translation.language.rawValue)")
      out += " |\n|---|---|---|---|\n"
    } else {
      out += " |\n|---|---|---|\n"
    }
    let extraCell = translation == nil ? "" : " |"
    for row in input.layout.rows {
      switch row {
      case .change(let n): writeChangeRow(n)
      case .elided(let count):
        out += "| ⋯ | "
        text(strings.elided(count))
        out += " | ⋯ |\(extraCell)\n"
      case .movedAway(let n):
        let change = input.diff.changes[n]
        out += "| "
        text(ReportInput.numbers(of: input.paragraphs(change.old, in: old)) ?? "")
        out += " | ↓ "
        text(strings.movedTo)
        out += " "
        text(ReportInput.numbers(of: input.paragraphs(change.new, in: new)) ?? "")
        out += " | |\(extraCell)\n"
      }
      flush()
    }
    if let translation { writeFindings(translation) }
    out += "\n## "
    text(strings.redline)
    out += "\n\n"
    for row in input.layout.rows {
      switch row {
      case .change(let n): writeRedlineParagraph(n)
      case .elided(let count):
        out += "*⋯ "
        text(strings.elided(count))
        out += " ⋯*\n\n"
      case .movedAway: break
      }
      flush()
    }
  }

  func summaryName(_ key: String) -> String {
    switch key {
    case "moved": strings.moved
    case "renumbered": strings.renumbered
    default: Change.Op(rawValue: key).map(strings.op) ?? key
    }
  }

  mutating func writeChangeRow(_ n: Int) {
    let change = input.diff.changes[n]
    out += "| "
    if let numbering = input.numbering(of: change) {
      out += "**"
      text(numbering)
      out += "**"
    }
    var badges: [String] = []
    if change.op != .unchanged { badges.append(strings.op(change.op)) }
    if change.moved { badges.append(strings.moved) }
    if change.renumbered { badges.append(strings.renumbered) }
    if !badges.isEmpty {
      out += "<br>"
      text(badges.joined(separator: ", "))
    }
    out += " | "
    writeSide(change, old: true)
    out += " | "
    writeSide(change, old: false)
    if let translation = input.translation {
      out += " | "
      let cell = input.translationCell(change, translation)
      if let flag = cell.flag {
        out += "<mark>"
        text(input.name(of: flag))
        out += "</mark>"
        if cell.text != nil { out += "<br>" }
      }
      text(cell.text ?? "")
    }
    out += " |\n"
  }

  /// The `align check` findings between the new revision and its
  /// translation, as a list.
  mutating func writeFindings(_ translation: TranslationColumn) {
    out += "\n## "
    text(strings.checkTitle)
    out += "\n\n"
    if translation.findings.isEmpty {
      text(strings.noFindings)
      out += "\n"
    }
    for finding in translation.findings.map(ReportInput.describe) {
      out += "- "
      text(finding)
      out += "\n"
    }
  }

  /// Appends `~~text~~` or `<ins>text</ins>`, line by line.
  mutating func wrap(_ open: String, _ close: String, _ string: String) {
    var first = true
    for line in String.Lines(string[...]) {
      if !first { out += "<br>" }
      first = false
      guard let bodyStart = line.firstIndex(where: { $0 != " " }) else { continue }
      if bodyStart > line.startIndex { out += " " }
      // Strikethrough must not start or end with a space.
      let last = line.lastIndex(where: { $0 != " " }) ?? bodyStart
      let trimmed = line[bodyStart...last]
      out += open
      text(trimmed)
      out += close
      if trimmed.endIndex < line.endIndex { out += " " }
    }
  }

  /// Appends deleted text struck through: `~~text~~` when it starts and
  /// ends with a letter or digit, otherwise `<del>text</del>`, because
  /// GitHub's `~~` does not open before punctuation that follows a word
  /// (`国~~，团结~~` would stay literal), a common case in Chinese.
  mutating func strike(_ string: String, bold: Bool = false) {
    let lines = String.lines(string[...]).filter { !$0.isEmpty }.map { $0.trimmingSpaces }
    let plain = lines.allSatisfy { line in
      guard let first = line.first, let last = line.last else { return true }
      return (first.isLetter || first.isNumber) && (last.isLetter || last.isNumber)
    }
    switch (plain, bold) {
    case (true, false): wrap("~~", "~~", string)
    case (true, true): wrap("~~**", "**~~", string)
    case (false, false): wrap("<del>", "</del>", string)
    case (false, true): wrap("**<del>", "</del>**", string)
    }
  }

  mutating func writeSide(_ change: Change, old: Bool) {
    switch change.op {
    case .unchanged: text(old ? input.oldText(of: change) : input.newText(of: change))
    case .inserted: if !old { wrap("<ins>", "</ins>", input.newText(of: change)) }
    case .deleted: if old { strike(input.oldText(of: change)) }
    case .modified, .split, .merged:
      for edit in change.edits {
        switch edit.op {
        case .equal: text(old ? edit.oldText : edit.newText)
        case .delete: if old { strike(edit.oldText) }
        case .insert: if !old { wrap("<ins>", "</ins>", edit.newText) }
        }
      }
    }
  }

  mutating func writeRedlineParagraph(_ n: Int) {
    let change = input.diff.changes[n]
    let before = ReportInput.numbers(of: input.paragraphs(change.old, in: input.old))
    let after = ReportInput.numbers(of: input.paragraphs(change.new, in: input.new))
    switch change.op {
    case .inserted:
      if let after {
        wrap("**<ins>", "</ins>**", after)
        out += " "
      }
    case .deleted:
      if let before {
        strike(before, bold: true)
        out += " "
      }
    default:
      if change.renumbered, let before, let after, before != after {
        strike(before)
        out += " "
        wrap("**<ins>", "</ins>**", after)
        out += " "
      } else if let number = after ?? before {
        out += "**"
        text(number)
        out += "** "
      }
    }
    switch change.op {
    case .unchanged: text(input.newText(of: change))
    case .inserted: wrap("<ins>", "</ins>", input.newText(of: change))
    case .deleted: strike(input.oldText(of: change))
    case .modified, .split, .merged:
      for edit in change.edits {
        switch edit.op {
        case .equal: text(edit.newText)
        case .delete: strike(edit.oldText)
        case .insert: wrap("<ins>", "</ins>", edit.newText)
        }
      }
    }
    out += "\n\n"
  }
}

extension Substring {
  /// The text without leading and trailing spaces.
  fileprivate var trimmingSpaces: Substring {
    let start = firstIndex { $0 != " " } ?? endIndex
    let end = lastIndex { $0 != " " }.map(index(after:)) ?? start
    return self[start..<Swift.max(start, end)]
  }
}
