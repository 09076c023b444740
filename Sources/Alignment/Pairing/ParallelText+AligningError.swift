extension ParallelText {
  /// Why texts could not be aligned. Its description is one line.
  public enum AligningError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Fewer than two documents or texts were given.
    case tooFewTexts(Int)

    public var description: String {
      switch self {
      case .tooFewTexts(let count):
        "aligning needs two texts or more, not \(count)"
      }
    }
  }
}
