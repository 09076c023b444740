import Alignment

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
/// let diff = DocumentDiff(from: old, to: new)
/// let html = HTMLReport.render(
///   old: old, new: new, diff: diff,
///   options: ReportOptions(oldName: "1982.txt", newName: "2018.txt"))
/// ```
public enum HTMLReport {
  /// Renders the report.
  ///
  /// - Parameters:
  ///   - old: The earlier revision.
  ///   - new: The later revision.
  ///   - diff: `DocumentDiff(from: old, to: new)`.
  ///   - options: File names, column headings, changes-only and the time.
  /// - Returns: The page, starting with `<!DOCTYPE html>`.
  /// - Complexity: O(*n*) in the total size of the documents and the diff.
  public static func render(
    old: Document, new: Document, diff: DocumentDiff,
    options: ReportOptions = ReportOptions()
  ) -> String {
    var writer = HTMLWriter(
      input: ReportInput(old: old, new: new, diff: diff, options: options))
    writer.write()
    return writer.out
  }
}

/// Writes one report into one growing string.
struct HTMLWriter {
  let input: ReportInput
  var out = ""

  init(input: ReportInput) {
    self.input = input
    out.reserveCapacity(4 * input.textSize + 16_384)
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
    out += "</style>\n</head>\n<body>\n"
    writeHeader()
    out += "<main>\n"
    writeComparison()
    if let translation = input.options.translation { writeFindings(translation) }
    writeRedline()
    out += "</main>\n</body>\n</html>\n"
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
    out.appendEscaped(strings.legend)
    out += "</p>\n<nav><a href=\"#comparison\">"
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
    for key in Self.summaryKeys {
      out += "<td class=\"\(key)\" data-kind=\"\(key)\">\(Self.count(key, in: summary))</td>"
    }
    out += "</tr></tbody>\n</table>\n"
  }

  // MARK: Comparison table

  mutating func writeComparison() {
    out += "<section id=\"comparison\">\n<h2>"
    out.appendEscaped(strings.comparison)
    out += "</h2>\n<input type=\"checkbox\" id=\"hide-unchanged\" class=\"toggle\"/>"
    out += "<label for=\"hide-unchanged\" class=\"toggle\">"
    out.appendEscaped(strings.hideUnchanged)
    out += "</label>\n<table class=\"comparison\(input.options.translation == nil ? "" : " three-way")\">\n"
    let translation = input.options.translation
    out += "<colgroup><col class=\"number\"/><col class=\"side\"/><col class=\"side\"/>"
    if translation != nil { out += "<col class=\"side\"/>" }
    out += "</colgroup>\n"
    out += "<thead><tr><th scope=\"col\" class=\"number\">"
    out.appendEscaped(strings.numberColumn)
    out += "</th><th scope=\"col\" class=\"old\">"
    out.appendEscaped(input.columns.old)
    out += "</th><th scope=\"col\" class=\"new\">"
    out.appendEscaped(input.columns.new)
    if let translation {
      out += "</th><th scope=\"col\" class=\"translation\">"
      out.appendEscaped("\(input.columns.new) · \(translation.language.rawValue)")
    }
    out += "</th></tr></thead>\n<tbody>\n"
    for row in input.layout.rows {
      switch row {
      case .change(let n): writeChangeRow(n)
      case .elided(let count): writeElidedRow(count)
      case .movedAway(let n): writeMovedAwayRow(n)
      }
    }
    out += "</tbody>\n</table>\n</section>\n"
  }

  /// The `class` of a change: its op, its flags, and `quiet` when there is
  /// nothing to see.
  static func classes(of change: Change) -> String {
    var classes = "change " + change.op.rawValue
    if change.moved { classes += " moved" }
    if change.renumbered { classes += " renumbered" }
    if !change.isNoteworthy { classes += " quiet" }
    return classes
  }

  mutating func writeChangeRow(_ n: Int) {
    let change = input.diff.changes[n]
    out += "<tr id=\"c\(n)\" class=\"\(Self.classes(of: change))\" data-op=\"\(change.op.rawValue)\">"
    out += "<td class=\"number\">"
    if let numbering = input.numbering(of: change) {
      out += "<a class=\"label\" href=\"#r\(n)\">"
      out.appendEscaped(numbering)
      out += "</a>"
    }
    if change.op != .unchanged { writeBadge(change.op.rawValue, strings.op(change.op)) }
    if change.moved { writeBadge("moved", strings.moved) }
    if change.renumbered { writeBadge("renumbered", strings.renumbered) }
    if change.moved {
      out += "<a class=\"moved-link\" href=\"#from-c\(n)\">↑ "
      out.appendEscaped(strings.movedFrom)
      if let before = ReportInput.numbers(of: input.paragraphs(change.old, in: input.old)) {
        out += " "
        out.appendEscaped(before)
      }
      out += "</a>"
    }
    out += "</td>"
    writeSide(change, old: true)
    writeSide(change, old: false)
    if let translation = input.options.translation { writeTranslation(change, translation) }
    out += "</tr>\n"
  }

  /// The translation cell of a three-way report: the aligned translation of
  /// the change's new paragraphs, flagged when one language was revised and
  /// the other was not.
  mutating func writeTranslation(_ change: Change, _ translation: TranslationColumn) {
    out += "<td class=\"translation\"\(Self.languageAttributes(translation.language))>"
    let cell = input.translationCell(change, translation)
    if let flag = cell.flag { writeBadge(flag.rawValue, input.name(of: flag)) }
    out.appendEscaped(cell.text ?? "", lineBreaks: true)
    out += "</td>"
  }

  mutating func writeBadge(_ key: String, _ text: String) {
    out += "<span class=\"badge \(key)\">"
    out.appendEscaped(text)
    out += "</span>"
  }

  /// One text cell: the old side shows kept and deleted words, the new side
  /// kept and inserted words.
  mutating func writeSide(_ change: Change, old: Bool) {
    let document = old ? input.old : input.new
    let indices = old ? change.old : change.new
    out += "<td class=\"\(old ? "old" : "new")"
    if indices.count == 1, document.paragraphs.indices.contains(indices[0]),
      document.paragraphs[indices[0]].kind == .heading
    {
      out += " heading"
    }
    out += "\""
    out += Self.languageAttributes(document.language)
    out += ">"
    switch change.op {
    case .unchanged:
      out.appendEscaped(old ? input.oldText(of: change) : input.newText(of: change), lineBreaks: true)
    case .inserted:
      if !old { wrap("ins", input.newText(of: change)) }
    case .deleted:
      if old { wrap("del", input.oldText(of: change)) }
    case .modified, .split, .merged:
      if change.edits.isEmpty {
        // No word edits (a diff made elsewhere): show both texts whole.
        wrap(old ? "del" : "ins", old ? input.oldText(of: change) : input.newText(of: change))
      }
      for edit in change.edits {
        switch edit.op {
        case .equal: out.appendEscaped(old ? edit.oldText : edit.newText, lineBreaks: true)
        case .delete: if old { wrap("del", edit.oldText) }
        case .insert: if !old { wrap("ins", edit.newText) }
        }
      }
    }
    out += "</td>"
  }

  /// Appends `<tag>text</tag>`, one element per line of the text so that a
  /// line break never sits inside a struck-through run.
  mutating func wrap(_ tag: String, _ text: String) {
    var first = true
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if !first { out += "<br/>" }
      first = false
      if line.isEmpty { continue }
      out += "<\(tag)>"
      out.appendEscaped(line)
      out += "</\(tag)>"
    }
  }

  mutating func writeElidedRow(_ count: Int) {
    out += "<tr class=\"elided\"><td colspan=\"\(input.options.translation == nil ? 3 : 4)\">⋯ "
    out.appendEscaped(strings.elided(count))
    out += " ⋯</td></tr>\n"
  }

  mutating func writeMovedAwayRow(_ n: Int) {
    let change = input.diff.changes[n]
    out += "<tr id=\"from-c\(n)\" class=\"moved-away\"><td class=\"number\">"
    if let before = ReportInput.numbers(of: input.paragraphs(change.old, in: input.old)) {
      out.appendEscaped(before)
    }
    out += "</td><td class=\"old\"\(Self.languageAttributes(input.old.language))>"
    out += "<a href=\"#c\(n)\">↓ "
    out.appendEscaped(strings.movedTo)
    if let after = ReportInput.numbers(of: input.paragraphs(change.new, in: input.new)) {
      out += " "
      out.appendEscaped(after)
    }
    out += "</a></td><td class=\"new\"></td>"
    if input.options.translation != nil { out += "<td class=\"translation\"></td>" }
    out += "</tr>\n"
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
      for finding in translation.findings {
        out += "<li>"
        out.appendEscaped(finding)
        out += "</li>\n"
      }
      out += "</ul>\n"
    }
    out += "</section>\n"
  }

  // MARK: Redline

  mutating func writeRedline() {
    out += "<section id=\"redline\">\n<h2>"
    out.appendEscaped(strings.redline)
    out += "</h2>\n<div class=\"redline\"\(Self.languageAttributes(input.new.language))>\n"
    for row in input.layout.rows {
      switch row {
      case .change(let n): writeRedlineParagraph(n)
      case .elided(let count):
        out += "<p class=\"elided\">⋯ "
        out.appendEscaped(strings.elided(count))
        out += " ⋯</p>\n"
      case .movedAway: break
      }
    }
    out += "</div>\n</section>\n"
  }

  mutating func writeRedlineParagraph(_ n: Int) {
    let change = input.diff.changes[n]
    let newParagraphs = input.paragraphs(change.new, in: input.new)
    let oldParagraphs = input.paragraphs(change.old, in: input.old)
    var classes = Self.classes(of: change)
    if newParagraphs.first?.kind == .heading || (newParagraphs.isEmpty && oldParagraphs.first?.kind == .heading) {
      classes += " heading"
    }
    out += "<p id=\"r\(n)\" class=\"\(classes)\">"
    // The number: old struck and new inserted when renumbered.
    let before = ReportInput.numbers(of: oldParagraphs)
    let after = ReportInput.numbers(of: newParagraphs)
    if before != nil || after != nil {
      out += "<a class=\"label\" href=\"#c\(n)\">"
      switch change.op {
      case .inserted: wrap("ins", after ?? "")
      case .deleted: wrap("del", before ?? "")
      default:
        if change.renumbered, let before, let after, before != after {
          wrap("del", before)
          wrap("ins", after)
        } else {
          out.appendEscaped(after ?? before ?? "")
        }
      }
      out += "</a> "
    }
    switch change.op {
    case .unchanged: out.appendEscaped(input.newText(of: change), lineBreaks: true)
    case .inserted: wrap("ins", input.newText(of: change))
    case .deleted: wrap("del", input.oldText(of: change))
    case .modified, .split, .merged:
      if change.edits.isEmpty {
        wrap("del", input.oldText(of: change))
        wrap("ins", input.newText(of: change))
      }
      for edit in change.edits {
        switch edit.op {
        case .equal: out.appendEscaped(edit.newText, lineBreaks: true)
        case .delete: wrap("del", edit.oldText)
        case .insert: wrap("ins", edit.newText)
        }
      }
    }
    if change.moved {
      out += " <a class=\"moved-link\" href=\"#from-c\(n)\">↑ "
      out.appendEscaped(strings.movedFrom)
      if let before {
        out += " "
        out.appendEscaped(before)
      }
      out += "</a>"
    }
    out += "</p>\n"
  }

  // MARK: Attributes

  /// ` lang="…"`, and ` dir="rtl"` for Arabic.
  static func languageAttributes(_ language: Language) -> String {
    language == .arabic ? " lang=\"ar\" dir=\"rtl\"" : " lang=\"\(language.rawValue)\""
  }
}
