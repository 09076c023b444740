import Dispatch

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A value moved to another thread and back: the thread that hands it
/// over does not touch it until `TwoThreads.run` has joined.
struct Handoff<Value>: @unchecked Sendable {
  var value: Value
  init(_ value: Value) { self.value = value }
}

/// Two pieces of work at once: one on a new thread, one on the calling
/// thread. The aligner uses it only for work whose result does not depend
/// on the split (`SegmentAligner.Options.threads`).
enum TwoThreads {
  /// The stack of the new thread, as `OrderedParallelMap`'s workers.
  static let stackSize = OrderedParallelMap.defaultStackSize

  /// Runs `elsewhere(input)` on a new thread and `here()` on this one, and
  /// returns both results once both are done.
  ///
  /// - Complexity: the two pieces of work, at once.
  static func run<Input: Sendable, Output: Sendable, Local>(
    _ input: Input, elsewhere: @escaping @Sendable (Input) -> Output, here: () -> Local
  ) -> (Output, Local) {
    let result = Result<Output>()
    let started = WorkerThread.start(stackSize: stackSize) {
      result.value = elsewhere(input)
      result.done.signal()
    }
    guard started else {
      let local = here()
      return (elsewhere(input), local)
    }
    let local = here()
    result.done.wait()
    // The thread always stores a value before signalling.
    guard let value = result.value else { return (elsewhere(input), local) }
    return (value, local)
  }

  /// `run(_:elsewhere:here:)` when `parallel`, else only `here()`.
  ///
  /// - Complexity: the work, at once when `parallel`.
  static func run<Input: Sendable>(
    if parallel: Bool, _ input: Input, elsewhere: @escaping @Sendable (Input) -> Void,
    here: () -> Void
  ) {
    if parallel {
      _ = run(input, elsewhere: elsewhere, here: here)
    } else {
      here()
    }
  }

  /// Runs `body` on `0..<split` and on `split..<count`, the second on a
  /// new thread when `parallel` (and both are non-empty), else both here.
  ///
  /// - Complexity: the two calls of `body`, at once when `parallel`.
  static func halves(
    _ count: Int, at split: Int, parallel: Bool, _ body: @escaping @Sendable (Range<Int>) -> Void
  ) {
    guard parallel, split > 0, split < count else {
      body(0..<max(count, 0))
      return
    }
    _ = run(split..<count, elsewhere: body, here: { body(0..<split) })
  }

  /// Where the new thread leaves its result.
  final class Result<Output>: @unchecked Sendable {
    var value: Output?
    let done = DispatchSemaphore(value: 0)
  }
}
