#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension SegmentAligner {
  /// What speaks for one bead pairing units, each in 0...1, and the
  /// confidence it gives: the bead's `Bead.confidence`.
  ///
  /// The scale is the same for every document and language pair, because
  /// it reads the evidence rather than the aligner's cost (a numbering anchor
  /// costs 0 however little the texts agree, and a cost's size depends on
  /// the language pair and the bead's shape):
  ///
  ///     fit        = min(1, length / 0.05)
  ///     support    = 1 − (1 − words) · (1 − anchors) · (1 − ½ numbering) · (1 − ¼ fit)
  ///                      · (1 − context)
  ///     confidence = support · (½ + ½ fit)
  ///
  /// so full marks need the words and anchors to agree and the lengths to
  /// be plausible (95 % of true translations have |δ| < 1.96, `length` ≥
  /// 0.05); numbering alone gives at most ½, lengths alone at most ¼, and a
  /// length that cannot be a translation's (|δ| ≫ 2) halves whatever the
  /// rest says.
  /// Beads that leave a unit unmatched have confidence 0. Guides/SegmentAlignment.md
  /// gives the bands a user can filter on.
  struct BeadEvidence: Sendable, Hashable {
    /// The mean over the bead's units (with weighted words) of the share of
    /// their word weight the other side translates or repeats
    /// (`ParagraphEvidence.sourceCoverage`), above the chance level that the
    /// units next to the bead on the other side reach (`aboveChance`); 0 in
    /// a language pair without a lexicon (`SegmentAligner.hasLexicalEvidence`),
    /// where words say nothing.
    var words: Double
    /// The weighted share of the bead's anchors (dates, symbols, numbers;
    /// `AnchorExtractor`) found on both sides, of the side with more.
    var anchors: Double
    /// Whether both sides carry a numbering path and one is the same.
    var numbering: Bool
    /// P(|δ| or worse) under the language pair's length model,
    /// 2 (1 − Φ(|δ|)): 1 for lengths that fit exactly.
    var length: Double
    /// For a sentence bead inside a paragraph bead, the paragraph bead's
    /// confidence: the sentences are no surer than their paragraphs, but a
    /// sure paragraph pair vouches for the sentences that fit in it.
    var context: Double = 0

    /// How plausible the lengths are, in 0...1: 1 from
    /// `plausibleLength` on, falling linearly to 0.
    var fit: Double { min(1, length / Self.plausibleLength) }

    /// The confidence, in 0...1.
    var confidence: Double {
      let support =
        1 - (1 - words) * (1 - anchors) * (1 - Self.numberingWeight * (numbering ? 1 : 0))
        * (1 - Self.lengthWeight * fit) * (1 - context)
      return support * (1 - Self.lengthVeto + Self.lengthVeto * fit)
    }

    /// The `length` probability from which lengths count as fitting: 0.05,
    /// |δ| = 1.96, which 95 % of true translations stay within.
    static let plausibleLength = 0.05

    /// The most that agreeing numbering alone contributes to `support`.
    static let numberingWeight = 0.5
    /// The most that fitting lengths alone contribute to `support`.
    static let lengthWeight = 0.25
    /// The share of the confidence that a hopeless length fit takes away.
    static let lengthVeto = 0.5

    /// 2 (1 − Φ(|δ|)), the probability of a length mismatch at least this
    /// large between a text and its translation.
    static func lengthProbability(delta: Double) -> Double {
      erfc(abs(delta) / 2.0.squareRoot())
    }

    /// The mean word coverage of a bead's units, each rescaled so that the
    /// level its neighbours reach counts as 0 (as the cost model does,
    /// after vecalign): `coverage(u, others)` is unit `u`'s coverage by
    /// the other side's units `others`; `neighbours` the other side's
    /// units just outside the bead (up to two on each side). Without
    /// neighbours there is no chance level to read the coverage against
    /// (and a stretch of one unit per side keeps only the words the other
    /// side shares, `FeatureExtractor.features`): the words count 0.
    static func words(
      units: [Int], otherSide: [Int], neighbours: [Int],
      weighted: (Int) -> Bool, coverage: (Int, [Int]) -> Double
    ) -> (sum: Double, count: Int) {
      var sum = 0.0
      var count = 0
      guard !neighbours.isEmpty else { return (0, 0) }
      for u in units where weighted(u) {
        let covered = coverage(u, otherSide)
        var chance = 0.0
        for v in neighbours { chance += coverage(u, [v]) }
        chance /= Double(max(neighbours.count, 1))
        sum += aboveChance(covered, chance: chance, k: otherSide.count)
        count += 1
      }
      return (sum, count)
    }

    /// Coverage `c` with the chance level of `k` other-side units (each
    /// reaching `chance`) mapped to 0 and full coverage kept at 1.
    static func aboveChance(_ c: Double, chance: Double, k: Int) -> Double {
      let level = 1 - pow(1 - min(max(chance, 0), 1), Double(k))
      guard level < 0.999 else { return 0 }
      return max(0, (c - level) / (1 - level))
    }

    /// Up to two units on each side of `range` inside `0..<count`.
    static func neighbours(of units: [Int], count: Int) -> [Int] {
      guard let first = units.first, let last = units.last else { return [] }
      return [first - 2, first - 1, last + 1, last + 2].filter { $0 >= 0 && $0 < count }
    }
  }

  /// Whether word coverage means anything for this language pair: one side
  /// Chinese and the other English with a lexicon, or one language on both
  /// sides. For zh–es, say, only numbers and anchors can match.
  var hasLexicalEvidence: Bool {
    let a = sourceLanguage
    let b = targetLanguage
    let chineseEnglish = (a.isCJK && b == .english) || (b.isCJK && a == .english)
    return (chineseEnglish && lexicon != nil) || a == b || (a.isCJK && b.isCJK)
  }
}

extension SegmentAligner.CostModel {
  /// `bead` with its confidence (`BeadEvidence`) from the words and lengths
  /// of its segments; sentences have no numbering, and their numbers are
  /// words here (`#2018` units).
  func withConfidence(_ bead: Bead, lexical: Bool, context: Double) -> Bead {
    typealias Evidence = SegmentAligner.BeadEvidence
    var bead = bead
    guard !bead.source.isEmpty, !bead.target.isEmpty else {
      bead.confidence = 0
      return bead
    }
    func sourceCoverage(_ a: Int, _ others: [Int]) -> Double {
      var mask: UInt64 = 0
      for b in others { mask |= coverage(a, b).0 }
      return Double(source.weight(a, mask) / source.totalWeight[a])
    }
    func targetCoverage(_ b: Int, _ others: [Int]) -> Double {
      var mask: UInt64 = 0
      for a in others { mask |= coverage(a, b).1 }
      return Double(target.weight(b, mask) / target.totalWeight[b])
    }
    var words = 0.0
    if lexical {
      let s = Evidence.words(
        units: bead.source, otherSide: bead.target,
        neighbours: Evidence.neighbours(of: bead.target, count: target.count),
        weighted: { source.totalWeight[$0] > 0 }, coverage: sourceCoverage)
      let t = Evidence.words(
        units: bead.target, otherSide: bead.source,
        neighbours: Evidence.neighbours(of: bead.source, count: source.count),
        weighted: { target.totalWeight[$0] > 0 }, coverage: targetCoverage)
      words = s.count + t.count > 0 ? (s.sum + t.sum) / Double(s.count + t.count) : 0
    }
    let l1 = bead.source.reduce(0) { $0 + source.length($1) }
    let l2 = bead.target.reduce(0) { $0 + target.length($1) }
    let evidence = Evidence(
      words: words, anchors: 0, numbering: false,
      length: Evidence.lengthProbability(delta: lengthModel.delta(l1: max(l1, 1), l2: l2)),
      context: context)
    bead.confidence = evidence.confidence
    return bead
  }
}

extension ParagraphEvidence {
  /// `bead` with its confidence (`SegmentAligner.BeadEvidence`) from the
  /// words, anchors, numbering and lengths of its units.
  func withConfidence(_ bead: Bead, sourcePaths: [[String]], targetPaths: [[String]]) -> Bead {
    var bead = bead
    guard !bead.source.isEmpty, !bead.target.isEmpty else {
      bead.confidence = 0
      return bead
    }
    typealias Evidence = SegmentAligner.BeadEvidence
    var words = 0.0
    if hasLexicalEvidence {
      let s = Evidence.words(
        units: bead.source, otherSide: bead.target,
        neighbours: Evidence.neighbours(of: bead.target, count: target.count),
        weighted: { source.totalWeight[$0] > 0 }, coverage: { sourceCoverage($0, by: $1) })
      let t = Evidence.words(
        units: bead.target, otherSide: bead.source,
        neighbours: Evidence.neighbours(of: bead.source, count: source.count),
        weighted: { target.totalWeight[$0] > 0 }, coverage: { targetCoverage($0, by: $1) })
      words = s.count + t.count > 0 ? (s.sum + t.sum) / Double(s.count + t.count) : 0
    }
    let anchorsS = sourceAnchors.ids(of: bead.source)
    let anchorsT = targetAnchors.ids(of: bead.target)
    let shared = UnitAnchors.sharedWeight(anchorsS, anchorsT, weights: anchorWeights)
    let larger = max(
      anchorsS.reduce(0) { $0 + anchorWeights[Int($1)] }, anchorsT.reduce(0) { $0 + anchorWeights[Int($1)] })
    let pathsS = Set(bead.source.map { sourcePaths[$0] }.filter { !$0.isEmpty })
    let pathsT = Set(bead.target.map { targetPaths[$0] }.filter { !$0.isEmpty })
    let evidence = Evidence(
      words: words,
      anchors: larger > 0 ? min(1, shared / larger) : 0,
      numbering: !pathsS.isDisjoint(with: pathsT),
      length: SegmentAligner.BeadEvidence.lengthProbability(delta: lengthDelta(bead.source, bead.target)))
    bead.confidence = evidence.confidence
    return bead
  }
}
