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

    @Argument(help: "The file to read (text in UTF-8, UTF-16, UTF-32 or GB18030; Markdown, HTML, Word or PDF).")
    var file: String

    @OptionGroup var language: LanguageOption

    @OptionGroup var revisions: RevisionsOption

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
      let output = try OutputFile(nil, inputs: [file])
      let document = try readDocument(file, language: language.language, revisions: revisions.revisions)
      switch format {
      case .text:
        try output.write(Data(document.outline().utf8))
      case .json:
        var data = try document.jsonData(source: file)
        data.append(0x0A)
        try output.write(data)
      }
    }
  }
}
