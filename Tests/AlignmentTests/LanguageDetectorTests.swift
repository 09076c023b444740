import TestSupport
import Testing

@testable import Alignment

/// `LanguageDetector.detect(paragraphs:)` tallies the blocks one by one;
/// it must say what detecting the blocks joined by newlines says.
@Suite struct LanguageDetectorTests {
  /// The blocks joined by newlines, as far as the sample reaches, then
  /// detected as one text.
  static func joined(_ blocks: [String], options: LanguageDetector.Options) -> Language? {
    var body = ""
    var bodyScalars = 0
    var letterCount = 0
    var first = true
    for text in blocks
    where text.unicodeScalars.hasAtLeast(options.proseLength)
      || NumberingLabel.recognize(in: Substring(text)) != nil
    {
      if bodyScalars < options.sample {
        if !first {
          body += "\n"
          bodyScalars += 1
        }
        first = false
        body += text
        bodyScalars += LanguageDetector.scalarCount(of: text)
      }
      if letterCount < options.minimumLetters {
        letterCount += LanguageDetector.letters(in: text).values.reduce(0, +)
      }
      if bodyScalars >= options.sample, letterCount >= options.minimumLetters { break }
    }
    guard letterCount >= options.minimumLetters else { return nil }
    return LanguageDetector.detect(body, options: options)
  }

  static let files = [
    "udhr_6lang/udhr_ar.txt", "udhr_6lang/udhr_en.txt", "udhr_6lang/udhr_es.txt", "udhr_6lang/udhr_fr.txt",
    "udhr_6lang/udhr_ru.txt", "udhr_6lang/udhr_zh.txt", "hk_lawcorpus3_aligned_zh-Hant_en/HK0510_partial.txt",
    "web_copy_frames/udhr_en_licence_footer.txt", "web_copy_frames/sres2446_zh_press_release_quoted.txt",
    "cn_law_versions/中华人民共和国宪法_2018-03-11_现行有效.txt",
  ]

  /// Real documents' blocks, with samples that end inside a block, on a
  /// newline between blocks, and past the whole text.
  @Test(arguments: files, [7, 80, 81, 1000, 5000, 200_000])
  func sameAsDetectingTheJoinedBlocks(file: String, sample: Int) throws {
    let blocks = try FixtureFiles.text(file).split(separator: "\n\n").map(String.init)
    var options = LanguageDetector.Options()
    options.sample = sample
    let expected = Self.joined(blocks, options: options)
    #expect(LanguageDetector.detect(paragraphs: blocks, options: options) == expected)
    // The labels the reader read already stand for the detector's own look.
    let labelled = blocks.map { NumberingLabel.recognize(in: Substring($0)) != nil }
    #expect(LanguageDetector.detect(paragraphs: blocks, labelled: labelled, options: options) == expected)
    if sample == 200_000 { #expect(expected != nil) }
  }

  /// The sample ends inside the second block: the letters past it do not
  /// count, though they would outvote the first block's.
  @Test(arguments: [90, 91, 95, 200, 200_000])
  func sampleEndingInsideABlock(sample: Int) {
    let blocks = [String(repeating: "中", count: 90), String(repeating: "the words of the text ", count: 60)]
    var options = LanguageDetector.Options()
    options.sample = sample
    let expected = Self.joined(blocks, options: options)
    #expect(LanguageDetector.detect(paragraphs: blocks, options: options) == expected)
    #expect(expected == (sample <= 200 ? .chineseSimplified : .english))
  }

  /// Labels read beforehand decide which short blocks count: two short
  /// blocks of Han, too short for prose, count once said to be labelled.
  @Test func labelsGivenDecideWhichShortBlocksCount() {
    let blocks = [String(repeating: "中", count: 60), String(repeating: "文", count: 60)]
    #expect(LanguageDetector.detect(paragraphs: blocks) == nil)
    #expect(LanguageDetector.detect(paragraphs: blocks, labelled: [false, false]) == nil)
    #expect(LanguageDetector.detect(paragraphs: blocks, labelled: [true, true]) == .chineseSimplified)
  }

  /// `detectsCJK` stops counting once the counts settle the answer; it
  /// must give what counting the whole sample gives.
  static func countedWhole(_ text: String, options: LanguageDetector.Options) -> Bool {
    (LanguageDetector.detect(text, options: options) ?? .english).isCJK
  }

  @Test(arguments: files, [7, 5000, 200_000])
  func detectsCJKAsTheWholeSampleDoes(file: String, sample: Int) throws {
    let text = try FixtureFiles.text(file)
    var options = LanguageDetector.Options()
    options.sample = sample
    #expect(LanguageDetector.detectsCJK(text, options: options) == Self.countedWhole(text, options: options))
  }

  /// Texts whose answer turns after the first chunk: a chunk or more of
  /// one script, then more of another than could be outvoted, at Han
  /// weights on both sides of the turn; and texts with no letters.
  @Test(arguments: [0.5, 1, 1.5, 2.9, 3.1, 4, 10])
  func detectsCJKWhereTheAnswerTurnsLate(ratio: Double) {
    let han = String(repeating: "中", count: LanguageDetector.settlingChunk / 3 + 100)
    let latinLetters = Int(Double(han.unicodeScalars.count) * ratio)
    let latin = String(repeating: "a", count: latinLetters)
    let options = LanguageDetector.Options()
    for text in [han + latin, latin + han, han + " " + latin + han, latin + "。" + han + latin] {
      #expect(
        LanguageDetector.detectsCJK(text, options: options) == Self.countedWhole(text, options: options),
        "\(text.utf8.count) bytes, Latin \(ratio)× the Han")
    }
    #expect(!LanguageDetector.detectsCJK(String(repeating: "。 1", count: 20_000), options: options))
    #expect(!LanguageDetector.detectsCJK("", options: options))
  }

  @Test func tooFewLettersIsNil() {
    #expect(LanguageDetector.detect(paragraphs: ["第一条 本法。"]) == nil)
    #expect(LanguageDetector.detect(paragraphs: []) == nil)
  }
}
