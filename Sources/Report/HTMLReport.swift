import Alignment
import Diff

/// A change report as one self-contained HTML page.
///
/// The page has inline CSS and no script or network access; it reads in any
/// browser and prints on paper. It holds a header naming both documents with
/// counts of each kind of change, a side-by-side comparison table (one row
/// per change, numbering in its own column, deleted words in `<del>`,
/// inserted words in `<ins>`, moved paragraphs linked to their old place),
/// and the whole new text with its changes marked inline.
///
/// The output is well-formed XML as well as HTML (quoted attributes,
/// self-closed void elements, only the five XML character references), so
/// XML tools can check it once the `<!DOCTYPE html>` line is dropped.
///
/// ```swift
/// let report = ChangeReport(old: old, new: new)
/// let html = HTMLReport.render(
///   report, options: ReportOptions(oldName: "1982.txt", newName: "2018.txt"))
/// ```
public enum HTMLReport {
  /// Renders the report.
  ///
  /// - Parameters:
  ///   - report: The revisions, their diff and the translation column.
  ///   - options: File names, column headings, changes-only and the time.
  /// - Returns: The page, starting with `<!DOCTYPE html>`.
  /// - Complexity: O(*n*) in the total size of the documents and the diff.
  public static func render(_ report: ChangeReport, options: ReportOptions = ReportOptions()) -> String {
    var writer = HTMLWriter(input: ReportInput(report, options: options))
    writer.write()
    return writer.out
  }

  /// Writes the page that `render(_:options:)` returns, byte for byte, to
  /// `sink` in pieces of about `chunkSize` bytes, without holding it whole.
  ///
  /// - Parameters:
  ///   - report: The revisions, their diff and the translation column.
  ///   - options: File names, column headings, changes-only and the time.
  ///   - chunkSize: Bytes gathered before each call of `sink` (a piece is
  ///     larger when one row of the comparison is).
  ///   - sink: Takes each piece; its first error ends the output.
  /// - Throws: The sink's first error.
  /// - Complexity: O(*n*) in the total size of the documents and the diff;
  ///   O(`chunkSize`) memory beyond them and the largest row.
  public static func write(
    _ report: ChangeReport, options: ReportOptions = ReportOptions(),
    chunkSize: Int = 1 << 16, to sink: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    try ReportStream.run(chunkSize: chunkSize, to: sink) { stream in
      var writer = HTMLWriter(input: ReportInput(report, options: options), stream: stream)
      writer.write()
      try writer.finish()
    }
  }
}

/// Writes one report into one growing string, or in pieces to a stream.
struct HTMLWriter {
  let input: ReportInput
  /// The rows of the comparison, article by article.
  let articles: ArticleLayout
  let oldCitations: Citations
  let newCitations: Citations
  let words: ArticleStrings
  var out = ""
  /// Where `out` goes piece by piece; `nil` keeps it whole.
  var stream: ReportStream?

  init(input: ReportInput, stream: ReportStream? = nil) {
    self.input = input
    articles = ArticleLayout(input)
    oldCitations = Citations(input.old)
    newCitations = Citations(input.new)
    words = ArticleStrings(input.strings)
    self.stream = stream
    out.reserveCapacity(stream.map { 2 * $0.chunkSize } ?? 4 * input.textSize + 16_384)
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

  mutating func write() {
    out += "<!DOCTYPE html>\n<html lang=\"\(strings.tag)\">\n<head>\n"
    out += "<meta charset=\"utf-8\"/>\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
    out += "<meta name=\"generator\" content=\"align report\"/>\n"
    out += "<title>"
    out.appendEscaped("\(strings.title): \(input.options.oldName) → \(input.options.newName)")
    out += "</title>\n<style>\n"
    out += HTMLReport.style
    out += "</style>\n"
    writePageStyle()
    out += "</head>\n<body>\n"
    writeHeader()
    out += "<main>\n"
    writeIndex()
    writeComparison()
    if let translation = input.translation { writeFindings(translation) }
    writeRedline()
    out += "</main>\n"
    writeStepper()
    out += "</body>\n</html>\n"
  }

  // MARK: Header

  mutating func writeHeader() {
    out += "<header>\n<h1>"
    out.appendEscaped(strings.title)
    out += "</h1>\n"
    // What the documents are: the new one's title and symbol.
    let front = input.new.frontMatter
    let subject = [front.title, front.symbol].compactMap { $0 }
    if !subject.isEmpty {
      out += "<p class=\"subject\"\(Self.languageAttributes(input.new.language))>"
      out.appendEscaped(subject.joined(separator: " · "))
      out += "</p>\n"
    }
    if let generated = input.options.generated {
      out += "<p class=\"generated\">"
      out.appendEscaped(strings.generated)
      out += ": <time>"
      out.appendEscaped(generated)
      out += "</time></p>\n"
    }
    writeDocuments()
    writeSummary()
    out += "<p class=\"legend\">"
    out.appendEscaped(words.legend)
    out += "</p>\n<nav>"
    if !articlesByKind().isEmpty {
      out += "<a href=\"#index\">"
      out.appendEscaped(words.index)
      out += "</a> · "
    }
    out += "<a href=\"#comparison\">"
    out.appendEscaped(strings.comparison)
    out += "</a> · <a href=\"#redline\">"
    out.appendEscaped(strings.redline)
    out += "</a></nav>\n</header>\n"
  }

  mutating func writeDocuments() {
    let old = input.old
    let new = input.new
    out += "<table class=\"documents\">\n<thead><tr><th></th><th scope=\"col\">"
    out.appendEscaped(input.columns.old)
    out += "</th><th scope=\"col\">"
    out.appendEscaped(input.columns.new)
    out += "</th></tr></thead>\n<tbody>\n"
    func row(_ name: String, _ key: String, _ a: String?, _ b: String?, text: Bool) {
      out += "<tr class=\"\(key)\"><th scope=\"row\">"
      out.appendEscaped(name)
      out += "</th>"
      for (value, document) in [(a, old), (b, new)] {
        out += "<td"
        if text { out += Self.languageAttributes(document.language) }
        out += ">"
        out.appendEscaped(value ?? "—")
        out += "</td>"
      }
      out += "</tr>\n"
    }
    row(strings.file, "file", input.options.oldName, input.options.newName, text: false)
    let oldTitle = old.frontMatter.title
    let newTitle = new.frontMatter.title
    if oldTitle != nil || newTitle != nil {
      row(strings.documentTitle, "title", oldTitle, newTitle, text: true)
    }
    if old.frontMatter.symbol != nil || new.frontMatter.symbol != nil {
      row(strings.symbol, "symbol", old.frontMatter.symbol, new.frontMatter.symbol, text: true)
    }
    if old.frontMatter.adoption != nil || new.frontMatter.adoption != nil {
      row(strings.adoption, "adoption", old.frontMatter.adoption, new.frontMatter.adoption, text: true)
    }
    row(strings.language, "language", old.language.rawValue, new.language.rawValue, text: false)
    row(
      strings.paragraphs, "paragraphs", String(old.paragraphs.count),
      String(new.paragraphs.count), text: false)
    out += "</tbody>\n</table>\n"
  }

  /// The kinds counted in the summary, in the order shown.
  static let summaryKeys = [
    "unchanged", "modified", "inserted", "deleted", "moved", "split", "merged", "renumbered",
  ]

  static func count(_ key: String, in summary: DocumentDiff.Summary) -> Int {
    switch key {
    case "moved": summary.moved
    case "renumbered": summary.renumbered
    default: Change.Op(rawValue: key).map { summary[$0] } ?? 0
    }
  }

  func summaryName(_ key: String) -> String {
    switch key {
    case "moved": strings.moved
    case "renumbered": strings.renumbered
    default: Change.Op(rawValue: key).map(strings.op) ?? key
    }
  }

  mutating func writeSummary() {
    let summary = input.diff.summary
    out += "<table class=\"summary\">\n<caption>"
    out.appendEscaped(strings.summary)
    out += "</caption>\n<thead><tr>"
    for key in Self.summaryKeys {
      out += "<th scope=\"col\" class=\"\(key)\">"
      out.appendEscaped(summaryName(key))
      out += "</th>"
    }
    out += "</tr></thead>\n<tbody><tr>"
    let linked = articlesByKind()
    for key in Self.summaryKeys {
      let count = Self.count(key, in: summary)
      out += "<td class=\"\(key)\" data-kind=\"\(key)\">"
      if count > 0, linked[key]?.isEmpty == false {
        out += "<a href=\"#index-\(key)\">\(count)</a>"
      } else {
        out += "\(count)"
      }
      out += "</td>"
    }
    out += "</tr></tbody>\n</table>\n"
  }

  // MARK: Shared pieces

  /// The `class` of a change: its op, its flags, and `quiet` when there is
  /// nothing to see.
  static func classes(of change: Change) -> String {
    var classes = "change " + change.op.rawValue
    if change.moved { classes += " moved" }
    if change.renumbered { classes += " renumbered" }
    if !change.isNoteworthy { classes += " quiet" }
    return classes
  }

  mutating func writeBadge(_ key: String, _ text: String) {
    out += "<span class=\"badge \(key)\">"
    out.appendEscaped(text)
    out += "</span>"
  }

  /// Appends `<tag>text</tag>`, one element per line of the text so that a
  /// line break never sits inside a struck-through run.
  mutating func wrap(_ tag: String, _ text: String) {
    var first = true
    for line in String.Lines(text[...]) {
      if !first { out += "<br/>" }
      first = false
      if line.isEmpty { continue }
      out += "<\(tag)>"
      out.appendEscaped(line)
      out += "</\(tag)>"
    }
  }

  // MARK: Consistency check

  /// The `align check` findings between the new revision and its
  /// translation.
  mutating func writeFindings(_ translation: TranslationColumn) {
    out += "<section id=\"check\">\n<h2>"
    out.appendEscaped(input.strings.checkTitle)
    out += "</h2>\n"
    if translation.findings.isEmpty {
      out += "<p class=\"no-findings\">"
      out.appendEscaped(input.strings.noFindings)
      out += "</p>\n"
    } else {
      out += "<ul class=\"findings\">\n"
      for finding in translation.findings.map(ReportInput.describe) {
        out += "<li>"
        out.appendEscaped(finding)
        out += "</li>\n"
      }
      out += "</ul>\n"
    }
    out += "</section>\n"
  }

  // MARK: Attributes

  /// ` lang="…"`, and ` dir="rtl"` for Arabic.
  static func languageAttributes(_ language: Language) -> String {
    language == .arabic ? " lang=\"ar\" dir=\"rtl\"" : " lang=\"\(language.rawValue)\""
  }
}
