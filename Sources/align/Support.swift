import Alignment
import ArgumentParser
import Diff
import Report

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

/// `--lang L`: force the language instead of detecting it.
struct LanguageOption: ParsableArguments {
  @Option(
    name: .customLong("lang"), help: "Language of the input (zh, zh-Hant, en, fr, es, ru, ar); detected when omitted.")
  var tag: String?

  var language: Language? {
    get throws {
      guard let tag else { return nil }
      guard let language = Language(tag: tag) else {
        throw ValidationError(
          "unknown language '\(tag.escapingControlCharacters)'; use one of zh, zh-Hant, en, fr, es, ru, ar")
      }
      return language
    }
  }
}

extension DocumentReader.Options.Revisions: ExpressibleByArgument {}

/// `--revisions accepted|original`: which text of a Word file with tracked
/// changes to read.
struct RevisionsOption: ParsableArguments {
  @Option(
    name: .customLong("revisions"),
    help:
      "Which text of a Word file with tracked changes to read: accepted (every change accepted) or original (as before the changes)."
  )
  var revisions: DocumentReader.Options.Revisions = .accepted
}

/// `--revisions`, and `--old-revisions` / `--new-revisions` for one side,
/// so that one Word file can be compared with itself:
/// `align diff f.docx f.docx --old-revisions original`.
struct ComparedRevisionsOption: ParsableArguments {
  @OptionGroup var both: RevisionsOption

  @Option(name: .customLong("old-revisions"), help: "--revisions for OLD only.")
  var old: DocumentReader.Options.Revisions?

  @Option(name: .customLong("new-revisions"), help: "--revisions for NEW only.")
  var new: DocumentReader.Options.Revisions?

  var forOld: DocumentReader.Options.Revisions { old ?? both.revisions }
  var forNew: DocumentReader.Options.Revisions { new ?? both.revisions }
}

/// A failure the CLI reports as one line on standard error, exit code 2.
struct CommandFailure: Error, CustomStringConvertible {
  var description: String
}

/// A report's generation time, as ISO 8601 in UTC: `generated` (the
/// `--generated` option) when given, else `SOURCE_DATE_EPOCH` (reproducible
/// builds: whole seconds since 1970), else now.
func generationTime(_ generated: String?) throws -> String {
  if let generated { return generated }
  guard let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] else {
    return (ReportTime(secondsSince1970: Date().timeIntervalSince1970) ?? ReportTime(secondsSince1970: 0)).iso8601
  }
  guard let seconds = Int64(epoch.trimmingWhitespace()) else {
    throw CommandFailure(description: "SOURCE_DATE_EPOCH must be a number of seconds, not '\(epoch)'")
  }
  return ReportTime(secondsSince1970: seconds).iso8601
}

/// Reads a document, turning a `ReadError` into a one-line failure.
func readDocument(
  _ path: String, language: Language?, revisions: DocumentReader.Options.Revisions = .accepted
) throws -> Document {
  do {
    return try DocumentReader.read(contentsOf: path, options: .init(language: language, revisions: revisions))
  } catch {
    throw CommandFailure(description: error.description)
  }
}

/// Reads OLD and NEW. When both are regular files and the smaller is at
/// most `concurrentReadLimit` bytes, on a machine with more than one core,
/// the two are read at the same time, one on a second thread: on the ×8
/// pair of `Benchmarks/compare.sh` that is the time of the larger alone.
/// Otherwise the larger file is read first: reading a file takes a few
/// times its size for a while, and that is less on top of the smaller
/// document than on top of the larger (on the 10 MB pair of
/// `Benchmarks/report-speed.sh` the peak falls from 38 MB of heap to 29).
/// Errors are as if OLD were read first: when both are bad, OLD's.
/// With `preparingWords`, the thread that reads the smaller file then
/// loads word segmentation for its language while the larger is still
/// being read (`WordDiff.prepareSegmentation`), and the other thread
/// builds the scalar table the word diffs read (`WordDiff.prepareTable`):
/// on the ×1 pair of `Benchmarks/compare.sh` the two then finish about
/// together, where loading both after the smaller file kept the larger's
/// thread waiting.
///
/// - Complexity: That of reading both; OLD is read twice only when NEW
///   cannot be read, one after the other.
func readRevisions(
  _ old: String, _ new: String, language forced: Language?, forOld: DocumentReader.Options.Revisions,
  forNew: DocumentReader.Options.Revisions, preparingWords: Bool = false
) throws -> (old: Document, new: Document) {
  @Sendable func readOld() throws -> Document { try readDocument(old, language: forced, revisions: forOld) }
  @Sendable func readNew() throws -> Document { try readDocument(new, language: forced, revisions: forNew) }
  guard let oldSize = regularFileSize(old), let newSize = regularFileSize(new) else {
    return (try readOld(), try readNew())
  }
  if min(oldSize, newSize) <= concurrentReadLimit, Processors.online > 1 {
    var read: [Result<Document, any Error>] = []
    let smaller = oldSize <= newSize ? 0 : 1
    try OrderedParallelMap(jobs: 2).run(
      count: 2,
      work: { index in
        Result {
          let document = index == 0 ? try readOld() : try readNew()
          if preparingWords {
            if index == smaller {
              WordDiff.prepareSegmentation(for: document.language)
            } else {
              WordDiff.prepareTable()
            }
          }
          return document
        }
      },
      emit: { _, result in read.append(result) })
    return (try read[0].get(), try read[1].get())
  }
  guard newSize > oldSize else { return (try readOld(), try readNew()) }
  let newDocument: Document
  do {
    newDocument = try readNew()
  } catch {
    // OLD's error comes first, as when OLD is read first.
    _ = try readOld()
    throw error
  }
  return (try readOld(), newDocument)
}

/// The size in bytes up to which `readRevisions` reads the smaller file
/// beside the larger: reading takes a few times a file's size while it
/// runs, so this bounds what reading both at once adds to the peak.
let concurrentReadLimit = 2 << 20

/// The size of a regular file, `nil` for standard input, a FIFO, a
/// symbolic link or a name that cannot be read (its error comes when it is
/// read). By `lstat(2)`, as `FileManager`'s attributes are, without their
/// dictionary of `Any` (whose casts cost conformance look-ups at start-up).
func regularFileSize(_ path: String) -> Int? {
  guard path != "-" else { return nil }
  var status = stat()
  guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
  return Int(status.st_size)
}

extension Align {
  /// Runs the command; errors become one line on standard error and exit
  /// code 2, as diff(1) reports trouble. An unknown option (or a file name
  /// that starts with `-`) is such an error, not a request for help.
  static func main() {
    // The common `align diff` lines need neither check nor ArgumentParser:
    // every argument they hold is an option of `diff` or a file.
    let job = Diff.Job(plainArguments: Array(CommandLine.arguments.dropFirst()))
    if job == nil, let argument = unknownOptionLikeArgument() {
      StandardStreams.writeLineToStandardError(
        "align: unknown option '\(argument.escapingControlCharacters)'; "
          + "a file name that starts with '-' goes after '--', which ends the options (align parse -- -file.txt)")
      exitProcess(2)
    }
    do {
      if let job {
        try job.run()
      } else {
        var command = try parseAsRoot()
        try command.run()
      }
    } catch let code as ExitCode {
      exitProcess(code.rawValue)
    } catch let failure as CommandFailure {
      StandardStreams.writeLineToStandardError("align: \(failure.description.escapingControlCharacters)")
      exitProcess(2)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        // --help and --version: their text on standard output, checked.
        let message = fullMessage(for: error)
        do {
          try StandardStreams.writeToStandardOutput(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
        } catch {
          StandardStreams.writeLineToStandardError("align: \(error)")
          exitProcess(2)
        }
        exitProcess(0)
      }
      let message = fullMessage(for: error)
      let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map {
        String($0).escapingControlCharacters
      }
      StandardStreams.writeLineToStandardError(lines.joined(separator: "\n"))
      exitProcess(2)
    }
  }

  /// The first argument before `--` that starts with `-` and is not an
  /// option of the command, so that a file named `-hansard.txt` is an
  /// error instead of `-h` (help, exit 0) to ArgumentParser.
  private static func unknownOptionLikeArgument() -> String? {
    let arguments = CommandLine.arguments.dropFirst().prefix { $0 != "--" }
    // Without an option there is nothing to check, and no help text (a
    // few milliseconds of start-up) to make.
    guard arguments.contains(where: { $0.hasPrefix("-") && $0 != "-" }) else { return nil }
    let command = Align.configuration.subcommands.first { $0._commandName == arguments.first } ?? Align.self
    let help = command.helpMessage(columns: 1000)
    let known = optionNames(in: help)
    var takesValue = false
    for argument in arguments {
      defer { takesValue = known.contains(argument) && help.contains(argument + " <") }
      guard !takesValue, argument.hasPrefix("-"), argument != "-" else { continue }
      let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
      if !known.contains(name) { return argument }
    }
    return nil
  }

  /// The option names in a command's help text, with `--help` and `--version`.
  static func optionNames(in help: String) -> Set<String> {
    var names: Set<String> = ["-h", "--help", "--version"]
    for word in help.split(whereSeparator: { " ,\n[]<>()".contains($0) })
    where word.hasPrefix("-") && word.count > 1 && word.dropFirst().first?.isLetter ?? false
      || word.hasPrefix("--") && word.count > 2
    {
      names.insert(String(word))
    }
    return names
  }
}

/// The C library's `exit`, which `ParsableCommand.exit(withError:)` hides
/// inside a command's methods.
private func exitProcess(_ code: Int32) -> Never {
  exit(code)
}
