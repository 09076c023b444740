import Foundation
import TestSupport
import Testing

@testable import Alignment

@Suite("Markdown")
struct MarkdownFrontEndTests {
  static let law2007 = "prc_law_revisions_md_antimonopoly/反垄断法(2007-08-30).md"
  static let law2022 = "prc_law_revisions_md_antimonopoly/反垄断法(2022-06-24).md"

  @Test(arguments: [(law2007, 57), (law2022, 70)])
  func antiMonopolyLawArticlesInOrder(_ file: String, _ count: Int) throws {
    let document = try Fixtures.document(file)
    #expect(document.format == .markdown)
    let articles = document.paragraphs.filter { $0.kind == .numbered }
    #expect(articles.map(\.path) == (1...count).map { ["\($0)"] })
    #expect(articles.first?.text.hasPrefix("为了预防和制止垄断行为，保护市场公平竞争，") == true)
    #expect(articles.last?.text == "本法自2008年8月1日起施行。")
    let chapters = document.paragraphs.filter { $0.kind == .heading }
    #expect(chapters.map(\.path) == (1...8).map { ["chapter", "\($0)"] })
    #expect(chapters.last?.text.filter { $0 != " " } == "附则")
    #expect(document.frontMatter.title == "中华人民共和国反垄断法")
    #expect(document.frontMatter.lines.contains { $0.text == "2007年8月30日 第十届全国人民代表大会常务委员会第二十九次会议通过" })
    for paragraph in document.paragraphs {
      #expect(!paragraph.text.contains("会议通过"))
      #expect(!paragraph.text.contains("#") && !paragraph.text.contains("INFO END") && !paragraph.text.contains("<!--"))
    }
    // Items and 款 stay with their article: 第三条 lists three items.
    let third = try #require(document.paragraphs.firstIndex { $0.path == ["3"] })
    #expect(document.paragraphs[third + 1].label == "（一）")
    #expect(document.paragraphs[third + 3].text == "具有或者可能具有排除、限制竞争效果的经营者集中。")
  }

  @Test func amendmentHistoryOf2022IsFrontMatter() throws {
    let document = try Fixtures.document(Self.law2022)
    let front = document.frontMatter.lines.map(\.text)
    #expect(front.count == 3)
    #expect(front.last?.hasPrefix("2022年6月24日 第十三届全国人民代表大会常务委员会第三十五次会议") == true)
  }

  @Test func inlineMarkupIsStrippedToText() {
    #expect(MarkdownInline.strip("**Decides** to _extend_ the ~~old~~ mandate") == "Decides to extend the old mandate")
    #expect(
      MarkdownInline.strip("see [resolution 2482](https://undocs.org/S/RES/2482) and ![seal](seal.png)")
        == "see resolution 2482 and seal")
    #expect(
      MarkdownInline.strip("code `a*b*c` and \\*literal\\* and snake_case_name")
        == "code a*b*c and *literal* and snake_case_name")
    #expect(MarkdownInline.strip("2 * 3 = 6") == "2 * 3 = 6")
    #expect(MarkdownInline.strip("第一条 <span class=\"x\">为了</span>规范<br/>活动 <!-- note -->") == "第一条 为了规范活动 ")
    #expect(MarkdownInline.strip("<https://www.un.org> [ref][1]") == "https://www.un.org ref")
  }

  @Test func blocksOfAResolutionInMarkdown() {
    let markdown = """
      ---
      layout: resolution
      ---
      Resolution 2482 (2019)
      ======================

      > *The Security Council*,

      - Recalling its resolutions on terrorism
        and on organized crime,

      1. Decides to remain seized
      of the matter;
      2) Requests the Secretary-General;

      | Symbol | Date |
      |---|:--:|
      | S/RES/2482 | 19 July 2019 |

      ```
      raw  text
      ```
      [1]: https://undocs.org

      ## Annex ##
      Setext below
      ---
      """
    let extracted = MarkdownFrontEnd.extract(markdown)
    #expect(extracted.layout == .blankLineSeparated)
    #expect(
      extracted.text.components(separatedBy: "\n\n") == [
        "Resolution 2482 (2019)",
        "The Security Council,",
        "Recalling its resolutions on terrorism\nand on organized crime,",
        "1. Decides to remain seized\nof the matter;",
        "2) Requests the Secretary-General;",
        "Symbol Date",
        "S/RES/2482 19 July 2019",
        "raw  text",
        "Annex",
        "Setext below",
      ])
    #expect(extracted.discarded == ["layout: resolution", "[1]: https://undocs.org"])
  }

  @Test func charterChapterInJekyllMarkdownReadsAsItsText() throws {
    // chapter1.md: YAML front matter holding the zh and es versions, then
    // the English body with setext "Article 1" headings and "1." lists.
    let markdown = try Fixtures.document("un_charter_ch1-3_zh_es_en/chapter1.md")
    let text = try Fixtures.document("un_charter_ch1-3_zh_es_en/chapter1_en.txt")
    #expect(markdown.structureDump == text.structureDump)
    #expect(markdown.paragraphs.map(\.label) == text.paragraphs.map(\.label))
    #expect(markdown.paragraphs.map(\.text) == text.paragraphs.map(\.text))
    #expect(markdown.discarded.contains { $0.text.contains("第一章：宗旨及原则") })
  }

  @Test func onlyAnItemNumberedOneInterruptsAParagraph() {
    let extracted = MarkdownFrontEnd.extract(
      "Adopted on 19 July\n2019. The Council met.\n\nText\n1. Decides\n2. Requests\n")
    #expect(
      extracted.text.components(separatedBy: "\n\n") == [
        "Adopted on 19 July\n2019. The Council met.", "Text", "1. Decides", "2. Requests",
      ])
  }

  @Test func characterReferencesGiveTheirCharacters() {
    #expect(
      MarkdownInline.strip("A&amp;B &lt;i&gt; 第一条&#x3000;为了 &#39;x&#39; &unknown; AT&T")
        == "A&B <i> 第一条\u{3000}为了 'x' &unknown; AT&T")
  }

  @Test func hardWrappedChineseParagraphJoinsWithoutSpaces() throws {
    let markdown = "# 条例\n\n## 第一章 总则\n\n第一条 为了规范\n电子招标投标活动，制定本条例。\n"
    let document = try #require(DocumentReader.parse(MarkdownFrontEnd.extract(markdown), options: .init()))
    let article = try #require(document.paragraphs.first { $0.kind == .numbered })
    #expect(article.text == "为了规范电子招标投标活动，制定本条例。")
  }

  @Test func markdownIsToldFromItsOpeningHeadingsWhenTheNameCannotTell() throws {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: FixtureFiles.path(Self.law2007)))
    #expect(FormatSniffer.guess(bytes, name: "-") == .format(.markdown))
    #expect(FormatSniffer.guess(bytes, name: "law.txt") == .format(.text))
    let plain = Data("第一条 为了规范\n\n# 不是标题\n".utf8)
    #expect(FormatSniffer.guess(plain, name: "-") == .format(.text))
  }
}
