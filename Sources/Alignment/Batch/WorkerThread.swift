#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#endif

/// Starts work on a new thread of its own, which ends when the work does.
///
/// On Linux by `pthread_create`, detached: Foundation's `Thread` costs
/// 0.1–0.25 ms more the first time a process starts one (two threads that
/// signal back: about 0.35 ms to start against 0.1–0.2 ms, `swiftc -O`
/// on a 2-core VM; the same from the second pair on), and the ×1 diff of
/// `Benchmarks/compare.sh` starts its first pair before it reads a byte.
enum WorkerThread {
  /// Starts `body` on a new thread with a stack of `stackSize` bytes;
  /// `false` when the system refuses one (too many threads), and `body`
  /// is then not run.
  @discardableResult
  static func start(stackSize: Int, _ body: @escaping @Sendable () -> Void) -> Bool {
    #if canImport(Glibc)
    final class Work {
      let body: @Sendable () -> Void
      init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
    // Allocated rather than `pthread_attr_t()`, whose initializer Swift
    // takes from whichever C module declared the type first.
    let attributes = UnsafeMutablePointer<pthread_attr_t>.allocate(capacity: 1)
    defer { attributes.deallocate() }
    guard pthread_attr_init(attributes) == 0 else { return false }
    defer { pthread_attr_destroy(attributes) }
    pthread_attr_setdetachstate(attributes, Int32(PTHREAD_CREATE_DETACHED))
    pthread_attr_setstacksize(attributes, stackSize)
    let work = Unmanaged.passRetained(Work(body))
    var thread: pthread_t = 0
    let started = pthread_create(
      &thread, attributes,
      { context in
        guard let context else { return nil }
        Unmanaged<Work>.fromOpaque(context).takeRetainedValue().body()
        return nil
      }, work.toOpaque())
    guard started == 0 else {
      work.release()
      return false
    }
    return true
    #else
    let thread = Thread(block: body)
    thread.stackSize = stackSize
    thread.start()
    return true
    #endif
  }
}
