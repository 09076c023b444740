import Alignment
import Foundation
import TestSupport
import Testing

/// `Document.writeJSON` writes the JSON itself, in pieces; these tests hold
/// it to the bytes Foundation's `JSONEncoder` gives for the same schema.
@Suite("Document JSON")
struct DocumentJSONTests {
  /// The `align.document/1` schema as `Encodable` values: what the
  /// document's JSON was before it was streamed, kept here as the reference.
  struct Reference: Encodable {
    struct Lines: Encodable {
      var first: Int
      var last: Int
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
        try container.encode(label, forKey: .label)
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

    init(_ document: Document, source: String?) {
      func lines(_ range: ClosedRange<Int>) -> Lines { Lines(first: range.lowerBound, last: range.upperBound) }
      self.source = source
      format = document.format.rawValue
      language = document.language.rawValue
      let fm = document.frontMatter
      front = Front(
        title: fm.title, symbol: fm.symbol, adoption: fm.adoption, author: fm.author,
        lines: fm.lines.map { TextLines(text: $0.text, lines: lines($0.lines)) })
      paragraphs = document.paragraphs.enumerated().map { index, p in
        ParagraphJSON(
          index: index, label: p.label, path: p.path, kind: p.kind.rawValue, text: p.text,
          lines: lines(p.lines), notes: p.notes)
      }
      discarded = document.discarded.map { TextLines(text: $0.text, lines: lines($0.lines)) }
    }
  }

  static func reference(_ document: Document, source: String?) throws -> Data {
    try JSONEncoder.alignOutput().encode(Reference(document, source: source))
  }

  /// Every escape JSON has, plus text that must pass as it is.
  static let awkward: String = {
    var text = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
    text += "\"\\/ \u{7F}\u{85}\u{2028}\u{2029}é 第一条 “quoted” 🇺🇳 e\u{301}"
    return text
  }()

  static let synthetic = Document(
    language: .chineseSimplified,
    frontMatter: FrontMatter(
      title: awkward, symbol: "S/RES/2482 (2019)", author: nil,
      lines: [
        SourceLines(text: "安全理事会，", lines: 3...3)
      ]),
    paragraphs: [
      Paragraph(label: nil, path: [], kind: .unnumbered, text: "", lines: 4...4),
      Paragraph(label: "1.", path: ["1"], kind: .numbered, text: awkward, lines: 5...9, notes: ["a\nb", awkward]),
      Paragraph(label: "(a)", path: ["1", "a"], kind: .subparagraph, text: "x", lines: 10...10, notes: []),
    ],
    discarded: [SourceLines(text: "\t- 3 -", lines: 0...0)],
    format: .text)

  @Test(arguments: [nil, "in/put\\file \"name\".txt"] as [String?])
  func syntheticDocumentMatchesJSONEncoder(source: String?) throws {
    let expected = try Self.reference(Self.synthetic, source: source)
    #expect(try Self.synthetic.jsonData(source: source) == expected)
  }

  @Test func emptyContainersMatchJSONEncoder() throws {
    let document = Document(
      language: .english, paragraphs: [Paragraph(label: nil, path: [], kind: .heading, text: "T", lines: 1...1)])
    #expect(try document.jsonData() == Self.reference(document, source: nil))
  }

  @Test(arguments: [1, 7, 4096])
  func piecesJoinToTheSameBytes(chunkSize: Int) throws {
    var joined = Data()
    var pieces = 0
    Self.synthetic.writeJSON(source: "f.txt", chunkSize: chunkSize) { piece in
      joined.append(contentsOf: piece)
      pieces += 1
    }
    #expect(joined == (try Self.reference(Self.synthetic, source: "f.txt")))
    if chunkSize == 1 { #expect(pieces > 3) }
  }

  @Test func aSinkErrorStopsTheWriting() {
    struct Full: Error {}
    var calls = 0
    #expect(throws: Full.self) {
      try Self.synthetic.writeJSON(chunkSize: 1) { _ in
        calls += 1
        if calls == 2 { throw Full() }
      }
    }
    #expect(calls == 2)
  }

  @Test(arguments: [
    "sres2482_2019_zh_seed/S_RES_2482_2019_zh.txt", "udhr_6lang/udhr_en.txt", "udhr_6lang/udhr_ar.txt",
  ])
  func parsedFixturesMatchJSONEncoder(_ file: String) throws {
    let path = FixtureFiles.path(file)
    let document = try DocumentReader.read(contentsOf: path)
    #expect(try document.jsonData(source: path) == Self.reference(document, source: path))
  }
}
