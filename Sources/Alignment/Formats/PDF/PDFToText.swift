import Foundation

#if canImport(Glibc)
import Glibc
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
    let process = Process()
    process.executableURL = executable
    process.arguments = ["-bbox-layout", "-enc", "UTF-8", "-", "-"]
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw .readerFailed("could not start \(executable.path): \(error.localizedDescription)")
    }
    let writer = InputWriter(pdf: pdf, handle: input.fileHandleForWriting)
    writer.start()
    let stderr = ErrorCollector(handle: errors.fileHandleForReading)
    stderr.start()
    // Not FileHandle.readDataToEndOfFile, which traps on an interrupted read.
    let read = InputFile.readAll(descriptor: output.fileHandleForReading.fileDescriptor)
    process.waitUntilExit()
    writer.wait()
    let messages = stderr.wait()
    let xhtml: Data
    switch read {
    case .success(let data): xhtml = data
    case .failure(let failure):
      throw .readerFailed("reading pdftotext's output failed (\(String(cString: strerror(failure.rawValue))))")
    }
    return Output(xhtml: xhtml, status: process.terminationStatus, messages: messages)
  }
}

/// Writes the PDF to pdftotext's standard input on a thread of its own, with
/// `SIGPIPE` blocked on that thread: when pdftotext stops reading early (a
/// damaged file) the write fails with `EPIPE` instead of killing `align`.
private final class InputWriter: @unchecked Sendable {
  private let pdf: Data
  private let handle: FileHandle
  private let done = DispatchSemaphore(value: 0)

  init(pdf: Data, handle: FileHandle) {
    self.pdf = pdf
    self.handle = handle
  }

  func start() {
    let thread = Thread { [self] in
      var blocked = sigset_t()
      sigemptyset(&blocked)
      sigaddset(&blocked, SIGPIPE)
      pthread_sigmask(SIG_BLOCK, &blocked, nil)
      let descriptor = handle.fileDescriptor
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
      try? handle.close()
      // A SIGPIPE left pending on this thread is discarded when it ends.
      done.signal()
    }
    thread.start()
  }

  func wait() { done.wait() }
}

/// Reads pdftotext's standard error to its end on a thread of its own.
private final class ErrorCollector: @unchecked Sendable {
  private let handle: FileHandle
  private let done = DispatchSemaphore(value: 0)
  private var data = Data()

  init(handle: FileHandle) { self.handle = handle }

  func start() {
    let thread = Thread { [self] in
      data = (try? InputFile.readAll(descriptor: handle.fileDescriptor).get()) ?? Data()
      done.signal()
    }
    thread.start()
  }

  /// Waits for the end of standard error and returns it as text.
  func wait() -> String {
    done.wait()
    return String(decoding: data, as: UTF8.self)
  }
}
