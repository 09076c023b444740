import Alignment
import ArgumentParser
import Diff
import Report

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Align {
  /// `align report OLD NEW`: a change report between two revisions.
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "report",
      abstract: "Write a change report between two revisions of a document.",
      discussion: """
        The HTML report is one self-contained page: both documents, counts of \
        each kind of change, a side-by-side comparison table (修订前后对照表 for \
        Chinese) with deleted words struck through and inserted words \
        underlined, and the new text with its changes marked inline. \
        Markdown gives the same tables; JSON is the align.report/1 schema. \
        DOCX is a Word redline of the new text with tracked changes (insertions, \
        deletions, moves) dated --generated, SOURCE_DATE_EPOCH or the new \
        file's modification time. \
        The output is the same for the same input, except the generation \
        time: pin it with --generated or SOURCE_DATE_EPOCH.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case html, markdown, json, docx
    }

    @Argument(help: "The earlier revision.")
    var old: String

    @Argument(help: "The later revision.")
    var new: String

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Output format: html, markdown, json or docx.")
    var format: Format = .html

    @Option(
      help: "Headings of the old and new columns, e.g. \"Draft,Adopted\" (default 修订前,修订后 for Chinese, else Old,New).")
    var labels: String?

    @Flag(help: "Show only changed paragraphs, with --context paragraphs around each.")
    var changesOnly = false

    @Option(help: "Unchanged paragraphs to show around each change with --changes-only.")
    var context = 1

    @Option(help: "The generation time to print (default: SOURCE_DATE_EPOCH if set, else now).")
    var generated: String?

    @OptionGroup var comparison: ComparisonOptions

    @Option(help: "A translation of NEW to show beside each change, with a consistency check (three-way report).")
    var translation: String?

    @Option(
      name: .customLong("translation-old"),
      help: "The translation of OLD: flags paragraphs revised in one language but not the other.")
    var translationOld: String?

    @OptionGroup var language: LanguageOption

    @OptionGroup var revisions: ComparedRevisionsOption

    func validate() throws {
      if let labels, ReportOptions.ColumnLabels(parsing: labels) == nil {
        throw ValidationError("--labels needs two names separated by a comma, such as \"Draft,Adopted\"")
      }
      if context < 0 { throw ValidationError("--context must be 0 or more") }
      if translationOld != nil && translation == nil {
        throw ValidationError("--translation-old needs --translation")
      }
      _ = try language.language
    }

    /// The translation column of a three-way report, if asked for.
    func translationColumn(new: Document, diffOptions: DocumentDiff.Options) throws -> TranslationColumn? {
      guard let translation else { return nil }
      let translated = try readDocument(translation, language: nil, revisions: revisions.forNew)
      let translatedOld = try translationOld.map { try readDocument($0, language: nil, revisions: revisions.forOld) }
      // The translation is compared as the revisions are (--ignore-*, --chars),
      // with its own language's word breaks.
      var options = diffOptions
      options.words = comparison.options(for: translated.language).words
      return TranslationColumn(
        new: new, newName: self.new, translation: translated, translationName: translation,
        translationOld: translatedOld, lexicon: .cedict, diffOptions: options)
    }

    /// The size from which a block of memory gets pages of its own for the
    /// rest of the run (`Allocator.giveOwnPages`): the large short-lived
    /// buffers of reading and diffing (the other file's decoded text and
    /// line table, the diff's index) then go back to the system when freed,
    /// instead of staying in the heap. On the 10 MB report benchmark the
    /// peak RSS of HTML falls from 45.9 to 44.8 MB, of JSON from 46.1 to
    /// 42.9 MB (median of 5), at the same CPU time.
    static let ownPagesThreshold = 1 << 20

    func run() throws {
      Allocator.giveOwnPages(toBlocksOfAtLeast: Self.ownPagesThreshold)
      let output = try OutputFile(self.output, inputs: [old, new] + [translation, translationOld].compactMap { $0 })
      let (oldDocument, newDocument) = try RevisionsRequest(
        old: old, new: new, language: try language.language, forOld: revisions.forOld, forNew: revisions.forNew,
        preparingWords: !comparison.characters, readsAlikeOnce: false
      ).read()
      try checkTextServices(
        languages: [oldDocument.language, newDocument.language], foldsScript: comparison.foldScript,
        lexicon: translation != nil)
      let diffOptions = comparison.options(for: oldDocument.language)
      // Everything the report shows is computed here, before rendering.
      let report = ChangeReport(
        old: oldDocument, new: newDocument, options: diffOptions,
        translation: try translationColumn(new: newDocument, diffOptions: diffOptions))
      let options = ReportOptions(
        oldName: old, newName: new,
        columnLabels: labels.flatMap(ReportOptions.ColumnLabels.init(parsing:)),
        changesOnly: changesOnly, context: context,
        generated: try generationTime(generated))
      switch format {
      // The text formats go to the output in pieces as they are written
      // (an HTML report is about three times its input); a file is still
      // replaced whole or not at all.
      case .html:
        try output.write { sink in try HTMLReport.write(report, options: options, to: sink) }
      case .markdown:
        try output.write { sink in try MarkdownReport.write(report, options: options, to: sink) }
      case .json:
        try output.write { sink in try JSONReport.write(report, options: options, to: sink) }
      case .docx:
        let revision = WordRedline.Revision(date: try revisionDate())
        let data: Data
        do {
          data = try WordRedline.render(report, revision: revision)
        } catch {
          throw CommandFailure(description: "\(self.output ?? "-"): \(error.description)")
        }
        try output.write(data)
      }
    }

    /// The date of the Word redline's revisions: as `generationTime()` when
    /// `--generated` or `SOURCE_DATE_EPOCH` is given, else the new file's
    /// modification time, so the same files give the same bytes.
    func revisionDate() throws -> String {
      if generated != nil || ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] != nil {
        return try generationTime(generated)
      }
      let attributes = try? FileManager.default.attributesOfItem(atPath: new)
      let date = attributes?[.modificationDate] as? Date ?? Date(timeIntervalSince1970: 0)
      let time = ReportTime(secondsSince1970: date.timeIntervalSince1970)
      return (time ?? ReportTime(secondsSince1970: 0)).iso8601
    }
  }
}
