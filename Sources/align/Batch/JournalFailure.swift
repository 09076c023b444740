import Alignment

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The first journal write that failed, set by a worker, read by the
/// emitting thread, which stops the batch.
final class JournalFailure: @unchecked Sendable {
  private let lock = Lock()
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
