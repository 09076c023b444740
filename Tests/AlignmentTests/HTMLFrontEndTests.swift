import Foundation
import TestSupport
import Testing

@testable import Alignment

@Suite("HTML pages")
struct HTMLFrontEndTests {
  static let govcn = "prc_law_html_govcn/govcn_gongbao_2013_13_电子招标投标办法.html"
  static let flk = "prc_law_html_govcn/flk_npc_shell_中华人民共和国增值税法.html"
  static let charter = "un_charter_html_synthetic/charter_ch1_"

  /// Site text of the gov.cn page that must never reach the body.
  static let govcnChrome = [
    "首页", "无障碍", "主办单位", "ICP", "字号", "打印", "邮箱", "个人中心", "退出", "国务院公报 >",
    "2013年第13号", "全国政协", "国务院客户端", "网站标识码", "版权所有", "中国政府网", "相关稿件",
    "微信", "微博", "网站纠错", "超大",
  ]

  @Test func govcnGazettePageGivesArticlesOneToSixtySixInOrder() throws {
    let document = try Fixtures.document(Self.govcn)
    #expect(document.format == .html)
    let articles = document.paragraphs.filter { $0.kind == .numbered }
    #expect(articles.map(\.path) == (1...66).map { ["\($0)"] })
    #expect(articles.first?.label == "第一条")
    #expect(articles.last?.label == "第六十六条")
    let chapters = document.paragraphs.filter { $0.kind == .heading }
    #expect(chapters.map(\.path) == (1...9).map { ["chapter", "\($0)"] })
    #expect(chapters.map(\.label) == ["第一章", "第二章", "第三章", "第四章", "第五章", "第六章", "第七章", "第八章", "第九章"])
    #expect(chapters.first?.text == "总　　则")
    #expect(chapters.last?.text == "附　　则")
  }

  @Test func govcnBodyHoldsNoNavigationOrFooterText() throws {
    let document = try Fixtures.document(Self.govcn)
    for paragraph in document.paragraphs {
      let text = (paragraph.label ?? "") + paragraph.text
      for word in Self.govcnChrome {
        #expect(!text.contains(word), "\(word) in \(paragraph.label ?? "-")")
      }
    }
    // The first and last paragraphs, exactly.
    let first = try #require(document.paragraphs.first)
    #expect(first.label == "第一章")
    let firstArticle = try #require(document.paragraphs.dropFirst().first)
    #expect(firstArticle.label == "第一条")
    #expect(
      firstArticle.text
        == "为了规范电子招标投标活动，促进电子招标投标健康发展，根据《中华人民共和国招标投标法》、《中华人民共和国招标投标法实施条例》（以下分别简称招标投标法、招标投标法实施条例），制定本办法。"
    )
    let last = try #require(document.paragraphs.last)
    #expect(last.label == "第六十六条")
    #expect(last.text == "本办法自2013年5月1日起施行。\n附件：《电子招标投标系统技术规范—第1部分》（略，详情请登录发展改革委网\n站）")
    // The site's text went to `discarded`, not lost.
    let discarded = document.discarded.map(\.text)
    #expect(discarded.contains("主办单位：国务院办公厅　运行维护单位：中国政府网运行中心"))
    #expect(discarded.contains { $0.contains("京ICP备05070218号") })
    #expect(discarded.contains("首页 > 国务院公报 > 2013年第13号"))
  }

  @Test func govcnFrontMatterIsTheOrderAndItsPreamble() throws {
    let document = try Fixtures.document(Self.govcn)
    let front = document.frontMatter.lines.map(\.text)
    // Letter-spacing no-break spaces between Han characters are dropped.
    #expect(front.first == "中华人民共和国国家发展和改革委员会")
    #expect(front.contains("中华人民共和国工业和信息化部"))
    // Table cells are joined by one space, even between Han characters.
    #expect(front.contains("中华人民共和国商务部 令"))
    #expect(front.contains("第　20　号"))
    #expect(front.last == "电子招标投标办法")
    #expect(!front.contains { $0.contains("首页") || $0.contains("字号") })
  }

  @Test func pageWhoseTextIsLoadedByScriptIsAnError() throws {
    #expect {
      try Fixtures.document(Self.flk)
    } throws: { error in
      guard let error = error as? ReadError, case .format(.html(.noDocumentText)) = error.reason else { return false }
      return !error.description.contains("\n") && error.description.contains("loaded by script")
    }
  }

  @Test(arguments: ["en", "es", "zh", "zh_gb18030"])
  func charterInForeignSiteChromeReadsAsTheText(_ variant: String) throws {
    let page = try Fixtures.document(Self.charter + variant + ".html")
    let language = String(variant.prefix(2))
    let text = try Fixtures.document("un_charter_ch1-3_zh_es_en/chapter1_\(language).txt")
    #expect(page.structureDump == text.structureDump)
    #expect(page.paragraphs.map(\.label) == text.paragraphs.map(\.label))
    #expect(page.paragraphs.map(\.text) == text.paragraphs.map(\.text))
    // Two articles; the legal notice's and the footer's "1. 2. 3." are not
    // paragraphs of the document.
    #expect(page.paragraphs.filter { $0.kind == .numbered }.map(\.path) == [["1"], ["2"]])
    #expect(page.paragraphs.filter { $0.kind == .subparagraph }.count == 11)
    let chrome = [
      "cookie", "Accueil", "Accepter", "Partager", "Reproduction", "reproduction", "Главная", "Принять",
      "Воспроизведение", "Home", "Accept", "Privacy", "Terms of use", "©", "Useful links", "Liens utiles",
      "Полезные", "Archive", "Архив", "Facebook",
    ]
    for paragraph in page.paragraphs {
      for word in chrome { #expect(!paragraph.text.contains(word), "\(word) in \(variant)") }
    }
    #expect(page.discarded.contains { $0.text.hasPrefix("1. ") && $0.text.count > 60 })
  }

  @Test func byteOrderMarksDecideTheEncoding() throws {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: FixtureFiles.path(Self.charter + "zh.html")))
    let plain = try DocumentReader.read(bytes: bytes, name: "page.html")
    let withBOM = try DocumentReader.read(bytes: Data([0xEF, 0xBB, 0xBF]) + bytes, name: "page.html")
    #expect(withBOM.paragraphs == plain.paragraphs)
    let text = String(decoding: bytes, as: UTF8.self)
    var utf16 = Data([0xFF, 0xFE])
    for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let fromUTF16 = try DocumentReader.read(bytes: utf16, name: "page.html")
    #expect(fromUTF16.paragraphs == plain.paragraphs)
  }

  @Test func gb18030PageIsReadThroughItsGB2312Declaration() throws {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: FixtureFiles.path(Self.charter + "zh_gb18030.html")))
    #expect(HTMLCharset.declaredCharset(bytes) == "gb2312")
    let extracted = try HTMLFrontEnd.extract(bytes)
    #expect(extracted.reader.hasSuffix("GB18030"))
    #expect(extracted.text.contains("第一条\n联合国之宗旨为："))
  }

  @Test func unknownCharsetNameFallsBackToDetection() throws {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: FixtureFiles.path(Self.charter + "zh_gb18030.html")))
    var patched = [UInt8](bytes)
    let declared = Array("charset=\"gb2312\"".utf8)
    let unknown = Array("charset=\"x-none\"".utf8)
    let start = try #require(
      (0...(patched.count - declared.count)).first { Array(patched[$0..<($0 + declared.count)]) == declared })
    patched.replaceSubrange(start..<(start + declared.count), with: unknown)
    let extracted = try HTMLFrontEnd.extract(Data(patched))
    #expect(extracted.reader.hasSuffix("GB18030"))
    #expect(extracted.text.contains("联合国之宗旨为："))
  }

  @Test func charsetNamesLibxml2LacksGoToICUOrGB18030() {
    #expect(HTMLCharset.converterName(for: "gb2312") == "GB18030")
    #expect(HTMLCharset.converterName(for: "x-gbk") == "GB18030")
    #expect(HTMLCharset.converterName(for: "windows-936") == "GB18030")
    #expect(HTMLCharset.converterName(for: "utf8") == "UTF-8")
    #expect(HTMLCharset.converterName(for: "windows-1251") == "windows-1251")
    #expect(HTMLCharset.converterName(for: "x-none") == nil)
    let declared = Data(#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head>"#.utf8)
    #expect(HTMLCharset.declaredCharset(declared) == "gbk")
    #expect(HTMLCharset.declaredCharset(Data("<meta charset='utf-8'>".utf8)) == "utf-8")
    #expect(HTMLCharset.declaredCharset(Data("<p>charset=gbk</p>".utf8)) == nil)
  }

  @Test func everyProblemIsOneLine() {
    for problem in [HTMLProblem.unparsable, .undecodable(charset: "gbk"), .noDocumentText] {
      #expect(!problem.description.contains("\n"))
      #expect(!problem.description.isEmpty)
    }
  }

  @Test func whitespaceCollapsesAsABrowserShowsIt() {
    #expect(HTMLWhitespace.collapse("  The   Security\n  Council ") == "The Security Council")
    #expect(HTMLWhitespace.collapse("维持国际\n  和平") == "维持国际和平")
    #expect(HTMLWhitespace.collapse("中\u{A0}华\u{A0}人\u{A0}民") == "中华人民")
    #expect(HTMLWhitespace.collapse("监 察 部") == "监 察 部")
    #expect(HTMLWhitespace.collapse("1.\u{A0}Decides") == "1. Decides")
    #expect(HTMLWhitespace.collapse("\u{3000}\u{3000}第一条\u{3000}为了 ") == "第一条\u{3000}为了")
    #expect(HTMLWhitespace.collapse("第一条 \u{3000} 为了") == "第一条\u{3000}为了")
    #expect(HTMLWhitespace.collapse("co\u{200B}operation") == "cooperation")
  }

  @Test func blocksFollowTheElementsOfThePage() throws {
    let page = """
      <html><body><main>
      <h2>Article 1</h2>
      <p>The <b>Purposes</b> of the <a href="/un">United Nations</a> are set out below, and the Organization and its Members shall act in accordance with them.</p>
      <ol start="3" type="a"><li>maintain international peace and security and take effective collective measures for that purpose;</li><li><p>develop friendly relations among nations based on respect for the principle of equal rights;</p></li></ol>
      <table><tr><td>Article 2</td><td>The Organization is based on the principle of the sovereign equality of all its Members.</td></tr></table>
      <p>First line of a poem-like paragraph held by the document itself,<br>second line after a break in the same paragraph of text.</p>
      <pre>  1.   kept   as it is in the preformatted text of the document</pre>
      </main></body></html>
      """
    let extracted = try HTMLFrontEnd.extract(Data(page.utf8))
    #expect(extracted.layout == .paragraphPerLine)
    #expect(
      extracted.text.split(separator: "\n").map(String.init) == [
        "Article 1",
        "The Purposes of the United Nations are set out below, and the Organization and its Members shall act in accordance with them.",
        "c. maintain international peace and security and take effective collective measures for that purpose;",
        "d. develop friendly relations among nations based on respect for the principle of equal rights;",
        "Article 2 The Organization is based on the principle of the sovereign equality of all its Members.",
        "First line of a poem-like paragraph held by the document itself,",
        "second line after a break in the same paragraph of text.",
        "  1.   kept   as it is in the preformatted text of the document",
      ])
  }

  @Test func paragraphsInsideTableCellsFlowIntoTheRow() throws {
    let page = """
      <html><body><div class="content">
      <p>国家发展和改革委员会会同有关部门制定本办法，对电子招标投标活动的有关事项作出规定，自公布之日起施行。</p>
      <table><tr><td><p>第一条</p></td><td><p>为了规范电子招标投标活动，</p><p>制定本办法。</p></td></tr></table>
      </div></body></html>
      """
    let extracted = try HTMLFrontEnd.extract(Data(page.utf8))
    #expect(extracted.text.split(separator: "\n").last == "第一条 为了规范电子招标投标活动， 制定本办法。")
  }

  @Test func linkListsAndShortLabelsBetweenThemAreNotText() throws {
    let page = """
      <html><body>
      <div class="box"><a href="/1">Home</a> <a href="/2">Documents</a> <a href="/3">Resolutions of the General Assembly</a></div>
      <div class="content">
      <p>The Security Council, recalling its previous resolutions and the statements of its President on the situation, and reaffirming its commitment to the sovereignty of the country,</p>
      <p>1. Decides to extend the mandate of the mission until 15 December of the coming year and to keep the matter under review;</p>
      <p>2. Decides to remain actively seized of the matter.</p>
      </div>
      <div class="box"><p>Follow us</p><a href="/x">X</a> <a href="/f">Facebook</a> <a href="/y">YouTube channel of the Organization</a></div>
      </body></html>
      """
    let extracted = try HTMLFrontEnd.extract(Data(page.utf8))
    let lines = extracted.text.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines.last == "2. Decides to remain actively seized of the matter.")
    #expect(extracted.discarded.contains("Follow us"))
    #expect(extracted.discarded.contains("Home Documents Resolutions of the General Assembly"))
  }

  @Test func siteChromeWordsAreReadFromIdAndClass() {
    #expect(
      HTMLSiteChrome.words(of: "BreadcrumbNav BreadcrumbNav-zyygwj") == [
        "breadcrumb", "nav", "breadcrumb", "nav", "zyygwj",
      ])
    let attributes = ["class": "header_toolbar"]
    #expect(HTMLSiteChrome.isChrome(name: "ul", attribute: { attributes[$0] }, insideArticle: false))
    let content = ["class": "pages_content", "id": "UCAP-CONTENT"]
    #expect(!HTMLSiteChrome.isChrome(name: "div", attribute: { content[$0] }, insideArticle: false))
    let body = ["class": "has-sidebar"]
    #expect(!HTMLSiteChrome.isChrome(name: "body", attribute: { body[$0] }, insideArticle: false))
    let hidden = ["style": "display: none; zoom: 1.55;"]
    #expect(HTMLSiteChrome.isChrome(name: "div", attribute: { hidden[$0] }, insideArticle: false))
    #expect(HTMLSiteChrome.isChrome(name: "footer", attribute: { _ in nil }, insideArticle: false))
    #expect(!HTMLSiteChrome.isChrome(name: "footer", attribute: { _ in nil }, insideArticle: true))
  }
}
