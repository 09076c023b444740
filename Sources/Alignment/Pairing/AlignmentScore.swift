/// Strict and lax precision, recall and F1 of a test alignment against a
/// gold alignment, computed exactly as vecalign's `score.py` (Thompson &
/// Koehn 2019, after Sennrich & Volk's lax/strict measures):
///
/// - Beads empty on both sides are dropped from both lists.
/// - Precision counts every test bead, deletions (1:0) and insertions (0:1)
///   included, against every gold bead, deletions included.
/// - Recall is precision with the arguments swapped *after removing every bead
///   with an empty side from both lists*: gold deletions are never required,
///   and test deletions never help recall.
/// - Strict: a bead is a true positive only if its source and target id
///   lists both equal those of a gold bead.
/// - Lax: a bead that is not strict is still a lax true positive if some
///   target id of it is aligned, in the gold, to one of its source ids
///   (so a test bead with an empty side is never a lax hit unless exact).
/// - Beads are compared as sets (duplicates count once); a ratio with a zero
///   denominator is 0, as `value_for_div_by_0` defaults to 0.
public struct AlignmentScore: Sendable, Hashable, Codable {
  public var precisionStrict: Double
  public var recallStrict: Double
  public var f1Strict: Double
  public var precisionLax: Double
  public var recallLax: Double
  public var f1Lax: Double

  /// Scores one or more documents' test alignments against their gold,
  /// pooling the counts over documents as `score_multiple` does.
  ///
  /// - Parameter pairs: (gold, test) bead lists, one pair per document.
  /// - Complexity: O(*b*) expected in the total number of bead ids.
  public init(pairs: [(gold: [Bead], test: [Bead])]) {
    var p = Counts()
    var r = Counts()
    for (gold, test) in pairs {
      p += Counts.precision(gold: gold, test: test)
      let goldNoDeletion = gold.filter { !$0.source.isEmpty && !$0.target.isEmpty }
      let testNoDeletion = test.filter { !$0.source.isEmpty && !$0.target.isEmpty }
      r += Counts.precision(gold: testNoDeletion, test: goldNoDeletion)
    }
    func ratio(_ a: Int, _ b: Int) -> Double { a + b == 0 ? 0 : Double(a) / Double(a + b) }
    func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
    precisionStrict = ratio(p.truePositiveStrict, p.falsePositiveStrict)
    precisionLax = ratio(p.truePositiveLax, p.falsePositiveLax)
    recallStrict = ratio(r.truePositiveStrict, r.falsePositiveStrict)
    recallLax = ratio(r.truePositiveLax, r.falsePositiveLax)
    f1Strict = f1(precisionStrict, recallStrict)
    f1Lax = f1(precisionLax, recallLax)
  }

  /// Scores one document's test alignment against its gold.
  ///
  /// - Complexity: O(*b*) expected in the total number of bead ids.
  public init(gold: [Bead], test: [Bead]) {
    self.init(pairs: [(gold: gold, test: test)])
  }
}

extension AlignmentScore {
  /// vecalign's `tpstrict, fpstrict, tplax, fplax`.
  fileprivate struct Counts {
    var truePositiveStrict = 0
    var falsePositiveStrict = 0
    var truePositiveLax = 0
    var falsePositiveLax = 0

    static func += (a: inout Counts, b: Counts) {
      a.truePositiveStrict += b.truePositiveStrict
      a.falsePositiveStrict += b.falsePositiveStrict
      a.truePositiveLax += b.truePositiveLax
      a.falsePositiveLax += b.falsePositiveLax
    }

    struct Key: Hashable {
      var source: [Int]
      var target: [Int]
    }

    /// vecalign's `_precision(goldalign, testalign)`.
    static func precision(gold: [Bead], test: [Bead]) -> Counts {
      let goldSet = Set(
        gold.lazy.filter { !$0.source.isEmpty || !$0.target.isEmpty }
          .map { Key(source: $0.source, target: $0.target) })
      let testSet = Set(
        test.lazy.filter { !$0.source.isEmpty || !$0.target.isEmpty }
          .map { Key(source: $0.source, target: $0.target) })
      var goldTargetsOfSource: [Int: Set<Int>] = [:]
      for bead in goldSet {
        for s in bead.source {
          goldTargetsOfSource[s, default: []].formUnion(bead.target)
        }
      }
      var counts = Counts()
      for bead in testSet {
        if goldSet.contains(bead) {
          counts.truePositiveStrict += 1
          counts.truePositiveLax += 1
          continue
        }
        counts.falsePositiveStrict += 1
        let laxHit = bead.source.contains { s in
          guard let targets = goldTargetsOfSource[s] else { return false }
          return bead.target.contains(where: targets.contains)
        }
        if laxHit {
          counts.truePositiveLax += 1
        } else {
          counts.falsePositiveLax += 1
        }
      }
      return counts
    }
  }
}
