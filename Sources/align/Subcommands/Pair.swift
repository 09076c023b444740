import Alignment
import ArgumentParser
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

extension Align {
  /// `align pair SOURCE TARGET [MORE…]`: which paragraph (or sentence) of one
  /// language version is which in the others.
  struct Pair: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "pair",
      abstract: "Align language versions of a document paragraph by paragraph or sentence by sentence.",
      discussion: """
        With more than two files, the first (or the one --pivot names) is the pivot each other one is \
        aligned to, and the output has one row per unit of the pivot.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, tsv, beads, json, tmx }

    @Argument(help: "Two or more language versions of one document.")
    var files: [String]

    @Option(help: "Align paragraphs or sentences.")
    var level: ParallelText.Level = .paragraph

    @Flag(help: "Each input line is one segment; nothing is split or merged (for standard test sets).")
    var segmented = false

    @Option(help: "Output format: text, tsv, beads, json or tmx.")
    var format: Format = .text

    @Option(help: "Align through this file (1 for the first, the default); it comes first in the output.")
    var pivot: Int = 1

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(
      name: .customLong("lang"), parsing: .upToNextOption,
      help: "Languages of the inputs in order (zh, zh-Hant, en, fr, es, ru, ar); detected when omitted.")
    var languages: [String] = []

    @OptionGroup var revisions: RevisionsOption

    func validate() throws {
      guard files.count >= 2 else { throw ValidationError("align pair needs two files or more") }
      if format == .beads && files.count != 2 {
        throw ValidationError("--format beads takes exactly two files")
      }
      guard (1...files.count).contains(pivot) else {
        throw ValidationError("--pivot takes a file's position, 1 to \(files.count)")
      }
      if !languages.isEmpty && languages.count != files.count {
        throw ValidationError("--lang takes one language per file (\(files.count))")
      }
      for tag in languages where Language(tag: tag) == nil {
        throw ValidationError("unknown language '\(tag)'; use one of zh, zh-Hant, en, fr, es, ru, ar")
      }
    }

    func run() throws {
      let output = try OutputFile(self.output, inputs: files)
      // The pivot first: every other version is aligned to it.
      let order = [pivot - 1] + files.indices.filter { $0 != pivot - 1 }
      let files = order.map { self.files[$0] }
      let forced = order.compactMap { languages.isEmpty ? nil : Language(tag: languages[$0]) }
      let text: ParallelText
      if segmented {
        let inputs = try files.enumerated().map { index, file in
          try readSegments(file, language: forced.isEmpty ? nil : forced[index])
        }
        try checkTextServices(languages: Set(inputs.map(\.language)), lexicon: true)
        text = try aligningOrFailing { () throws(ParallelText.AligningError) in
          try ParallelText.aligningSegments(inputs, lexicon: .cedict)
        }
      } else {
        let documents = try files.enumerated().map { index, file in
          (
            name: file,
            document: try readDocument(
              file, language: forced.isEmpty ? nil : forced[index], revisions: revisions.revisions)
          )
        }
        try checkTextServices(languages: Set(documents.map(\.document.language)), lexicon: true)
        text = try aligningOrFailing { () throws(ParallelText.AligningError) in
          try ParallelText.aligning(documents, level: level, lexicon: .cedict)
        }
      }
      for warning in text.warnings { warn(warning.description(in: text)) }
      // Written piece by piece as it is made: the output of a 10 MB pair
      // is some 30 MB, which was held twice (as a string and its copy).
      let width = terminalWidth()
      try output.write { sink in
        switch format {
        case .text: try text.writeSideBySide(width: width, to: sink)
        case .tsv: try text.writeTSV(to: sink)
        case .beads: try text.writeVecalignBeads(to: sink)
        case .json:
          try text.writeJSON(to: sink)
          try Data("\n".utf8).withUnsafeBytes { try sink($0) }
        case .tmx: try text.writeTMX(toolVersion: Align.version, to: sink)
        }
      }
    }
  }
}

/// Reads a file as one segment per line, for `--segmented`.
func readSegments(_ path: String, language: Language?) throws -> (name: String, language: Language, segments: [String])
{
  do {
    let read = try DocumentReader.readSegments(contentsOf: path, language: language)
    return (path, read.language, read.segments)
  } catch {
    throw CommandFailure(description: error.description)
  }
}

/// The terminal's width in columns: $COLUMNS, the terminal's own, or 100.
func terminalWidth() -> Int {
  if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
  var size = winsize()
  if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
  return 100
}

/// Prints a warning as one line on standard error.
func warn(_ message: String) {
  StandardStreams.writeLineToStandardError("align: warning: \(message.escapingControlCharacters)")
}

extension ParallelText.Level: ExpressibleByArgument {}
