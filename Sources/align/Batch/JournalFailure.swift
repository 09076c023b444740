import Foundation

/// The first journal write that failed, set by a worker, read by the
/// emitting thread, which stops the batch.
final class JournalFailure: @unchecked Sendable {
  private let lock = NSLock()
  private var first: String?

  func set(_ message: String) {
    lock.lock()
    if first == nil { first = message }
    lock.unlock()
  }

  var message: String? {
    lock.lock()
    defer { lock.unlock() }
    return first
  }
}
