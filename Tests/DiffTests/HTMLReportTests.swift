import Alignment
import Diff
import Foundation
import Report
import TestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A rendered report, parsed as XML so that tests ask about elements and
/// attributes instead of matching strings.
struct ParsedReport {
  let html: String
  let document: XMLDocument

  init(_ html: String) throws {
    self.html = html
    let doctype = "<!DOCTYPE html>\n"
    #expect(html.hasPrefix(doctype))
    document = try XMLDocument(xmlString: String(html.dropFirst(doctype.count)), options: [])
  }

  func nodes(_ xpath: String) throws -> [XMLNode] {
    try document.nodes(forXPath: xpath)
  }

  func elements(_ xpath: String) throws -> [XMLElement] {
    try nodes(xpath).compactMap { $0 as? XMLElement }
  }

  /// The text of the only node matching `xpath`.
  func text(_ xpath: String) throws -> String? {
    let found = try nodes(xpath)
    #expect(found.count == 1, "\(xpath) matches \(found.count) nodes")
    return found.first?.stringValue
  }

  /// The summary counts, by kind.
  func summary() throws -> [String: Int] {
    var counts: [String: Int] = [:]
    for cell in try elements("//table[@class='summary']/tbody/tr/td") {
      let kind = try #require(cell.attribute(forName: "data-kind")?.stringValue)
      counts[kind] = Int(cell.stringValue ?? "")
    }
    return counts
  }

  /// The comparison rows, one per article or numbered paragraph.
  func articleRows() throws -> [XMLElement] {
    try elements("//table[starts-with(@class, 'comparison')]/tbody/tr[starts-with(@class, 'article')]")
  }

  /// The parts of the comparison that carry a change's id: one per change
  /// shown, on the new side (the old side for a deletion).
  func parts() throws -> [XMLElement] {
    try elements("//table[starts-with(@class, 'comparison')]/tbody/tr/td/div[starts-with(@class, 'part') and @id]")
  }

  /// Every `#fragment` link names an element of the page.
  func expectLinksResolve() throws {
    let ids = try nodes("//@id").compactMap(\.stringValue)
    #expect(Set(ids).count == ids.count)
    let targets = Set(ids)
    for href in try nodes("//a/@href").compactMap(\.stringValue) where href.hasPrefix("#") {
      #expect(targets.contains(String(href.dropFirst())), "\(href)")
    }
  }
}

extension XMLElement {
  func value(_ attribute: String) -> String? { self.attribute(forName: attribute)?.stringValue }

  /// The elements matching `xpath` relative to this one.
  func elements(_ xpath: String) throws -> [XMLElement] {
    try nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
  }
}

/// 宪法 1982 against 2018: the report of a real amendment.
@Suite("HTML report: 宪法 1982 → 2018")
struct ConstitutionReportTests {
  let old: Document
  let new: Document
  let diff: DocumentDiff
  let report: ParsedReport

  init() throws {
    old = try Fixtures.constitution1982()
    new = try Fixtures.constitution2018()
    diff = DocumentDiff(from: old, to: new)
    report = try ParsedReport(
      HTMLReport.render(
        try ChangeReport(old: old, new: new, diff: diff),
        options: ReportOptions(
          oldName: "宪法_1982.jsonl", newName: "宪法_2018.jsonl", generated: "2026-01-01T00:00:00Z")))
  }

  @Test func summaryCounts() throws {
    let counts = try report.summary()
    #expect(counts["inserted"] == 5)
    #expect(counts["renumbered"] == 16)
    #expect(counts["modified"] == 36)
    #expect(counts["modified"] == diff.summary.modified)
    #expect(counts["unchanged"] == diff.summary.unchanged)
    #expect(counts["deleted"] == 0 && counts["moved"] == 0)
    #expect(counts["split"] == 0 && counts["merged"] == 0)
    #expect(counts.count == 8)
  }

  /// One row per article (or heading, or preambular paragraph); the items
  /// of 第六十二条 sit inside its row. (The text files, read as `align`
  /// reads them, have the items as paragraphs.)
  @Test func oneRowPerArticle() throws {
    let old = try Fixtures.lawText("中华人民共和国宪法_1982-12-04_历史版本.txt")
    let new = try Fixtures.lawText("中华人民共和国宪法_2018-03-11_现行有效.txt")
    let diff = DocumentDiff(from: old, to: new)
    let report = try ParsedReport(HTMLReport.render(try ChangeReport(old: old, new: new, diff: diff)))
    let rows = try report.articleRows()
    let heads = new.paragraphs.filter { $0.kind == .numbered || $0.kind == .heading || $0.path.isEmpty }
    #expect(rows.count == heads.count)
    #expect(rows.count < diff.changes.count)
    // Every change is one part, in order.
    let parts = try report.parts()
    #expect(parts.map { $0.value("id") } == diff.changes.indices.map { "c\($0)" })
    for (part, change) in zip(parts, diff.changes) { #expect(part.value("data-op") == change.op.rawValue) }
    let article62 = try #require(
      rows.first { row in
        (try? row.elements("td[@class='number']/a[@class='label']").first?.stringValue) == "第六十二条"
      })
    let items = try article62.elements("td[@class='new']/div/span[@class='item']").compactMap(\.stringValue)
    #expect(items.first == "（一）")
    #expect(items.count >= 15)
    try report.expectLinksResolve()
  }

  /// The summary's counts link to the index, whose entries link to rows.
  @Test func summaryAndIndexLink() throws {
    let link = try #require(try report.elements("//table[@class='summary']//td[@data-kind='inserted']/a").first)
    #expect(link.value("href") == "#index-inserted")
    let entries = try report.elements("//dd[preceding-sibling::dt[1][@id='index-inserted']]/a")
    #expect(entries.count == 5)
    for entry in entries {
      let target = try #require(entry.value("href")?.dropFirst())
      let row = try #require(try report.elements("//tr[@id='\(target)']").first)
      #expect(try row.elements(".//ins").count >= 1)
    }
    // Each changed row links to the previous and next changed one.
    let changed = try report.elements("//tr[contains(@class, ' changed')]")
    #expect(changed.count > 10)
    let second = changed[1]
    #expect(try second.elements(".//a[@rel='prev']").first?.value("href") == "#\(changed[0].value("id") ?? "")")
    #expect(try second.elements(".//a[@rel='next']").first?.value("href") == "#\(changed[2].value("id") ?? "")")
  }

  @Test func chineseHeadingsAndLanguage() throws {
    #expect(try report.text("/html/@lang") == "zh-Hans")
    #expect(try report.text("//table[@class='comparison']/thead/tr/th[@class='old']") == "修订前")
    #expect(try report.text("//table[@class='comparison']/thead/tr/th[@class='new']") == "修订后")
    for cell in try report.elements("//table[@class='comparison']/tbody/tr/td[@class='new']") {
      #expect(cell.value("lang") == "zh-Hans")
      #expect(cell.value("dir") == nil)
    }
    #expect(try report.text("//p[@class='generated']/time") == "2026-01-01T00:00:00Z")
  }

  @Test func subjectNamesTheDocument() throws {
    var titled = new
    titled.frontMatter.title = "中华人民共和国宪法"
    let page = try ParsedReport(HTMLReport.render(try ChangeReport(old: old, new: titled, diff: diff)))
    #expect(try page.text("//p[@class='subject']") == "中华人民共和国宪法")
    #expect(try page.text("//p[@class='subject']/@lang") == "zh-Hans")
  }

  @Test func insertedArticlesAreUnderlined() throws {
    let rows = try report.elements("//tr[contains(@class, ' inserted')]")
    #expect(rows.count == 5)
    for row in rows {
      let old = try #require(try row.nodes(forXPath: "td[@class='old']").first)
      #expect(old.stringValue == "")
      #expect(try row.nodes(forXPath: "td[@class='new']/div/ins").count >= 1)
      #expect(try row.nodes(forXPath: ".//del").isEmpty)
    }
  }

  @Test func modifiedRowsStrikeAndUnderline() throws {
    let parts = try report.elements("//td[@class='new']/div[@data-op='modified']")
    #expect(parts.count == diff.summary.modified)
    for row in try report.elements("//tr[.//div[@data-op='modified']]") {
      let marks = try row.nodes(forXPath: "td[@class='old']/div/del | td[@class='new']/div/ins")
      #expect(!marks.isEmpty)
      #expect(try row.nodes(forXPath: "td[@class='old']//ins | td[@class='new']//del").isEmpty)
    }
  }

  /// 第一百二十三条 of 1982 is 第一百二十八条 of 2018.
  @Test func renumberingIsShown() throws {
    let rows = try report.elements("//tr[contains(@class, 'renumbered')]")
    #expect(rows.count == 16)
    let renumberings = try rows.map {
      try #require(try $0.nodes(forXPath: "td[@class='renumbering']").first?.stringValue)
    }
    #expect(renumberings.contains("原第一百二十三条 → 第一百二十八条"))
    let labels = try rows.map {
      try #require(try $0.nodes(forXPath: "td[@class='number']/a[@class='label']").first?.stringValue)
    }
    #expect(labels.contains("第一百二十八条"))
  }

  @Test func redlineHasEveryParagraph() throws {
    let paragraphs = try report.elements("//div[@class='redline']/p")
    #expect(paragraphs.count == diff.changes.count)
    #expect(try report.nodes("//div[@class='redline']/p[contains(@class, 'inserted')]/ins").count >= 5)
    // Each redline paragraph links to its article's row, which links back
    // to the article's first paragraph.
    for paragraph in paragraphs {
      let link = try #require(try paragraph.elements("a[@class='label']").first?.value("href"))
      let row = try #require(try report.elements("//tr[@id='\(link.dropFirst())']").first)
      let back = try #require(try row.elements("td/a[@class='label']").first?.value("href"))
      #expect(try report.elements("//div[@class='redline']/p[@id='\(back.dropFirst())']").count == 1)
    }
  }

  @Test func changesOnlyElidesUnchangedRows() throws {
    let html = HTMLReport.render(
      try ChangeReport(old: old, new: new, diff: diff), options: ReportOptions(changesOnly: true, context: 1))
    let short = try ParsedReport(html)
    let rows = try short.articleRows()
    let all = try report.articleRows().count
    #expect(rows.count < all)
    let elided = try short.elements("//table[@class='comparison']/tbody/tr[@class='elided']")
    #expect(!elided.isEmpty)
    // Shown plus left out is every article.
    let hidden = try elided.map { row -> Int in
      let digits = (row.stringValue ?? "").filter(\.isNumber)
      return try #require(Int(digits))
    }
    #expect(rows.count + hidden.reduce(0, +) == all)
    // Articles only renumbered take one line, without their text.
    let renumbered = try short.elements("//tr[contains(@class, 'renumbered-only')]")
    #expect(renumbered.count == 15)
    let first = try #require(renumbered.first { $0.stringValue?.contains("原第一百二十三条 → 第一百二十八条") == true })
    #expect(try first.elements("td").map { $0.stringValue ?? "" } == ["第一百二十八条", "原第一百二十三条 → 第一百二十八条", "条文未修改"])
    #expect(try short.nodes("//p[@class='generated']").isEmpty)
    try short.expectLinksResolve()
  }

  /// GitHub's `~~` would not open before "、" after a Han character, so a
  /// deleted punctuation mark is struck with `<del>`; words keep `~~`.
  @Test func markdownStrikesPunctuationWithDel() throws {
    let markdown = MarkdownReport.render(try ChangeReport(old: old, new: new, diff: diff))
    #expect(markdown.contains("平等<del>、</del>团结<del>、</del>互助"))
    #expect(!markdown.contains("~~、~~"))
    #expect(markdown.contains("| 条目 | 修订前 | 修订后 |"))
  }

  @Test func sameInputSameOutput() throws {
    let a = HTMLReport.render(try ChangeReport(old: old, new: new, diff: diff))
    let b = HTMLReport.render(try ChangeReport(old: old, new: new, diff: DocumentDiff(from: old, to: new)))
    #expect(a == b)
  }
}

/// S/RES/2482 (2019) against a copy with 第 24 段 deleted, "12 个月" made
/// "18 个月", and text that looks like markup.
@Suite("HTML report: S/RES/2482 seed")
struct SeedReportTests {
  static let seedURL = FixtureFiles.url("sres2482_2019_zh_seed/S_RES_2482_2019_zh.txt")

  let old: Document
  let new: Document
  let diff: DocumentDiff
  let report: ParsedReport

  init() throws {
    let text = try String(contentsOf: Self.seedURL, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let from = try #require(lines.firstIndex { $0.hasPrefix(" 24. ") })
    let to = try #require(lines.firstIndex { $0.hasPrefix(" 25. ") })
    var revised = Array(lines[..<from] + lines[to...]).joined(separator: "\n")
    revised = revised.replacingOccurrences(of: "12 个月", with: "18 个月")
    revised = revised.replacingOccurrences(
      of: "决定继续处理此案。", with: "决定继续处理此案 <script>alert(\"x\")</script> & 'A|B'。")
    old = try #require(DocumentReader.parse(text))
    new = try #require(DocumentReader.parse(revised))
    diff = DocumentDiff(from: old, to: new)
    report = try ParsedReport(
      HTMLReport.render(
        try ChangeReport(old: old, new: new, diff: diff),
        options: ReportOptions(oldName: "S_RES_2482_2019_zh.txt", newName: "revised & <new>.txt")))
  }

  @Test func deletionAndEdits() throws {
    let counts = try report.summary()
    #expect(counts["deleted"] == 1)
    #expect(counts["inserted"] == 0)
    #expect(counts["modified"] == 2)
    let deleted = try #require(try report.elements("//tr[.//div[@data-op='deleted']]").first)
    #expect(try deleted.nodes(forXPath: "td[@class='number']/a").first?.stringValue == "第24段")
    #expect(try deleted.nodes(forXPath: "td[@class='old']/div/del").first?.stringValue?.hasPrefix("鼓励会员国") == true)
    #expect(try deleted.nodes(forXPath: "td[@class='new']").first?.stringValue == "")
  }

  @Test func changedNumberIsStruckAndInserted() throws {
    let row = try #require(
      try report.elements("//tr[.//div[@data-op='modified']]").first { $0.stringValue?.contains("个月") == true })
    #expect(try row.nodes(forXPath: "td[@class='old']//del").map(\.stringValue) == ["12"])
    #expect(try row.nodes(forXPath: "td[@class='new']//ins").map(\.stringValue) == ["18"])
  }

  @Test func markupInTheTextIsText() throws {
    // The only script is the previous/next stepper, holding no document text.
    let scripts = try report.nodes("//script").compactMap(\.stringValue)
    #expect(scripts.count == 1)
    #expect(scripts.first?.contains(HTMLReport.stepperScript) == true && scripts.first?.contains("alert") == false)
    let inserted = try report.nodes("//td[@class='new']/div[@data-op='modified']/ins").compactMap(\.stringValue)
      .joined()
    #expect(inserted.contains("<script>alert(\"x\")</script> & 'A|B'"))
    #expect(report.html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;A|B&#39;"))
    #expect(try report.text("//table[@class='documents']//tr[@class='file']/td[2]") == "revised & <new>.txt")
    #expect(try report.text("/html/head/title")?.contains("revised & <new>.txt") == true)
  }

  @Test func adoptionLineAndLanguage() throws {
    #expect(try report.text("//table[@class='documents']//tr[@class='language']/td[1]") == "zh-Hans")
    #expect(try report.elements("//div[@class='redline' and @lang='zh-Hans']").count == 1)
  }

  @Test func markdownEscapesCells() throws {
    let markdown = MarkdownReport.render(try ChangeReport(old: old, new: new, diff: diff))
    #expect(markdown.contains("| 修订前 | 修订后 |"))
    #expect(markdown.contains("&lt;script&gt;"))
    #expect(!markdown.contains("<script>"))
    #expect(markdown.contains("A\\|B"))
    #expect(markdown.contains("~~12~~"))
    #expect(markdown.contains("<ins>18</ins>"))
    // Every table row has exactly three cells: no unescaped `|` broke one.
    let section = try #require(
      markdown.components(separatedBy: "## 修订前后对照表").last?.components(separatedBy: "\n## ").first)
    for line in section.split(separator: "\n") where line.hasPrefix("|") {
      let bars = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
      #expect(bars == 4, "\(line)")
    }
  }

  @Test func jsonSchema() throws {
    let data = try JSONReport(
      try ChangeReport(old: old, new: new, diff: diff),
      options: ReportOptions(oldName: "a.txt", newName: "b.txt", changesOnly: true, context: 0)
    ).jsonData()
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(json["schema"] as? String == "align.report/1")
    let summary = try #require(json["summary"] as? [String: Int])
    #expect(summary["deleted"] == 1)
    let changes = try #require(json["changes"] as? [[String: Any]])
    #expect(changes.count == 3)
    #expect(changes.map { $0["op"] as? String }.contains("deleted"))
    #expect((json["old"] as? [String: Any])?["file"] as? String == "a.txt")
    #expect((json["labels"] as? [String: String]) == ["old": "修订前", "new": "修订后"])
    // Keys sorted: the same input gives the same bytes.
    let text = String(decoding: data, as: UTF8.self)
    let topKeys = ["\"changes\"", "\"elided\"", "\"labels\"", "\"new\"", "\"old\"", "\"schema\"", "\"summary\""]
    let positions = topKeys.compactMap { text.range(of: "\n  \($0)")?.lowerBound }
    #expect(positions.count == topKeys.count && positions == positions.sorted())
  }
}

/// Small documents for the cases the fixtures do not cover.
@Suite("HTML report: small cases")
struct SmallReportTests {
  func paragraph(_ label: String?, _ path: [String], _ text: String) -> Paragraph {
    Paragraph(label: label, path: path, kind: path.isEmpty ? .unnumbered : .numbered, text: text, lines: 1...1)
  }

  func render(_ old: Document, _ new: Document, _ options: ReportOptions = ReportOptions()) throws -> ParsedReport {
    try ParsedReport(
      HTMLReport.render(try ChangeReport(old: old, new: new, diff: DocumentDiff(from: old, to: new)), options: options))
  }

  @Test func englishDefaultsAndOverride() throws {
    let old = Document(
      language: .english, paragraphs: [paragraph("1.", ["1"], "The Council decides to remain seized of the matter.")])
    let new = Document(
      language: .english,
      paragraphs: [paragraph("1.", ["1"], "The Council decides to remain actively seized of the matter.")])
    let report = try render(old, new)
    #expect(try report.text("/html/@lang") == "en")
    #expect(try report.text("//table[@class='comparison']/thead/tr/th[@class='old']") == "Old")
    #expect(try report.text("//table[@class='comparison']/thead/tr/th[@class='new']") == "New")
    #expect(try report.nodes("//td[@class='new']/div/ins").map(\.stringValue) == ["actively "])
    let labelled = try render(old, new, ReportOptions(columnLabels: .init(parsing: "Draft, Adopted")))
    #expect(try labelled.text("//table[@class='comparison']/thead/tr/th[@class='old']") == "Draft")
    #expect(try labelled.text("//table[@class='comparison']/thead/tr/th[@class='new']") == "Adopted")
  }

  @Test func arabicIsRightToLeft() throws {
    let old = Document(language: .arabic, paragraphs: [paragraph("1.", ["1"], "يقرر أن يبقي المسألة قيد نظره.")])
    let new = Document(language: .arabic, paragraphs: [paragraph("1.", ["1"], "يقرر أن يبقي المسألة قيد نظره الفعلي.")])
    let report = try render(old, new)
    let cells = try report.elements("//table[@class='comparison']/tbody/tr/td[@class='old' or @class='new']")
    #expect(cells.count == 2)
    for cell in cells {
      #expect(cell.value("lang") == "ar")
      #expect(cell.value("dir") == "rtl")
    }
    #expect(try report.elements("//div[@class='redline' and @dir='rtl']").count == 1)
  }

  @Test func traditionalChineseHeadings() throws {
    let old = Document(language: .chineseTraditional, paragraphs: [paragraph("第一條", ["1"], "本法依憲法制定之。")])
    let new = Document(language: .chineseTraditional, paragraphs: [paragraph("第一條", ["1"], "本法依憲法制定。")])
    let report = try render(old, new)
    #expect(try report.text("/html/@lang") == "zh-Hant")
    #expect(try report.text("//table[@class='comparison']/thead/tr/th[@class='old']") == "修訂前")
    #expect(try report.text("//table[@class='comparison']/thead/tr/th[@class='new']") == "修訂後")
  }

  /// A paragraph moved from the end to the front: its row links to a
  /// marker at its old place, and the marker links back.
  @Test func movedParagraphIsLinked() throws {
    let texts = (1...8).map { "第\($0)段规定了一项完全不同的事项，内容编号为\($0 * 1111)号文件所述。" }
    let old = Document(
      language: .chineseSimplified,
      paragraphs: texts.enumerated().map { paragraph("\($0 + 1).", [String($0 + 1)], $1) })
    var moved = texts
    moved.insert(moved.removeLast(), at: 1)
    let new = Document(
      language: .chineseSimplified,
      paragraphs: moved.enumerated().map { paragraph("\($0 + 1).", [String($0 + 1)], $1) })
    let diff = DocumentDiff(from: old, to: new)
    try #require(diff.summary.moved == 1)
    let report = try render(old, new)
    let part = try #require(try report.elements("//div[contains(@class, ' moved') and @id]").first)
    let id = try #require(part.value("id"))
    let back = try #require(try part.elements("a[@class='moved-link']").first?.value("href"))
    let marker = try #require(try report.elements("//tr[@id='\(back.dropFirst())']").first)
    #expect(marker.value("class") == "moved-away")
    #expect(try marker.elements("td/a").first?.value("href") == "#\(id)")
    // The marker stands where paragraph 8 was: after old paragraph 7.
    let rows = try report.elements("//table[@class='comparison']/tbody/tr")
    let markerPosition = try #require(rows.firstIndex { $0.value("id") == marker.value("id") })
    #expect(rows[markerPosition - 1].stringValue?.contains("第7段") == true)
  }

  @Test func identicalDocumentsChangesOnly() throws {
    let old = Document(
      language: .english,
      paragraphs: (1...4).map { paragraph("\($0).", [String($0)], "Paragraph number \($0).") })
    let report = try render(old, old, ReportOptions(changesOnly: true))
    #expect(try report.articleRows().isEmpty)
    let elided = try report.elements("//table[@class='comparison']/tbody/tr[@class='elided']")
    #expect(elided.map(\.stringValue) == ["⋯ 4 unchanged articles not shown ⋯"])
    let json = JSONReport(
      try ChangeReport(old: old, new: old, diff: DocumentDiff(from: old, to: old)),
      options: ReportOptions(changesOnly: true))
    #expect(json.changes.isEmpty && json.elided == 4 && json.summary.unchanged == 4)
  }

  @Test func controlCharactersAndEmptyDocuments() throws {
    let old = Document(language: .english, paragraphs: [paragraph(nil, [], "Bell \u{7} and NUL \u{0} here.")])
    let new = Document(language: .english, paragraphs: [])
    let report = try render(old, new)
    #expect(try report.summary()["deleted"] == 1)
    let empty = try render(new, new)
    #expect(try empty.articleRows().isEmpty)
  }

  /// A large report holds one row per change (its speed is measured in
  /// Benchmarks/, not here).
  @Test func largeDocumentsRenderEveryChange() throws {
    var generator = DocumentGenerator(seed: 7)
    let old = generator.document(count: 2000)
    var new = old
    for i in stride(from: 0, to: 2000, by: 10) { new.paragraphs[i].text = generator.edited(new.paragraphs[i].text) }
    let diff = DocumentDiff(from: old, to: new)
    let html = HTMLReport.render(try ChangeReport(old: old, new: new, diff: diff))
    #expect(html.utf8.count > 500_000)
    #expect(try ParsedReport(html).parts().count == diff.changes.count)
  }
}

/// 商标法 2019 → 2026: a split and moved articles, as the reader sees them.
@Suite("HTML report: 商标法 2019 → 2026")
struct TrademarkLawReportTests {
  let old: Document
  let new: Document
  let diff: DocumentDiff
  let report: ParsedReport

  init() throws {
    old = try Fixtures.law("中华人民共和国商标法_2019-04-23_历史版本.jsonl")
    new = try Fixtures.law("中华人民共和国商标法_2026-06-26_现行有效.jsonl")
    diff = DocumentDiff(from: old, to: new)
    report = try ParsedReport(HTMLReport.render(try ChangeReport(old: old, new: new, diff: diff)))
  }

  /// Old 第十条 became new 第十五条 and 第十六条: one part, both numbers.
  @Test func splitArticleIsOneRow() throws {
    let rows = try report.elements("//tr[.//td[@class='new']/div[@data-op='split']]")
    #expect(rows.count == diff.summary.split)
    let renumberings = try rows.compactMap { try $0.nodes(forXPath: "td[@class='renumbering']").first?.stringValue }
    #expect(renumberings.contains("原第十条 → 第十五条 + 第十六条"))
  }

  /// Every moved row links to a marker at its old place, which links back.
  @Test func everyMoveIsLinkedBothWays() throws {
    let moved = try report.elements("//table[@class='comparison']/tbody/tr/td/div[contains(@class, ' moved') and @id]")
    #expect(moved.count == diff.summary.moved)
    #expect(moved.count > 0)
    let markers = try report.elements("//tr[@class='moved-away']")
    #expect(markers.count == moved.count)
    for part in moved {
      let id = try #require(part.value("id"))
      #expect(try report.elements("//tr[@id='from-\(id)']/td/a[@href='#\(id)']").count == 1)
      #expect(try part.elements("a[@class='moved-link' and @href='#from-\(id)']").count == 1)
    }
    // Article 21 reappears word for word as 第十二条.
    let renumberings = try report.elements("//tr[.//div[contains(@class, ' moved')]]/td[@class='renumbering']")
      .compactMap(\.stringValue)
    #expect(renumberings.contains("原第二十一条 → 第十二条"))
  }

  /// All ids are unique and every internal link has a target.
  @Test func linksResolve() throws {
    let ids = try report.nodes("//@id").compactMap(\.stringValue)
    #expect(Set(ids).count == ids.count)
    let targets = Set(ids)
    for href in try report.nodes("//a/@href").compactMap(\.stringValue) where href.hasPrefix("#") {
      #expect(targets.contains(String(href.dropFirst())), "\(href)")
    }
  }

  @Test func changesOnlyKeepsMarkersAndLinks() throws {
    let short = try ParsedReport(
      HTMLReport.render(
        try ChangeReport(old: old, new: new, diff: diff), options: ReportOptions(changesOnly: true, context: 0)))
    #expect(try short.elements("//tr[@class='moved-away']").count == diff.summary.moved)
  }

  /// On the text files (articles with their items), `--changes-only`
  /// collapses the articles only renumbered to one line each.
  @Test func changesOnlyCollapsesRenumberedArticles() throws {
    let old = try Fixtures.lawText("中华人民共和国商标法_2019-04-23_历史版本.txt")
    let new = try Fixtures.lawText("中华人民共和国商标法_2026-06-26_现行有效.txt")
    let diff = DocumentDiff(from: old, to: new)
    let full = try ParsedReport(HTMLReport.render(try ChangeReport(old: old, new: new, diff: diff)))
    let short = try ParsedReport(
      HTMLReport.render(
        try ChangeReport(old: old, new: new, diff: diff), options: ReportOptions(changesOnly: true, context: 0)))
    let collapsed = try short.elements("//tr[contains(@class, 'renumbered-only')]")
    #expect(collapsed.count == 16)
    for row in collapsed {
      #expect(try row.elements("td").count == 3)
      #expect(try row.elements("td").last?.stringValue == "条文未修改")
    }
    #expect(try full.elements("//tr[contains(@class, 'renumbered-only')]").isEmpty)
    let hidden = try short.elements("//tr[@class='elided']").compactMap {
      Int(($0.stringValue ?? "").filter(\.isNumber))
    }
    #expect(try short.articleRows().count + hidden.reduce(0, +) == full.articleRows().count)
    #expect(short.html.utf8.count < full.html.utf8.count)
    try short.expectLinksResolve()
    try full.expectLinksResolve()
    let targets = Set(try short.nodes("//@id").compactMap(\.stringValue))
    for href in try short.nodes("//a/@href").compactMap(\.stringValue) where href.hasPrefix("#") {
      #expect(targets.contains(String(href.dropFirst())), "\(href)")
    }
  }
}
