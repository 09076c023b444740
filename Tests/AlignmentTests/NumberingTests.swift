import Alignment
import Testing

/// Numbering of the six UN languages, on small documents written for the
/// purpose (one paragraph per line).
@Suite("Numbering labels")
struct NumberingTests {
  private func dump(_ text: String, _ language: Language? = nil) throws -> [String] {
    let document = try #require(DocumentReader.parse(text, options: .init(language: language)))
    return document.paragraphs.map { "\($0.label ?? "-") \($0.path.joined(separator: "."))" }
  }

  @Test func englishOperativeAndSubparagraphs() throws {
    let text = """
      The Security Council,
      Recalling its resolutions,
      1. Decides that:
      (a) States shall report;
      (b) The Committee shall review;
      (i) first point;
      (ii) second point;
      2. Requests the Secretary-General to report.
      """
    #expect(try dump(text) == ["- ", "1. 1", "(a) 1.a", "(b) 1.b", "(i) 1.b.i", "(ii) 1.b.ii", "2. 2"])
  }

  /// ASCII labels are read off their bytes: letters, doubled letters,
  /// Roman numerals in either case, and the upper-case forms that are not
  /// enumerators. (The expected paths are those `align` gave before.)
  @Test func asciiLettersAndRomanNumerals() throws {
    let text = """
      The Security Council,
      1. Decides:
      (a) first;
      (I) upper roman in parentheses;
      (II) second upper;
      A. Section heading with period
      (aa) double letter;
      (AB) mixed;
      iv. roman with period;
      b) letter with parenthesis;
      B) upper letter with parenthesis;
      (xiv) fourteen;
      (Iv) mixed case roman;
      xl) forty;
      (ab) two letters;
      z. last letter;
      2. Second;
      1234. too long;
      (c) third;
      """
    #expect(
      try dump(text) == [
        "1. 1", "(a) 1.a", "(I) 1.a.i", "(II) 1.a.ii", "- 1", "(aa) 1.aa", "- 1", "b) 1.aa.b", "- 1",
        "(xiv) 1.aa.b.xiv", "(Iv) 1.aa.b.iv", "- 1", "z. 1.aa.b.iv.z", "2. 2", "- ", "(c) 2.c",
      ])
  }

  @Test func letterIAfterH() throws {
    let lines = ["1. Lists:"] + "abcdefghi".map { "(\($0)) item \($0);" }
    let paths = try dump(lines.joined(separator: "\n")).map { $0.split(separator: " ").last.map(String.init) ?? "" }
    #expect(paths.last == "1.i")
  }

  @Test func chineseLawNumbering() throws {
    let text = """
      第一章　总则
      第一条　为了规范管理，制定本法。
      第十五条　有下列情形之一的：
      （一）第一项；
      （二）第二项。
      第二百零一条　本法自公布之日起施行。
      """
    #expect(try dump(text) == ["第一章 chapter.1", "第一条 1", "第十五条 15", "（一） 15.1", "（二） 15.2", "第二百零一条 201"])
  }

  @Test func amendmentArticles() throws {
    let text = "第一百二十条　甲。\n\n第一百二十条之一　乙。\n\n第一百二十一条　丙。"
    #expect(try dump(text) == ["第一百二十条 120", "第一百二十条之一 120-1", "第一百二十一条 121"])
  }

  @Test func referenceIsNotALabel() throws {
    let text = """
      第一条　总则。
      第十五条规定的情形，依照本法处理。
      """
    let document = try #require(DocumentReader.parse(text))
    #expect(document.paragraphs.count == 1)
    #expect(document.paragraphs[0].text == "总则。\n第十五条规定的情形，依照本法处理。")
  }

  @Test func chineseEnumerations() throws {
    #expect(try dump("一、总体要求。\n二、主要任务。\n（一）加强领导。") == ["一、 1", "二、 2", "（一） 2.1"])
  }

  @Test func frenchAndSpanishArticles() throws {
    #expect(
      try dump("Article premier\nLes buts des Nations Unies sont les suivants :\nArticle 2\nL'Organisation agit.")
        == ["Article premier 1", "Article 2 2"])
    #expect(
      try dump("Artículo 1\nLos propósitos de las Naciones Unidas son:\nArtículo 2\nLa Organización actuará.")
        == ["Artículo 1 1", "Artículo 2 2"])
  }

  @Test func russianCyrillicLetters() throws {
    let text = "1. Постановляет:\nа) первое;\nб) второе;\nв) третье."
    #expect(try dump(text, .russian) == ["1. 1", "а) 1.a", "б) 1.b", "в) 1.c"])
  }

  @Test func arabicLettersAndDigits() throws {
    let text = "١. يقرر ما يلي:\n(أ) أولا؛\n(ب) ثانيا؛\n٢. يطلب إلى الأمين العام."
    #expect(try dump(text, .arabic) == ["١. 1", "(أ) 1.a", "(ب) 1.b", "٢. 2"])
  }

  @Test func fullWidthDigitsAndBrackets() throws {
    #expect(
      try dump("１．决定如下：\n（ａ）第一项；\n（ｂ）第二项；\n２．决定继续处理此案。") == [
        "１． 1", "（ａ） 1.a", "（ｂ） 1.b", "２． 2",
      ])
  }

  @Test func dashAndParenthesisStyles() throws {
    #expect(
      try dump("1 - Décide :\na) premier point ;\nb) second point ;\n2 - Prie le Secrétaire général.")
        == ["1 - 1", "a) 1.a", "b) 1.b", "2 - 2"])
  }

  @Test func bulletedWebCopy() throws {
    let text = "- 1. 决定将任务期限延长；\n- 2. 决定继续积极处理此案。"
    #expect(try dump(text) == ["1. 1", "2. 2"])
  }

  @Test func chapterHeadings() throws {
    #expect(
      try dump("CHAPTER I\nPURPOSES AND PRINCIPLES\nArticle 1\nThe Purposes of the United Nations are:")
        .first == "CHAPTER I chapter.1")
  }
}
