import Foundation
import TestSupport
import Testing

@testable import Alignment

/// `Options.threads`: the second thread must change nothing but the time.
@Suite("SegmentAligner threads")
struct SegmentAlignerThreadsTests {
  /// The first `count` lines of a fixture file.
  static func lines(_ path: String, _ count: Int) throws -> [String] {
    Array(
      try FixtureFiles.text(path).split(separator: "\n", omittingEmptySubsequences: false)
        .prefix(count).map(String.init))
  }

  static func aligner(
    _ source: Language, _ target: Language, lexicon: Lexicon?, threads: Int
  ) -> SegmentAligner {
    var options = SegmentAligner.Options()
    options.threads = threads
    return SegmentAligner(source: source, target: target, lexicon: lexicon, options: options)
  }

  /// Every field of the beads, scores and confidences to the bit.
  static func fingerprint(_ beads: [Bead]) -> [String] {
    beads.map {
      "\($0.vecalignLine) \($0.score.bitPattern) \($0.confidence.bitPattern)"
    }
  }

  static func expectSameBeads(
    _ source: Language, _ target: Language, lexicon: Lexicon?, _ a: [String], _ b: [String]
  ) throws {
    let one = aligner(source, target, lexicon: lexicon, threads: 1).align(a, b)
    let two = aligner(source, target, lexicon: lexicon, threads: 2).align(a, b)
    try Bead.checkInvariants(two, sourceCount: a.count, targetCount: b.count)
    #expect(one.count > 0)
    #expect(fingerprint(one) == fingerprint(two))
  }

  @Test func bibleEnglishChineseBeadsAreTheSame() throws {
    let lexicon = try #require(Lexicon.cedict)
    let en = try Self.lines("bible_en_zh_verse_gold/en/001", 600)
    let zh = try Self.lines("bible_en_zh_verse_gold/zh/001", 760)
    try Self.expectSameBeads(.english, .chineseSimplified, lexicon: lexicon, en, zh)
  }

  @Test func unitedNationsChineseEnglishBeadsAreTheSame() throws {
    let lexicon = try #require(Lexicon.cedict)
    let en = try Self.lines("unpc_v1_devset_zh_en/UNv1.0.devset.en", 500)
    let zh = try Self.lines("unpc_v1_devset_zh_en/UNv1.0.devset.zh", 500)
    try Self.expectSameBeads(.chineseSimplified, .english, lexicon: lexicon, zh, en)
  }

  /// Russian–English words go through ICU cognate keys, each thread with
  /// its own transliterator.
  @Test(arguments: ["ru", "fr", "zh"])
  func universalDeclarationBeadsAreTheSame(language: String) throws {
    let en = try Self.lines("udhr_6lang/udhr_en.txt", 400)
    let other = try Self.lines("udhr_6lang/udhr_\(language).txt", 400)
    let code: Language =
      switch language {
      case "ru": .russian
      case "fr": .french
      default: .chineseSimplified
      }
    try Self.expectSameBeads(.english, code, lexicon: Lexicon.cedict, en, other)
  }

  /// The features and what the extractor is left knowing, for both paths;
  /// the second call starts from the state the first left, so the
  /// renumbering must respect words known before the call.
  @Test func featuresAndExtractorStateAreTheSame() throws {
    let lexicon = try #require(Lexicon.cedict)
    let en = try Self.lines("unpc_v1_devset_zh_en/UNv1.0.devset.en", 300)
    let zh = try Self.lines("unpc_v1_devset_zh_en/UNv1.0.devset.zh", 300)
    var one = FeatureExtractor(lexicon: lexicon, options: SegmentAligner.Options())
    var two = one
    for range in [0..<150, 100..<300] {
      let (en, zh) = (Array(en[range]), Array(zh[range]))
      let a = one.features(source: en, sourceIsChinese: false, target: zh, targetIsChinese: true)
      let b = two.featuresOnTwoThreads(
        source: en, sourceIsChinese: false, target: zh, targetIsChinese: true)
      for (x, y) in [(a.source, b.source), (a.target, b.target)] {
        #expect(x.keyStart == y.keyStart)
        #expect(x.keys == y.keys)
        #expect(x.keyMasks == y.keyMasks)
        #expect(x.bitWeights.map(\.bitPattern) == y.bitWeights.map(\.bitPattern))
        #expect(x.totalWeight.map(\.bitPattern) == y.totalWeight.map(\.bitPattern))
        #expect(x.lengthPrefix == y.lengthPrefix)
      }
      #expect(one.nextID == two.nextID)
      #expect(one.nextName == two.nextName)
      #expect(one.wordIDs == two.wordIDs)
      #expect(one.nameIDs == two.nameIDs)
      #expect(one.glossPool == two.glossPool)
      #expect(one.headwordOfHead == two.headwordOfHead)
      #expect(one.headwords.map(\.name) == two.headwords.map(\.name))
      #expect(
        one.wordCache.mapValues { [$0.name, $0.key, $0.cognate] }
          == two.wordCache.mapValues { [$0.name, $0.key, $0.cognate] })
      #expect(one.numberCache.mapValues { [$0.name, $0.key] } == two.numberCache.mapValues { [$0.name, $0.key] })
    }
    // Words new to both sides were made up on the target's thread.
    #expect(one.nextID > Int32(lexicon.wordCount))
  }

  /// `threads` = 0 keeps small texts on the calling thread.
  @Test func automaticChoiceNeedsEnoughSegments() {
    let aligner = Self.aligner(.english, .english, lexicon: nil, threads: 0)
    #expect(!aligner.usesTwoThreads(segments: aligner.options.minimumSegmentsForThreads - 1))
    #expect(
      aligner.usesTwoThreads(segments: aligner.options.minimumSegmentsForThreads)
        == (Processors.online > 1))
    #expect(!Self.aligner(.english, .english, lexicon: nil, threads: 1).usesTwoThreads(segments: 1 << 20))
    #expect(Self.aligner(.english, .english, lexicon: nil, threads: 2).usesTwoThreads(segments: 1))
  }
}
