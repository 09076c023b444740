import Alignment
import Foundation

extension DocumentDiff {
  /// The identifier of the JSON schema written by `jsonData`.
  public static let jsonSchema = "align.diff/1"

  /// The diff as `align.diff/1` JSON (see docs/json-schemas.md), keys
  /// sorted so the same input always gives the same bytes.
  public func jsonData(old: Document, new: Document, oldName: String, newName: String) throws -> Data {
    let encoder = JSONEncoder.alignOutput()
    return try encoder.encode(DiffJSON(self, old: old, new: new, oldName: oldName, newName: newName))
  }
}

/// The `align.diff/1` JSON form of a `DocumentDiff`.
struct DiffJSON: Encodable {
  struct Side: Encodable {
    var source: String
    var language: String
    var symbol: String?
    var title: String?
    var paragraphs: Int

    init(_ document: Document, name: String) {
      source = name
      language = document.language.rawValue
      symbol = document.frontMatter.symbol
      title = document.frontMatter.title
      paragraphs = document.paragraphs.count
    }
  }

  struct EditJSON: Encodable {
    var op: String
    var text: String
    /// For an `equal` edit whose old text differs from the new one only in
    /// what the comparison ignored; absent otherwise.
    var oldText: String?

    enum CodingKeys: String, CodingKey {
      case op, text
      case oldText = "old_text"
    }
  }

  struct ChangeJSON: Encodable {
    var op: String
    var moved: Bool
    var renumbered: Bool
    var old: [Int]
    var new: [Int]
    var oldLabels: [String?]
    var newLabels: [String?]
    var oldPaths: [[String]]
    var newPaths: [[String]]
    var oldText: String?
    var newText: String?
    var similarity: Double
    var edits: [EditJSON]?

    enum CodingKeys: String, CodingKey {
      case op, moved, renumbered, old, new, similarity, edits
      case oldLabels = "old_labels"
      case newLabels = "new_labels"
      case oldPaths = "old_paths"
      case newPaths = "new_paths"
      case oldText = "old_text"
      case newText = "new_text"
    }
  }

  var schema = DocumentDiff.jsonSchema
  var old: Side
  var new: Side
  var summary: [String: Int]
  var changes: [ChangeJSON]

  init(_ diff: DocumentDiff, old: Document, new: Document, oldName: String, newName: String) {
    self.old = Side(old, name: oldName)
    self.new = Side(new, name: newName)
    let s = diff.summary
    summary = [
      "unchanged": s.unchanged, "modified": s.modified, "inserted": s.inserted, "deleted": s.deleted,
      "split": s.split, "merged": s.merged, "moved": s.moved, "renumbered": s.renumbered,
    ]
    changes = diff.changes.map { change in
      let oldParagraphs = change.old.map { old.paragraphs[$0] }
      let newParagraphs = change.new.map { new.paragraphs[$0] }
      return ChangeJSON(
        op: change.op.rawValue, moved: change.moved, renumbered: change.renumbered,
        old: change.old, new: change.new,
        oldLabels: oldParagraphs.map(\.label), newLabels: newParagraphs.map(\.label),
        oldPaths: oldParagraphs.map(\.path), newPaths: newParagraphs.map(\.path),
        oldText: oldParagraphs.isEmpty ? nil : oldParagraphs.map(\.text).joined(separator: "\n"),
        newText: newParagraphs.isEmpty ? nil : newParagraphs.map(\.text).joined(separator: "\n"),
        similarity: (change.similarity * 1000).rounded() / 1000,
        edits: change.edits.isEmpty
          ? nil
          : change.edits.map { edit in
            EditJSON(
              op: edit.op.rawValue, text: edit.text,
              oldText: edit.op == .equal && edit.oldText != edit.newText ? edit.oldText : nil)
          })
    }
  }
}
