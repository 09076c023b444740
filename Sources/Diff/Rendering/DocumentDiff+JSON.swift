import Alignment
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension DocumentDiff {
  /// The identifier of the JSON schema written by `jsonData`.
  public static let jsonSchema = "align.diff/1"

  /// The diff as `align.diff/1` JSON (see docs/json-schemas.md), keys
  /// sorted so the same input always gives the same bytes.
  ///
  /// - Complexity: O(*n*) in the size of the diff and of the paragraphs it
  ///   names, written in one pass (`PrettyJSON`).
  public func jsonData(old: Document, new: Document, oldName: String, newName: String) throws -> Data {
    Data(jsonBytes(old: old, new: new, oldName: oldName, newName: newName))
  }

  /// `jsonData` as an array of bytes, so a caller can write it without
  /// another copy.
  ///
  /// - Complexity: As `jsonData`.
  package func jsonBytes(old: Document, new: Document, oldName: String, newName: String) -> [UInt8] {
    let diff = DiffJSON(self, old: old, new: new, oldName: oldName, newName: newName)
    // Room for every text about twice over and the markup: reserved but
    // untouched memory costs nothing, a regrowth copies everything.
    var json = PrettyJSON(capacity: 4 * (old.textSize + new.textSize) + 65_536)
    diff.write(to: &json) { _ in }
    return json.bytes
  }

  /// `jsonData` followed by a line feed, handed to `sink` in pieces of
  /// about `chunkSize` bytes as it is written, so the whole text is never
  /// in memory at once.
  ///
  /// - Complexity: As `jsonData`; memory O(`chunkSize` + the largest
  ///   change).
  package func writeJSON(
    old: Document, new: Document, oldName: String, newName: String, chunkSize: Int = 1 << 16,
    to sink: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    let chunkSize = max(1, chunkSize)
    let diff = DiffJSON(self, old: old, new: new, oldName: oldName, newName: newName)
    var json = PrettyJSON(capacity: chunkSize + 4096)
    try diff.write(to: &json) { try $0.flush(to: sink, ifAtLeast: chunkSize) }
    json.newline()
    try json.flush(to: sink)
  }
}

extension Document {
  /// The UTF-8 size of the paragraphs' text, for reserving output.
  var textSize: Int { paragraphs.reduce(0) { $0 + $1.text.utf8.count } }
}

extension DiffJSON {
  /// Writes what `JSONEncoder.alignOutput()` would encode, keys sorted,
  /// calling `flush` after each change.
  func write(to json: inout PrettyJSON, flush: (inout PrettyJSON) throws -> Void) rethrows {
    try json.object { json in
      json.key("changes")
      try json.array { json in
        for change in changes {
          json.element()
          change.write(to: &json)
          try flush(&json)
        }
      }
      json.key("new")
      new.write(to: &json)
      json.key("old")
      old.write(to: &json)
      json.key("schema")
      json.string(schema)
      json.key("summary")
      json.object { json in
        for key in summary.keys.sorted() {
          json.key(key)
          json.int(summary[key] ?? 0)
        }
      }
    }
  }
}

extension DiffJSON.Side {
  func write(to json: inout PrettyJSON) {
    json.object { json in
      json.key("language")
      json.string(language)
      json.key("paragraphs")
      json.int(paragraphs)
      json.key("source")
      json.string(source)
      json.member("symbol", ifPresent: symbol)
      json.member("title", ifPresent: title)
    }
  }
}

extension DiffJSON.ChangeJSON {
  func write(to json: inout PrettyJSON) {
    json.object { json in
      if let edits {
        json.key("edits")
        json.array { json in
          for edit in edits {
            json.element()
            json.object { json in
              if let oldText = edit.oldText {
                json.key("old_text")
                json.string(oldText)
              }
              json.key("op")
              json.string(edit.op)
              json.key("text")
              json.string(edit.text)
            }
          }
        }
      }
      json.key("moved")
      json.bool(moved)
      for (name, indices, labels, paths, text) in [
        ("new", new, newLabels, newPaths, newText), ("old", old, oldLabels, oldPaths, oldText),
      ] {
        json.key(name)
        json.array(indices)
        json.key(name + "_labels")
        json.array { json in
          for label in labels {
            json.element()
            json.string(label)
          }
        }
        json.key(name + "_paths")
        json.array { json in
          for path in paths {
            json.element()
            json.array(path)
          }
        }
        if let text {
          json.key(name + "_text")
          json.string(text)
        }
      }
      json.key("op")
      json.string(op)
      json.key("renumbered")
      json.bool(renumbered)
      json.key("similarity")
      json.double(similarity)
    }
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
