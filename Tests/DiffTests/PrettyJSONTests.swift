import Alignment
import Foundation
import Report
import Testing

@testable import Diff

/// `PrettyJSON` writes what `JSONEncoder.alignOutput()` writes, byte for
/// byte: strings of every ASCII character and of other scripts, numbers,
/// empty and nested containers, and whole diffs and reports.
@Suite("Pretty JSON")
struct PrettyJSONTests {
  struct Box<Value: Encodable>: Encodable {
    var value: Value
  }

  static func encoded(_ value: some Encodable) throws -> String {
    String(decoding: try JSONEncoder.alignOutput().encode(Box(value: value)), as: UTF8.self)
  }

  static func written(_ body: (inout PrettyJSON) -> Void) -> String {
    var json = PrettyJSON()
    json.object { json in
      json.key("value")
      body(&json)
    }
    return String(decoding: json.bytes, as: UTF8.self)
  }

  @Test func everyASCIICharacterAndOtherScripts() throws {
    var samples = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
    samples += ["", "a/b\\c\"d", "第一条\u{3000}总则", "e\u{301}", "\u{2028}\u{2029}\u{FEFF}", "😀 \u{7F}", "\r\n"]
    for sample in samples {
      #expect(try Self.encoded(sample) == Self.written { $0.string(sample) }, "\(sample.unicodeScalars.map(\.value))")
    }
  }

  @Test func numbersAsTheEncoderWritesThem() throws {
    for k in 0...1000 {
      let x = (Double(k) / 1000 * 1000).rounded() / 1000
      #expect(try Self.encoded(x) == Self.written { $0.double(x) })
    }
    for n in [0, 1, -1, 42, Int.max, Int.min] {
      #expect(try Self.encoded(n) == Self.written { $0.int(n) })
    }
    #expect(try Self.encoded(true) == Self.written { $0.bool(true) })
  }

  @Test func containers() throws {
    #expect(try Self.encoded([Int]()) == Self.written { $0.array([Int]()) })
    #expect(
      try Self.encoded([[String]](repeating: [], count: 2))
        == Self.written { json in
          json.array { json in
            for _ in 0..<2 {
              json.element()
              json.array([String]())
            }
          }
        })
    #expect(
      try Self.encoded(["a", nil] as [String?])
        == Self.written { json in
          json.array { json in
            json.element()
            json.string("a")
            json.element()
            json.string(nil as String?)
          }
        })
    #expect(try Self.encoded([String: Int]()) == Self.written { $0.object { _ in } })
  }

  static func constitution() throws -> (Document, Document, DocumentDiff) {
    let old = try Fixtures.constitution1982()
    let new = try Fixtures.constitution2018()
    return (old, new, DocumentDiff(from: old, to: new))
  }

  @Test func aWholeDiff() throws {
    let (old, new, diff) = try Self.constitution()
    let expected = try JSONEncoder.alignOutput().encode(
      DiffJSON(diff, old: old, new: new, oldName: "1982.txt", newName: "2018.txt"))
    #expect(try diff.jsonData(old: old, new: new, oldName: "1982.txt", newName: "2018.txt") == expected)
  }

  /// `align diff --format json` streams: the pieces, joined, are the whole
  /// text and a line feed, whatever the piece size.
  @Test(arguments: [1, 7, 4096, 1 << 16])
  func aWholeDiffStreamed(chunkSize: Int) throws {
    let (old, new, diff) = try Self.constitution()
    var expected = try diff.jsonData(old: old, new: new, oldName: "1982.txt", newName: "2018.txt")
    expected.append(0x0A)
    var streamed = Data()
    var pieces = 0
    diff.writeJSON(old: old, new: new, oldName: "1982.txt", newName: "2018.txt", chunkSize: chunkSize) {
      streamed.append(contentsOf: $0)
      pieces += 1
    }
    #expect(streamed == expected)
    // A piece after each change once `chunkSize` is reached, then the rest.
    if chunkSize == 1 {
      #expect(pieces == diff.changes.count + 1)
    } else if expected.count > 4 * chunkSize {
      #expect(pieces > 1)
    }
  }

  @Test(arguments: [false, true])
  func aWholeReport(changesOnly: Bool) throws {
    let (old, new, diff) = try Self.constitution()
    let report = JSONReport(
      try ChangeReport(old: old, new: new, diff: diff),
      options: ReportOptions(oldName: "1982.txt", newName: "2018.txt", changesOnly: changesOnly, generated: "now"))
    var expected = try JSONEncoder.alignOutput().encode(report)
    expected.append(0x0A)
    #expect(try report.jsonData() == expected)
  }
}
