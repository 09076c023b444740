import Alignment
import Testing

/// The reader's thresholds are options (`DocumentReader.Options`): their
/// defaults read as before, and a changed one changes what is read.
@Suite("Reader options")
struct ReaderOptionsTests {
  /// Three pages, each under the same running header.
  static func pages(header: [String]) -> String {
    let body = [
      "The General Assembly,", "1. Decides to continue its work on the matter;",
      "2. Requests the Secretary-General to report on it;", "3. Decides to remain seized of the matter.",
    ]
    var text = ""
    for (page, line) in header.enumerated() {
      text += "\(line)\n\n\(body[page])\n\n"
    }
    return text + body[3] + "\n"
  }

  static func discardedTexts(_ text: String, options: DocumentReader.Options = .init()) throws -> [String] {
    try #require(DocumentReader.parse(text, options: options)).discarded.map(\.text)
  }

  @Test func aRunningHeaderIsDiscardedByDefault() throws {
    let text = Self.pages(header: Array(repeating: "Human rights council work", count: 3))
    #expect(try Self.discardedTexts(text) == Array(repeating: "Human rights council work", count: 3))
  }

  @Test func theRepeatThresholdIsAnOption() throws {
    var options = DocumentReader.Options()
    options.furniture.repeatedLineThreshold = 4
    let text = Self.pages(header: Array(repeating: "Human rights council work", count: 3))
    #expect(try Self.discardedTexts(text, options: options).isEmpty)
  }

  /// Lines are counted by canonical equivalence, as `String` compares: a
  /// header written once decomposed is the same header.
  @Test func aHeaderInTwoNormalisationFormsIsOneHeader() throws {
    let composed = "Caf\u{E9} council work"
    let decomposed = "Cafe\u{301} council work"
    let text = Self.pages(header: [composed, decomposed, composed])
    #expect(try Self.discardedTexts(text).count == 3)
  }

  @Test func chineseRunningHeadersAreCountedOnTheirBytes() throws {
    let header = "安全理事会决议草案（续）"
    let text = Self.pages(header: [header, header, header])
    #expect(try Self.discardedTexts(text) == [header, header, header])
  }

  static let flattened =
    "The Security Council, Recalling its resolution 1373 (2001) on the threat to peace and "
    + "security caused by terrorist acts, Reaffirming its commitment to the sovereignty of all States, "
    + "1. Decides that all States shall prevent and suppress the financing of terrorist acts in every form; "
    + "2. Requests the Secretary-General to report to the Council within twelve months on the matter; "
    + "3. Decides to remain actively seized of the matter."

  @Test func aFlattenedCopyIsSplitByDefault() throws {
    let document = try #require(DocumentReader.parse(Self.flattened))
    #expect(document.paragraphs.compactMap(\.label) == ["1.", "2.", "3."])
  }

  @Test func theFlattenedTextMinimumIsAnOption() throws {
    var options = DocumentReader.Options()
    options.flattenedText.minimumLength = 10_000
    let document = try #require(DocumentReader.parse(Self.flattened, options: options))
    #expect(document.paragraphs.count < 3)
  }

  @Test func defaultsAreTheDocumentedValues() {
    let options = DocumentReader.Options()
    #expect(options.layout.shortLine == Ratio(4, 5))
    #expect(options.layout.wrappedWidths == 30...200)
    #expect(options.furniture.repeatedLineThreshold == 3)
    #expect(options.body.frontMatterLimit == 15)
    #expect(options.flattenedText.minimumLength == 300)
    #expect(options.languageDetection.hanWeight == 3)
  }
}
