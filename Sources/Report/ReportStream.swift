import Alignment
import Diff

/// Where a renderer hands its output when the report is streamed rather
/// than returned whole: a sink taking pieces of about `chunkSize` bytes, so
/// that a report of tens of megabytes is never held in memory at once.
///
/// A writer appends to its own string and, between rows, calls
/// `flush(_:)`, which hands the string's bytes on once there are at least
/// `chunkSize` of them and empties it, keeping its capacity. The renderers'
/// methods do not throw: the sink's first error is kept, later pieces are
/// dropped, and `finish(_:)` throws that error when the writing is done.
struct ReportStream {
  /// Bytes gathered before each piece is handed on, unless told otherwise.
  static let defaultChunkSize = 1 << 16

  let chunkSize: Int
  private let sink: (UnsafeRawBufferPointer) throws -> Void
  /// The sink's first error.
  private var failure: (any Error)?

  /// - Parameters:
  ///   - chunkSize: Bytes gathered before each call of `sink` (a piece is
  ///     larger when one row is).
  ///   - sink: Takes each piece; it must not keep the buffer.
  init(chunkSize: Int, sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
    self.chunkSize = max(1, chunkSize)
    self.sink = sink
  }

  /// Hands `text` on and empties it, if it holds at least `chunkSize`
  /// bytes.
  ///
  /// - Complexity: O(*n*) in the size of `text` when handed on, else O(1).
  mutating func flush(_ text: inout String) {
    guard text.utf8.count >= chunkSize else { return }
    hand(&text)
  }

  /// Hands the rest of `text` on.
  ///
  /// - Throws: The sink's first error, from this piece or an earlier one.
  /// - Complexity: O(*n*) in the size of `text`.
  mutating func finish(_ text: inout String) throws {
    if !text.isEmpty { hand(&text) }
    if let failure { throw failure }
  }

  private mutating func hand(_ text: inout String) {
    if failure == nil {
      do {
        try text.flush(to: sink)
      } catch {
        failure = error
      }
    }
    text.removeAll(keepingCapacity: true)
  }

  /// Runs `body` with a stream to `sink`.
  ///
  /// `sink` is only called while `body` runs: the stream does not outlive
  /// this call.
  static func run(
    chunkSize: Int, to sink: (UnsafeRawBufferPointer) throws -> Void,
    _ body: (ReportStream) throws -> Void
  ) throws {
    try withoutActuallyEscaping(sink) { sink in
      try body(ReportStream(chunkSize: chunkSize, sink: sink))
    }
  }
}
