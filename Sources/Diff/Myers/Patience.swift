/// Patience diff's anchors (Bram Cohen, 2006; as in Bazaar's
/// `patiencediff.unique_lcs` and git's `xpatience.c`): the elements that
/// occur exactly once in each of two stretches, paired, and of those pairs
/// a longest chain increasing on both sides.
///
/// An element unique on both sides is very likely the same element, so
/// the chain can be trusted as fixed points whatever lies between them;
/// Myers then runs only on the stretches between consecutive anchors.
public enum Patience {
  /// The pairs `(old, new)` of elements unique in `old[oldRange]` and in
  /// `new[newRange]`, equal on both sides, that form a longest chain
  /// increasing in both offsets (offsets are those of the whole arrays).
  ///
  /// ```swift
  /// Patience.uniqueAnchors(Array("abcab"), 0..<5, Array("cxab"), 0..<4)
  /// // [(old: 2, new: 0)]: only "c" is unique on both sides
  /// ```
  ///
  /// - Complexity: O(*n* + *m* + *U* log *U*) for stretches of *n* and *m*
  ///   elements with *U* elements unique on both sides: counting, then
  ///   patience sorting for the longest increasing subsequence.
  public static func uniqueAnchors<Element: Hashable>(
    _ old: [Element], _ oldRange: Range<Int>, _ new: [Element], _ newRange: Range<Int>
  ) -> [(old: Int, new: Int)] {
    // For each element: its count in old, in new, and its last offset in new.
    var seen: [Element: (old: Int, new: Int, at: Int)] = [:]
    for i in oldRange { seen[old[i], default: (0, 0, 0)].old += 1 }
    for j in newRange {
      guard var entry = seen[new[j]] else { continue }
      entry.new += 1
      entry.at = j
      seen[new[j]] = entry
    }
    // Unique pairs in old order; their new offsets to chain.
    var pairs: [(old: Int, new: Int)] = []
    for i in oldRange {
      if let entry = seen[old[i]], entry.old == 1, entry.new == 1 { pairs.append((i, entry.at)) }
    }
    return pairs.isEmpty ? [] : longestIncreasingChain(pairs)
  }

  /// A longest subsequence of `pairs` (increasing in `old`) that is also
  /// increasing in `new`, by patience sorting: `tops[k]` is the pair with
  /// the smallest `new` ending an increasing chain of length *k* + 1, and
  /// `previous` links each pair to the one before it in its chain.
  ///
  /// - Complexity: O(*U* log *U*).
  static func longestIncreasingChain(_ pairs: [(old: Int, new: Int)]) -> [(old: Int, new: Int)] {
    var tops: [Int] = []
    var previous = [Int](repeating: -1, count: pairs.count)
    for (p, pair) in pairs.enumerated() {
      // The first pile whose top is not below this pair.
      var low = 0
      var high = tops.count
      while low < high {
        let middle = (low + high) / 2
        if pairs[tops[middle]].new < pair.new { low = middle + 1 } else { high = middle }
      }
      if low > 0 { previous[p] = tops[low - 1] }
      if low == tops.count { tops.append(p) } else { tops[low] = p }
    }
    var chain: [(old: Int, new: Int)] = []
    var p = tops.last ?? -1
    while p >= 0 {
      chain.append(pairs[p])
      p = previous[p]
    }
    return chain.reversed()
  }
}
