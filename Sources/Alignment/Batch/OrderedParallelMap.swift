#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Runs `work` on items `0..<count` on several threads and hands the
/// results to `emit` on the calling thread in index order, whatever order
/// they finish in (a reorder buffer).
///
/// Each worker thread takes one item at a time, so memory is bounded per
/// worker; and no worker runs more than `window` items ahead of the next
/// one to emit, so a slow item holds at most `window` finished results in
/// the buffer.
///
/// The calling thread only waits and emits. Tried instead (at stop 29, on
/// the ×1 pair of `Benchmarks/compare.sh`, a 2-core VM, same outputs):
/// the calling thread working too, beside `jobs - 1` new threads, took 7 ms
/// of CPU off the diff but added 1.5–3 ms of elapsed time (41 and 61
/// alternating runs): a new thread waited 1.5–3 ms for a processor while
/// its creator kept its own, where the two started while it sleeps begin
/// within 0.6 ms. Helper threads kept for the whole process, each watching
/// 5 ms for the next map before sleeping, with the caller working: a map
/// of next to no work fell from 0.4–1.2 ms to 0.25 ms, yet the diff took
/// 34.74 ms against 34.12 (×2: 44.57 against 42.83; 81 runs) and more CPU.
public struct OrderedParallelMap: Sendable {
  /// The number of worker threads.
  public var jobs: Int
  /// How far past the next item to emit workers may start items; at least
  /// `jobs`.
  public var window: Int
  /// The stack size of each worker thread, in bytes.
  public var stackSize: Int

  /// The default lead: four items per worker.
  public static let windowPerJob = 4
  /// The default worker stack: 16 MiB, the main thread's order of size.
  public static let defaultStackSize = 16 << 20

  public init(jobs: Int, window: Int? = nil, stackSize: Int = Self.defaultStackSize) {
    self.jobs = max(1, jobs)
    self.window = max(self.jobs, window ?? self.jobs * Self.windowPerJob)
    self.stackSize = stackSize
  }

  /// Runs the map. When `emit` throws, no new item is started, the
  /// workers finish the items they hold, and the error is rethrown.
  ///
  /// - Complexity: O(*count*) calls of `work` and `emit`.
  public func run<Output: Sendable>(
    count: Int, work: @escaping @Sendable (Int) -> Output, emit: (Int, Output) throws -> Void
  ) throws {
    guard count > 0 else { return }
    let state = SharedState<Output>(count: count, window: window)
    var threads = 0
    for _ in 0..<min(jobs, count) {
      let started = WorkerThread.start(stackSize: stackSize) {
        while let index = state.take() {
          state.finish(index, work(index))
        }
        state.workerExited()
      }
      guard started else { break }
      threads += 1
    }
    guard threads > 0 else {
      // No thread to be had: the items one after the other, here.
      for index in 0..<count { try emit(index, work(index)) }
      return
    }
    defer { state.stopAndWait(workers: threads) }
    for index in 0..<count {
      guard let output = state.waitForResult(index) else { return }
      try emit(index, output)
    }
  }

  /// The buffer and counters the workers and the emitting thread share,
  /// guarded by one condition lock.
  final class SharedState<Output: Sendable>: @unchecked Sendable {
    let condition = Condition()
    let count: Int
    let window: Int
    /// The next item a worker will take.
    var nextToTake = 0
    /// The next item `emit` waits for.
    var nextToEmit = 0
    var results: [Int: Output] = [:]
    var stopped = false
    var exited = 0

    init(count: Int, window: Int) {
      self.count = count
      self.window = window
    }

    /// The next item to work on, waiting while the window is full; `nil`
    /// when there is none left or the map stopped.
    func take() -> Int? {
      condition.lock()
      defer { condition.unlock() }
      while !stopped && nextToTake < count && nextToTake >= nextToEmit + window {
        condition.wait()
      }
      guard !stopped, nextToTake < count else { return nil }
      nextToTake += 1
      return nextToTake - 1
    }

    func finish(_ index: Int, _ output: Output) {
      condition.lock()
      results[index] = output
      condition.broadcast()
      condition.unlock()
    }

    /// Waits for item `index` and removes it from the buffer.
    func waitForResult(_ index: Int) -> Output? {
      condition.lock()
      defer { condition.unlock() }
      while results[index] == nil && !stopped {
        condition.wait()
      }
      guard let output = results.removeValue(forKey: index) else { return nil }
      nextToEmit = index + 1
      condition.broadcast()
      return output
    }

    func workerExited() {
      condition.lock()
      exited += 1
      condition.broadcast()
      condition.unlock()
    }

    /// Stops handing out items and waits until every worker has exited.
    func stopAndWait(workers: Int) {
      condition.lock()
      stopped = true
      condition.broadcast()
      while exited < workers { condition.wait() }
      condition.unlock()
    }
  }
}
