import Foundation
import Testing

@testable import Alignment

/// `Bead.confidence`: one scale for every document and language pair, high
/// where the evidence agrees, low where it does not, and a warning for a
/// document pair that aligns weakly.
@Suite("Bead confidence")
struct BeadConfidenceTests {
  typealias Evidence = SegmentAligner.BeadEvidence

  static func meanPairedConfidence(_ text: ParallelText) -> Double {
    let paired = text.beads[0].filter { !$0.source.isEmpty && !$0.target.isEmpty }
    return paired.reduce(0) { $0 + $1.confidence } / Double(max(paired.count, 1))
  }

  static func weak(_ text: ParallelText) -> Bool {
    text.warnings.contains {
      if case .weakAlignment = $0 { return true }
      if case .littleInCommon = $0 { return true }
      return false
    }
  }

  @Test func theScaleReadsTheEvidence() {
    let perfect = Evidence(words: 1, anchors: 1, numbering: true, length: 1)
    #expect(perfect.confidence == 1)
    let nothing = Evidence(words: 0, anchors: 0, numbering: false, length: 0)
    #expect(nothing.confidence == 0)
    // Numbering alone gives at most ½, plausible lengths alone ¼.
    let numberingAndLength = Evidence(words: 0, anchors: 0, numbering: true, length: 0.5)
    #expect(abs(numberingAndLength.confidence - (1 - 0.5 * 0.75)) < 1e-12)
    let lengthOnly = Evidence(words: 0, anchors: 0, numbering: false, length: 0.5)
    #expect(abs(lengthOnly.confidence - 0.25) < 1e-12)
    // A hopeless length halves what the words say.
    let wordsBadLength = Evidence(words: 0.8, anchors: 0, numbering: false, length: 0)
    #expect(abs(wordsBadLength.confidence - 0.4) < 1e-12)
    // More evidence never lowers it.
    for words in stride(from: 0.0, through: 1, by: 0.25) {
      for length in [0.0, 0.01, 0.05, 0.5] {
        let base = Evidence(words: words, anchors: 0, numbering: false, length: length)
        let more = Evidence(words: words, anchors: 0.5, numbering: true, length: length)
        #expect(more.confidence >= base.confidence)
        #expect((0...1).contains(base.confidence))
      }
    }
  }

  @Test func aResolutionPairIsConfidentAndUnmatchedUnitsAreNot() throws {
    let zh = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_zh.txt")
    let en = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_en.txt")
    let text = ParallelText.aligning(("zh", zh), ("en", en), level: .paragraph, lexicon: .cedict)
    for bead in text.beads[0] {
      #expect((0...1).contains(bead.confidence))
      if bead.source.isEmpty || bead.target.isEmpty { #expect(bead.confidence == 0) }
    }
    // The two operative paragraphs: numbering, words, dates and resolution
    // numbers all agree.
    let operative = text.beads[0].filter { bead in
      bead.source.contains { text.versions[0].units[$0].path == ["1"] || text.versions[0].units[$0].path == ["2"] }
    }
    #expect(operative.count == 2)
    for bead in operative { #expect(bead.confidence >= 0.5, "\(bead)") }
    #expect(Self.meanPairedConfidence(text) >= 0.5)
    #expect(!Self.weak(text))
    // Rows carry the bead's confidence.
    #expect(text.rows.map(\.confidence) == text.beads[0].map(\.confidence))
  }

  @Test(arguments: ["ar", "zh", "en", "fr", "ru", "es"])
  func theUDHRInEveryLanguageAlignsWithoutAWarning(_ other: String) throws {
    let pivot = try Fixtures.document("udhr_6lang/udhr_zh.txt")
    let document = try Fixtures.document("udhr_6lang/udhr_\(other).txt")
    guard other != "zh" else { return }
    let text = ParallelText.aligning(("zh", pivot), (other, document), level: .paragraph, lexicon: .cedict)
    #expect(Self.meanPairedConfidence(text) >= ParallelText.weakConfidenceWarning)
    #expect(!Self.weak(text))
  }

  @Test func aWrongPairIsFlaggedWeakAndScoresBelowTheRightOne() throws {
    let zh = try Fixtures.document(Fixtures.seed)
    let ru = try Fixtures.document("udhr_6lang/udhr_ru.txt")
    let wrong = ParallelText.aligning(("zh", zh), ("ru", ru), level: .paragraph, lexicon: .cedict)
    #expect(Self.weak(wrong))
    let udhrZh = try Fixtures.document("udhr_6lang/udhr_zh.txt")
    let right = ParallelText.aligning(("zh", udhrZh), ("ru", ru), level: .paragraph, lexicon: .cedict)
    #expect(Self.meanPairedConfidence(wrong) < Self.meanPairedConfidence(right) - 0.2)
  }

  @Test func sentenceBeadsCarryTheirConfidence() throws {
    let zh = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_zh.txt")
    let en = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_en.txt")
    let text = ParallelText.aligning(("zh", zh), ("en", en), level: .sentence, lexicon: .cedict)
    let paired = text.beads[0].filter { !$0.source.isEmpty && !$0.target.isEmpty }
    #expect(!paired.isEmpty)
    #expect(paired.allSatisfy { (0...1).contains($0.confidence) })
    #expect(paired.contains { $0.confidence > 0 })
  }
}
