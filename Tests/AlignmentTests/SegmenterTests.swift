import Alignment
import TestSupport
import Testing

@Suite("Segmenter")
struct SegmenterTests {
  /// The text of each segment.
  private func words(_ text: String, _ language: Language) -> [String] {
    Segmenter.words(in: text, language: language).map { String(text[$0.range]) }
  }

  /// The text of each non-`.other` segment, with its kind.
  private func tokens(
    _ text: String, _ language: Language
  ) -> [(String, TextSegment.Kind)] {
    Segmenter.words(in: text, language: language)
      .filter { $0.kind != .other }
      .map { (String(text[$0.range]), $0.kind) }
  }

  /// Checks that `ranges` cover `text` from start to end without gaps.
  private func expectContiguousCover(
    _ ranges: [Range<String.Index>], of text: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var expected = text.startIndex
    for range in ranges {
      #expect(range.lowerBound == expected, sourceLocation: sourceLocation)
      #expect(!range.isEmpty, sourceLocation: sourceLocation)
      expected = range.upperBound
    }
    #expect(expected == text.endIndex, sourceLocation: sourceLocation)
    #expect(
      ranges.map { text[$0] }.joined() == text, sourceLocation: sourceLocation)
  }

  @Test("Chinese words come from the dictionary, not one per character")
  func chineseWords() {
    let segments = words("中华人民共和国宪法", .chineseSimplified)
    // ICU's dictionary (cjdict) knows the parts of the country's name.
    #expect(segments == ["中华", "人民", "共和国", "宪法"])
    #expect(
      Segmenter.words(in: "中华人民共和国宪法", language: .chineseSimplified)
        .allSatisfy { $0.kind == .ideographic })
  }

  @Test("a Chinese sentence splits into words, numbers and punctuation")
  func chineseSentence() {
    let text = "安全理事会第 8582 次会议通过，重申其决议。"
    let found = tokens(text, .chineseSimplified)
    #expect(
      found.map(\.0) == [
        "安全", "理事", "会", "第", "8582", "次", "会议", "通过", "重申", "其", "决议",
      ])
    #expect(found.filter { $0.1 == .number }.map(\.0) == ["8582"])
    let all = Segmenter.words(in: text, language: .chineseSimplified)
    expectContiguousCover(all.map(\.range), of: text)
    #expect(all.contains { text[$0.range] == "，" && $0.kind == .other })
  }

  @Test("Traditional Chinese uses the same dictionary")
  func traditionalWords() {
    #expect(words("聯合國安全理事會決議", .chineseTraditional) == ["聯合國", "安全", "理事會", "決議"])
  }

  @Test("English words, numbers kept whole, and the spaces between")
  func englishWords() {
    let text = "Adopted on 19 July 2019, resolution 2482."
    #expect(
      words(text, .english) == [
        "Adopted", " ", "on", " ", "19", " ", "July", " ", "2019", ",", " ",
        "resolution", " ", "2482", ".",
      ])
    let kinds = Segmenter.words(in: text, language: .english).map(\.kind)
    #expect(kinds.prefix(5) == [.word, .other, .word, .other, .number])
  }

  @Test(
    "segments cover the text, whatever it holds",
    arguments: [
      "", " ", "a", "😀 😀", "e\u{301}té", "１２３ＡＢＣ（ａ）", "  2019 年 7 月 19 日\n\n 安全理事会， ",
      "Le Conseil de sécurité,", "Совет Безопасности", "إن مجلس الأمن",
    ])
  func contiguousWords(text: String) {
    for language in Language.allCases {
      expectContiguousCover(
        Segmenter.words(in: text, language: language).map(\.range), of: text)
      expectContiguousCover(Segmenter.sentences(in: text, language: language), of: text)
    }
  }

  @Test("English sentences")
  func englishSentences() {
    let text =
      "The Security Council recalls its resolutions. It condemns terrorism! "
      + "Does it decide? It does."
    let sentences = Segmenter.sentences(in: text, language: .english).map { String(text[$0]) }
    #expect(
      sentences == [
        "The Security Council recalls its resolutions. ", "It condemns terrorism! ",
        "Does it decide? ", "It does.",
      ])
  }

  @Test("Chinese sentences end at 。")
  func chineseSentences() {
    let text = "安全理事会回顾其决议。重申其承诺。决定继续积极处理此案"
    let sentences = Segmenter.sentences(in: text, language: .chineseSimplified)
      .map { String(text[$0]) }
    #expect(sentences == ["安全理事会回顾其决议。", "重申其承诺。", "决定继续积极处理此案"])
  }

  @Test("the seed resolution segments contiguously")
  func seed() throws {
    let text = try TextDecoder.decode(try FixtureFiles.bytes(Fixtures.seed)).text
    let segments = Segmenter.words(in: text, language: .chineseSimplified)
    expectContiguousCover(segments.map(\.range), of: text)
    #expect(segments.contains { text[$0.range] == "决议" && $0.kind == .ideographic })
    #expect(segments.contains { text[$0.range] == "8582" && $0.kind == .number })
    expectContiguousCover(Segmenter.sentences(in: text, language: .chineseSimplified), of: text)
  }

  /// ICU's boundaries are UTF-16 offsets; they are turned into indices on
  /// the text's UTF-8, where a scalar of four bytes is two UTF-16 units:
  /// the segments after one stay on their words.
  @Test("segments after scalars of every UTF-8 length keep their words")
  func everyScalarLength() {
    let text = "Café 😀 naïve 𠀀 Zoë, ok. Then 👍🏽 more."
    let segments = words(text, .english)
    expectContiguousCover(Segmenter.words(in: text, language: .english).map(\.range), of: text)
    for word in ["Café", "😀", "naïve", "Zoë", "ok", "Then", "more"] { #expect(segments.contains(word)) }
    let sentences = Segmenter.sentences(in: text, language: .english).map { String(text[$0]) }
    #expect(sentences == ["Café 😀 naïve 𠀀 Zoë, ok. ", "Then 👍🏽 more."])
    let chinese = "甲𠀀乙😀丙。丁"
    expectContiguousCover(Segmenter.words(in: chinese, language: .chineseSimplified).map(\.range), of: chinese)
    let chineseSentences = Segmenter.sentences(in: chinese, language: .chineseSimplified)
    #expect(chineseSentences.map { String(chinese[$0]) } == ["甲𠀀乙😀丙。", "丁"])
  }
}
