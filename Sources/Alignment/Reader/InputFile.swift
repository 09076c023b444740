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

/// Reads the bytes of an input: a regular file (memory-mapped), standard
/// input (`-`), or anything else that can be read to its end: a FIFO,
/// `/dev/stdin`, a process substitution `<(…)`.
enum InputFile {
  /// The name standard input goes by.
  static let standardInput = "-"

  /// - Throws: `ReadError` naming `path`: missing, a directory, or
  ///   unreadable with the system's reason.
  /// - Complexity: O(*n*) in the size of the input.
  static func bytes(at path: String) throws(ReadError) -> Data {
    if path == standardInput { return try readToEnd(descriptor: STDIN_FILENO, name: "standard input") }
    var status = stat()
    guard stat(path, &status) == 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw ReadError(file: path, reason: .notFound) }
      throw ReadError(file: path, reason: .unreadable(String(cString: strerror(code))))
    }
    if status.st_mode & S_IFMT == S_IFDIR { throw ReadError(file: path, reason: .isDirectory) }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw ReadError(file: path, reason: .unreadable(String(cString: strerror(errno))))
    }
    defer { close(descriptor) }
    // A regular file: map it; fall back to reading if mapping fails.
    if status.st_mode & S_IFMT == S_IFREG, let data = mapped(descriptor) { return data }
    return try readToEnd(descriptor: descriptor, name: path)
  }

  /// The whole of the regular file open on `descriptor`, mapped read-only
  /// and private, unmapped when the data goes; `nil` for an empty file or
  /// when it cannot be mapped. The descriptor's own mapping, where
  /// `Data(contentsOf:options: .alwaysMapped)` would open the file again
  /// by a `URL`, whose parsing and the first use of its types cost 0.45M
  /// instructions for `align parse` of one file and 0.51M for `align
  /// diff` of two (callgrind).
  ///
  /// - Complexity: O(1); pages are read as they are touched.
  static func mapped(_ descriptor: Int32) -> Data? {
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_size > 0, let size = Int(exactly: status.st_size),
      let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
      address != UnsafeMutableRawPointer(bitPattern: -1)
    else { return nil }
    return Data(bytesNoCopy: address, count: size, deallocator: .custom { pointer, count in munmap(pointer, count) })
  }

  /// Reads a descriptor to its end, retrying on EINTR.
  private static func readToEnd(descriptor: Int32, name: String) throws(ReadError) -> Data {
    switch readAll(descriptor: descriptor) {
    case .success(let data): return data
    case .failure(let code):
      let reason = code.rawValue == EISDIR ? "is a directory" : String(cString: strerror(code.rawValue))
      throw ReadError(file: name, reason: .unreadable(reason))
    }
  }

  /// The `errno` of a failed read.
  struct ReadFailure: Error { var rawValue: Int32 }

  /// Reads a descriptor (a file, a pipe) to its end, retrying on EINTR;
  /// unlike `FileHandle.readDataToEndOfFile`, which traps on an
  /// interrupted read, it returns the error.
  ///
  /// - Complexity: O(*n*) in the bytes read.
  static func readAll(descriptor: Int32) -> Result<Data, ReadFailure> {
    var data = Data()
    let chunk = 1 << 16
    var buffer = [UInt8](repeating: 0, count: chunk)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunk) }
      if count > 0 {
        data.append(contentsOf: buffer[0..<count])
      } else if count == 0 {
        return .success(data)
      } else if errno != EINTR {
        return .failure(ReadFailure(rawValue: errno))
      }
    }
  }
}
