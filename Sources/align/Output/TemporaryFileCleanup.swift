#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes the output's temporary file when SIGINT or SIGTERM ends the
/// process mid-write.
///
/// The handler may only call async-signal-safe functions, so the path lives
/// in a fixed C buffer filled before the file exists, and the handler does
/// nothing but `unlink(2)` it, restore the default action and re-raise the
/// signal (so the exit status still says which signal it was).
enum TemporaryFileCleanup {
  /// Room for the longest path the kernel accepts.
  private static let capacity = Int(PATH_MAX) + 1
  /// The registered path (NUL-terminated; empty when none).
  nonisolated(unsafe) private static let path: UnsafeMutablePointer<CChar> = {
    let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
    buffer.initialize(repeating: 0, count: capacity)
    return buffer
  }()
  nonisolated(unsafe) private static var installed = false
  /// The signals that remove the file.
  static let signals = [SIGINT, SIGTERM, SIGHUP]

  /// Installs the handlers once (before the temporary file is created).
  static func installSignalHandlers() {
    guard !installed else { return }
    installed = true
    handlerPath = path
    for signalNumber in signals {
      // A signal the parent ignores (SIGHUP under nohup) stays ignored.
      var previous = sigaction()
      sigaction(signalNumber, nil, &previous)
      if let handler = previous.__sigaction_handler.sa_handler,
        unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
      {
        continue
      }
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { signalNumber in
        if let path = handlerPath, path.pointee != 0 { unlink(path) }
        signal(signalNumber, SIG_DFL)
        raise(signalNumber)
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(signalNumber, &action, nil)
    }
  }

  /// Creates the temporary file from the `mkstemp(3)` template (which it
  /// fills in) and registers it, with the cleanup signals blocked, so that
  /// no signal can find the file existing but unnamed.
  ///
  /// - Returns: The descriptor, or -1 with `errno` set.
  static func createRegistered(_ template: inout [CChar]) -> Int32 {
    var descriptor: Int32 = -1
    var error: Int32 = 0
    withSignalsBlocked {
      descriptor = template.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return -1 }
        let created = mkstemp(base)
        if created >= 0 {
          path.pointee = 0
          if strlen(base) < capacity { strcpy(path, base) }
        }
        return created
      }
      error = errno
    }
    errno = error
    return descriptor
  }

  /// Forgets the temporary file (renamed or removed).
  static func unregister() {
    withSignalsBlocked { path.pointee = 0 }
  }

  /// Runs `body` with the cleanup signals blocked, so the handler never
  /// sees a half-copied path.
  private static func withSignalsBlocked(_ body: () -> Void) {
    var blocked = sigset_t()
    var previous = sigset_t()
    sigemptyset(&blocked)
    for signalNumber in signals { sigaddset(&blocked, signalNumber) }
    sigprocmask(SIG_BLOCK, &blocked, &previous)
    body()
    sigprocmask(SIG_SETMASK, &previous, nil)
  }
}

/// The buffer as the handler sees it: a plain global, set before any handler
/// is installed, so reading it needs no lazy initialisation in the handler.
nonisolated(unsafe) private var handlerPath: UnsafeMutablePointer<CChar>?
