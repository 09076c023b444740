extension ParallelText {
  /// How well one version lines up with the pivot.
  struct Quality: Sendable, Hashable {
    /// The share of units, on both sides, left without a counterpart.
    var unmatchedShare: Double
    /// The mean cost of the beads that pair units (lower is better).
    var meanCost: Double
    /// The mean confidence of the beads that pair units (0 when none does).
    var meanConfidence: Double
  }

  /// The quality of each pairwise alignment against the pivot.
  var qualities: [Quality] {
    beads.enumerated().map { k, list in
      let total = versions[0].units.count + versions[k + 1].units.count
      let unmatched = list.filter { $0.source.isEmpty || $0.target.isEmpty }
        .reduce(0) { $0 + $1.source.count + $1.target.count }
      let paired = list.filter { !$0.source.isEmpty && !$0.target.isEmpty }
      let cost = paired.isEmpty ? .infinity : paired.reduce(0) { $0 + $1.score } / Double(paired.count)
      let confidence = paired.isEmpty ? 0 : paired.reduce(0) { $0 + $1.confidence } / Double(paired.count)
      return Quality(
        unmatchedShare: total == 0 ? 0 : Double(unmatched) / Double(total), meanCost: cost,
        meanConfidence: confidence)
    }
  }

  /// Problems a user should know about: versions in the same language, a
  /// version that stops early (a truncated copy: the rest of the other is
  /// unmatched), pairs that have little in common (most units
  /// unmatched, or a high mean cost), which still align but probably are
  /// not versions of one text, and pairs whose beads' mean confidence is
  /// low (`Warning.weakAlignment`). Typed values naming versions by index; the
  /// CLI words them (`Warning.description(in:)`) and JSON carries them.
  ///
  /// - Complexity: O(*n*) in the number of beads.
  public var warnings: [Warning] {
    var result: [Warning] = []
    for (k, quality) in qualities.enumerated() {
      let version = k + 1
      if versions[0].language == versions[version].language {
        result.append(.sameLanguage(version: version, language: versions[0].language))
      }
      if let truncation = truncation(k) {
        let (short, long) = truncation.pivotIsShort ? (0, version) : (version, 0)
        result.append(
          .stopsEarly(version: short, against: long, unmatchedTail: truncation.tail, of: versions[long].units.count))
      } else if quality.unmatchedShare > Self.unmatchedWarning || quality.meanCost > Self.costWarning {
        result.append(
          .littleInCommon(version: version, unmatchedShare: quality.unmatchedShare, meanCost: quality.meanCost))
      } else if quality.meanConfidence < Self.weakConfidenceWarning {
        result.append(.weakAlignment(version: version, meanConfidence: quality.meanConfidence))
      }
    }
    return result
  }

  /// Whether one of the pair (pivot and version `k + 1`) looks like a
  /// truncated copy of the other, in any pair of languages: at least half
  /// of the shorter one's units are paired, and after the last bead that
  /// pairs units either half of the longer one's units remain, or at least
  /// `truncatedTail` units and `truncatedShare` of them remain while the
  /// shorter one has at most one unit left (the paragraph it stops in).
  /// `tail` is the number of the longer one's units left.
  func truncation(_ k: Int) -> (pivotIsShort: Bool, tail: Int)? {
    let list = beads[k]
    guard let last = list.lastIndex(where: { !$0.source.isEmpty && !$0.target.isEmpty }) else { return nil }
    let after = list[(last + 1)...]
    let tailSource = after.reduce(0) { $0 + $1.source.count }
    let tailTarget = after.reduce(0) { $0 + $1.target.count }
    func pairedShare(_ side: KeyPath<Bead, [Int]>, of count: Int) -> Double {
      let paired = list.filter { !$0.source.isEmpty && !$0.target.isEmpty }.reduce(0) { $0 + $1[keyPath: side].count }
      return count == 0 ? 0 : Double(paired) / Double(count)
    }
    let pivotCount = versions[0].units.count
    let otherCount = versions[k + 1].units.count
    func stopsEarly(_ tail: Int, of count: Int, otherTail: Int) -> Bool {
      2 * tail >= count
        || (tail >= Self.truncatedTail && Double(tail) >= Self.truncatedShare * Double(count) && otherTail <= 1)
    }
    if stopsEarly(tailSource, of: pivotCount, otherTail: tailTarget) && pairedShare(\.target, of: otherCount) >= 0.5 {
      return (false, tailSource)
    }
    if stopsEarly(tailTarget, of: otherCount, otherTail: tailSource) && pairedShare(\.source, of: pivotCount) >= 0.5 {
      return (true, tailTarget)
    }
    return nil
  }

  /// A copy that leaves at least this many units of the other unpaired at
  /// the end, and `truncatedShare` of them, stops early.
  static let truncatedTail = 3
  /// See `truncatedTail`.
  static let truncatedShare = 0.2

  /// Above this share of unmatched units a pair is reported.
  static let unmatchedWarning = 0.5
  /// Above this mean bead cost a pair is reported.
  static let costWarning = 100.0
  /// Below this mean confidence of the paired beads a pair is reported as
  /// weak (`Warning.weakAlignment`). Every pair of the UDHR's six versions,
  /// the UN Charter zh/es/en and the zh–en resolutions in Fixtures/ stays
  /// above it (0.56 at least), mismatched documents below (0.34 at most;
  /// `Benchmarks/confidence-table.py`), and so do versions that share
  /// neither a lexicon nor numbering, whose alignment rests on lengths
  /// alone (the UDHR without its labels, zh–ru: 0.26); see
  /// Guides/SegmentAlignment.md.
  static let weakConfidenceWarning = 0.4
}
