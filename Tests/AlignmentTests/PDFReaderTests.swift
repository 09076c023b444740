import Foundation
import TestSupport
import Testing

@testable import Alignment

/// The PDF front end on real files: two PRC laws, five Security Council
/// drafts, two Constitution revisions typeset by LibreOffice, and bad inputs.
@Suite("Reading PDF")
struct PDFReaderTests {
  static let civilCode = "prc_law_pdf_docx/中华人民共和国民法典.pdf"
  static let civilCodeRaw = "prc_law_pdf_docx/中华人民共和国民法典.raw.txt"
  static let cybersecurityLaw = "prc_law_pdf_docx/中华人民共和国网络安全法.pdf"

  static func extracted(_ relative: String) throws -> ExtractedText {
    let data = try Data(contentsOf: URL(fileURLWithPath: FixtureFiles.path(relative)))
    return try PDFFrontEnd.extract(data, name: relative)
  }

  /// Each article's text (its own paragraphs and items, labels included
  /// after the first), by number.
  static func articles(_ document: Document) -> [Int: String] {
    var result: [Int: String] = [:]
    for paragraph in document.paragraphs where paragraph.kind != .heading {
      guard let first = paragraph.path.first, let number = Int(first) else { continue }
      let label = paragraph.kind == .numbered ? "" : paragraph.label ?? ""
      result[number, default: ""] += label + paragraph.text.split(separator: "\n").joined()
    }
    return result
  }

  /// The Code's seven books (编) and the eight sub-parts (分编) of books 2
  /// and 3 are headings, in order, after the table of contents; the first
  /// book and chapter head the body.
  @Test func civilCodeDivisionsAreHeadings() throws {
    let document = try Fixtures.document(Self.civilCode)
    let divisions = document.paragraphs.filter { ["part", "subpart"].contains($0.path.first ?? "") }
    #expect(
      divisions.map { $0.path.joined(separator: ".") + " " + $0.text } == [
        "part.1 总则", "part.2 物权", "subpart.1 通则", "subpart.2 所有权", "subpart.3 用益物权",
        "subpart.4 担保物权", "subpart.5 占有", "part.3 合同", "subpart.1 通则", "subpart.2 典型合同",
        "subpart.3 准合同", "part.4 人格权", "part.5 婚姻家庭", "part.6 继承", "part.7 侵权责任",
      ])
    #expect(document.paragraphs.prefix(3).map(\.text) == ["总则", "基本规定", document.paragraphs[2].text])
    #expect(document.paragraphs[2].label == "第一条")
  }

  static func withoutSpaces(_ text: some StringProtocol) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.isSpace && $0 != "\n" }))
  }

  @Test func civilCodeHasEveryArticleInOrder() throws {
    let document = try Fixtures.document(Self.civilCode)
    #expect(document.format == .pdf)
    let numbered = document.paragraphs.filter { $0.kind == .numbered }
    #expect(numbered.map { $0.path.first ?? "" } == (1...1260).map(String.init))
    #expect(numbered.first?.label == "第一条")
    #expect(numbered.last?.label == "第一千二百六十条")
    #expect(numbered.allSatisfy { ($0.label ?? "").hasPrefix("第") && ($0.label ?? "").hasSuffix("条") })
  }

  /// The independent form: `pdftotext -raw` of the same PDF (committed),
  /// cut into articles at lines opening with the next article's number,
  /// page numbers and headings dropped, all whitespace removed.
  static func rawArticles() throws -> [Int: String] {
    let raw = try FixtureFiles.text(Self.civilCodeRaw)
    let opening = /^第([〇零一二三四五六七八九十百千]+)条[ 　]/
    let heading = /^(第[一二三四五六七八九十百]+(编|分编|章|节)[ 　]|附[ 　]?则$)/
    var articles: [Int: String] = [:]
    var current = 0
    for line in raw.split(whereSeparator: \.isNewline) {
      let text = line.trimmingCharacters(in: .whitespaces)
      if text.isEmpty || text.allSatisfy(\.isASCIIDigit) || text.contains("\u{0C}") { continue }
      if let match = text.prefixMatch(of: opening), ChineseNumeral.parse(match.1) == current + 1 {
        current += 1
        articles[current] = withoutSpaces(text.dropFirst(match.0.count))
        continue
      }
      guard current > 0, text.prefixMatch(of: heading) == nil else { continue }
      articles[current, default: ""] += withoutSpaces(text)
    }
    return articles
  }

  @Test func civilCodeArticlesHaveTheCharactersOfAnIndependentExtraction() throws {
    let document = try Fixtures.document(Self.civilCode)
    let read = Self.articles(document)
    let raw = try Self.rawArticles()
    #expect(raw.count == 1260)
    var compared = 0
    for number in 1...1260 {
      let mine = Self.withoutSpaces(read[number] ?? "")
      #expect(mine == raw[number], "第\(number)条")
      compared += 1
    }
    #expect(compared == 1260)
  }

  @Test func civilCodeHasNoSpaceInsideChinese() throws {
    let document = try Fixtures.document(Self.civilCode)
    let spaced = /[\p{Han}，。；：、（）《》“”] [\p{Han}，。；：、（）《》“”]/
    let articles = Self.articles(document)
    #expect(articles.count == 1260)
    let offending = articles.filter { $0.value.contains(spaced) }
    #expect(offending.isEmpty)
    // Footers ("7") are out of the body.
    let extracted = try Self.extracted(Self.civilCode)
    #expect(extracted.discarded.filter { $0.allSatisfy(\.isASCIIDigit) }.count == 234)
  }

  @Test func cybersecurityLawHasArticles1To79() throws {
    let document = try Fixtures.document(Self.cybersecurityLaw)
    let numbered = document.paragraphs.filter { $0.kind == .numbered }
    #expect(numbered.map { $0.path.first ?? "" } == (1...79).map(String.init))
    #expect(numbered.last?.label == "第七十九条")
    #expect(document.paragraphs.filter { $0.kind == .heading }.count == 9)
  }

  struct Draft: Sendable, CustomTestStringConvertible {
    var name: String
    var symbol: String
    var jobNumber: String
    var pages: Int
    /// Paragraphs before operative paragraph 1 (preambular paragraphs and
    /// headings), counted by reading `pdftotext -layout` of the PDF.
    var preamble: Int
    var operative: [String]
    var testDescription: String { name }
  }

  static func labels(_ range: ClosedRange<Int>, except: Set<Int> = []) -> [String] {
    range.filter { !except.contains($0) }.map { "\($0)." }
  }

  static let drafts: [Draft] = [
    Draft(
      name: "S_2017_77-EN", symbol: "S/2017/77", jobNumber: "17-01285", pages: 12, preamble: 29,
      operative: labels(1...39)),
    Draft(
      name: "S_2018_221-EN", symbol: "S/2018/221", jobNumber: "18-04038", pages: 13, preamble: 33,
      operative: labels(1...35)),
    Draft(
      name: "S_2018_693-EN", symbol: "S/2018/693", jobNumber: "18-11688", pages: 15, preamble: 38,
      operative: labels(1...57)),
    // Paragraph 11 is printed "11 Condemns", without its full stop.
    Draft(
      name: "S_2024_400-EN", symbol: "S/2024/400", jobNumber: "24-09272", pages: 6, preamble: 22,
      operative: labels(1...16, except: [11])),
    // The resolution (1-6), then Annex I (1-15) and Annex II (1-12).
    Draft(
      name: "S_2024_557-EN", symbol: "S/2024/557", jobNumber: "24-13337", pages: 8, preamble: 6,
      operative: labels(1...6) + labels(1...15) + labels(1...12)),
  ]

  @Test(arguments: drafts) func draftParagraphs(_ draft: Draft) throws {
    let document = try Fixtures.document("unsc_draft_pdfs_unbench/\(draft.name).pdf")
    #expect(document.frontMatter.symbol == draft.symbol)
    let firstOperative = try #require(document.paragraphs.firstIndex { $0.kind == .numbered })
    #expect(firstOperative == draft.preamble)
    #expect(document.paragraphs.filter { $0.kind == .numbered }.compactMap(\.label) == draft.operative)
  }

  @Test(arguments: drafts) func draftBodyHasNoPageFurniture(_ draft: Draft) throws {
    let document = try Fixtures.document("unsc_draft_pdfs_unbench/\(draft.name).pdf")
    let extracted = try Self.extracted("unsc_draft_pdfs_unbench/\(draft.name).pdf")
    let pageNumber = /(^|\s)\d{1,2}\/\d{1,2}(\s|$)/
    for paragraph in document.paragraphs {
      #expect(!paragraph.text.contains(draft.jobNumber), "\(paragraph.text.prefix(60))")
      #expect(!paragraph.text.contains(draft.symbol), "\(paragraph.text.prefix(60))")
      #expect(!paragraph.text.contains(pageNumber), "\(paragraph.text.prefix(60))")
      #expect(!paragraph.text.contains("*\(draft.jobNumber.replacingOccurrences(of: "-", with: ""))*"))
    }
    // Every page after the first has its symbol and job number discarded,
    // and every page its number ("2/6").
    #expect(extracted.discarded.filter { $0 == draft.symbol }.count == draft.pages - 1)
    #expect(extracted.discarded.filter { $0.hasPrefix(draft.jobNumber) }.count == draft.pages)
    #expect(extracted.discarded.filter { $0.hasSuffix("/\(draft.pages)") }.count == draft.pages - 1)
  }

  @Test func footnoteIsANoteOfItsParagraph() throws {
    let document = try Fixtures.document("unsc_draft_pdfs_unbench/S_2024_400-EN.pdf")
    let withNotes = document.paragraphs.filter { !$0.notes.isEmpty }
    #expect(withNotes.count == 1)
    #expect(withNotes.first?.text.hasPrefix("Taking note of the contribution of the updated Aide Memoire") == true)
    // The mark "1" after "armed conflict," is not in the text.
    #expect(withNotes.first?.text.hasSuffix("protection of civilians in armed conflict,") == true)
    #expect(withNotes.first?.notes == ["1 The initial Aide Memoire was adopted on 15 March 2002 in S/PRST/2002/6."])
    #expect(!document.paragraphs.contains { $0.text.contains("initial Aide Memoire was adopted") })
  }

  @Test func annexFootnotesAreOutOfTheBody() throws {
    let document = try Fixtures.document("unsc_draft_pdfs_unbench/S_2024_557-EN.pdf")
    let notes = document.paragraphs.flatMap(\.notes)
    #expect(notes.count == 3)
    #expect(notes.first?.hasPrefix("1 Petitions submitted before the date of the adoption of this resolution") == true)
    #expect(
      notes.last
        == "3 The summary is distinct from a recommendation. The Focal Point will not make a recommendation on the petition."
    )
    #expect(!document.paragraphs.contains { $0.text.contains("The summary is distinct from a recommendation") })
  }

  static let badInputs: [(String, PDFProblem)] = [
    ("scanned.pdf", .noTextLayer),
    ("encrypted.pdf", .encrypted),
    ("truncated.pdf", .truncated),
    ("damaged.pdf", .damaged("Command token too long")),
  ]

  @Test(arguments: badInputs) func badInputIsATypedError(_ name: String, _ problem: PDFProblem) throws {
    let path = FixtureFiles.path("pdf_bad_inputs/\(name)")
    #expect(throws: ReadError(file: path, reason: .format(.pdf(problem)))) {
      try DocumentReader.read(contentsOf: path)
    }
    #expect(!problem.description.contains("\n"))
  }

  @Test func missingPdftotextNamesThePackage() {
    #expect(PDFToText.executable(path: "/nonexistent-directory") == nil)
    #expect(PDFToText.executable(path: "/usr/bin:/bin") != nil)
    #expect(PDFProblem.readerMissing.description.contains("poppler-utils"))
  }

  @Test func endMarkerIsLookedForNearTheEnd() {
    #expect(PDFFrontEnd.endsWithEndMarker(Data("%PDF-1.7\n…\n%%EOF\n".utf8), window: 1024))
    #expect(!PDFFrontEnd.endsWithEndMarker(Data("%PDF-1.7\n%%EOF\n".utf8) + Data(count: 2000), window: 1024))
  }

  /// The 1982 and 2018 Constitution, typeset as PDF from the text fixtures
  /// by LibreOffice (scripts/make-constitution-pdfs.sh).
  @Test func constitutionDiffFromPDFIsTheDiffFromText() throws {
    let texts = try [Fixtures.constitution1982, Fixtures.constitution2018].map { try Fixtures.document($0) }
    let pdfs = try ["1982-12-04_历史版本", "2018-03-11_现行有效"].map {
      try Fixtures.document("cn_law_versions_pdf/中华人民共和国宪法_\($0).pdf")
    }
    #expect(pdfs.map { $0.paragraphs.count } == texts.map { $0.paragraphs.count })
    #expect(pdfs.allSatisfy { $0.format == .pdf })
    for (pdf, text) in zip(pdfs, texts) {
      #expect(pdf.paragraphs.map { $0.label } == text.paragraphs.map { $0.label })
      #expect(pdf.paragraphs.map { $0.text } == text.paragraphs.map { $0.text })
    }
  }
}

/// The geometry on constructed pages, where no real file shows a case.
@Suite("PDF geometry")
struct PDFGeometryTests {
  static func line(_ text: String, x: Double, y: Double, width: Double, height: Double = 10) -> PDFLine {
    let box = PDFBox(xMin: x, yMin: y, xMax: x + width, yMax: y + height)
    return PDFLine(words: [PDFWord(text: text, box: box)], box: box)
  }

  @Test func twoColumnPageReadsDownTheLeftColumnFirst() {
    var lines = [Self.line("Title across the page", x: 50, y: 40, width: 500)]
    for row in 0..<8 {
      lines.append(Self.line("left \(row)", x: 50, y: 80 + Double(row) * 12, width: 230))
      lines.append(Self.line("right \(row)", x: 320, y: 80 + Double(row) * 12, width: 230))
    }
    let page = PDFPage(number: 1, width: 600, height: 800, lines: lines)
    let segments = PDFColumns.segments(of: page, options: PDFLayoutOptions())
    #expect(segments.map(\.column) == [0, 1, 2])
    #expect(
      segments.flatMap { $0.lines.map { $0.words[0].text } }
        == ["Title across the page"] + (0..<8).map { "left \($0)" } + (0..<8).map { "right \($0)" })
  }

  @Test func singleColumnPageIsOneSegment() {
    let lines = (0..<12).map { Self.line("line \($0)", x: 50, y: 80 + Double($0) * 12, width: 500) }
    let page = PDFPage(number: 1, width: 600, height: 800, lines: lines)
    #expect(PDFColumns.segments(of: page, options: PDFLayoutOptions()).map(\.column) == [0])
  }

  @Test func wordsJoinByGapAndScript() {
    func word(_ text: String, _ x: Double, _ width: Double) -> PDFWord {
      PDFWord(text: text, box: PDFBox(xMin: x, yMin: 0, xMax: x + width, yMax: 10))
    }
    let options = PDFLayoutOptions()
    // pdftotext's break between CJK and digits is no space; a half-em gap is.
    #expect(PDFRow.joined([word("（2016", 0, 30), word("年", 32.5, 10)], options: options) == "（2016年")
    #expect(PDFRow.joined([word("第十二条", 0, 40), word("中华", 45, 20)], options: options) == "第十二条 中华")
    #expect(PDFRow.joined([word("S", 0, 5), word("/2024/400", 5.2, 40)], options: options) == "S/2024/400")
    #expect(PDFRow.joined([word("armed", 0, 25), word("conflict", 27.5, 35)], options: options) == "armed conflict")
  }
}
