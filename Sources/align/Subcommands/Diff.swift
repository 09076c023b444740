import Alignment
import ArgumentParser
import Diff
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
    /// common forms of `align diff` run without ArgumentParser
    /// (`init(plainArguments:)`).
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

      /// The heaps' growth step for the run (`Allocator.growHeaps`).
      ///
      /// Reading the two files and diffing their paragraphs on two threads
      /// grew those threads' arenas by about 180 `mprotect` calls of a page
      /// or two each on the ×1 pair of `Benchmarks/compare.sh`; with 4 MB
      /// steps, 5. Measured there (201 alternating runs, medians): 24.23
      /// → 23.91 ms elapsed, 37.73 → 36.80 ms CPU, of it system time 8.16
      /// → 7.36 ms, page faults 1,194 → 1,146; peak RSS 17.1–17.4 MB at ×1
      /// and 32.5–32.9 MB at ×16 either way (3 runs each).
      static let heapStep = 4 << 20

      func run() throws {
        Allocator.growHeaps(inStepsOf: Self.heapStep)
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
  /// The command `arguments` (without the program's name) ask for, when
  /// they are `diff`, two regular files and options in the forms
  /// `PlainArguments` reads; `nil` for anything else, which ArgumentParser
  /// then parses (and reports, when it is wrong). `DiffJobParsingTests`
  /// check that this is what ArgumentParser makes of the same arguments.
  init?(plainArguments arguments: [String]) {
    guard arguments.first == Align.Diff.configuration.commandName,
      let line = PlainArguments(arguments.dropFirst(), options: Self.plainOptions), line.positionals.count == 2,
      regularFileSize(line.positionals[0]) != nil, regularFileSize(line.positionals[1]) != nil,
      let format = line.value("format", or: .text, Align.Diff.Format.init(rawValue:)),
      let color = line.value("color", or: .auto, Align.Diff.Color.init(rawValue:)),
      // --context takes a count; a sign or anything else is ArgumentParser's to judge.
      let context = line.value("context", or: 0, { $0.utf8.allSatisfy { (0x30...0x39).contains($0) } ? Int($0) : nil }),
      let both = line.value("revisions", or: .accepted, DocumentReader.Options.Revisions.init(rawValue:)),
      let forOld = line.value("old-revisions", or: both, DocumentReader.Options.Revisions.init(rawValue:)),
      let forNew = line.value("new-revisions", or: both, DocumentReader.Options.Revisions.init(rawValue:))
    else { return nil }
    var language: Language?
    if let tag = line.value("lang") {
      guard let known = Language(tag: tag) else { return nil }
      language = known
    }
    self.init(
      old: line.positionals[0], new: line.positionals[1], format: format, brief: line.has("brief"),
      comparison: Comparison(
        ignoringWhitespace: line.has("ignore-whitespace"), width: line.has("ignore-width"),
        case: line.has("ignore-case"), script: line.has("fold-script"), characters: line.has("chars")),
      context: context, color: color, language: language, forOld: forOld, forNew: forNew,
      output: line.value("output"))
  }

  /// Every option of `align diff` but `--help`, by spelling, for
  /// `init(plainArguments:)`. `DiffJobParsingTests` check it against the
  /// command's help.
  static let plainOptions: [String: PlainArguments.Option] = {
    let flags = ["brief", "ignore-whitespace", "ignore-width", "ignore-case", "fold-script", "chars"]
    let values = ["format", "context", "color", "lang", "revisions", "old-revisions", "new-revisions", "output"]
    var options: [String: PlainArguments.Option] = [:]
    for name in flags { options["--" + name] = .init(name: name, takesValue: false) }
    for name in values { options["--" + name] = .init(name: name, takesValue: true) }
    options["-q"] = options["--brief"]
    options["-o"] = options["--output"]
    return options
  }()
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
    Comparison(
      ignoringWhitespace: ignoreWhitespace, width: ignoreWidth, case: ignoreCase, script: foldScript,
      characters: characters)
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

  init(ignoring: [String] = [], characters: Bool = false) {
    self.ignoring = ignoring
    self.characters = characters
  }

  /// The flags of `ComparisonOptions`, however they were read.
  init(ignoringWhitespace whitespace: Bool, width: Bool, case: Bool, script: Bool, characters: Bool) {
    var ignoring: [String] = []
    if whitespace { ignoring.append("whitespace") }
    if width { ignoring.append("width") }
    if `case` { ignoring.append("case") }
    if script { ignoring.append("script") }
    self.init(ignoring: ignoring, characters: characters)
  }

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
