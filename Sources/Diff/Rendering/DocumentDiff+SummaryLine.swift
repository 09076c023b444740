extension DocumentDiff.Summary {
  /// The counts as one line for the end of a text diff, kinds with a count
  /// of zero left out: "5 inserted, 52 modified, 3 deleted; 16 renumbered
  /// (138 unchanged)".
  ///
  /// - Complexity: O(1).
  public var line: String {
    let kinds: [(String, Int)] = [
      ("modified", modified), ("inserted", inserted), ("deleted", deleted),
      ("split", split), ("merged", merged),
    ]
    let flags: [(String, Int)] = [("moved", moved), ("renumbered", renumbered)]
    func list(_ counts: [(String, Int)]) -> String {
      counts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
    }
    var parts = [list(kinds), list(flags)].filter { !$0.isEmpty }
    if parts.isEmpty { parts = ["no changes"] }
    return parts.joined(separator: "; ") + " (\(unchanged) unchanged)"
  }
}
