import Alignment
import Testing

/// Small cases of PDF layout, written to exercise one rule each.
@Suite("PDF layout")
struct LayoutTests {
  /// A three-page English PDF extraction with a running header, a job
  /// number and page numbers, and a paragraph broken by each page break.
  static let paged = """
    S/RES/9999 (2030)
    The Security Council,
    Recalling its previous resolutions on the matter, in particular those adopted
    in response to the threats to international peace and security caused by
    terrorist acts,
    1. Decides that all States shall prevent and suppress the financing of
    30-12345 (E)
    2/3
    S/RES/9999 (2030)
    terrorist acts and refrain from providing any form of support to entities
    involved in terrorist acts;
    2. Requests the Secretary-General to report on the implementation of this
    resolution within ninety days and to keep the Council informed of counter-
    terrorism cooperation, in particular the strengthening of border manage-
    30-12345 (E)
    3/3
    S/RES/9999 (2030)
    ment at the national level;
    3. Decides to remain seized of the matter.
    30-12345 (E)
    """

  @Test func pageFurnitureIsDiscardedAndParagraphsJoin() throws {
    let document = try #require(DocumentReader.parse(Self.paged))
    #expect(document.frontMatter.symbol == "S/RES/9999 (2030)")
    #expect(document.paragraphs.map(\.path) == [[], ["1"], ["2"], ["3"]])
    #expect(
      document.paragraphs[1].text.hasSuffix(
        "financing of terrorist acts and refrain from providing any form of support to entities involved in terrorist acts;"
      ))
    let discarded = document.discarded.map(\.text)
    #expect(discarded.filter { $0 == "30-12345 (E)" }.count == 3)
    #expect(discarded.contains("2/3") && discarded.contains("3/3"))
    #expect(!document.paragraphs.contains { $0.text.contains("S/RES/9999") })
  }

  @Test func hyphensAtLineEnds() throws {
    let document = try #require(DocumentReader.parse(Self.paged))
    let two = document.paragraphs[2].text
    // A compound stays hyphenated; a word split by the margin is rejoined.
    #expect(two.contains("counter-terrorism cooperation"))
    #expect(two.contains("border management at the national level;"))
  }

  @Test func doubleSpacedLinesAreNotParagraphBreaks() throws {
    let lines = [
      " 安全理事会，", " 回顾其以往各项决议，强调指出必须充分执行这些决议，并请各国继续",
      "努力， ", " 重申其对所有国家的主权、领土完整和政治独立的承诺，强调指出各国",
      "必须确保任何措施都符合国际法， ", " 1. 决定请秘书长在十二个月内向安全理事会提交一份报告，说明执行",
      "情况； ", " 2. 决定继续处理此案。",
    ]
    let document = try #require(DocumentReader.parse(lines.joined(separator: "\n\n") + "\n\n"))
    #expect(document.frontMatter.author == "安全理事会，")
    #expect(
      document.paragraphs.map(\.text) == [
        "回顾其以往各项决议，强调指出必须充分执行这些决议，并请各国继续努力，",
        "重申其对所有国家的主权、领土完整和政治独立的承诺，强调指出各国必须确保任何措施都符合国际法，",
        "决定请秘书长在十二个月内向安全理事会提交一份报告，说明执行情况；", "决定继续处理此案。",
      ])
  }

  @Test(arguments: [
    ("安全理事会，回顾其以往各项决议。", Language.chineseSimplified),
    ("安全理事會，回顧其以往各項決議，國際和平與安全。這個問題", Language.chineseTraditional),
    ("The Security Council, recalling its resolutions and the statements of its President,", Language.english),
    (
      "Le Conseil de sécurité, rappelant ses résolutions et les déclarations de son président sur la question,",
      Language.french
    ),
    ("El Consejo de Seguridad, recordando sus resoluciones y las declaraciones de la Presidencia,", Language.spanish),
    ("Совет Безопасности, ссылаясь на свои предыдущие резолюции,", Language.russian),
    ("إن مجلس الأمن، إذ يشير إلى قراراته السابقة،", Language.arabic),
  ])
  func languageDetection(_ text: String, _ language: Language) throws {
    #expect(DocumentReader.parse(text)?.language == language)
  }
}
