import Alignment
import ArgumentParser
import Foundation

extension Align {
  /// `align parse FILE`: read a document into numbered paragraphs.
  struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Read a legal text into its numbered paragraphs.",
      discussion: """
        Prints an outline (one line per paragraph: path, kind, source line, \
        first characters) or the align.document/1 JSON.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, json
    }

    @Argument(help: "The text file to read (UTF-8, UTF-16 with BOM, or GB18030).")
    var file: String

    @OptionGroup var language: LanguageOption

    @OptionGroup var revisions: RevisionsOption

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
      let document = try readDocument(file, language: language.language, revisions: revisions.revisions)
      switch format {
      case .text:
        try writeOutput(Data(document.outline().utf8))
      case .json:
        var data = try document.jsonData(source: file)
        data.append(0x0A)
        try writeOutput(data)
      }
    }
  }
}
