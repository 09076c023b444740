/// A way in which a list of beads fails to be an alignment.
public struct BeadInvariantViolation: Error, Sendable, Hashable,
  CustomStringConvertible
{
  /// The index of the offending bead in the list.
  public var beadIndex: Int
  public var message: String

  public var description: String { "bead \(beadIndex): \(message)" }
}

extension Bead {
  /// Checks that `beads` is a complete monotone alignment of `sourceCount`
  /// source and `targetCount` target segments: every bead is non-empty, its
  /// index lists are consecutive and ascending, beads never cross (each starts
  /// where the previous one ended on both sides), and every segment is
  /// covered exactly once.
  ///
  /// - Throws: `BeadInvariantViolation` for the first bead that breaks a rule.
  /// - Complexity: O(*n* + *m*).
  public static func checkInvariants(
    _ beads: [Bead], sourceCount: Int, targetCount: Int
  ) throws(BeadInvariantViolation) {
    var nextSource = 0
    var nextTarget = 0
    for (index, bead) in beads.enumerated() {
      func fail(_ message: String) -> BeadInvariantViolation {
        BeadInvariantViolation(beadIndex: index, message: message)
      }
      if bead.source.isEmpty && bead.target.isEmpty {
        throw fail("empty on both sides")
      }
      for (offset, id) in bead.source.enumerated() where id != nextSource + offset {
        throw fail("source \(bead.source) does not continue at \(nextSource)")
      }
      for (offset, id) in bead.target.enumerated() where id != nextTarget + offset {
        throw fail("target \(bead.target) does not continue at \(nextTarget)")
      }
      nextSource += bead.source.count
      nextTarget += bead.target.count
      if nextSource > sourceCount || nextTarget > targetCount {
        throw fail("runs past the end (\(sourceCount), \(targetCount))")
      }
    }
    if nextSource != sourceCount || nextTarget != targetCount {
      throw BeadInvariantViolation(
        beadIndex: beads.count,
        message: "covers \(nextSource)/\(sourceCount) source and "
          + "\(nextTarget)/\(targetCount) target segments")
    }
  }
}
