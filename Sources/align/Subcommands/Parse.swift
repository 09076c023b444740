import Alignment
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Align {
  /// `align parse FILE`: read a document into numbered paragraphs.
  struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "parse",
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
      // Both forms go to the output as they are made: the outline from its
      // own bytes, the JSON in pieces, never as a second copy in memory.
      switch format {
      case .text:
        var outline = document.outline()
        try output.write { sink in try outline.withUTF8 { try sink(UnsafeRawBufferPointer($0)) } }
      case .json:
        try output.write { sink in
          try document.writeJSON(source: file, to: sink)
          try withUnsafeBytes(of: UInt8(0x0A)) { try sink($0) }
        }
      }
    }
  }
}
