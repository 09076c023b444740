import TestSupport
import Testing

@testable import Diff

/// Stage 1 of the paragraph matcher searches among the keys found on both
/// sides only.
@Suite("Stage 1 without one-sided keys")
struct IdenticalPairsTests {
  /// Its pairs match, increase on both sides, and are as many as a longest
  /// common subsequence of the whole sequences has (by a quadratic
  /// programme).
  @Test("still a longest common subsequence", arguments: 0..<60)
  func longestCommonSubsequence(seed: Int) {
    var rng = SplitMix64(seed: UInt64(seed) &+ 900)
    // Keys 0..<20 may be on both sides, 20..<30 only old, 40..<60 only new,
    // 30..<40 on either.
    let old = (0..<Int.random(in: 0...70, using: &rng)).map { _ in
      Bool.random(using: &rng) ? Int.random(in: 0..<20, using: &rng) : Int.random(in: 20..<40, using: &rng)
    }
    let new = (0..<Int.random(in: 0...70, using: &rng)).map { _ in
      Bool.random(using: &rng) ? Int.random(in: 0..<20, using: &rng) : Int.random(in: 30..<60, using: &rng)
    }
    let pairs = ParagraphMatcher.identicalPairs(old: old, new: new, keyCount: 60, costLimit: nil)
    #expect(pairs.allSatisfy { old[$0.old] == new[$0.new] })
    #expect(zip(pairs, pairs.dropFirst()).allSatisfy { $0.old < $1.old && $0.new < $1.new })
    var row = [Int](repeating: 0, count: new.count + 1)
    for x in old {
      var diagonal = 0
      for j in new.indices {
        let up = row[j + 1]
        row[j + 1] = x == new[j] ? diagonal + 1 : max(row[j], up)
        diagonal = up
      }
    }
    #expect(pairs.count == row[new.count])
  }

  @Test("nothing in common: no pairs, no search")
  func nothingInCommon() {
    #expect(ParagraphMatcher.identicalPairs(old: [0, 1, 1], new: [2, 3], keyCount: 4, costLimit: nil).isEmpty)
    #expect(ParagraphMatcher.identicalPairs(old: [], new: [2, 3], keyCount: 4, costLimit: nil).isEmpty)
  }
}
