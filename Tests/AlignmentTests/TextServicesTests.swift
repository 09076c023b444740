import Alignment
import Testing

/// Missing ICU data or resources are reported, not swallowed.
@Suite("Text services")
struct TextServicesTests {
  /// The bundled lexicon loads (a missing bundle would turn the zh–en
  /// aligner into a length-only one): the result is a success with every
  /// headword of the file.
  @Test func bundledLexiconLoads() throws {
    let lexicon = try Lexicon.loadedCEDICT.get()
    #expect(lexicon.count > 150_000)
    #expect(Lexicon.cedict?.count == lexicon.count)
  }

  /// Everything `align` uses is installed here, for every language.
  @Test func everyServiceIsAvailable() throws {
    try TextServices.check(.init(languages: Set(Language.allCases), foldsScript: true, lexicon: true))
  }

  @Test func problemsAreOneLine() {
    let problems: [TextServiceProblem] = [
      .normalizer(form: "NFKC", icuError: "U_MISSING_RESOURCE_ERROR"),
      .breakIterator(kind: "word", locale: "zh_Hans", icuError: "U_MISSING_RESOURCE_ERROR"),
      .transliterator(id: "Traditional-Simplified", icuError: "U_INVALID_ID"),
      .resource(name: "cedict-lexicon.bin", reason: "no align_LexiconData.resources beside the executable"),
    ]
    #expect(problems.allSatisfy { !$0.description.contains("\n") })
    #expect(
      problems[2].description
        == "ICU's Traditional-Simplified transliterator is not available (U_INVALID_ID); is the ICU data installed?")
  }
}

@Suite("ParallelText.aligning input checks")
struct AligningInputTests {
  @Test func oneDocumentIsAnError() throws {
    let document = Document(language: .english, paragraphs: [])
    #expect(throws: ParallelText.AligningError.tooFewTexts(1)) {
      try ParallelText.aligning([("a", document)], level: .paragraph, lexicon: nil)
    }
    #expect(throws: ParallelText.AligningError.tooFewTexts(0)) {
      try ParallelText.aligningSegments([], lexicon: nil)
    }
    #expect(ParallelText.AligningError.tooFewTexts(1).description == "aligning needs two texts or more, not 1")
  }
}
