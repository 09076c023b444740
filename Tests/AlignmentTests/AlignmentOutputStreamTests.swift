import Foundation
import TestSupport
import Testing

@testable import Alignment

/// `align pair`'s outputs are written piece by piece (`writeJSON`,
/// `writeSideBySide`, `writeTSV`, `writeVecalignBeads`, `writeTMX`): the
/// pieces, joined, are the whole output, whatever the piece size, and the
/// JSON is byte for byte what `JSONEncoder.alignOutput()` makes of
/// `AlignmentJSON`, the Codable form it replaces.
@Suite("Pair output written in pieces")
struct AlignmentOutputStreamTests {
  /// A two-way paragraph alignment, a two-way sentence alignment, a
  /// three-way one and one with a warning (a copy that stops early), each
  /// with unmatched units, labels, paragraphs and front matter.
  static func alignments() throws -> [(name: String, text: ParallelText)] {
    let zh = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_zh.txt")
    let en = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_en.txt")
    let udhr = try ["en", "fr", "zh"].map { try Fixtures.document("udhr_6lang/udhr_\($0).txt") }
    let text = try FixtureFiles.text("udhr_6lang/udhr_es.txt")
    let short = try #require(DocumentReader.parse(String(text.prefix(text.count * 7 / 10))))
    return [
      ("2446 paragraphs", ParallelText.aligning(("zh.txt", zh), ("en.txt", en), level: .paragraph, lexicon: .cedict)),
      ("2446 sentences", ParallelText.aligning(("zh.txt", zh), ("en.txt", en), level: .sentence, lexicon: .cedict)),
      (
        "UDHR three ways",
        try ParallelText.aligning(
          [("en.txt", udhr[0]), ("fr.txt", udhr[1]), ("zh.txt", udhr[2])], level: .paragraph, lexicon: .cedict)
      ),
      (
        "UDHR stops early",
        ParallelText.aligning(("en.txt", udhr[0]), ("es_partial.txt", short), level: .paragraph, lexicon: .cedict)
      ),
    ]
  }

  /// What `write` hands its sink, joined, with the number of pieces.
  static func joined(_ write: ((UnsafeRawBufferPointer) -> Void) -> Void) -> (bytes: [UInt8], pieces: Int) {
    var bytes: [UInt8] = []
    var pieces = 0
    write {
      bytes += $0
      pieces += 1
    }
    return (bytes, pieces)
  }

  @Test func jsonIsWhatJSONEncoderWrites() throws {
    let alignments = try Self.alignments()
    #expect(alignments[3].text.warnings.contains { if case .stopsEarly = $0 { true } else { false } })
    for (name, text) in alignments {
      let encoded = try JSONEncoder.alignOutput().encode(AlignmentJSON(text))
      #expect(try text.jsonData() == encoded, "\(name)")
      let streamed = Self.joined { sink in text.writeJSON(chunkSize: 100, to: sink) }
      #expect(streamed.bytes == Array(encoded), "\(name)")
      #expect(streamed.pieces > 10, "\(name): \(streamed.pieces) pieces")
    }
  }

  @Test func textOutputsInPiecesAreTheWholeText() throws {
    for (name, text) in try Self.alignments() {
      let outputs: [(String, String, ((UnsafeRawBufferPointer) -> Void) -> Void)] = [
        ("side by side", text.sideBySide(width: 90), { text.writeSideBySide(width: 90, chunkSize: 100, to: $0) }),
        ("tsv", text.tsv(), { text.writeTSV(chunkSize: 100, to: $0) }),
        ("tmx", text.tmx(toolVersion: "1.0"), { text.writeTMX(toolVersion: "1.0", chunkSize: 100, to: $0) }),
      ]
      for (format, whole, write) in outputs {
        let streamed = Self.joined(write)
        #expect(String(decoding: streamed.bytes, as: UTF8.self) == whole, "\(name) \(format)")
        #expect(streamed.pieces > 3, "\(name) \(format): \(streamed.pieces) pieces")
        #expect(!whole.isEmpty)
      }
      guard text.versions.count == 2 else { continue }
      let beads = Self.joined { text.writeVecalignBeads(chunkSize: 1, to: $0) }
      #expect(String(decoding: beads.bytes, as: UTF8.self) == text.vecalignBeads(), "\(name) beads")
      #expect(beads.pieces == text.beads[0].count, "\(name) beads")
    }
  }

  /// The side-by-side text as it was built before it was streamed: the
  /// header, then each row's wrapped cells padded into columns.
  @Test func sideBySideKeepsItsLayout() throws {
    let text = try Self.alignments()[0].text
    let lines = text.sideBySide(width: 90).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0].hasPrefix("zh.txt (zh-Hans)"))
    #expect(lines[0].contains(" │ en.txt (en)"))
    #expect(lines[1].hasPrefix("───") && lines[1].contains("─┼─"))
    #expect(lines.count > text.rows.count * 2)
  }
}
