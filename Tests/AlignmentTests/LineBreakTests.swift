import Alignment
import Foundation
import TestSupport
import Testing

/// Paragraph reconstruction against UN PDF text whose line breaks were
/// labelled hard (paragraph or heading break) or soft (wrap) by hand.
@Suite("Line breaks of UN PDFs")
struct LineBreakTests {
  struct Labelled: Decodable {
    var raw_text: String
    var is_hard_linebreak: [Bool]
  }

  /// Fraction of line breaks the reader classifies as the labels say.
  static func accuracy() throws -> (correct: Int, total: Int) {
    let url = FixtureFiles.url("un_pdf_linebreak_labels_en/validation_small.jsonl")
    var correct = 0
    var total = 0
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
      let item = try JSONDecoder().decode(Labelled.self, from: Data(line.utf8))
      let document = try #require(DocumentReader.parse(item.raw_text))
      // Lines (1-based) that start a unit of the reader's output.
      var starts = Set(document.paragraphs.map(\.lines.lowerBound))
      starts.formUnion(document.frontMatter.lines.map(\.lines.lowerBound))
      starts.formUnion(document.discarded.map(\.lines.lowerBound))
      for (index, hard) in item.is_hard_linebreak.enumerated() {
        let next = index + 2  // the line after break `index`
        if starts.contains(next) == hard { correct += 1 }
        total += 1
      }
    }
    return (correct, total)
  }

  @Test func mostBreaksClassifiedAsLabelled() throws {
    let (correct, total) = try Self.accuracy()
    // The README's figure: all 56 labelled breaks classified as labelled.
    #expect(total == 56)
    #expect(correct == 56)
  }
}
