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

/// Standard output and standard error, written with `write(2)` and checked.
///
/// `FileHandle.write(_:)` traps (a `try!` inside Foundation) when the write
/// fails, as it does on `> /dev/full`; every byte the CLI prints goes through
/// here instead.
enum StandardStreams {
  /// Writes all of `data` to standard output.
  ///
  /// A closed pipe (`align diff a b | head -1`) ends the process as
  /// SIGPIPE would, exit status 141, as diff(1) does.
  ///
  /// - Throws: `CommandFailure` naming standard output and the system's
  ///   reason, such as "No space left on device".
  /// - Complexity: O(*n*) in the size of `data`.
  static func writeToStandardOutput(_ data: Data) throws {
    try data.withUnsafeBytes { try writeToStandardOutput($0) }
  }

  /// Writes all of `bytes` to standard output, as `writeToStandardOutput(_:)`
  /// does `Data`.
  static func writeToStandardOutput(_ bytes: UnsafeRawBufferPointer) throws {
    if let errorNumber = FileDescriptorIO.writeAll(bytes, to: STDOUT_FILENO) {
      if errorNumber == EPIPE {
        signal(SIGPIPE, SIG_DFL)
        raise(SIGPIPE)
      }
      throw CommandFailure(
        description: "standard output: cannot be written (\(String(cString: strerror(errorNumber))))")
    }
  }

  /// Writes one line to standard error, ignoring failure (there is nowhere
  /// left to report it).
  static func writeLineToStandardError(_ line: String) {
    writeToStandardError(line.hasSuffix("\n") ? line : line + "\n")
  }

  /// Writes `text` as it is to standard error, ignoring failure.
  static func writeToStandardError(_ text: String) {
    _ = FileDescriptorIO.writeAll(Data(text.utf8), to: STDERR_FILENO)
  }
}

/// `write(2)` and `read(2)` in loops.
enum FileDescriptorIO {
  /// An `errno` value.
  struct Failure: Error {
    let code: Int32
  }

  /// Reads `descriptor` to its end, retrying after interruptions.
  ///
  /// - Complexity: O(*n*) in the bytes read.
  static func readAll(from descriptor: Int32) -> Result<Data, Failure> {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return .success(data) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(Failure(code: errno))
      }
      data.append(contentsOf: buffer[..<count])
    }
  }

  /// Writes all of `data` to `descriptor`, retrying after interruptions and
  /// short writes.
  ///
  /// - Returns: `nil` on success, else the `errno` of the failed write.
  /// - Complexity: O(*n*).
  static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
    data.withUnsafeBytes { writeAll($0, to: descriptor) }
  }

  /// Writes all of `buffer` to `descriptor`, as `writeAll(_:to:)` does
  /// `Data`.
  static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    guard var next = buffer.baseAddress else { return nil }
    var left = buffer.count
    while left > 0 {
      let written = write(descriptor, next, left)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      next += written
      left -= written
    }
    return nil
  }
}
