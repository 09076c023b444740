import TestSupport
import Testing

@testable import Diff

/// `HashSort` must give the standard library's order on every shape of
/// input: random, with many or all values equal, sorted, reversed, and
/// adversarial for the median of three (organ pipes, sawtooth).
@Suite struct HashSortTests {
  static func shapes(count: Int, generator: inout SplitMix64) -> [[UInt64]] {
    let random = (0..<count).map { _ in generator.next() }
    let fewValues = (0..<count).map { _ in generator.next() % 4 }
    let pipes = (0..<count).map { UInt64(min($0, count - $0)) }
    let saw = (0..<count).map { UInt64($0 % 17) }
    return [
      random, fewValues, Array(repeating: 7, count: count), random.sorted(), random.sorted().reversed(), pipes, saw,
      [UInt64.max, 0] + random,
    ]
  }

  @Test(arguments: [0, 1, 2, 3, 15, 16, 17, 31, 32, 33, 100, 257, 1000, 5000, 70000])
  func sortsAsTheStandardLibrary(count: Int) {
    var generator = SplitMix64(seed: UInt64(count))
    for values in Self.shapes(count: count, generator: &generator) {
      var sorted = values
      HashSort.sort(&sorted)
      #expect(sorted == values.sorted())
      // The bucket sort at every length, the short ones included.
      var bucketed = values
      bucketed.withUnsafeMutableBufferPointer { HashSort.bucketSort($0) }
      #expect(bucketed == values.sorted(), "buckets")
      // Heapsort from the start, or after one level of quicksort.
      for depthLimit in [0, 1] {
        var heaped = values
        HashSort.sort(&heaped, depthLimit: depthLimit)
        #expect(heaped == values.sorted(), "depth \(depthLimit)")
      }
    }
  }
}
