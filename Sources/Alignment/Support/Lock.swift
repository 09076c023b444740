#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A mutual-exclusion lock over a POSIX mutex, as Foundation's `NSLock`
/// (which the executable does without, so as not to link Foundation).
public final class Lock: @unchecked Sendable {
  /// Allocated, so that its address never moves.
  fileprivate let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

  public init() {
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  public func lock() { pthread_mutex_lock(mutex) }

  public func unlock() { pthread_mutex_unlock(mutex) }

  /// Runs `body` holding the lock.
  public func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
    lock()
    defer { unlock() }
    return try body()
  }
}

/// A lock with a condition variable, as Foundation's `NSCondition`: `wait`
/// releases the lock until another thread signals, then holds it again.
public final class Condition: @unchecked Sendable {
  private let mutex = Lock()
  private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

  public init() {
    pthread_cond_init(condition, nil)
  }

  deinit {
    pthread_cond_destroy(condition)
    condition.deallocate()
  }

  public func lock() { mutex.lock() }

  public func unlock() { mutex.unlock() }

  /// Waits, the lock held, until another thread signals or broadcasts (or
  /// spuriously: callers wait in a loop on their predicate).
  public func wait() { pthread_cond_wait(condition, mutex.mutex) }

  /// Wakes one waiting thread.
  public func signal() { pthread_cond_signal(condition) }

  /// Wakes every waiting thread.
  public func broadcast() { pthread_cond_broadcast(condition) }
}
