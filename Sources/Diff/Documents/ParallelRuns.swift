import Alignment

/// Maps items on several threads in contiguous runs of about equal weight
/// (text length), a few runs per thread, so that one heavy run does not
/// leave a thread idle; the results come back in the items' order, the same
/// for any number of threads.
enum ParallelRuns {
  /// How many runs each thread is given, about.
  static let runsPerJob = 4

  /// `items.map(transform)`, on up to `jobs` threads.
  ///
  /// - Parameters:
  ///   - weights: The cost of each item, about (its text's length).
  /// - Complexity: O(*n*) calls of `transform`.
  static func map<Item: Sendable, Result: Sendable>(
    _ items: [Item], weights: [Int], jobs: Int, _ transform: @escaping @Sendable (Item) -> Result
  ) -> [Result] {
    mapRuns(weights: weights, jobs: jobs) { run in items[run].map(transform) }
  }

  /// Splits `0..<weights.count` into at most `count` contiguous ranges of
  /// about equal total weight, none empty.
  ///
  /// - Complexity: O(*n*).
  static func runs(weights: [Int], count: Int) -> [Range<Int>] {
    guard !weights.isEmpty else { return [] }
    let total = weights.reduce(0, +)
    let count = max(1, min(count, weights.count))
    var runs: [Range<Int>] = []
    var start = 0
    var sum = 0
    for (index, weight) in weights.enumerated() {
      sum += weight
      // Close a run when the running total passes the next k/count share.
      if sum * count >= (runs.count + 1) * total, runs.count < count - 1 {
        runs.append(start..<(index + 1))
        start = index + 1
      }
    }
    if start < weights.count { runs.append(start..<weights.count) }
    return runs
  }

  /// The results of `work` on runs of `0..<weights.count` of about equal
  /// weight, joined in order, on up to `jobs` threads: `work` maps a run
  /// to one result per index, with whatever scratch state it keeps for the
  /// run. The same results for any number of threads when `work`'s result
  /// for an index does not depend on the run.
  ///
  /// - Complexity: O(*n*) calls of `work`'s per-index step.
  static func mapRuns<Result: Sendable>(
    weights: [Int], jobs: Int, _ work: @escaping @Sendable (Range<Int>) -> [Result]
  ) -> [Result] {
    guard !weights.isEmpty else { return [] }
    let runs = runs(weights: weights, count: jobs * runsPerJob)
    guard jobs > 1, runs.count > 1 else { return work(0..<weights.count) }
    var results: [Result] = []
    results.reserveCapacity(weights.count)
    // `emit` cannot throw, so neither can the map.
    try? OrderedParallelMap(jobs: jobs, window: runs.count).run(
      count: runs.count, work: { run in work(runs[run]) }, emit: { _, part in results += part })
    return results
  }
}
