extension WordDiff {
  /// Describes every way `edits` fail to be a diff from `old` to `new`:
  /// the `equal` and `delete` texts must spell `old`, the `equal` and
  /// `insert` texts must spell `new`, the UTF-8 ranges must tile both
  /// texts, and no two neighbours may be of the same kind.
  ///
  /// - Returns: Human-readable violations; empty when all hold.
  /// - Complexity: O(*n*) in the text lengths.
  public static func invariantViolations(
    of edits: [Edit], old: String, new: String
  ) -> [String] {
    var problems: [String] = []
    if edits.oldText != old { problems.append("equal+delete do not spell the old text") }
    if edits.newText != new { problems.append("equal+insert do not spell the new text") }
    var oldOffset = 0
    var newOffset = 0
    for (n, edit) in edits.enumerated() {
      if edit.oldRange.lowerBound != oldOffset || edit.newRange.lowerBound != newOffset {
        problems.append("edit \(n) does not start where edit \(n - 1) ended")
      }
      if edit.oldRange.count != edit.oldText.utf8.count
        || edit.newRange.count != edit.newText.utf8.count
      {
        problems.append("edit \(n) ranges do not match its texts")
      }
      switch edit.op {
      case .insert where !edit.oldText.isEmpty, .delete where !edit.newText.isEmpty:
        problems.append("edit \(n) carries text on the wrong side")
      default: break
      }
      if edit.oldText.isEmpty && edit.newText.isEmpty { problems.append("edit \(n) is empty") }
      if n > 0 && edits[n - 1].op == edit.op { problems.append("edits \(n - 1) and \(n) are both \(edit.op)") }
      oldOffset = edit.oldRange.upperBound
      newOffset = edit.newRange.upperBound
    }
    if oldOffset != old.utf8.count || newOffset != new.utf8.count {
      problems.append("edits do not reach the ends of the texts")
    }
    return problems
  }
}
