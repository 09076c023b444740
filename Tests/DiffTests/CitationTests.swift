import Alignment
import Testing

@testable import Report

/// Paragraphs named as the law cites them.
@Suite("Citations")
struct CitationTests {
  /// 商标法 2019 第十条: a lead-in, eight items, and a second 款.
  @Test func chineseArticleItemsAndKuan() throws {
    let law = try Fixtures.lawText("中华人民共和国商标法_2019-04-23_历史版本.txt")
    let citations = Citations(law)
    let names = law.paragraphs.indices.compactMap { citations[$0] }
    #expect(names.contains("第十条"))
    #expect(names.contains("第十条第一款第（一）项"))
    #expect(names.contains("第十条第一款第（八）项"))
    #expect(names.contains("第十条第二款"))
    // 第十四条 has one 款 before its items and one after.
    #expect(names.contains("第十四条第一款第（五）项"))
  }

  @Test func englishArticlesAndResolutionParagraphs() {
    func p(_ label: String?, _ path: [String], _ kind: Paragraph.Kind) -> Paragraph {
      Paragraph(label: label, path: path, kind: kind, text: "Text.", lines: 1...1)
    }
    let law = Document(
      language: .english,
      paragraphs: [p("Article 3", ["3"], .numbered), p("(1)", ["3", "1"], .subparagraph)])
    #expect(Citations(law)[1] == "Article 3 (1)")
    let resolution = Document(
      language: .english,
      paragraphs: [p(nil, [], .unnumbered), p("4.", ["4"], .numbered), p("(a)", ["4", "a"], .subparagraph)])
    let names = Citations(resolution)
    #expect(names[0] == "preambular paragraph 1")
    #expect(names[1] == "paragraph 4")
    #expect(names[2] == "paragraph 4 (a)")
  }
}
