import Diff
import TestSupport
import Testing

@Suite("Patience anchors")
struct PatienceTests {
  @Test func onlyElementsUniqueOnBothSidesAnchor() {
    let anchors = Patience.uniqueAnchors(Array("abcab"), 0..<5, Array("cxab"), 0..<4)
    #expect(anchors.map { [$0.old, $0.new] } == [[2, 0]])
  }

  @Test func rangesBoundWhatCountsAsUnique() {
    // "a" recurs in old, but only once within old[2..<5].
    let anchors = Patience.uniqueAnchors(Array("abxay"), 2..<5, Array("qayx"), 0..<4)
    #expect(anchors.map { [$0.old, $0.new] } == [[3, 1], [4, 2]])
  }

  /// The chain is increasing on both sides, made of elements unique on
  /// both sides, and as long as the longest such chain (by an O(U²)
  /// dynamic programme).
  @Test(arguments: 0..<40)
  func chainIsLongestIncreasing(seed: Int) {
    var rng = SplitMix64(seed: UInt64(seed) &+ 300)
    let a = (0..<Int.random(in: 0...80, using: &rng)).map { _ in Int.random(in: 0..<60, using: &rng)
    }
    let b = (0..<Int.random(in: 0...80, using: &rng)).map { _ in Int.random(in: 0..<60, using: &rng)
    }
    let anchors = Patience.uniqueAnchors(a, a.indices, b, b.indices)
    for (i, j) in anchors {
      #expect(
        a[i] == b[j] && a.filter { $0 == a[i] }.count == 1 && b.filter { $0 == b[j] }.count == 1)
    }
    #expect(zip(anchors, anchors.dropFirst()).allSatisfy { $0.old < $1.old && $0.new < $1.new })
    let unique = a.indices.compactMap { i -> Int? in
      guard a.filter({ $0 == a[i] }).count == 1, b.filter({ $0 == a[i] }).count == 1 else {
        return nil
      }
      return b.firstIndex(of: a[i])
    }
    var longest = [Int](repeating: 1, count: unique.count)
    for p in unique.indices {
      for q in 0..<p where unique[q] < unique[p] { longest[p] = max(longest[p], longest[q] + 1) }
    }
    #expect(anchors.count == (longest.max() ?? 0))
  }

  /// Mostly unique elements with boilerplate mixed in, scattered edits and
  /// block moves, and a dense block of changes: far past the cost limit.
  /// Anchoring on unique elements comes closer to the longest common
  /// subsequence than splitting at the furthest reach alone, and both far
  /// closer than giving up.
  @Test func anchoringComesCloserToExactThanSplitting() {
    var totals = (exact: 0, givenUp: 0, split: 0, anchored: 0)
    for seed in 0..<8 {
      var rng = SplitMix64(seed: UInt64(seed) &+ 77)
      let a = (0..<6000).map { i in
        Int.random(in: 0..<4, using: &rng) == 0 ? Int.random(in: 0..<20, using: &rng) : 1000 + i
      }
      var b = a
      for _ in 0..<300 {
        let k = Int.random(in: 0..<b.count, using: &rng)
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: b.remove(at: k)
        case 1: b.insert(Int.random(in: 0..<20, using: &rng), at: k)
        case 2: b.insert(-k - 1, at: k)
        default:
          let block = k..<min(b.count, k + Int.random(in: 1...30, using: &rng))
          let moved = Array(b[block])
          b.removeSubrange(block)
          b.insert(contentsOf: moved, at: Int.random(in: 0...b.count, using: &rng))
        }
      }
      let s = Int.random(in: 1000..<4000, using: &rng)
      b.replaceSubrange(
        s..<s + 700, with: (0..<400).map { _ in Int.random(in: 0..<20, using: &rng) })
      let anchored = Myers.matchedPairs(
        from: a, to: b, costLimit: 1000, onCostLimit: .anchorOnUniqueElements)
      #expect(zip(anchored, anchored.dropFirst()).allSatisfy { $0.old < $1.old && $0.new < $1.new })
      #expect(anchored.allSatisfy { a[$0.old] == b[$0.new] })
      totals.exact += Myers.matchedPairs(from: a, to: b, by: ==).count
      totals.givenUp += Myers.matchedPairs(from: a, to: b, costLimit: 1000, by: ==).count
      totals.split +=
        Myers.matchedPairs(
          from: a, to: b, costLimit: 1000, onCostLimit: .splitAtFurthestReach, by: ==
        ).count
      totals.anchored += anchored.count
    }
    // Seen: exact 35,270 matches, given up 263, split 35,112, anchored 35,198.
    #expect(totals.givenUp * 10 < totals.exact)
    #expect(totals.split < totals.anchored)
    #expect(Double(totals.anchored) > 0.997 * Double(totals.exact))
  }
}
