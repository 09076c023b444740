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
        throw ValidationError("unknown language '\(tag.escapingControlCharacters)'; use one of zh, zh-Hant, en, fr, es, ru, ar")
      }
      return language
    }
  }
}

/// A failure the CLI reports as one line on standard error, exit code 2.
struct CommandFailure: Error, CustomStringConvertible {
  var description: String
}

/// Reads a document, turning a `ReadError` into a one-line failure.
func readDocument(_ path: String, language: Language?) throws -> Document {
  do {
    return try DocumentReader.read(contentsOf: path, options: .init(language: language))
  } catch {
    throw CommandFailure(description: error.description)
  }
}

extension Align {
  /// Runs the command; errors become one line on standard error and exit
  /// code 2, as diff(1) reports trouble. An unknown option (or a file name
  /// that starts with `-`) is such an error, not a request for help.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let code as ExitCode {
      Foundation.exit(code.rawValue)
    } catch let failure as CommandFailure {
      StandardStreams.writeLineToStandardError("align: \(failure.description.escapingControlCharacters)")
      Foundation.exit(2)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        // --help and --version: their text on standard output, checked.
        let message = fullMessage(for: error)
        do {
          try StandardStreams.writeToStandardOutput(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
        } catch {
          StandardStreams.writeLineToStandardError("align: \(error)")
          Foundation.exit(2)
        }
        Foundation.exit(0)
      }
      var message = fullMessage(for: error)
      if hasOptionLikeArgument() {
        message = (message.hasSuffix("\n") ? String(message.dropLast()) : message)
          + "\nHint: a file name that starts with '-' goes after '--', which ends the options: align parse -- -file.txt"
      }
      let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map {
        String($0).escapingControlCharacters
      }
      StandardStreams.writeLineToStandardError(lines.joined(separator: "\n"))
      Foundation.exit(2)
    }
  }

  /// Whether an argument before `--` starts with `-` and is not one of the
  /// command's options, so ArgumentParser took a file name for an option.
  private static func hasOptionLikeArgument() -> Bool {
    let arguments = CommandLine.arguments.dropFirst().prefix { $0 != "--" }
    return arguments.contains { argument in
      guard argument.hasPrefix("-"), argument != "-" else { return false }
      let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
      return !knownOptionNames.contains(name)
    }
  }

  /// Every option name of every command, from their help.
  private static let knownOptionNames: Set<String> = {
    var names: Set<String> = ["-h", "--help", "--version"]
    let commands: [any ParsableCommand.Type] = [Align.self] + (Align.configuration.subcommands)
    for command in commands {
      for word in command.helpMessage(columns: 1000).split(whereSeparator: { " ,\n[]<>".contains($0) })
      where word.hasPrefix("-") && word.count > 1 {
        names.insert(String(word))
      }
    }
    return names
  }()
}
