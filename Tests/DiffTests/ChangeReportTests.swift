import Alignment
import Diff
import Report
import Testing

/// `ChangeReport` checks a diff made elsewhere before any renderer sees it,
/// and carries the translation check's findings as found.
@Suite("Change report")
struct ChangeReportTests {
  static let old = DocumentReader.parse("第一条　总则。\n\n第二条　适用范围。\n")
  static let new = DocumentReader.parse("第一条　总则。\n\n第二条　适用范围和例外。\n")

  @Test func aDiffFromTheDocumentsIsAccepted() throws {
    let old = try #require(Self.old)
    let new = try #require(Self.new)
    let report = try ChangeReport(old: old, new: new, diff: DocumentDiff(from: old, to: new))
    #expect(report.diff == ChangeReport(old: old, new: new).diff)
    #expect(report.diff.summary.modified == 1)
  }

  @Test func anOldIndexOutOfRangeIsATypedError() throws {
    let old = try #require(Self.old)
    let new = try #require(Self.new)
    let diff = DocumentDiff(changes: [
      Change(op: .unchanged, old: [0], new: [0]), Change(op: .deleted, old: [7], new: []),
    ])
    #expect(throws: ChangeReport.InvalidDiff(change: 1, side: .old, paragraph: 7, count: old.paragraphs.count)) {
      try ChangeReport(old: old, new: new, diff: diff)
    }
  }

  @Test func aNegativeNewIndexIsATypedError() throws {
    let old = try #require(Self.old)
    let new = try #require(Self.new)
    let diff = DocumentDiff(changes: [Change(op: .inserted, old: [], new: [-1])])
    do {
      _ = try ChangeReport(old: old, new: new, diff: diff)
      Issue.record("an index of -1 was accepted")
    } catch {
      #expect(error == ChangeReport.InvalidDiff(change: 0, side: .new, paragraph: -1, count: new.paragraphs.count))
      #expect(
        error.description
          == "change 0 names new paragraph -1, but the new document has \(new.paragraphs.count) paragraphs")
    }
  }

  @Test func findingsReachTheRenderersTyped() throws {
    let new = try #require(DocumentReader.parse("1. The Council met on 5 May 2020.\n"))
    let translation = try #require(DocumentReader.parse("1. 安理会于2021年5月5日举行会议。\n"))
    let column = TranslationColumn(
      new: new, newName: "en.txt", translation: translation, translationName: "zh.txt", translationOld: nil,
      lexicon: nil)
    let finding = try #require(column.findings.first { $0.kind == .anchorMismatch })
    #expect(finding.anchor != nil)
    let report = JSONReport(ChangeReport(old: new, new: new, translation: column))
    #expect(report.translation?.findings == column.findings.map(\.message))
    #expect(report.translation?.findings.contains(finding.message) == true)
  }
}
