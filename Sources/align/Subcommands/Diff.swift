import Alignment
import ArgumentParser
import Diff
import Foundation

extension Align {
  /// `align diff OLD NEW`: what happened to each paragraph, and which words
  /// changed.
  struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "diff",
      abstract: "Compare two revisions of a document paragraph by paragraph and word by word.",
      discussion: """
        Exit status, as diff(1): 0 when the revisions do not differ, 1 when they \
        do, 2 on trouble. With -q, only a line saying whether they differ. \
        Text output ends with a line of counts by kind of change.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }
    enum Color: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @Argument(help: "The old revision (a draft, the law before amendment).")
    var old: String

    @Argument(help: "The new revision.")
    var new: String

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

    @Flag(
      name: [.customShort("q"), .customLong("brief")], help: "Report only whether the revisions differ (as diff -q).")
    var brief = false

    @OptionGroup var comparison: ComparisonOptions

    @Option(help: "Unchanged paragraphs to show around each change (text format).")
    var context: Int = 0

    @Option(help: "Colour: auto (a terminal without NO_COLOR), always or never.")
    var color: Color = .auto

    @OptionGroup var language: LanguageOption

    @OptionGroup var revisions: ComparedRevisionsOption

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
      guard context >= 0 else { throw ValidationError("--context must be 0 or more") }
    }

    func run() throws { try job.run() }

    /// The command as plain values.
    var job: Job {
      get throws {
        Job(
          old: old, new: new, format: format, brief: brief, comparison: comparison.settings, context: context,
          color: color, language: try language.language, forOld: revisions.forOld, forNew: revisions.forNew,
          output: output)
      }
    }

    /// What `align diff` was asked to do, as plain values, so that the
    /// common form `align diff OLD NEW` runs without ArgumentParser.
    struct Job: Equatable {
      var old: String
      var new: String
      var format: Format
      var brief: Bool
      var comparison: Comparison
      var context: Int
      var color: Color
      var language: Language?
      var forOld: DocumentReader.Options.Revisions
      var forNew: DocumentReader.Options.Revisions
      var output: String?

      func run() throws {
        let output = try OutputFile(self.output, inputs: [old, new])
        let (oldDocument, newDocument) = try RevisionsRequest(
          old: old, new: new, language: language, forOld: forOld, forNew: forNew,
          preparingWords: !comparison.characters, readsAlikeOnce: true
        ).read()
        try checkTextServices(
          languages: [oldDocument.language, newDocument.language], foldsScript: comparison.foldsScript)
        var options = comparison.options(for: oldDocument.language)
        options.jobs = Processors.online
        let diff = DocumentDiff(from: oldDocument, to: newDocument, options: options)
        let differ = diff.changes.contains(where: \.isNoteworthy)
        if brief {
          if differ { try output.write(Data("Files \(old) and \(new) differ\n".utf8)) }
          throw ExitCode(differ ? 1 : 0)
        }
        switch format {
        case .text:
          // `always` colours a file too (-o); `auto` only a terminal, unless NO_COLOR.
          let useColor =
            color == .always
            || color == .auto && output.destination == .standardOutput && isatty(STDOUT_FILENO) != 0
              && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
          try output.write { sink in
            try DiffTextRenderer(color: useColor, context: context).write(
              diff, old: oldDocument, new: newDocument, to: sink)
          }
        case .json:
          try output.write { sink in
            try diff.writeJSON(old: oldDocument, new: newDocument, oldName: old, newName: new, to: sink)
          }
        case .markdown:
          try output.write { sink in
            try DiffMarkdownRenderer.write(
              diff, old: oldDocument, new: newDocument, oldName: old, newName: new, to: sink)
          }
        }
        if differ { throw ExitCode(1) }
      }
    }
  }
}

extension Align.Diff.Job {
  /// `align diff OLD NEW` with every option left to its default, when
  /// `arguments` (without the program's name) are exactly that and
  /// name two regular files; `nil` for anything else. ArgumentParser
  /// finds a command's arguments by reflection, about 22M
  /// instructions of Swift runtime conformance look-ups (5 ms) on
  /// every run: a tenth of a diff of two laws. `DiffJobTests` check
  /// that this is what ArgumentParser makes of the same arguments.
  init?(plainArguments arguments: [String]) {
    guard arguments.count == 3, arguments[0] == Align.Diff.configuration.commandName,
      !arguments.contains(where: { $0.hasPrefix("-") }),
      regularFileSize(arguments[1]) != nil, regularFileSize(arguments[2]) != nil
    else { return nil }
    self.init(
      old: arguments[1], new: arguments[2], format: .text, brief: false, comparison: Comparison(), context: 0,
      color: .auto, language: nil, forOld: .accepted, forNew: .accepted, output: nil)
  }
}

/// Whether two paths name regular files with the same bytes whose names
/// end alike (the reader tells some formats by the extension), so that
/// reading the second would give the document of the first.
///
/// - Complexity: O(*n*) in the size of the files, compared byte for byte.
func readAlike(_ a: String, _ b: String) -> Bool {
  func suffix(_ path: String) -> Substring {
    let name = path.split(separator: "/").last ?? ""
    return name.lastIndex(of: ".").map { name[$0...] } ?? ""
  }
  guard let sizeA = regularFileSize(a), let sizeB = regularFileSize(b),
    suffix(a).lowercased() == suffix(b).lowercased()
  else { return false }
  if a == b { return true }
  guard sizeA == sizeB else { return false }
  guard let x = try? Data(contentsOf: URL(fileURLWithPath: a), options: .alwaysMapped),
    let y = try? Data(contentsOf: URL(fileURLWithPath: b), options: .alwaysMapped)
  else { return false }
  return x == y
}

/// What a comparison ignores, shared by `diff` and `report`.
struct ComparisonOptions: ParsableArguments {
  @Flag(name: .customLong("ignore-whitespace"), help: "Ignore differences in whitespace.")
  var ignoreWhitespace = false

  @Flag(name: .customLong("ignore-width"), help: "Ignore full-/half-width forms and punctuation style (，/, “/\").")
  var ignoreWidth = false

  @Flag(name: .customLong("ignore-case"), help: "Ignore letter case.")
  var ignoreCase = false

  @Flag(name: .customLong("fold-script"), help: "Treat Traditional and Simplified Chinese characters as equal.")
  var foldScript = false

  @Flag(name: .customLong("chars"), help: "Compare character by character instead of word by word.")
  var characters = false

  /// The options as a plain value (shared with `batch`'s workers).
  var settings: Comparison {
    var ignoring: [String] = []
    if ignoreWhitespace { ignoring.append("whitespace") }
    if ignoreWidth { ignoring.append("width") }
    if ignoreCase { ignoring.append("case") }
    if foldScript { ignoring.append("script") }
    return Comparison(ignoring: ignoring, characters: characters)
  }

  func options(for language: Language) -> DocumentDiff.Options {
    var options = settings.options(for: language)
    options.jobs = Processors.online
    return options
  }
}

/// What a comparison ignores (`--ignore-…`, `--chars`), as plain values.
struct Comparison: Sendable, Hashable {
  var ignoring: [String] = []
  var characters = false

  /// `--fold-script`.
  var foldsScript: Bool { ignoring.contains("script") }

  func options(for language: Language) -> DocumentDiff.Options {
    var set: WordDiff.Options.Ignoring = []
    if ignoring.contains("whitespace") { set.insert(.whitespace) }
    if ignoring.contains("width") { set.insert(.width) }
    if ignoring.contains("case") { set.insert(.case) }
    if foldsScript { set.insert(.script) }
    var options = DocumentDiff.Options()
    options.words = .forLanguage(language, ignoring: set, granularity: characters ? .character : .word)
    return options
  }
}
