import Alignment
import Foundation

/// Two revisions to read, as `diff` and `report` read them
/// (`readRevisions`).
struct RevisionsRequest: Equatable, Sendable {
  var old: String
  var new: String
  var language: Language?
  var forOld: DocumentReader.Options.Revisions
  var forNew: DocumentReader.Options.Revisions
  var preparingWords: Bool
  /// Whether the same file (or two copies of it) is read once (`diff`).
  var readsAlikeOnce: Bool

  /// `align diff OLD NEW` with every option left to its default. (A report
  /// reads after setting up the allocator for its large buffers, and takes
  /// a hundred times longer than this would save.)
  static func defaults(command: String, old: String, new: String) -> RevisionsRequest? {
    guard command == "diff" else { return nil }
    return RevisionsRequest(
      old: old, new: new, language: nil, forOld: .accepted, forNew: .accepted, preparingWords: true,
      readsAlikeOnce: true)
  }

  /// Reads the two documents.
  func read() throws -> (old: Document, new: Document) {
    if readsAlikeOnce && forOld == forNew && readAlike(old, new) {
      // The same file twice (or two copies of it): parse it once.
      let document = try readDocument(old, language: language, revisions: forOld)
      return (document, document)
    }
    return try readRevisions(
      old, new, language: language, forOld: forOld, forNew: forNew, preparingWords: preparingWords)
  }
}

/// The read of `align diff OLD NEW` given no option, started on a thread of its own as the process starts, while
/// ArgumentParser parses the command line (about 4 ms of reflection on the
/// main thread, on a ×1 pair a tenth of the run). The command takes the
/// documents (`take`) when it asks for exactly that read, and reads them
/// itself otherwise.
enum SpeculativeRead {
  private final class State: @unchecked Sendable {
    let condition = NSCondition()
    var request: RevisionsRequest?
    var result: Result<(old: Document, new: Document), any Error>?
  }

  private static let state = State()

  /// Starts the read when `arguments` (without the program's name) are a
  /// command that reads two revisions and two regular files, nothing
  /// else.
  static func start(arguments: [String]) {
    guard arguments.count == 3, !arguments.contains(where: { $0.hasPrefix("-") }),
      let request = RevisionsRequest.defaults(command: arguments[0], old: arguments[1], new: arguments[2]),
      regularFileSize(request.old) != nil, regularFileSize(request.new) != nil
    else { return }
    state.request = request
    let thread = Thread {
      let result = Result { try request.read() }
      state.condition.lock()
      state.result = result
      state.condition.broadcast()
      state.condition.unlock()
    }
    thread.stackSize = OrderedParallelMap.defaultStackSize
    thread.start()
  }

  /// The documents of `request`: the speculative read's when it was
  /// started for exactly `request`, waiting for it; else read now.
  static func read(_ request: RevisionsRequest) throws -> (old: Document, new: Document) {
    guard state.request == request else { return try request.read() }
    return try waitForResult().get()
  }

  /// Waits for a read that was started; before the process exits, so that
  /// no thread is still reading then.
  static func finish() {
    guard state.request != nil else { return }
    _ = waitForResult()
  }

  private static func waitForResult() -> Result<(old: Document, new: Document), any Error> {
    state.condition.lock()
    defer { state.condition.unlock() }
    while true {
      if let result = state.result { return result }
      state.condition.wait()
    }
  }
}
