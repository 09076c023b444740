import Alignment
import Foundation

/// A change report as JSON, schema `align.report/1`: the two documents'
/// particulars, the summary counts and the changes shown, each with its
/// paragraphs and word edits.
///
/// Keys are sorted, so the same input always gives the same bytes. With
/// `changesOnly`, `changes` holds only the rows shown and `elided` counts
/// the changes left out.
public struct JSONReport: Codable, Hashable, Sendable {
  public var schema = "align.report/1"
  public var generated: String?
  public var labels: ReportOptions.ColumnLabels
  public var old: DocumentInfo
  public var new: DocumentInfo
  public var summary: DocumentDiff.Summary
  public var changes: [ChangeInfo]
  /// How many changes were left out (`changesOnly`).
  public var elided: Int

  /// The particulars of one document.
  public struct DocumentInfo: Codable, Hashable, Sendable {
    public var file: String
    public var language: String
    public var title: String?
    public var symbol: String?
    public var adoption: String?
    public var paragraphs: Int
  }

  /// One paragraph of a change, with its index in its document.
  public struct ParagraphInfo: Codable, Hashable, Sendable {
    public var index: Int
    public var label: String?
    public var path: [String]
    public var kind: Paragraph.Kind
    public var text: String
  }

  /// One word edit: `op` is `equal`, `insert` or `delete`; `text` is the
  /// text shown (the old text of a deletion, otherwise the new).
  public struct EditInfo: Codable, Hashable, Sendable {
    public var op: Edit.Op
    public var text: String
  }

  /// One change: its index in the diff, kind, flags, paragraphs and edits.
  public struct ChangeInfo: Codable, Hashable, Sendable {
    public var index: Int
    public var op: Change.Op
    public var moved: Bool
    public var renumbered: Bool
    public var numbering: String?
    public var old: [ParagraphInfo]
    public var new: [ParagraphInfo]
    public var edits: [EditInfo]
  }

  /// Builds the report.
  ///
  /// - Complexity: O(*n*) in the total size of the documents and the diff.
  public init(
    old: Document, new: Document, diff: DocumentDiff,
    options: ReportOptions = ReportOptions()
  ) {
    let input = ReportInput(old: old, new: new, diff: diff, options: options)
    generated = options.generated
    labels = input.columns
    func info(_ document: Document, _ file: String) -> DocumentInfo {
      DocumentInfo(
        file: file, language: document.language.rawValue,
        title: document.frontMatter.title, symbol: document.frontMatter.symbol,
        adoption: document.frontMatter.adoption, paragraphs: document.paragraphs.count)
    }
    self.old = info(old, options.oldName)
    self.new = info(new, options.newName)
    summary = diff.summary
    func paragraphs(_ indices: [Int], _ document: Document) -> [ParagraphInfo] {
      indices.filter { document.paragraphs.indices.contains($0) }.map {
        let p = document.paragraphs[$0]
        return ParagraphInfo(index: $0, label: p.label, path: p.path, kind: p.kind, text: p.text)
      }
    }
    var changes: [ChangeInfo] = []
    var elided = 0
    for row in input.layout.rows {
      switch row {
      case .change(let n):
        let change = diff.changes[n]
        changes.append(
          ChangeInfo(
            index: n, op: change.op, moved: change.moved, renumbered: change.renumbered,
            numbering: input.numbering(of: change),
            old: paragraphs(change.old, old), new: paragraphs(change.new, new),
            edits: change.edits.map { EditInfo(op: $0.op, text: $0.text) }))
      case .elided(let count): elided += count
      case .movedAway: break
      }
    }
    self.changes = changes
    self.elided = elided
  }

  /// The report as UTF-8 JSON, keys sorted, ending in a newline.
  public func jsonData() throws -> Data {
    let encoder = JSONEncoder.alignOutput()
    var data = try encoder.encode(self)
    data.append(0x0A)
    return data
  }
}
