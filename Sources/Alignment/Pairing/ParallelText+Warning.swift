extension ParallelText {
  /// A problem with an alignment that a user should know about; versions
  /// are named by their index in `versions` (0 is the pivot).
  public enum Warning: Hashable, Sendable, Codable {
    /// Version `version` is in the pivot's language; aligned all the same.
    case sameLanguage(version: Int, language: Language)
    /// Version `version` stops early: the last `unmatchedTail` of the
    /// `of` units of version `against` have no counterpart (a truncated
    /// copy?).
    case stopsEarly(version: Int, against: Int, unmatchedTail: Int, of: Int)
    /// The pivot and version `version` have little in common: a share of
    /// units unmatched above `ParallelText.unmatchedWarning`, or a mean
    /// bead cost above `ParallelText.costWarning`.
    case littleInCommon(version: Int, unmatchedShare: Double, meanCost: Double)
    /// The pivot and version `version` pair up, but weakly: the mean
    /// confidence (`Bead.confidence`) of the beads that pair units is below
    /// `ParallelText.weakConfidenceWarning`, so little in the words, anchors
    /// and numbering agrees (another text, a very free translation, or
    /// versions without shared numbering in a language pair without a
    /// lexicon, which only their lengths pair).
    case weakAlignment(version: Int, meanConfidence: Double)

    /// The warning as one line, naming the versions of `text`.
    public func description(in text: ParallelText) -> String {
      func name(_ k: Int) -> String { text.versions.indices.contains(k) ? text.versions[k].name : "version \(k)" }
      let pivot = name(0)
      switch self {
      case .sameLanguage(let version, let language):
        return "\(pivot) and \(name(version)) are both in \(language.rawValue); aligned all the same"
      case .stopsEarly(let version, let against, let tail, let count):
        return
          "\(name(version)) stops early: the last \(tail) of \(count) units of \(name(against)) have no counterpart (a truncated copy?)"
      case .littleInCommon(let version, let share, let cost):
        let percent = Int((share * 100).rounded())
        return
          "\(pivot) and \(name(version)) have little in common (\(percent)% of units unmatched, mean bead cost \(ParallelText.format(cost))); check that they are versions of the same text"
      case .weakAlignment(let version, let confidence):
        return
          "\(pivot) and \(name(version)) align weakly (mean confidence \(ParallelText.format(confidence)), below \(ParallelText.format(ParallelText.weakConfidenceWarning))): little but the lengths pairs them; check that they are versions of the same text"
      }
    }
  }
}
