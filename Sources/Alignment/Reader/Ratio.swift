/// A ratio of two whole numbers, for the reader's thresholds: compared by
/// cross-multiplying, never through floating point, so a threshold reads
/// as the fraction it is ("4/5 of the full width") and decides exactly.
public struct Ratio: Sendable, Hashable, CustomStringConvertible {
  public var numerator: Int
  public var denominator: Int

  /// `numerator / denominator`; `denominator` must be positive.
  public init(_ numerator: Int, _ denominator: Int) {
    self.numerator = numerator
    self.denominator = max(1, denominator)
  }

  /// `whole × numerator / denominator`, rounded down.
  func of(_ whole: Int) -> Int { whole * numerator / denominator }

  /// Whether `part / whole` is at least this ratio.
  func isReached(by part: Int, of whole: Int) -> Bool { part * denominator >= whole * numerator }

  /// Whether `part / whole` is at most this ratio.
  func isNotExceeded(by part: Int, of whole: Int) -> Bool { part * denominator <= whole * numerator }

  public var description: String { "\(numerator)/\(denominator)" }
}
