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

/// Runs Poppler's `pdftotext -bbox-layout` on PDF bytes, fed through its
/// standard input, and returns the XHTML it writes to standard output.
///
/// The one place `align` starts a process. The PDF never touches the disk:
/// pdftotext reads `-` as standard input. Standard input is written and
/// standard error drained on threads of their own, so neither pipe can fill
/// up and stall pdftotext.
enum PDFToText {
  /// The program's name, looked up on `PATH`.
  static let program = "pdftotext"

  /// What pdftotext gave back.
  struct Output {
    var xhtml: Data
    var status: Int32
    /// Standard error, for classifying failures.
    var messages: String
  }

  /// Finds `pdftotext` on `PATH` (or the directories given).
  static func executable(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> URL? {
    let directories = (path ?? "/usr/bin:/bin").split(separator: ":")
    for directory in directories where !directory.isEmpty {
      let candidate = "\(directory)/\(program)"
      if FileManager.default.isExecutableFile(atPath: candidate) {
        return URL(fileURLWithPath: candidate)
      }
    }
    return nil
  }

  /// Runs `pdftotext -bbox-layout -enc UTF-8 - -` on `pdf`.
  ///
  /// - Throws: `PDFProblem.readerMissing` when pdftotext is not on `PATH`,
  ///   `.readerFailed` when it cannot be started.
  /// - Complexity: O(*n*) in the size of the PDF and of its text, plus
  ///   pdftotext's own work.
  static func run(_ pdf: Data) throws(PDFProblem) -> Output {
    guard let executable = executable() else { throw .readerMissing }
    let path = executable.path
    // The child's ends of the three pipes become its 0, 1 and 2; every
    // descriptor is made close-on-exec before any other child can start
    // (`spawning`), so a child keeps no other: a pdftotext of another
    // batch worker holding this one's pipes would keep it waiting.
    spawning.lock()
    guard let input = Pipe(), let output = Pipe(), let errors = Pipe() else {
      spawning.unlock()
      throw .readerFailed("could not start \(path): no pipe (\(String(cString: strerror(errno))))")
    }
    let started = Result { () throws(SpawnError) in
      try spawn(
        path, arguments: ["-bbox-layout", "-enc", "UTF-8", "-", "-"], stdin: input.read,
        stdout: output.write, stderr: errors.write)
    }
    spawning.unlock()
    close(input.read)
    close(output.write)
    close(errors.write)
    let pid: pid_t
    switch started {
    case .success(let child): pid = child
    case .failure(let error):
      for descriptor in [input.write, output.read, errors.read] { close(descriptor) }
      throw .readerFailed("could not start \(path): \(String(cString: strerror(error.code)))")
    }
    let writer = InputWriter(pdf: pdf, descriptor: input.write)
    let stderr = ErrorCollector(descriptor: errors.read)
    let writing = writer.start()
    let collecting = stderr.start()
    // Without its thread, a pipe is closed now, so that pdftotext cannot
    // wait on it while this thread reads its output.
    if !writing { close(input.write) }
    if !collecting { close(errors.read) }
    let read = InputFile.readAll(descriptor: output.read)
    close(output.read)
    let status = waitForExit(pid)
    if writing { writer.wait() }
    let messages = collecting ? stderr.wait() : ""
    guard writing && collecting else { throw .readerFailed("could not start a thread for \(path)") }
    let xhtml: Data
    switch read {
    case .success(let data): xhtml = data
    case .failure(let failure):
      throw .readerFailed("reading pdftotext's output failed (\(String(cString: strerror(failure.rawValue))))")
    }
    return Output(xhtml: xhtml, status: status, messages: messages)
  }

  /// Held from making a child's pipes until the child has started.
  private static let spawning = Lock()

  /// A pipe's two descriptors, both close-on-exec.
  private struct Pipe {
    let read: Int32
    let write: Int32

    init?() {
      // pipe and then FD_CLOEXEC (Swift's Glibc has no pipe2), under
      // `spawning`: this is the one place that starts a process, so no
      // child can inherit the descriptors in between.
      var ends: [Int32] = [-1, -1]
      guard pipe(&ends) == 0 else { return nil }
      _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
      _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
      (read, write) = (ends[0], ends[1])
    }
  }

  /// An `errno` value from `posix_spawn`.
  private struct SpawnError: Error {
    let code: Int32
  }

  /// Starts `path` with `arguments`, the given descriptors as its standard
  /// streams, this process's environment, and every signal at its default
  /// action and unblocked (as Foundation's `Process` starts a program).
  private static func spawn(
    _ path: String, arguments: [String], stdin: Int32, stdout: Int32, stderr: Int32
  ) throws(SpawnError) -> pid_t {
    #if canImport(Darwin)
    var actions: posix_spawn_file_actions_t? = nil
    var attributes: posix_spawnattr_t? = nil
    #else
    var actions = posix_spawn_file_actions_t()
    var attributes = posix_spawnattr_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdin, 0)
    posix_spawn_file_actions_adddup2(&actions, stdout, 1)
    posix_spawn_file_actions_adddup2(&actions, stderr, 2)
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = ([path] + arguments).map { strdup($0) }
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    #if canImport(Darwin)
    let environment = _NSGetEnviron().pointee
    #else
    let environment = environ
    #endif
    let code = (argv + [nil]).withUnsafeBufferPointer { pointers in
      posix_spawn(&pid, path, &actions, &attributes, UnsafeMutablePointer(mutating: pointers.baseAddress!), environment)
    }
    guard code == 0 else { throw SpawnError(code: code) }
    return pid
  }

  /// Waits for the child `pid` to end: its exit status, or the number of the
  /// signal that ended it (as `Process.terminationStatus`).
  private static func waitForExit(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { return -1 }
    }
    // WIFEXITED and WEXITSTATUS, WTERMSIG: macros Swift does not import.
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : signal
  }
}

/// Writes the PDF to pdftotext's standard input on a thread of its own, with
/// `SIGPIPE` blocked on that thread: when pdftotext stops reading early (a
/// damaged file) the write fails with `EPIPE` instead of killing `align`.
/// Closes the descriptor when done.
private final class InputWriter: @unchecked Sendable {
  private let pdf: Data
  private let descriptor: Int32
  private let done = Condition()
  private var finished = false

  init(pdf: Data, descriptor: Int32) {
    self.pdf = pdf
    self.descriptor = descriptor
  }

  /// `false` when no thread could be started (nothing is written).
  func start() -> Bool {
    WorkerThread.start(stackSize: 1 << 20) { [self] in
      var blocked = sigset_t()
      sigemptyset(&blocked)
      sigaddset(&blocked, SIGPIPE)
      pthread_sigmask(SIG_BLOCK, &blocked, nil)
      pdf.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
        guard var base = buffer.baseAddress else { return }
        var remaining = buffer.count
        while remaining > 0 {
          let written = write(descriptor, base, remaining)
          if written < 0 {
            if errno == EINTR { continue }
            break  // EPIPE: pdftotext has stopped reading
          }
          remaining -= written
          base += written
        }
      }
      close(descriptor)
      // A SIGPIPE left pending on this thread is discarded when it ends.
      done.lock()
      finished = true
      done.broadcast()
      done.unlock()
    }
  }

  func wait() {
    done.lock()
    while !finished { done.wait() }
    done.unlock()
  }
}

/// Reads pdftotext's standard error to its end on a thread of its own, and
/// closes the descriptor.
private final class ErrorCollector: @unchecked Sendable {
  private let descriptor: Int32
  private let done = Condition()
  private var finished = false
  private var data = Data()

  init(descriptor: Int32) { self.descriptor = descriptor }

  /// `false` when no thread could be started.
  func start() -> Bool {
    WorkerThread.start(stackSize: 1 << 20) { [self] in
      let read = (try? InputFile.readAll(descriptor: descriptor).get()) ?? Data()
      close(descriptor)
      done.lock()
      data = read
      finished = true
      done.broadcast()
      done.unlock()
    }
  }

  /// Waits for the end of standard error and returns it as text.
  func wait() -> String {
    done.lock()
    while !finished { done.wait() }
    done.unlock()
    return String(decoding: data, as: UTF8.self)
  }
}
