import Alignment
import ArgumentParser
import Foundation

/// `--lang L`: force the language instead of detecting it.
struct LanguageOption: ParsableArguments {
  @Option(name: .customLong("lang"), help: "Language of the input (zh, zh-Hant, en, fr, es, ru, ar); detected when omitted.")
  var tag: String?

  var language: Language? {
    get throws {
      guard let tag else { return nil }
      guard let language = Language(tag: tag) else {
        throw ValidationError("unknown language '\(tag)'; use one of zh, zh-Hant, en, fr, es, ru, ar")
      }
      return language
    }
  }
}

extension DocumentReader.Options.Revisions: ExpressibleByArgument {}

/// `--revisions accepted|original`: which text of a Word file with tracked
/// changes to read.
struct RevisionsOption: ParsableArguments {
  @Option(name: .customLong("revisions"),
          help: "Which text of a Word file with tracked changes to read: accepted (every change accepted) or original (as before the changes).")
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

/// Writes all of `data` to standard output, or to `path` when given.
///
/// A file is written completely or not at all: the data goes to a
/// temporary file in the same directory, which is then renamed over `path`.
func writeOutput(_ data: Data, to path: String? = nil) throws {
  guard let path, path != "-" else {
    FileHandle.standardOutput.write(data)
    return
  }
  let url = URL(fileURLWithPath: path)
  let directory = url.deletingLastPathComponent()
  var isDirectory: ObjCBool = false
  guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
    throw CommandFailure(description: "\(path): the directory \(directory.path) does not exist")
  }
  let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
  do {
    try data.write(to: temporary)
    if rename(temporary.path, url.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw CommandFailure(description: "\(path): cannot be written (\(reason))")
    }
  } catch let failure as CommandFailure {
    throw failure
  } catch {
    try? FileManager.default.removeItem(at: temporary)
    throw CommandFailure(description: "\(path): cannot be written (\(error.localizedDescription))")
  }
}

extension Align {
  /// Runs the command; errors become one line on standard error and exit
  /// code 2, as diff(1) reports trouble.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let code as ExitCode {
      Foundation.exit(code.rawValue)
    } catch let failure as CommandFailure {
      FileHandle.standardError.write(Data("align: \(failure.description)\n".utf8))
      Foundation.exit(2)
    } catch {
      let code = exitCode(for: error)
      if code == .success || code == .validationFailure && error is CleanExit {
        exit(withError: error)
      }
      let message = fullMessage(for: error)
      FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
      Foundation.exit(code == .success ? 0 : 2)
    }
  }
}
