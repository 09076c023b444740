import Foundation
import TestSupport
import Testing

@testable import Alignment

/// The Word front end on real files: the four WPS laws of the shared corpus,
/// the generated-numbering and tracked-changes fixtures made from real texts
/// by scripts/make-docx-fixtures.py, and the bad inputs of
/// scripts/make-docx-bad-inputs.py.
@Suite("Word .docx front end")
struct WordFrontEndTests {
  static let laws: [(name: String, articles: Int, last: String)] = [
    ("中华人民共和国刑法", 452, "第四百五十二条"),
    ("中华人民共和国禁毒法", 71, "第七十一条"),
    ("中华人民共和国精神卫生法", 85, "第八十五条"),
    ("麻醉药品和精神药品管理条例", 89, "第八十九条"),
  ]

  static func read(_ relative: String, revisions: DocumentReader.Options.Revisions = .accepted) throws -> Document {
    try DocumentReader.read(contentsOf: FixtureFiles.path(relative), options: .init(revisions: revisions))
  }

  /// The 第N条 articles (not 第N条之一), in document order.
  static func articles(_ document: Document) -> [Paragraph] {
    document.paragraphs.filter { paragraph in
      guard paragraph.kind == .numbered, let label = paragraph.label else { return false }
      return label.hasPrefix("第") && label.hasSuffix("条")
    }
  }

  @Test(arguments: laws)
  func wpsLawArticlesInOrder(law: (name: String, articles: Int, last: String)) throws {
    let document = try Self.read("prc_law_pdf_docx/\(law.name).docx")
    #expect(document.format == .docx)
    #expect(document.frontMatter.title == law.name)
    let articles = Self.articles(document)
    #expect(articles.count == law.articles)
    #expect(articles.first?.label == "第一条")
    #expect(articles.last?.label == law.last)
    // Every article number once, in order.
    let numbers = articles.compactMap { $0.label.flatMap { ChineseNumeral.parse($0.dropFirst().dropLast()) } }
    #expect(numbers == Array(1...law.articles))
  }

  /// The same WPS file read by python-docx (a second extraction route,
  /// committed as text) gives every paragraph with the same label, kind and
  /// characters: no character lost, doubled or spaced at a join.
  @Test(arguments: laws)
  func wpsLawTextEqualsPythonDocx(law: (name: String, articles: Int, last: String)) throws {
    let docx = try Self.read("prc_law_pdf_docx/\(law.name).docx")
    let text = try Self.read("prc_law_pdf_docx/\(law.name).python-docx.txt")
    #expect(docx.paragraphs.count == text.paragraphs.count)
    #expect(docx.paragraphs.map(\.label) == text.paragraphs.map(\.label))
    #expect(docx.paragraphs.map(\.text) == text.paragraphs.map(\.text))
    #expect(Self.articles(docx).count == law.articles)
  }

  @Test func criminalLawFootnoteIsANoteNotBody() throws {
    let document = try Self.read("prc_law_pdf_docx/中华人民共和国刑法.docx")
    let noted = document.paragraphs.filter { !$0.notes.isEmpty }
    #expect(noted.count == 1)
    let note = try #require(noted.first?.notes.first)
    #expect(note.hasPrefix("1 "))
    // The footnote's text appears nowhere in the body.
    let noteText = String(note.dropFirst(2))
    #expect(noteText.count > 4)
    #expect(!document.paragraphs.contains { $0.text.contains(noteText) })
  }

  // MARK: Generated numbering

  @Test func generatedChineseNumberingAsWordShowsIt() throws {
    let document = try Self.read("docx_generated/jindufa_numbered_zh.docx")
    let articles = Self.articles(document)
    #expect(articles.count == 71)
    #expect(articles.map(\.label) == (1...71).map { "第\(WordNumberFormat.chineseCounting.format($0))条" })
    #expect(articles[10].label == "第十一条")  // continues across the chapter
    #expect(articles[70].label == "第七十一条")
    let chapters = document.paragraphs.filter { $0.kind == .heading }.map(\.label)
    #expect(chapters == ["第一章", "第二章", "第三章", "第四章", "第五章", "第六章", "第七章"])
    // Items restart at （一） in each article that has them.
    let items = document.paragraphs.filter { $0.kind == .subparagraph }.compactMap(\.label)
    #expect(items.prefix(5) == ["（一）", "（二）", "（三）", "（四）", "（一）"])
    #expect(items.count == 19)
  }

  /// The generated fixture holds the WPS text with its typed numbers
  /// removed; Word's numbering must give back the same document.
  @Test func generatedNumberingEqualsTypedNumbering() throws {
    let generated = try Self.read("docx_generated/jindufa_numbered_zh.docx")
    let typed = try Self.read("prc_law_pdf_docx/中华人民共和国禁毒法.docx")
    #expect(generated.paragraphs.map(\.label) == typed.paragraphs.map(\.label))
    #expect(generated.paragraphs.map(\.text) == typed.paragraphs.map(\.text))
    #expect(generated.paragraphs.map(\.kind) == typed.paragraphs.map(\.kind))
  }

  @Test func generatedEnglishResolution() throws {
    let document = try Self.read("docx_generated/right_to_development_en.docx")
    #expect(document.language == .english)
    let operative = document.paragraphs.filter { $0.kind == .numbered }
    #expect(operative.map(\.label) == (1...25).map { "\($0)." })
    let subparagraphs = document.paragraphs.filter { $0.kind == .subparagraph }.map { $0.path.joined(separator: ".") }
    #expect(subparagraphs == ["5.a", "5.b", "5.c", "5.d", "5.e", "5.f", "21.a", "21.b", "21.c", "21.d"])
    #expect(document.paragraphs.filter { $0.kind == .subparagraph }.first?.label == "(a)")
    // The footnote is on the preambular paragraph that cites it.
    let noted = document.paragraphs.filter { !$0.notes.isEmpty }
    #expect(noted.count == 1)
    #expect(noted.first?.text.hasPrefix("Recalling also that the outcome of the World Conference") == true)
    #expect(noted.first?.notes == ["1 A/CONF.157/24 (Part I), chap. III."])
    #expect(noted.first?.text.contains("Programme of Action, reaffirmed") == true)
  }

  @Test func englishTableRowAndLineBreak() throws {
    let data = try Data(
      contentsOf: URL(fileURLWithPath: FixtureFiles.path("docx_generated/right_to_development_en.docx")))
    let extracted = try WordFrontEnd.extract(data, revisions: .accepted)
    let lines = extracted.text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(extracted.layout == .paragraphPerLine)
    // A table row is one line, cells joined by a tab, a cell's paragraphs by a space.
    #expect(lines.first == "General Assembly\tDistr.: Limited 28 November 2001 Original: English")
    // w:br inside a paragraph: one line, joined with a space in Latin text.
    #expect(
      lines.contains(
        "Human rights questions: human rights questions, including alternative approaches for improving the effective enjoyment of human rights and fundamental freedoms"
      ))
    #expect(extracted.notes.count == 1)
  }

  // MARK: Tracked changes

  @Test func trackedChangesOriginalIsTheTextBefore() throws {
    let original = try Self.read("docx_generated/jindufa_tracked_zh.docx", revisions: .original)
    let untouched = try Self.read("docx_generated/jindufa_numbered_zh.docx")
    #expect(original.paragraphs.map(\.label) == untouched.paragraphs.map(\.label))
    #expect(original.paragraphs.map(\.text) == untouched.paragraphs.map(\.text))
  }

  @Test func trackedChangesAcceptedByDefault() throws {
    let accepted = try Self.read("docx_generated/jindufa_tracked_zh.docx")
    let before = Self.articles(try Self.read("docx_generated/jindufa_numbered_zh.docx"))
    let articles = Self.articles(accepted)
    // One article deleted (第七条), one inserted (after 第十条): still 71.
    #expect(articles.count == 71)
    #expect(articles[1].text.contains("可卡因、芬太尼类物质，以及"))
    // 第四条's two paragraphs merged: the paragraph mark between them was deleted.
    #expect(articles[3].text == before[3].text.replacingOccurrences(of: "\n", with: "　　"))
    #expect(articles[6].text == before[7].text)  // old 第八条 is now 第七条
    #expect(articles[9].text == "国家建立健全毒品监测预警机制，及时掌握新精神活性物质的滥用情况。")
    #expect(articles[10].text == before[10].text)
    #expect(articles[13].text == before[13].text.replacingOccurrences(of: "应当", with: "必须"))
    #expect(articles.dropFirst(14).map(\.text) == before.dropFirst(14).map(\.text))
    #expect(!accepted.paragraphs.contains { $0.text.contains("社会捐赠") })
  }

  // MARK: Bad input

  @Test(arguments: [
    (
      "legacy_word97.doc",
      "a Word 97-2003 .doc file, which align does not read; convert it to .docx first (libreoffice --headless --convert-to docx FILE)"
    ),
    ("truncated.docx", "a damaged zip archive (its directory cannot be read); is the .docx file complete?"),
    ("spreadsheet.docx", "a zip archive, but not a Word document: an Excel workbook (.xlsx)"),
    (
      "opendocument.odt",
      "a zip archive, but not a Word document: an OpenDocument text (.odt); convert it to .docx first (libreoffice --headless --convert-to docx FILE)"
    ),
    ("plain.zip", "a zip archive, but not a Word document (it has no word/document.xml)"),
    ("malformed_document.docx", "a damaged .docx: word/document.xml is not well-formed WordprocessingML"),
  ])
  func badInputIsOneClearLine(file: String, message: String) throws {
    let path = FixtureFiles.path("docx_bad_inputs/\(file)")
    let error = #expect(throws: ReadError.self) { try DocumentReader.read(contentsOf: path) }
    #expect(error?.description == "\(path): \(message)")
    #expect(error?.description.contains("\n") == false)
  }
}
