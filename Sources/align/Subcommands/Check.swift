import Alignment
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Align {
  /// `align check SOURCE TARGET`: do two language versions still agree?
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Check that two language versions agree on numbers, dates, symbols and references.",
      discussion: """
        Aligns the versions paragraph by paragraph, then reports, one per line, \
        the numbers, years, dates, paragraph references, resolution numbers and \
        document symbols found on one side of a pair only; paragraphs left \
        unaligned; and numbering that disagrees. Exit status: 0 when nothing is \
        found, 1 when problems are found, 2 on trouble.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The source language version.")
    var source: String

    @Argument(help: "The target language version.")
    var target: String

    @OptionGroup var revisions: RevisionsOption

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
      let output = try OutputFile(self.output, inputs: [source, target])
      let sourceDocument = try readDocument(source, language: nil, revisions: revisions.revisions)
      let targetDocument = try readDocument(target, language: nil, revisions: revisions.revisions)
      try checkTextServices(languages: [sourceDocument.language, targetDocument.language], lexicon: true)
      let check = TranslationCheck(
        ParallelText.aligning((source, sourceDocument), (target, targetDocument), level: .paragraph, lexicon: .cedict))
      let data: Data
      switch format {
      case .text: data = Data(check.findings.map { $0.message + "\n" }.joined().utf8)
      case .json: data = try check.jsonData() + Data("\n".utf8)
      }
      try output.write(data)
      if !check.findings.isEmpty { throw ExitCode(1) }
    }
  }
}
