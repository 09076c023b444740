#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Aligns two sequences of text segments (sentences or paragraphs) that
/// translate each other, without a neural model.
///
/// The aligner is the dynamic programme of Gale & Church (1993), "A program
/// for aligning sentences in bilingual corpora", over beads of the shapes in
/// `Options.shapes` (1:1, 1:0, 0:1, 2:1, 1:2, 2:2, 3:1, 1:3), with a cost
/// that adds to their length model a lexical term: the IDF-weighted share of
/// words on each side that the other side translates (through CC-CEDICT for
/// Chinese) or repeats (numbers, Latin words, symbols such as S/2018/1177).
///
/// The programme runs inside a band around the expected path (the length
/// diagonal); when the best path comes close to the band's edge the band is
/// doubled around that path and the programme run again, so time and memory
/// are linear in the number of segments for texts without huge gaps.
///
/// ```swift
/// let aligner = SegmentAligner(
///   source: .english, target: .chineseSimplified, lexicon: .cedict)
/// let beads = aligner.align(englishSentences, chineseSentences)
/// // [Bead(source: [0], target: [0], …), Bead(source: [1, 2], target: [1], …)]
/// ```
public struct SegmentAligner: Sendable {
  public var sourceLanguage: Language
  public var targetLanguage: Language
  /// The Chinese–English lexicon, used when one side is Chinese.
  public var lexicon: Lexicon?
  public var options: Options

  /// Creates an aligner.
  ///
  /// - Parameters:
  ///   - source: The language of the first sequence.
  ///   - target: The language of the second sequence.
  ///   - lexicon: The zh→en lexicon, normally `Lexicon.cedict`; `nil` to align on lengths and shared
  ///     tokens (numbers, Latin words) only.
  ///   - options: The tunables.
  /// - Complexity: O(1).
  public init(
    source: Language, target: Language, lexicon: Lexicon?,
    options: Options = Options()
  ) {
    self.sourceLanguage = source
    self.targetLanguage = target
    self.lexicon = lexicon
    self.options = options
  }

  /// Aligns `source` with `target`.
  ///
  /// - Returns: Beads in order that cover every segment of both sequences
  ///   exactly once (`Bead.checkInvariants` holds); each bead's `score` is its
  ///   cost under the model, its `confidence` what its words and lengths
  ///   say (`BeadEvidence`).
  /// - Complexity: O((*n* + *m*) · *w*) time and memory for *n* source and
  ///   *m* target segments and band width *w* (`2 · bandHalfWidth + 1`, more
  ///   when the band has to grow), plus the segments' total length.
  public func align(_ source: [String], _ target: [String]) -> [Bead] {
    align(source, target, context: 0)
  }

  /// `align(_:_:)` for segments inside a bead of confidence `context` (a
  /// paragraph bead's sentences; `BeadEvidence.context`).
  func align(_ source: [String], _ target: [String], context: Double) -> [Bead] {
    let n = source.count
    let m = target.count
    if n == 0 || m == 0 {
      return source.indices.map { Bead(source: [$0], target: [], score: 0) }
        + target.indices.map { Bead(source: [], target: [$0], score: 0) }
    }
    var extractor = FeatureExtractor(
      lexicon: lexicon, options: options,
      cognates: CognateEvidence.applies(sourceLanguage, targetLanguage))
    let twoThreads = usesTwoThreads(segments: n + m)
    let (sourceFeatures, targetFeatures) =
      twoThreads
      ? extractor.featuresOnTwoThreads(
        source: source, sourceIsChinese: sourceLanguage.isCJK,
        target: target, targetIsChinese: targetLanguage.isCJK)
      : extractor.features(
        source: source, sourceIsChinese: sourceLanguage.isCJK,
        target: target, targetIsChinese: targetLanguage.isCJK)
    // The two threads leave their scratch memory free but interleaved with
    // what they keep, where glibc does not give it back by itself; the
    // programme that follows would count it in its peak (20k: 148.7 MB
    // without this, 139 with).
    if twoThreads { Allocator.returnFreedMemory() }
    return align(sourceFeatures, targetFeatures, context: context)
  }

  /// Whether `Options.threads` lets the aligner start a second thread for
  /// texts of `segments` segments (to find the features and to make the
  /// pair tables).
  func usesTwoThreads(segments: Int) -> Bool {
    if options.threads == 0 {
      return segments >= options.minimumSegmentsForThreads
        && Processors.online > 1
    }
    return options.threads >= 2
  }

  /// `align(_:_:context:)` for segments whose features are already known
  /// (`ParagraphEvidence.features(source:target:)`), both sides non-empty.
  func align(_ sourceFeatures: SegmentFeatures, _ targetFeatures: SegmentFeatures, context: Double) -> [Bead] {
    let n = sourceFeatures.count
    let m = targetFeatures.count
    var model = CostModel(
      source: sourceFeatures, target: targetFeatures,
      lengthModel: lengthModel, options: options)
    model.usesTwoThreads = usesTwoThreads(segments: n + m)

    var w = max(options.bandHalfWidth, 1)
    var band = Band.diagonal(source: sourceFeatures, target: targetFeatures, halfWidth: w)
    var beads = model.bestPath(in: band)
    var expansions = 0
    while expansions < options.maximumBandExpansions {
      let path = Self.latticePoints(of: beads)
      guard band.isTouched(by: path, m: m, margin: options.bandMargin) else { break }
      if w >= max(n, m) { break }
      w *= 2
      expansions += 1
      band = Band.around(path: path, n: n, m: m, halfWidth: w)
      beads = model.bestPath(in: band)
    }
    let lexical = hasLexicalEvidence
    return beads.map { model.withConfidence($0, lexical: lexical, context: context) }
  }

  /// The Gale–Church parameters for this language pair
  /// (`Options.lengthModel`), oriented so that `l1` is the source length.
  var lengthModel: GaleChurch {
    options.lengthModel.galeChurch(sourceLanguage, targetLanguage)
  }

  /// The lattice points (i, j) a bead path passes through, from (0, 0).
  static func latticePoints(of beads: [Bead]) -> [(i: Int, j: Int)] {
    var points: [(i: Int, j: Int)] = [(0, 0)]
    var i = 0
    var j = 0
    for bead in beads {
      i += bead.source.count
      j += bead.target.count
      points.append((i, j))
    }
    return points
  }
}
