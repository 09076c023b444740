import Foundation

extension Document {
  /// The identifier of the JSON schema written by `jsonData()`.
  public static let jsonSchema = "align.document/1"

  /// The document as `align.document/1` JSON (see docs/json-schemas.md):
  /// keys sorted, so the same document always gives the same bytes.
  public func jsonData(source: String? = nil) throws -> Data {
    let encoder = JSONEncoder.alignOutput()
    return try encoder.encode(DocumentJSON(document: self, source: source))
  }
}

/// The `align.document/1` JSON form of a `Document`.
struct DocumentJSON: Encodable {
  struct Lines: Encodable {
    var first: Int
    var last: Int
    init(_ range: ClosedRange<Int>) {
      first = range.lowerBound
      last = range.upperBound
    }
  }

  struct ParagraphJSON: Encodable {
    var index: Int
    var label: String?
    var path: [String]
    var kind: String
    var text: String
    var lines: Lines
    var notes: [String]

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(index, forKey: .index)
      try container.encode(label, forKey: .label)  // null when unnumbered
      try container.encode(path, forKey: .path)
      try container.encode(kind, forKey: .kind)
      try container.encode(text, forKey: .text)
      try container.encode(lines, forKey: .lines)
      if !notes.isEmpty { try container.encode(notes, forKey: .notes) }
    }

    enum CodingKeys: String, CodingKey { case index, label, path, kind, text, lines, notes }
  }

  struct TextLines: Encodable {
    var text: String
    var lines: Lines
  }

  struct Front: Encodable {
    var title: String?
    var symbol: String?
    var adoption: String?
    var author: String?
    var lines: [TextLines]
  }

  var schema = Document.jsonSchema
  var source: String?
  var format: String
  var language: String
  var front: Front
  var paragraphs: [ParagraphJSON]
  var discarded: [TextLines]

  init(document: Document, source: String?) {
    self.source = source
    format = document.format.rawValue
    language = document.language.rawValue
    let fm = document.frontMatter
    front = Front(
      title: fm.title, symbol: fm.symbol, adoption: fm.adoption, author: fm.author,
      lines: fm.lines.map { TextLines(text: $0.text, lines: Lines($0.lines)) })
    paragraphs = document.paragraphs.enumerated().map { index, p in
      ParagraphJSON(
        index: index, label: p.label, path: p.path, kind: p.kind.rawValue, text: p.text, lines: Lines(p.lines),
        notes: p.notes)
    }
    discarded = document.discarded.map { TextLines(text: $0.text, lines: Lines($0.lines)) }
  }
}
