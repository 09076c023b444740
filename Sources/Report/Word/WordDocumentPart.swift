#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `word/document.xml` handed to the ZIP archive piece by piece as it asks
/// for them, so that the part (several times the size of the text) is never
/// held whole.
///
/// A ZIP entry's header records the part's size before its data, so the
/// part is written twice from the same `WordBody`: once to count its bytes,
/// keeping none, and once on demand, row by row, as `read(at:count:)` is
/// called. Both writings are the same pure function of the report, and
/// `read` and `checkComplete` check that they agree.
struct WordDocumentPart {
  /// The part's size in bytes.
  let size: Int
  private var body: WordBody
  /// Bytes written by `body` and not yet read.
  private var pending: [UInt8] = []
  /// Bytes read so far.
  private var delivered = 0

  /// Counts the bytes of the part that `makeBody` writes.
  ///
  /// - Complexity: O(*n*) in the size of the part; O(1) memory beyond its
  ///   largest row.
  init(_ makeBody: () -> WordBody) {
    var counter = makeBody()
    var size = 0
    while counter.writeNextPiece() {
      size += counter.xml.utf8.count
      counter.xml.removeAll(keepingCapacity: true)
    }
    self.size = size
    body = makeBody()
  }

  /// The `count` bytes of the part from `position`; the archive asks for
  /// them in order.
  ///
  /// - Throws: `WordRedlineError` if asked out of order or the part comes
  ///   out shorter than counted.
  /// - Complexity: O(*k*) for the bytes written to answer, amortized.
  mutating func read(at position: Int64, count: Int) throws(WordRedlineError) -> Data {
    guard position == Int64(delivered) else {
      throw WordRedlineError(
        description: "the Word document part was read at \(position), not at \(delivered) where it stood")
    }
    while pending.count < count && body.writeNextPiece() {
      pending.append(contentsOf: body.xml.utf8)
      body.xml.removeAll(keepingCapacity: true)
    }
    let piece = Data(pending.prefix(count))
    pending.removeFirst(piece.count)
    delivered += piece.count
    if piece.count < count {
      throw WordRedlineError(
        description: "the Word document part came out \(delivered) bytes long, not \(size) as counted")
    }
    return piece
  }

  /// Checks that all of the part was read and nothing more was written.
  ///
  /// - Throws: `WordRedlineError` when the second writing is longer than
  ///   the first.
  mutating func checkComplete() throws(WordRedlineError) {
    while body.writeNextPiece() {}
    if !pending.isEmpty || !body.xml.isEmpty || delivered != size {
      throw WordRedlineError(
        description: "the Word document part came out longer than the \(size) bytes counted")
    }
  }
}
