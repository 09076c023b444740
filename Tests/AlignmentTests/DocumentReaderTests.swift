import Alignment
import Foundation
import TestSupport
import Testing

@Suite("Reading real documents")
struct DocumentReaderTests {
  @Test func seedResolutionStructure() throws {
    let document = try Fixtures.document(Fixtures.seed)
    #expect(document.language == .chineseSimplified)
    #expect(document.frontMatter.adoption == "2019 年 7 月 19 日安全理事会第 8582 次会议通过")
    #expect(document.frontMatter.author == "安全理事会，")
    var expected = Array(repeating: "- unnumbered", count: 19)
    for n in 1...26 {
      expected.append("\(n) numbered")
      if n == 10 { expected += ["10.a subparagraph", "10.b subparagraph"] }
      if n == 15 { expected += ["a", "b", "c", "d", "e", "f"].map { "15.\($0) subparagraph" } }
    }
    #expect(document.structureDump == expected)
    #expect(document.paragraphs.count == 53)
    #expect(document.paragraphs[19].label == "1.")
    #expect(document.paragraphs[29].label == "(a)")
  }

  @Test func seedKeepsEveryCJKCharacterOnce() throws {
    let source = try FixtureFiles.text(Fixtures.seed)
    let document = try Fixtures.document(Fixtures.seed)
    var read = document.frontMatter.lines.map(\.text) + document.discarded.map(\.text)
    read += document.paragraphs.map { ($0.label ?? "") + $0.text }
    func hanCounts(_ text: String) -> [Unicode.Scalar: Int] {
      var counts: [Unicode.Scalar: Int] = [:]
      for scalar in text.unicodeScalars where (0x4E00...0x9FFF).contains(scalar.value) {
        counts[scalar, default: 0] += 1
      }
      return counts
    }
    #expect(hanCounts(read.joined()) == hanCounts(source))
  }

  @Test func seedJoinsLinesWithoutSpacesInsideCJK() throws {
    let document = try Fixtures.document(Fixtures.seed)
    // Lines 47-48: a page break left " 罪行；" indented; it continues the paragraph.
    let paragraph = try #require(document.paragraphs.first { $0.lines.contains(47) })
    #expect(paragraph.lines.contains(48))
    #expect(paragraph.text.contains("非法贩运野生物和其他罪行；"))
    // Operative 4 continues over an indented page-break line (" 击世界毒品问题").
    let four = try #require(document.paragraphs.first { $0.path == ["4"] })
    #expect(four.text.contains("应对和打击世界毒品问题"))
    for paragraph in document.paragraphs {
      let scalars = Array(paragraph.text.unicodeScalars)
      for i in scalars.indices.dropFirst().dropLast() where scalars[i] == " " {
        let joinedCJK = scalars[i - 1].properties.isIdeographic && scalars[i + 1].properties.isIdeographic
        #expect(!joinedCJK, "space between CJK characters in \(paragraph.path)")
      }
    }
    // Spaces the PDF put around digits inside a line are the source's own.
    let twelve = try #require(document.paragraphs.first { $0.path == ["12"] })
    #expect(twelve.text.hasSuffix("以在边境地区消除和打击第 10 和 11 段所列的非法活动；"))
  }

  @Test func englishPDFJoinsWithOneSpace() throws {
    let document = try Fixtures.document("sres2482_en_scribd_partial/S_RES_2482_2019_en_partial.txt")
    #expect(document.language == .english)
    #expect(document.frontMatter.author == "The Security Council,")
    #expect(document.frontMatter.symbol == "S/RES/2482 (2019)")
    #expect(document.paragraphs.map(\.kind) == Array(repeating: .unnumbered, count: 4))
    let first = document.paragraphs[0].text
    #expect(first.hasPrefix("Recalling its resolutions 1267 (1999)"))
    #expect(first.contains("1526 (2004), 1617 (2005)"))
    #expect(first.hasSuffix("including PRST/2018/9,"))
    #expect(!document.paragraphs.contains { $0.text.contains("  ") || $0.text.contains("\n") })
    #expect(document.discarded.contains { $0.text == "You are on page 1of 7" })
  }

  @Test func flattenedEnglishResolution() throws {
    let document = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_en.txt")
    #expect(
      document.structureDump == [
        "- unnumbered", "- unnumbered", "- unnumbered", "- unnumbered", "1 numbered", "2 numbered",
      ])
    #expect(
      document.paragraphs.map { String($0.text.prefix(12)) } == [
        "Recalling it", "Taking note ", "Determining ", "Acting under", "Decides to e", "Decides to r",
      ])
    #expect(document.frontMatter.symbol == "S/RES/2446 (2018)")
    #expect(document.frontMatter.title == "Resolution 2446 (2018)")
    #expect(document.frontMatter.author == "The Security Council,")
  }

  @Test func flattenedTruncatedCounterpart() throws {
    let document = try Fixtures.document("sres2482_en_unscr_partial/S_RES_2482_2019_en_partial.txt")
    #expect(
      document.paragraphs.map { String($0.text.prefix(10)) } == [
        "Recalling ", "Reaffirmin", "Welcoming ", "Expressing",
      ])
    #expect(document.paragraphs[3].text.hasSuffix("vary b"))
  }

  @Test func chineseWebCopyDropsNavigation() throws {
    let document = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_zh.txt")
    #expect(
      document.structureDump == [
        "- unnumbered", "- unnumbered", "- unnumbered", "- unnumbered", "1 numbered", "2 numbered",
      ])
    #expect(document.frontMatter.title == "第2446(2018)号决议")
    #expect(document.frontMatter.adoption == "2018年11月15日安全理事会第8401次会议通过")
    #expect(!document.paragraphs.contains { $0.text.contains("中华文库") || $0.text.contains("|") })
    #expect(document.discarded.contains { $0.text.contains("中华文库") })
  }

  @Test func constitution2018ArticlesInOrder() throws {
    let document = try Fixtures.document(Fixtures.constitution2018)
    #expect(document.frontMatter.title == "中华人民共和国宪法")
    let articles = document.paragraphs.filter { $0.kind == .numbered }
    #expect(articles.map(\.path) == (1...143).map { [String($0)] })
    #expect(articles.allSatisfy { $0.label?.hasPrefix("第") == true && $0.label?.hasSuffix("条") == true })
    let headings = document.paragraphs.filter { $0.kind == .heading }
    #expect(headings.map(\.path).filter { $0[0] == "chapter" }.count == 4)
    #expect(headings.map(\.path).filter { $0[0] == "section" }.count == 8)
    #expect(headings.first?.text == "总纲")
    // 款 stay inside their article, separated by a line break.
    let second = try #require(articles.first { $0.path == ["2"] })
    #expect(second.text.split(separator: "\n").count == 3)
    // Items （一）… under article 62.
    let items = document.paragraphs.filter { $0.path.first == "62" && $0.kind == .subparagraph }
    #expect(items.map { $0.path[1] } == (1...16).map(String.init))
    #expect(items.first?.label == "（一）")
    let article201 = document.paragraphs.first { $0.label == "第一百二十三条" }
    #expect(article201?.path == ["123"])
  }

  @Test func constitution1982Has138Articles() throws {
    let document = try Fixtures.document(Fixtures.constitution1982)
    #expect(document.paragraphs.filter { $0.kind == .numbered }.map(\.path) == (1...138).map { [String($0)] })
  }

  @Test func draftResolutionPDF() throws {
    let document = try Fixtures.document(
      "ga_right_to_development_2001_draft_vs_adopted_en/undl_453500_draft_resolution_en.txt")
    #expect(document.frontMatter.author == "The General Assembly,")
    #expect(document.paragraphs.filter { $0.kind == .unnumbered }.count == 14)
    #expect(document.paragraphs.filter { $0.kind == .numbered }.map(\.path) == (1...25).map { [String($0)] })
    #expect(document.paragraphs.filter { $0.path.first == "21" && $0.kind == .subparagraph }.count == 4)
    #expect(!document.paragraphs.contains { $0.text.contains("0166657") })
  }
}

@Suite("Laws behind notices and tables of contents")
struct LawFrontMatterTests {
  static let folder = "cn_shenyang_social_credit_draft_vs_adopted_partial/"

  @Test func tableOfContentsIsNotTheBody() throws {
    let document = try Fixtures.document(Self.folder + "adopted_2023-10_zenchang_partial_traditional.txt")
    #expect(document.language == .chineseTraditional)
    #expect(document.structureDump == ["chapter.1 heading", "1 numbered", "2 numbered", "3 numbered", "4 numbered"])
    #expect(document.paragraphs[0].label == "第一章")
    #expect(document.paragraphs[0].text == "總則")
    #expect(document.paragraphs[1].label == "第一條")
    #expect(document.frontMatter.lines.contains { $0.text == "第七章附則" })
  }

  @Test func callForCommentsBeforeTheDraft() throws {
    let document = try Fixtures.document(Self.folder + "draft_2022-12_shenyang_gov_cn_partial.txt")
    #expect(document.structureDump == ["- heading", "1 numbered", "2 numbered", "3 numbered"])
    #expect(document.paragraphs[0].text == "总 则")
    // 款 separated by a blank line still belong to their article.
    #expect(document.paragraphs[2].text.hasSuffix("\n征信业务及相关活动,依照国家《征信业管理条例》执行。"))
    #expect(document.frontMatter.lines.contains { $0.text.hasPrefix("一、市内各级国家机关") })
  }
}

@Suite("Reading encodings")
struct EncodingReadingTests {
  @Test(arguments: [TextEncoding.utf8WithBOM, .utf16LE, .utf16BE, .gb18030])
  func seedReadsTheSameInEveryEncoding(_ encoding: TextEncoding) throws {
    let text = try FixtureFiles.text(Fixtures.seed)
    let expected = try #require(DocumentReader.parse(text))
    let bytes = try TextDecoder.encode(text, as: encoding)
    let document = try DocumentReader.read(bytes: bytes, name: "seed")
    #expect(document == expected)
  }

  @Test func invalidBytesAreReportedWithTheirOffset() throws {
    var bytes = Array(try FixtureFiles.text(Fixtures.seed).utf8)
    bytes[1000] = 0xFF
    #expect(throws: ReadError.self) { try DocumentReader.read(bytes: bytes, name: "seed.txt") }
    do {
      _ = try DocumentReader.read(bytes: bytes, name: "seed.txt")
    } catch {
      #expect(error.description.hasPrefix("seed.txt: "))
      #expect(error.description.contains("1000"))
    }
  }
}

@Suite("Web noise")
struct WebNoiseTests {
  @Test func licenceFooterIsNotBody() throws {
    var text = try FixtureFiles.text("sres2446_zh_en_complete/S_RES_2446_2018_zh.txt")
    text += "\n本作品在全世界都属于公有领域，因为作者逝世已经超过100年。\nThis page was last edited on 1 May 2024.\n"
    let document = try #require(DocumentReader.parse(text))
    #expect(document.paragraphs.count == 6)
    #expect(document.paragraphs.last?.text == "决定继续积极处理此案。")
    #expect(
      document.discarded.suffix(2).map(\.text) == [
        "本作品在全世界都属于公有领域，因为作者逝世已经超过100年。", "This page was last edited on 1 May 2024.",
      ])
  }
}

@Suite("DocumentReader.readSegments")
struct ReadSegmentsTests {
  @Test(arguments: ["a\nb\n", "a\r\nb\r\n", "a\rb", "a\u{2028}b\n"])
  func oneSegmentPerLine(text: String) throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("segments-\(UUID().uuidString).txt")
    try Data(text.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let read = try DocumentReader.readSegments(contentsOf: file.path, language: .english)
    #expect(read.segments == ["a", "b"])
  }

  @Test func blankLinesAreEmptySegmentsAndTheLanguageIsDetected() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("segments-\(UUID().uuidString).txt")
    try Data("安全理事会决定继续处理此案。\n\n请秘书长提交报告。\n".utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let read = try DocumentReader.readSegments(contentsOf: file.path)
    #expect(read.segments == ["安全理事会决定继续处理此案。", "", "请秘书长提交报告。"])
    #expect(read.language == .chineseSimplified)
  }
}
