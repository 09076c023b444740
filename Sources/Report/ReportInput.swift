import Alignment
import Diff

/// Everything a renderer needs, worked out once: the two documents, their
/// diff, the translation column, the rows to show, the wording and the
/// column headings.
struct ReportInput: Sendable {
  var old: Document
  var new: Document
  var diff: DocumentDiff
  var translation: TranslationColumn?
  var options: ReportOptions
  var strings: ReportStrings
  var layout: ReportLayout
  var columns: ReportOptions.ColumnLabels

  init(_ report: ChangeReport, options: ReportOptions) {
    old = report.old
    new = report.new
    diff = report.diff
    translation = report.translation
    self.options = options
    strings = ReportStrings(old: old.language, new: new.language)
    layout = ReportLayout(
      diff: diff, oldCount: old.paragraphs.count,
      changesOnly: options.changesOnly, context: options.context)
    columns =
      options.columnLabels
      ?? .init(old: strings.oldColumn, new: strings.newColumn)
  }

  /// The paragraphs of one side of a change (`ChangeReport` checked that
  /// they are all there).
  func paragraphs(_ indices: [Int], in document: Document) -> [Paragraph] {
    indices.map { document.paragraphs[$0] }
  }

  /// How a paragraph's number reads: its label as written ("15 (a)" for a
  /// sub-paragraph, naming its parent), "¶ 15.a" from its path when it has
  /// no label, or `nil` when unnumbered.
  static func number(of paragraph: Paragraph) -> String? {
    if let label = paragraph.label, !label.isEmpty {
      if paragraph.kind == .subparagraph, paragraph.path.count > 1 {
        return paragraph.path.dropLast().joined(separator: ".") + " " + label
      }
      return label
    }
    if paragraph.path.isEmpty { return nil }
    return "¶ " + paragraph.path.joined(separator: ".")
  }

  /// The numbers of several paragraphs, joined with " + ".
  static func numbers(of paragraphs: [Paragraph]) -> String? {
    let numbers = paragraphs.compactMap(number(of:))
    return numbers.isEmpty ? nil : numbers.joined(separator: " + ")
  }

  /// The numbering of a change: "第一百二十三条 → 第一百二十八条" when
  /// renumbered, otherwise the new number (or the old, for a deletion).
  func numbering(of change: Change) -> String? {
    let before = Self.numbers(of: paragraphs(change.old, in: old))
    let after = Self.numbers(of: paragraphs(change.new, in: new))
    if change.renumbered, let before, let after, before != after {
      return before + " → " + after
    }
    return after ?? before
  }

  /// The old text of a change, paragraphs joined as the diff joined them.
  func oldText(of change: Change) -> String {
    paragraphs(change.old, in: old).map(\.text).joined(separator: "\n")
  }

  /// The new text of a change.
  func newText(of change: Change) -> String {
    paragraphs(change.new, in: new).map(\.text).joined(separator: "\n")
  }

  /// A rough size of the documents' text, for reserving output capacity.
  var textSize: Int {
    old.paragraphs.reduce(0) { $0 + $1.text.utf8.count }
      + new.paragraphs.reduce(0) { $0 + $1.text.utf8.count }
  }
}
