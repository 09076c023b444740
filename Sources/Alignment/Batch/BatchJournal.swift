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

/// The resume state of a batch: a file next to its output to which each
/// finished set's record is appended, and flushed to disk, as soon as the
/// set is done, keyed by a hash of everything the record depends on (see
/// `BatchInput.key`).
///
/// Each entry is one line, `KEY<TAB>RECORD`. A batch killed at any moment
/// leaves a journal whose complete lines are complete records; a last line
/// cut short (no newline) is dropped when the journal is read back.
public final class BatchJournal: @unchecked Sendable {
  /// The first line of every journal.
  public static let header = "# align.batch-journal/1"

  /// The journal's path.
  public let path: String
  private let descriptor: Int32
  /// Serialises appends from worker threads.
  private let lock = Lock()

  /// Opens the journal for appending, emptying it first unless `keeping`.
  ///
  /// - Throws: `BatchManifest.Problem` naming the path when it cannot be
  ///   opened.
  public init(path: String, keeping: Bool) throws(BatchManifest.Problem) {
    self.path = path
    let flags = O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | (keeping ? 0 : O_TRUNC)
    descriptor = open(path, flags, 0o644)
    guard descriptor >= 0 else {
      throw BatchManifest.Problem("\(path): the journal cannot be opened (\(String(cString: strerror(errno))))")
    }
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_size == 0 {
      try append(line: Self.header)
    }
  }

  deinit {
    close(descriptor)
  }

  /// Appends one entry and flushes it to disk; safe to call from several
  /// threads.
  ///
  /// - Throws: `BatchManifest.Problem` when the write fails.
  /// - Complexity: O(*n*) in the length of the record, plus one `fsync`.
  public func append(key: String, record: String) throws(BatchManifest.Problem) {
    lock.lock()
    defer { lock.unlock() }
    try append(line: key + "\t" + record)
    fsync(descriptor)
  }

  private func append(line: String) throws(BatchManifest.Problem) {
    var bytes = Array((line + "\n").utf8)
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeMutableBytes { buffer in
        write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
      }
      if result < 0 {
        if errno == EINTR { continue }
        throw BatchManifest.Problem("\(path): the journal cannot be written (\(String(cString: strerror(errno))))")
      }
      written += result
    }
    bytes.removeAll()
  }

  /// The entries of the journal at `path`, keyed by their key (a later
  /// entry wins); empty when there is no journal. Lines that are not
  /// entries, and a last line without its newline, are dropped.
  ///
  /// - Complexity: O(*n*) in the size of the journal.
  public static func entries(at path: String) -> [String: String] {
    guard let data = FileManager.default.contents(atPath: path) else { return [:] }
    var entries: [String: String] = [:]
    var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    // The piece after the last newline is empty, or a line cut short.
    lines.removeLast()
    for line in lines {
      guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else { continue }
      let key = String(decoding: line[line.startIndex..<tab], as: UTF8.self)
      let record = String(decoding: line[(tab + 1)...], as: UTF8.self)
      guard key.count == 16, record.hasPrefix("{"), record.hasSuffix("}") else { continue }
      entries[key] = record
    }
    return entries
  }

  /// Rewrites the journal at `path` with exactly `entries`, in order,
  /// atomically (a temporary file renamed over it), so that stale entries
  /// of earlier runs do not pile up.
  ///
  /// - Throws: `BatchManifest.Problem` when it cannot be written.
  public static func rewrite(at path: String, entries: [(key: String, record: String)]) throws(BatchManifest.Problem) {
    var text = header + "\n"
    for entry in entries { text += entry.key + "\t" + entry.record + "\n" }
    let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
    guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)), rename(temporary, path) == 0
    else {
      try? FileManager.default.removeItem(atPath: temporary)
      throw BatchManifest.Problem("\(path): the journal cannot be rewritten")
    }
  }
}
