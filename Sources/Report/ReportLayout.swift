import Diff

/// The rows of a report, in reading order: the changes shown, markers where
/// unchanged rows are left out, and markers where moved paragraphs used to
/// be.
///
/// Every renderer walks the same rows, so the HTML, Markdown and JSON forms
/// of one report show the same changes.
struct ReportLayout: Sendable {
  enum Row: Hashable, Sendable {
    /// The change at this index of `DocumentDiff.changes`.
    case change(Int)
    /// This many changes (all unchanged paragraphs) left out.
    case elided(Int)
    /// The old place of the moved change at this index.
    case movedAway(Int)
  }

  var rows: [Row]

  /// Lays out the changes of `diff`.
  ///
  /// A moved paragraph's row stands at its new place; a `movedAway` marker
  /// stands right after the row holding the nearest earlier old paragraph
  /// that did not move (or first, if there is none). With `changesOnly`,
  /// the rows holding those markers are kept as if noteworthy.
  ///
  /// - Complexity: O(*n* + *p*) for *n* changes and *p* old paragraphs.
  init(diff: DocumentDiff, oldCount: Int, changesOnly: Bool, context: Int) {
    let changes = diff.changes
    // The change holding each old paragraph, for changes that stay put.
    var holder = [Int?](repeating: nil, count: oldCount)
    for (n, change) in changes.enumerated() where !change.moved {
      for i in change.old where i < oldCount { holder[i] = n }
    }
    // Markers by the change they follow; `-1` for the top.
    var markers: [Int: [Int]] = [:]
    var nearest = [Int](repeating: -1, count: oldCount)
    var last = -1
    for i in 0..<oldCount {
      nearest[i] = last
      if let n = holder[i] { last = n }
    }
    for (n, change) in changes.enumerated() where change.moved {
      guard let i = change.old.first, i < oldCount else { continue }
      markers[nearest[i], default: []].append(n)
    }
    // Several markers at one place stand in the old document's order.
    for key in markers.keys { markers[key]?.sort { (changes[$0].old.first ?? 0) < (changes[$1].old.first ?? 0) } }

    let shown: [Range<Int>]
    if changesOnly {
      // Changes are unique values (their paragraph indices differ), so the
      // rows holding markers can be named by value.
      var holders = Set<Change>()
      for key in markers.keys { holders.insert(changes[max(key, 0)]) }
      shown = diff.hunks(context: context) { $0.isNoteworthy || holders.contains($0) }
    } else {
      shown = changes.isEmpty ? [] : [0..<changes.count]
    }

    rows = []
    rows.reserveCapacity(changes.count + 2 * shown.count + 1)
    var next = 0
    for range in shown {
      if range.lowerBound > next { rows.append(.elided(range.lowerBound - next)) }
      if range.lowerBound == 0 { rows += (markers[-1] ?? []).map(Row.movedAway) }
      for n in range {
        rows.append(.change(n))
        rows += (markers[n] ?? []).map(Row.movedAway)
      }
      next = range.upperBound
    }
    if next < changes.count { rows.append(.elided(changes.count - next)) }
  }
}
