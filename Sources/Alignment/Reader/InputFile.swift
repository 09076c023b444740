import Foundation

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
    if status.st_mode & S_IFMT == S_IFREG {
      // A regular file: map it; fall back to reading if mapping fails.
      if let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) {
        return data
      }
    }
    return try readToEnd(descriptor: descriptor, name: path)
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
