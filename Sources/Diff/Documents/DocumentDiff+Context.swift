extension Change {
  /// Whether a reader of a diff needs to see this change: anything but an
  /// unchanged paragraph that kept its place and number.
  public var isNoteworthy: Bool { op != .unchanged || moved || renumbered }
}

extension DocumentDiff {
  /// Groups the changes worth showing into hunks, each padded with up to
  /// `context` neighbouring changes on either side, as `diff -U` does with
  /// lines. Hunks whose padding would touch are joined.
  ///
  /// - Parameters:
  ///   - context: How many changes to show around each shown one.
  ///   - isShown: Which changes must be shown; by default the noteworthy
  ///     ones.
  /// - Returns: Ranges of indices into `changes`, increasing and disjoint.
  /// - Complexity: O(*n*) in the number of changes.
  public func hunks(
    context: Int, where isShown: (Change) -> Bool = { $0.isNoteworthy }
  ) -> [Range<Int>] {
    let context = max(context, 0)
    var hunks: [Range<Int>] = []
    for (n, change) in changes.enumerated() where isShown(change) {
      let lower = max(0, n - context)
      let upper = min(changes.count, n + context + 1)
      if let last = hunks.last, last.upperBound >= lower {
        hunks[hunks.count - 1] = last.lowerBound..<upper
      } else {
        hunks.append(lower..<upper)
      }
    }
    return hunks
  }
}
