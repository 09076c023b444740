import Alignment

extension DocumentDiff {
  /// A broken invariant of a `DocumentDiff`.
  public struct InvariantViolation: Error, CustomStringConvertible, Sendable {
    /// Every problem found.
    public var problems: [String]
    public var description: String { problems.joined(separator: "\n") }
  }

  /// Throws if the diff is not a faithful account of `old` → `new`.
  ///
  /// - Throws: `InvariantViolation` listing `invariantViolations(old:new:options:)`.
  /// - Complexity: O(total text length).
  public func checkInvariants(
    old: Document, new: Document, options: Options = Options()
  ) throws(InvariantViolation) {
    let problems = invariantViolations(old: old.paragraphs, new: new.paragraphs, options: options)
    if !problems.isEmpty { throw InvariantViolation(problems: problems) }
  }

  /// Describes every broken invariant:
  ///
  /// - each paragraph of either side is in exactly one change;
  /// - each change's shape fits its kind (1–1 for unchanged and modified,
  ///   0–1 inserted, 1–0 deleted, 1–2+ split, 2+–1 merged), indices
  ///   increase, and only changes with both sides carry flags or edits;
  /// - the edits of a modified, split or merged change spell the old texts
  ///   and the new texts (joined with `options.joiner`);
  /// - `renumbered` is set exactly when the first paths differ;
  /// - the changes follow the new document's order;
  /// - the summary counts the changes.
  ///
  /// - Returns: Human-readable problems; empty when all hold.
  /// - Complexity: O(total text length).
  public func invariantViolations(
    old: [Paragraph], new: [Paragraph], options: Options = Options()
  ) -> [String] {
    var problems: [String] = []
    var oldSeen = [Int](repeating: 0, count: old.count)
    var newSeen = [Int](repeating: 0, count: new.count)
    for (n, change) in changes.enumerated() {
      guard change.old.allSatisfy(old.indices.contains), change.new.allSatisfy(new.indices.contains)
      else {
        problems.append("change \(n) has an index out of range")
        continue
      }
      change.old.forEach { oldSeen[$0] += 1 }
      change.new.forEach { newSeen[$0] += 1 }
      let shapeFits: Bool
      switch change.op {
      case .unchanged, .modified: shapeFits = change.old.count == 1 && change.new.count == 1
      case .inserted: shapeFits = change.old.isEmpty && change.new.count == 1
      case .deleted: shapeFits = change.old.count == 1 && change.new.isEmpty
      case .split: shapeFits = change.old.count == 1 && change.new.count >= 2
      case .merged: shapeFits = change.old.count >= 2 && change.new.count == 1
      }
      if !shapeFits { problems.append("change \(n) (\(change.op)) has the wrong shape") }
      if change.old != change.old.sorted() || change.new != change.new.sorted() {
        problems.append("change \(n) has indices out of order")
      }
      switch change.op {
      case .modified, .split, .merged:
        let oldText = change.old.map { old[$0].text }.joined(separator: options.joiner)
        let newText = change.new.map { new[$0].text }.joined(separator: options.joiner)
        for problem in WordDiff.invariantViolations(of: change.edits, old: oldText, new: newText) {
          problems.append("change \(n): \(problem)")
        }
      case .unchanged, .inserted, .deleted:
        if !change.edits.isEmpty { problems.append("change \(n) (\(change.op)) carries edits") }
      }
      if let i = change.old.first, let j = change.new.first {
        if change.renumbered != (old[i].path != new[j].path) {
          problems.append("change \(n) has a wrong renumbered flag")
        }
      } else if change.moved || change.renumbered {
        problems.append("change \(n) (\(change.op)) is flagged but one-sided")
      }
    }
    for (i, count) in oldSeen.enumerated() where count != 1 {
      problems.append("old paragraph \(i) is in \(count) changes")
    }
    for (j, count) in newSeen.enumerated() where count != 1 {
      problems.append("new paragraph \(j) is in \(count) changes")
    }
    let firstNew = changes.compactMap(\.new.first)
    if firstNew != firstNew.sorted() { problems.append("the changes are not in new-document order") }
    if summary != Summary(changes) { problems.append("the summary does not count the changes") }
    return problems
  }
}
