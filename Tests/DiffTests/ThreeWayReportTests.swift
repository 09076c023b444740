import Alignment
import Diff
import Foundation
import Report
import TestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `align report DRAFT-EN ADOPTED-EN --translation ADOPTED-ZH
/// --translation-old DRAFT-ZH` on S/RES/2446, with drafts made in the test:
/// the English draft extended the mandate to a different date; in one case
/// the Chinese draft said the same, in the other the translator forgot to
/// revise it.
@Suite("Three-way report")
struct ThreeWayReportTests {
  static let folder = FixtureFiles.url("sres2446_zh_en_complete")

  static func read(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  static func report(chineseDraftRevised: Bool) throws -> ParsedReport {
    let english = try read("S_RES_2446_2018_en.txt")
    let chinese = try read("S_RES_2446_2018_zh.txt")
    let englishDraft = english.replacingOccurrences(
      of: "extend until 15 December 2018", with: "extend until 15 January 2019")
    let chineseDraft =
      chineseDraftRevised
      ? chinese.replacingOccurrences(of: "延至2018年12月15日", with: "延至2019年1月15日") : chinese
    let old = try #require(DocumentReader.parse(englishDraft))
    let new = try #require(DocumentReader.parse(english))
    let translation = try #require(DocumentReader.parse(chinese))
    let translationOld = try #require(DocumentReader.parse(chineseDraft))
    let column = TranslationColumn(
      new: new, newName: "adopted-en.txt", translation: translation, translationName: "adopted-zh.txt",
      translationOld: translationOld, lexicon: .cedict)
    let diff = DocumentDiff(from: old, to: new, options: .init(words: .forLanguage(.english)))
    let html = HTMLReport.render(
      try ChangeReport(old: old, new: new, diff: diff, translation: column),
      options: ReportOptions(oldName: "draft-en.txt", newName: "adopted-en.txt"))
    return try ParsedReport(html)
  }

  /// The computed three-way report and its options, for the Markdown and
  /// JSON forms.
  static func inputs(chineseDraftRevised: Bool) throws -> (ChangeReport, ReportOptions) {
    let english = try read("S_RES_2446_2018_en.txt")
    let chinese = try read("S_RES_2446_2018_zh.txt")
    let englishDraft = english.replacingOccurrences(
      of: "extend until 15 December 2018", with: "extend until 15 January 2019")
    let chineseDraft =
      chineseDraftRevised
      ? chinese.replacingOccurrences(of: "延至2018年12月15日", with: "延至2019年1月15日") : chinese
    let old = try #require(DocumentReader.parse(englishDraft))
    let new = try #require(DocumentReader.parse(english))
    let column = TranslationColumn(
      new: new, newName: "adopted-en.txt", translation: try #require(DocumentReader.parse(chinese)),
      translationName: "adopted-zh.txt", translationOld: DocumentReader.parse(chineseDraft),
      lexicon: .cedict)
    let diff = DocumentDiff(from: old, to: new, options: .init(words: .forLanguage(.english)))
    return (
      try ChangeReport(old: old, new: new, diff: diff, translation: column),
      ReportOptions(oldName: "draft-en.txt", newName: "adopted-en.txt")
    )
  }

  @Test func markdownHasTheTranslationColumn() throws {
    let (report, options) = try Self.inputs(chineseDraftRevised: false)
    let markdown = MarkdownReport.render(report, options: options)
    let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }
    let header = try #require(rows.first { $0.hasPrefix("| No. |") })
    #expect(header.hasSuffix("| New · zh-Hans |"))
    let modified = try #require(rows.first { $0.contains("<ins>December 2018</ins>") })
    // Four cells: number, old, new, translation (flagged as not revised).
    #expect(modified.components(separatedBy: " | ").count == 4)
    #expect(modified.contains("| <mark>translation not revised</mark><br>1. 决定将第2387(2017)号决议"))
    #expect(markdown.contains("## Consistency of the translation"))
  }

  @Test func jsonHasTheTranslationOfEachChange() throws {
    let (computed, options) = try Self.inputs(chineseDraftRevised: false)
    let report = JSONReport(computed, options: options)
    let translation = try #require(report.translation)
    #expect(translation.language == "zh-Hans" && translation.comparedWithOld)
    let flagged = report.changes.filter { $0.translation?.needsRevision == true }
    #expect(flagged.map(\.op) == [.modified])
    #expect(flagged.first?.translation?.text?.contains("延至2018年12月15日") == true)
    #expect(report.changes.allSatisfy { $0.translation != nil })
    // The one-pass writer gives the encoder's bytes, translation included.
    var encoded = try JSONEncoder.alignOutput().encode(report)
    encoded.append(0x0A)
    #expect(try report.jsonData() == encoded)
    let (computed2, options2) = try Self.inputs(chineseDraftRevised: true)
    let revised = JSONReport(computed2, options: options2)
    #expect(revised.changes.allSatisfy { $0.translation?.needsRevision == false })
  }

  @Test func translationBesideEachParagraph() throws {
    let report = try Self.report(chineseDraftRevised: true)
    let rows = try report.articleRows()
    #expect(rows.count == 6)
    let cells = try report.elements("//td[@class='translation']")
    #expect(cells.count == 6)
    #expect(cells.allSatisfy { $0.attribute(forName: "lang")?.stringValue == "zh-Hans" })
    #expect(cells[4].stringValue?.contains("延至2018年12月15日") == true)
    // Both languages were revised together: nothing to flag.
    #expect(try report.nodes("//span[contains(@class, 'needs-revision')]").isEmpty)
    #expect(try report.text("//section[@id='check']/p[@class='no-findings']") != nil)
  }

  @Test func unrevisedTranslationIsFlagged() throws {
    let report = try Self.report(chineseDraftRevised: false)
    let flagged = try report.elements("//tr[.//span[contains(@class, 'needs-revision')]]")
    #expect(flagged.count == 1)
    #expect(flagged.first?.attribute(forName: "data-kinds")?.stringValue == "modified")
    #expect(flagged.first.flatMap { $0.stringValue }?.contains("15 January 2019") == true)
  }
}
