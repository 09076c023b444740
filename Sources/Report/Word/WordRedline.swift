import Alignment
import Diff
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The comparison as a Word document with real tracked changes: the new
/// text, with deleted words as `w:del`, inserted words as `w:ins`, and
/// moved paragraphs as `w:moveFrom` at their old place and `w:moveTo` at
/// their new one (edits inside a moved paragraph as `w:ins` at its new
/// place), each revision carrying an author and a date.
///
/// Accepting every revision gives the new revision's text, rejecting every
/// one gives the old (`scripts/check-docx.py` checks it with python-docx).
/// The output is a pure function of its inputs: the date is passed in and
/// the ZIP entries carry a fixed time.
///
/// ```swift
/// let data = try WordRedline.render(
///   old: old, new: new, diff: DocumentDiff(from: old, to: new),
///   revision: .init(author: "align", date: "2026-06-26T00:00:00Z"))
/// try data.write(to: URL(fileURLWithPath: "redline.docx"))
/// ```
public enum WordRedline {
  /// Who made the revisions and when, as Word shows them.
  public struct Revision: Sendable, Hashable {
    public var author: String
    /// An ISO 8601 time in UTC, such as `2026-06-26T00:00:00Z`.
    public var date: String

    public init(author: String = "align", date: String) {
      self.author = author
      self.date = date
    }
  }

  /// Renders the redline as the bytes of a `.docx` file.
  ///
  /// - Parameters:
  ///   - report: The revisions and their diff (a translation column is
  ///     not shown in the redline).
  ///   - revision: The author and date of every tracked change.
  ///   - title: The document's title in its properties, if any.
  /// - Throws: `WordRedlineError` if the ZIP package cannot be written.
  /// - Complexity: O(*n*) in the total size of the documents and the diff.
  public static func render(
    _ report: ChangeReport, revision: Revision, title: String? = nil
  ) throws(WordRedlineError) -> Data {
    // The document part is written twice, piece by piece, never whole: once
    // to count its bytes (the ZIP entry's header needs them), once into the
    // archive.
    let document = WordDocumentPart {
      WordBody(old: report.old, new: report.new, diff: report.diff, revision: revision)
    }
    return try WordPackage.docx(
      document: document, language: report.new.language, title: title ?? report.new.frontMatter.title)
  }

  /// Just the `word/document.xml` part, for tests of its structure.
  ///
  /// - Complexity: As `render`.
  public static func documentXML(_ report: ChangeReport, revision: Revision) -> String {
    var body = WordBody(old: report.old, new: report.new, diff: report.diff, revision: revision)
    body.write()
    return body.xml
  }
}

/// The ZIP package could not be written.
public struct WordRedlineError: Error, CustomStringConvertible, Sendable {
  public var description: String
}

/// Writes `word/document.xml`: one `w:p` per paragraph of the new text, and
/// one per moved paragraph at its old place.
struct WordBody {
  let old: Document
  let new: Document
  let diff: DocumentDiff
  let revision: WordRedline.Revision
  /// The paragraphs in reading order: the changes, and moved paragraphs'
  /// old places.
  let rows: [ReportLayout.Row]
  var xml = ""
  /// The next revision id; ids are unique in the document.
  var nextID = 1
  /// How many pieces `writeNextPiece()` has written: the start, one per
  /// row, the end.
  private(set) var piecesWritten = 0
  /// ` w:author="…" w:date="…"` of every revision, escaped once.
  private let authorAndDate: String

  init(old: Document, new: Document, diff: DocumentDiff, revision: WordRedline.Revision) {
    self.old = old
    self.new = new
    self.diff = diff
    self.revision = revision
    rows = ReportLayout(diff: diff, oldCount: old.paragraphs.count, changesOnly: false, context: 0).rows
    authorAndDate =
      " w:author=\"\(String.htmlEscaped(revision.author))\" w:date=\"\(String.htmlEscaped(revision.date))\""
  }

  static let namespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

  /// The attributes of one revision: id, author and date.
  mutating func attributes() -> String {
    defer { nextID += 1 }
    return "w:id=\"\(nextID)\"" + authorAndDate
  }

  /// Writes the whole part into `xml`.
  mutating func write() {
    xml.reserveCapacity(3 * diff.changes.count * 200)
    while writeNextPiece() {}
  }

  /// Appends the next piece of the part to `xml`: first the start of the
  /// document, then one row at a time, then the section properties and
  /// the end.
  ///
  /// - Returns: `false`, appending nothing, once the part is complete.
  mutating func writeNextPiece() -> Bool {
    let piece = piecesWritten
    guard piece <= rows.count + 1 else { return false }
    piecesWritten += 1
    if piece == 0 {
      xml += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      xml += "<w:document \(Self.namespaces)><w:body>"
    } else if piece <= rows.count {
      switch rows[piece - 1] {
      case .change(let n): writeChange(diff.changes[n], n: n)
      case .movedAway(let n): writeMovedFrom(diff.changes[n], n: n)
      case .elided: break
      }
    } else {
      xml += "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
      xml +=
        "<w:pgMar w:top=\"1440\" w:right=\"1247\" w:bottom=\"1440\" w:left=\"1247\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"
      xml += "</w:sectPr></w:body></w:document>\n"
    }
    return true
  }

  // MARK: Paragraphs

  /// The label as it starts the paragraph's text, with the space a reader
  /// expects after it ("第十条　", "1. ").
  func labelText(_ paragraph: Paragraph, in document: Document) -> String {
    guard let label = paragraph.label, !label.isEmpty, paragraph.kind != .unnumbered else { return "" }
    if paragraph.kind == .heading { return label + (document.language.isCJK ? "　" : " ") }
    return label + (document.language.isCJK && label.hasPrefix("第") ? "　" : " ")
  }

  func isHeading(_ change: Change) -> Bool {
    let side = change.new.first.map { new.paragraphs[$0] } ?? change.old.first.map { old.paragraphs[$0] }
    return side?.kind == .heading
  }

  /// Opens a paragraph; `mark` tracks its paragraph mark (`ins`, `del`,
  /// `moveFrom`, `moveTo`) when the whole paragraph is a revision.
  mutating func openParagraph(heading: Bool, mark: String?) {
    xml += "<w:p><w:pPr>"
    if heading { xml += "<w:keepNext/><w:spacing w:before=\"240\"/><w:jc w:val=\"center\"/>" }
    if let mark { xml += "<w:rPr><w:\(mark) \(attributes())/></w:rPr>" }
    xml += "</w:pPr>"
  }

  mutating func writeChange(_ change: Change, n: Int) {
    let oldParagraphs = change.old.map { old.paragraphs[$0] }
    let newParagraphs = change.new.map { new.paragraphs[$0] }
    let heading = isHeading(change)
    let oldLabel = oldParagraphs.first.map { labelText($0, in: old) } ?? ""
    let newLabel = newParagraphs.first.map { labelText($0, in: new) } ?? ""
    let bold = heading
    switch change.op {
    case .inserted:
      openParagraph(heading: heading, mark: "ins")
      revised("ins", newLabel + joined(newParagraphs), bold: bold)
    case .deleted:
      openParagraph(heading: heading, mark: "del")
      revised("del", oldLabel + joined(oldParagraphs), bold: bold)
    default:
      if change.moved {
        // The old text stands at the old place as `moveFrom`; here, kept
        // words are `moveTo`, inserted words `ins`, deleted words absent.
        let name = "move\(n)"
        openParagraph(heading: heading, mark: "moveTo")
        let rangeID = nextID
        nextID += 1
        xml += "<w:moveToRangeStart w:id=\"\(rangeID)\"\(authorAndDate) w:name=\"\(name)\"/>"
        revised("moveTo", newLabel, bold: bold)
        if change.op == .unchanged || change.edits.isEmpty {
          revised("moveTo", joined(newParagraphs), bold: bold)
        } else {
          for edit in change.edits {
            switch edit.op {
            case .equal: revised("moveTo", edit.newText, bold: bold)
            case .insert: revised("ins", edit.newText, bold: bold)
            case .delete: break
            }
          }
        }
        xml += "<w:moveToRangeEnd w:id=\"\(rangeID)\"/>"
      } else {
        openParagraph(heading: heading, mark: nil)
        if oldLabel == newLabel {
          plain(newLabel, bold: bold)
        } else {
          revised("del", oldLabel, bold: bold)
          revised("ins", newLabel, bold: bold)
        }
        if change.op == .unchanged {
          plain(joined(newParagraphs), bold: bold)
        } else if change.edits.isEmpty {
          revised("del", joined(oldParagraphs), bold: bold)
          revised("ins", joined(newParagraphs), bold: bold)
        } else {
          for edit in change.edits {
            switch edit.op {
            case .equal: plain(edit.newText, bold: bold)
            case .insert: revised("ins", edit.newText, bold: bold)
            case .delete: revised("del", edit.oldText, bold: bold)
            }
          }
        }
      }
    }
    xml += "</w:p>"
  }

  /// A moved paragraph's old text at its old place.
  mutating func writeMovedFrom(_ change: Change, n: Int) {
    let oldParagraphs = change.old.map { old.paragraphs[$0] }
    let heading = isHeading(change)
    openParagraph(heading: heading, mark: "moveFrom")
    let rangeID = nextID
    nextID += 1
    xml += "<w:moveFromRangeStart w:id=\"\(rangeID)\"\(authorAndDate) w:name=\"move\(n)\"/>"
    let label = oldParagraphs.first.map { labelText($0, in: old) } ?? ""
    revised("moveFrom", label + joined(oldParagraphs), bold: heading)
    xml += "<w:moveFromRangeEnd w:id=\"\(rangeID)\"/>"
    xml += "</w:p>"
  }

  func joined(_ paragraphs: [Paragraph]) -> String {
    paragraphs.map(\.text).joined(separator: "\n")
  }

  // MARK: Runs

  /// A run of unrevised text.
  mutating func plain(_ text: String, bold: Bool) {
    guard !text.isEmpty else { return }
    run(text, deleted: false, bold: bold)
  }

  /// A revision element (`ins`, `del`, `moveFrom`, `moveTo`) holding one
  /// run of `text`.
  mutating func revised(_ kind: String, _ text: String, bold: Bool) {
    guard !text.isEmpty else { return }
    xml += "<w:\(kind) \(attributes())>"
    run(text, deleted: kind == "del" || kind == "moveFrom", bold: bold)
    xml += "</w:\(kind)>"
  }

  /// One `w:r`; line breaks (the 款 of an article) become `w:br`, deleted
  /// text is `w:delText`.
  mutating func run(_ text: String, deleted: Bool, bold: Bool) {
    xml += "<w:r>"
    if bold { xml += "<w:rPr><w:b/></w:rPr>" }
    let tag = deleted ? "w:delText" : "w:t"
    var first = true
    for line in String.Lines(text[...]) {
      if !first { xml += "<w:br/>" }
      first = false
      if line.isEmpty { continue }
      xml += "<\(tag) xml:space=\"preserve\">"
      xml.appendEscaped(line)
      xml += "</\(tag)>"
    }
    xml += "</w:r>"
  }
}
