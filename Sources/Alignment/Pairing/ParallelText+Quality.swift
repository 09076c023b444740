extension ParallelText {
  /// How well one version lines up with the pivot.
  public struct Quality: Sendable, Hashable {
    /// The share of units, on both sides, left without a counterpart.
    public var unmatchedShare: Double
    /// The mean cost of the beads that pair units (lower is better).
    public var meanCost: Double
  }

  /// The quality of each pairwise alignment against the pivot.
  public var qualities: [Quality] {
    beads.enumerated().map { k, list in
      let total = versions[0].units.count + versions[k + 1].units.count
      let unmatched = list.filter { $0.source.isEmpty || $0.target.isEmpty }
        .reduce(0) { $0 + $1.source.count + $1.target.count }
      let paired = list.filter { !$0.source.isEmpty && !$0.target.isEmpty }
      let cost = paired.isEmpty ? .infinity : paired.reduce(0) { $0 + $1.score } / Double(paired.count)
      return Quality(unmatchedShare: total == 0 ? 0 : Double(unmatched) / Double(total), meanCost: cost)
    }
  }

  /// Problems a user should know about: versions in the same language, and
  /// pairs that have little in common (most units unmatched, or a high mean
  /// cost), which still align but probably are not versions of one text.
  public var warnings: [String] {
    var result: [String] = []
    for (k, quality) in qualities.enumerated() {
      let pivot = versions[0]
      let other = versions[k + 1]
      if pivot.language == other.language {
        result.append("\(pivot.name) and \(other.name) are both in \(pivot.language.rawValue); aligned all the same")
      }
      if quality.unmatchedShare > Self.unmatchedWarning || quality.meanCost > Self.costWarning {
        let percent = Int((quality.unmatchedShare * 100).rounded())
        result.append("\(pivot.name) and \(other.name) have little in common (\(percent)% of units unmatched, mean bead cost \(Self.format(quality.meanCost))); check that they are versions of the same text")
      }
    }
    return result
  }

  /// Above this share of unmatched units a pair is reported.
  static let unmatchedWarning = 0.5
  /// Above this mean bead cost a pair is reported.
  static let costWarning = 100.0
}
