import Foundation
import TestSupport
import Testing

@testable import Alignment

/// The dynamic programme adds up each bead's cost from tables made per
/// band row (`CostModel.bestPath(in:)`); these tests hold every bead of its
/// path to the cost the model gives for that bead directly
/// (`CostModel.cost`, through `similarity`).
@Suite("SegmentAligner cost model")
struct SegmentAlignerCostTests {
  /// `count` random sentences, English words or Chinese characters.
  static func sentences(_ count: Int, chinese: Bool, using random: inout SplitMix64) -> [String] {
    let words = ["council", "state", "report", "2019", "peace", "S/2018/1177", "law", "member"]
    let han = Array("安全理事会决议国家和平报告法律的了是在成员")
    return (0..<count).map { _ in
      let length = Int.random(in: 0...14, using: &random)
      if chinese {
        return String((0..<length).map { _ in han[Int.random(in: 0..<han.count, using: &random)] }) + "。"
      }
      return (0..<length).map { _ in words[Int.random(in: 0..<words.count, using: &random)] }
        .joined(separator: " ")
    }
  }

  /// Checks that each bead of the best path in the diagonal band scores
  /// what `CostModel.cost` says of it.
  static func expectScoresMatchTheModel(
    _ source: [String], _ target: [String], options: SegmentAligner.Options
  ) throws {
    let aligner = SegmentAligner(
      source: .english, target: .chineseSimplified, lexicon: .cedict, options: options)
    var extractor = FeatureExtractor(
      lexicon: aligner.lexicon, options: options,
      cognates: CognateEvidence.applies(.english, .chineseSimplified))
    let (s, t) = extractor.features(
      source: source, sourceIsChinese: false, target: target, targetIsChinese: true)
    let model = SegmentAligner.CostModel(
      source: s, target: t, lengthModel: aligner.lengthModel, options: options)
    let band = SegmentAligner.Band.diagonal(
      source: s, target: t, halfWidth: options.bandHalfWidth)
    let beads = model.bestPath(in: band)
    try Bead.checkInvariants(beads, sourceCount: source.count, targetCount: target.count)
    let pairs = model.pairTable(for: band)
    var total = 0.0
    for bead in beads {
      let shape = BeadShape(source: bead.source.count, target: bead.target.count)
      let penalty = try #require(model.shapes.first { $0.shape == shape }).penalty
      // A deletion's cost does not depend on where its empty side is.
      let (a0, b0) = (bead.source.first ?? 0, bead.target.first ?? 0)
      let expected = model.cost(
        pairs, a0, a0 + bead.source.count, b0, b0 + bead.target.count, penalty: penalty)
      total += expected
      // `score` is D[cell] − D[previous]: exact up to the rounding of D.
      #expect(
        abs(bead.score - expected) <= 1e-9 * max(1, total),
        "bead \(bead.vecalignLine): \(bead.score) vs \(expected)")
    }
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
  func beadScoresAreTheModelsCosts(seed: UInt64) throws {
    var random = SplitMix64(seed: seed)
    let source = Self.sentences(Int.random(in: 1...50, using: &random), chinese: false, using: &random)
    let target = Self.sentences(Int.random(in: 1...50, using: &random), chinese: true, using: &random)
    var options = SegmentAligner.Options()
    options.bandHalfWidth = Int.random(in: 2...10, using: &random)
    try Self.expectScoresMatchTheModel(source, target, options: options)
    options.perSegmentCoverage = false
    try Self.expectScoresMatchTheModel(source, target, options: options)
  }

  /// Shapes longer than the default ones use more slots of the per-row
  /// term tables.
  @Test(arguments: [7, 8, 9] as [UInt64])
  func longerShapesScoreTheModelsCosts(seed: UInt64) throws {
    var random = SplitMix64(seed: seed)
    let source = Self.sentences(40, chinese: false, using: &random)
    let target = Self.sentences(45, chinese: true, using: &random)
    var options = SegmentAligner.Options()
    options.shapes += [.init(4, 1, penalty: 0.3), .init(2, 3, penalty: 0.2), .init(3, 4, penalty: 0.4)]
    options.bandHalfWidth = 6
    try Self.expectScoresMatchTheModel(source, target, options: options)
  }

  /// Real text: the first 200 line pairs of the UN Parallel Corpus dev set.
  @Test func unitedNationsBeadScoresAreTheModelsCosts() throws {
    func lines(_ name: String) throws -> [String] {
      Array(
        try FixtureFiles.text("unpc_v1_devset_zh_en/" + name).components(separatedBy: "\n").prefix(200))
    }
    try Self.expectScoresMatchTheModel(
      lines("UNv1.0.devset.en"), lines("UNv1.0.devset.zh"), options: SegmentAligner.Options())
  }
}
