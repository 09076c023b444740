import Alignment
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

/// Where a command writes its result: standard output, or the file named
/// by `-o`. Every command opens its output before it reads its inputs, so
/// a bad output location fails at once, and writes it once at the end.
///
/// A file is written completely or not at all:
/// - An existing regular file (or a new one) is replaced atomically: the
///   data goes to a temporary file created exclusively (`mkstemp`, so with
///   an unpredictable name and never through a planted symlink) in the same
///   directory, with the mode of the file it replaces, is flushed to disk
///   (`fsync`) and renamed over the file. The temporary file is removed on
///   every failure and on SIGINT/SIGTERM (`TemporaryFileCleanup`).
/// - A symlink is followed: the file it points to (after every hop, up to
///   `maximumSymlinkHops`) is replaced as above and the link itself stays a
///   link. A dangling link creates its target.
/// - An existing file that is not a regular file (a device such as
///   `/dev/null`, a FIFO, a socket) is opened and written directly, never
///   renamed over.
/// - A file that is one of the inputs (same device and inode, whatever its
///   name) is refused, as is a directory or a missing directory.
struct OutputFile {
  /// How `write(_:)` delivers the data.
  enum Destination: Equatable {
    case standardOutput
    /// Replace the regular file at `path` (the symlink-resolved name),
    /// keeping `mode` if it exists.
    case replace(path: String, mode: mode_t?)
    /// Write into the existing non-regular file at `path`.
    case direct(path: String)
  }

  /// Symlinks followed before giving up, as the kernel's `ELOOP` limit.
  static let maximumSymlinkHops = 40

  /// The name as the user gave it, for messages.
  let name: String
  let destination: Destination

  /// Checks the output location before any work is done.
  ///
  /// - Parameters:
  ///   - path: `-o`'s value; `nil` or `-` is standard output.
  ///   - inputs: The input files (`-` is standard input); the output may
  ///     not be any of them.
  /// - Throws: `CommandFailure`: the directory is missing or not writable,
  ///   the output is a directory, a symlink loop, or an input.
  /// - Complexity: O(*k*) system calls for *k* inputs and symlink hops.
  init(_ path: String?, inputs: [String]) throws {
    guard let path, path != "-" else {
      name = "standard output"
      destination = .standardOutput
      return
    }
    name = path
    let shown = path.escapingControlCharacters
    let resolved = try Self.resolvingSymlinks(path)
    var status = stat()
    if stat(resolved, &status) == 0 {
      switch status.st_mode & S_IFMT {
      case S_IFREG:
        if let input = Self.input(among: inputs, sameFileAs: status) {
          let other = input == path ? "" : " (the same file as \(input.escapingControlCharacters))"
          throw CommandFailure(description: "\(shown): is also an input\(other); refusing to overwrite it")
        }
        destination = .replace(path: resolved, mode: status.st_mode & 0o7777)
      case S_IFDIR:
        throw CommandFailure(description: "\(shown): is a directory")
      default:
        destination = .direct(path: resolved)
        return
      }
    } else if errno == ENOENT {
      destination = .replace(path: resolved, mode: nil)
    } else {
      throw CommandFailure(description: "\(shown): cannot be written (\(String(cString: strerror(errno))))")
    }
    let directory = Self.directory(of: resolved)
    var directoryStatus = stat()
    guard stat(directory, &directoryStatus) == 0, directoryStatus.st_mode & S_IFMT == S_IFDIR else {
      throw CommandFailure(
        description: "\(shown): the directory \(directory.escapingControlCharacters) does not exist")
    }
    guard access(directory, W_OK) == 0 else {
      throw CommandFailure(
        description:
          "\(shown): cannot be written in \(directory.escapingControlCharacters) (\(String(cString: strerror(errno))))")
    }
  }

  /// Writes `data` to the destination: all of it, or nothing.
  ///
  /// - Throws: `CommandFailure` with the system's reason; the temporary file
  ///   is gone and an existing output is untouched.
  /// - Complexity: O(*n*) in the size of `data`.
  func write(_ data: Data) throws {
    try write { sink in try data.withUnsafeBytes { try sink($0) } }
  }

  /// Writes what `produce` hands its sink, piece by piece, to the
  /// destination, so that a large output need not be held in memory: a
  /// replaced file still gets all of it or nothing (the pieces go to the
  /// temporary file, which is renamed only after `produce` returns).
  ///
  /// - Throws: `CommandFailure` with the system's reason, or what `produce`
  ///   throws; the temporary file is gone and an existing output is
  ///   untouched.
  /// - Complexity: O(*n*) in the size of the output, O(1) memory beyond
  ///   each piece.
  func write(_ produce: (_ sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
    switch destination {
    case .standardOutput:
      try produce { try StandardStreams.writeToStandardOutput($0) }
    case .direct(let path):
      let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
      guard descriptor >= 0 else { throw failure(errno) }
      do {
        try produce { bytes in
          if let error = FileDescriptorIO.writeAll(bytes, to: descriptor) { throw failure(error) }
        }
      } catch {
        close(descriptor)
        throw error
      }
      if close(descriptor) != 0 { throw failure(errno) }
    case .replace(let path, let mode):
      try replace(path, mode: mode, with: produce)
    }
  }

  private func replace(
    _ path: String, mode: mode_t?, with produce: (_ sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Void
  ) throws {
    let directory = Self.directory(of: path)
    let base = Self.lastComponent(of: path)
    var template = Array("\(directory)/.\(base).XXXXXX".utf8CString)
    TemporaryFileCleanup.installSignalHandlers()
    let descriptor = TemporaryFileCleanup.createRegistered(&template)
    guard descriptor >= 0 else { throw failure(errno) }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    func discard() {
      close(descriptor)
      unlink(temporary)
      TemporaryFileCleanup.unregister()
    }
    func fail(_ error: Int32) -> CommandFailure {
      discard()
      return failure(error)
    }
    // mkstemp creates the file 0600; a new output gets what the umask allows.
    if fchmod(descriptor, mode ?? (0o666 & ~Self.currentUmask())) != 0 { throw fail(errno) }
    do {
      try produce { bytes in
        if let error = FileDescriptorIO.writeAll(bytes, to: descriptor) { throw failure(error) }
      }
    } catch {
      discard()
      throw error
    }
    if fsync(descriptor) != 0 { throw fail(errno) }
    if close(descriptor) != 0 {
      let error = errno
      unlink(temporary)
      TemporaryFileCleanup.unregister()
      throw failure(error)
    }
    if rename(temporary, path) != 0 {
      let error = errno
      unlink(temporary)
      TemporaryFileCleanup.unregister()
      throw failure(error)
    }
    TemporaryFileCleanup.unregister()
    // Make the rename itself durable; a failure here loses nothing written.
    let directoryDescriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if directoryDescriptor >= 0 {
      fsync(directoryDescriptor)
      close(directoryDescriptor)
    }
  }

  private func failure(_ error: Int32) -> CommandFailure {
    CommandFailure(
      description: "\(name.escapingControlCharacters): cannot be written (\(String(cString: strerror(error))))")
  }

  /// The process's file creation mask (read by setting and restoring it).
  private static func currentUmask() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }

  /// The directory part of `path` (`.` for a bare name).
  static func directory(of path: String) -> String {
    let trimmed = Self.trailingSlashesTrimmed(path)
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    if slash == trimmed.startIndex { return "/" }
    return Self.trailingSlashesTrimmed(String(trimmed[..<slash]))
  }

  /// The last component of `path`, trailing slashes aside ("/" for "/"),
  /// as `NSString.lastPathComponent`.
  static func lastComponent(of path: String) -> String {
    let trimmed = Self.trailingSlashesTrimmed(path)
    guard trimmed != "/", let slash = trimmed.lastIndex(of: "/") else { return trimmed }
    return String(trimmed[trimmed.index(after: slash)...])
  }

  /// `path` without slashes at its end, unless it is nothing but slashes
  /// ("/" then).
  private static func trailingSlashesTrimmed(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1 && trimmed.last == "/" { trimmed.removeLast() }
    return trimmed.allSatisfy { $0 == "/" } && !trimmed.isEmpty ? "/" : String(trimmed)
  }

  /// Follows `path` while it is a symlink; relative link targets are taken
  /// from the link's directory.
  static func resolvingSymlinks(_ path: String) throws -> String {
    var current = path
    for _ in 0...maximumSymlinkHops {
      var status = stat()
      guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let length = readlink(current, &buffer, buffer.count - 1)
      guard length >= 0 else {
        throw CommandFailure(
          description: "\(path.escapingControlCharacters): cannot be written (\(String(cString: strerror(errno))))")
      }
      let target = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current = target.hasPrefix("/") ? target : directory(of: current) + "/" + target
    }
    throw CommandFailure(
      description: "\(path.escapingControlCharacters): cannot be written (too many levels of symbolic links)")
  }

  /// The first input that is the file `status` describes.
  private static func input(among inputs: [String], sameFileAs status: stat) -> String? {
    inputs.first { input in
      guard input != "-" else { return false }
      var other = stat()
      return stat(input, &other) == 0 && other.st_dev == status.st_dev && other.st_ino == status.st_ino
    }
  }
}
