import Diff
import Foundation
import Testing

@testable import Alignment
@testable import Report

/// Reports written in pieces (`HTMLReport.write`, `MarkdownReport.write`,
/// `JSONReport.writeJSON`, the Word redline's document part) are the bytes
/// of the report rendered whole, in pieces of the asked size, and a sink's
/// error ends the writing.
@Suite("Report stream")
struct ReportStreamTests {
  typealias SinkFailure = StreamPieces.SinkFailure

  /// The 宪法 1982 → 2018 report, with its moves and renumberings.
  static func report() throws -> ChangeReport {
    let old = try Fixtures.constitution1982()
    let new = try Fixtures.constitution2018()
    return try ChangeReport(old: old, new: new, diff: DocumentDiff(from: old, to: new))
  }

  static func options(changesOnly: Bool) -> ReportOptions {
    ReportOptions(oldName: "1982.txt", newName: "2018.txt", changesOnly: changesOnly, generated: "now")
  }

  @Test(arguments: [(1, false), (1_000, false), (1 << 16, false), (1_000, true)])
  func htmlInPiecesIsThePage(chunkSize: Int, changesOnly: Bool) throws {
    let report = try Self.report()
    let options = Self.options(changesOnly: changesOnly)
    let whole = Array(HTMLReport.render(report, options: options).utf8)
    let pieces = try StreamPieces.collect {
      try HTMLReport.write(report, options: options, chunkSize: chunkSize, to: $0)
    }
    #expect(Array(pieces.joined()) == whole)
    StreamPieces.expectSized(pieces, chunkSize: chunkSize)
    // The page is larger than a piece: it did not come in one.
    #expect(pieces.count > 1)
  }

  @Test(arguments: [(1, false), (1_000, false), (1_000, true)])
  func markdownInPiecesIsTheText(chunkSize: Int, changesOnly: Bool) throws {
    let report = try Self.report()
    let options = Self.options(changesOnly: changesOnly)
    let whole = Array(MarkdownReport.render(report, options: options).utf8)
    let pieces = try StreamPieces.collect {
      try MarkdownReport.write(report, options: options, chunkSize: chunkSize, to: $0)
    }
    #expect(Array(pieces.joined()) == whole)
    StreamPieces.expectSized(pieces, chunkSize: chunkSize)
    #expect(pieces.count > 1)
  }

  @Test(arguments: [(1, false), (1_000, false), (1_000, true)])
  func jsonInPiecesIsTheData(chunkSize: Int, changesOnly: Bool) throws {
    let json = JSONReport(try Self.report(), options: Self.options(changesOnly: changesOnly))
    let whole = Array(try json.jsonData())
    let pieces = try StreamPieces.collect { try json.writeJSON(chunkSize: chunkSize, to: $0) }
    #expect(Array(pieces.joined()) == whole)
    StreamPieces.expectSized(pieces, chunkSize: chunkSize)
    #expect(pieces.count > 1)
  }

  /// `JSONReport.write`, which makes each change as it writes it, gives the
  /// bytes of the report built whole.
  @Test(arguments: [(1, false), (1_000, false), (1_000, true), (1 << 16, true)])
  func jsonWrittenChangeByChangeIsTheData(chunkSize: Int, changesOnly: Bool) throws {
    let report = try Self.report()
    let options = Self.options(changesOnly: changesOnly)
    let whole = Array(try JSONReport(report, options: options).jsonData())
    let pieces = try StreamPieces.collect {
      try JSONReport.write(report, options: options, chunkSize: chunkSize, to: $0)
    }
    #expect(Array(pieces.joined()) == whole)
    StreamPieces.expectSized(pieces, chunkSize: chunkSize)
  }

  @Test func aSinksErrorEndsTheWriting() throws {
    let report = try Self.report()
    for write in [HTMLReport.write, MarkdownReport.write] {
      var calls = 0
      #expect(throws: SinkFailure()) {
        try write(report, Self.options(changesOnly: false), 1_000) { _ in
          calls += 1
          if calls == 2 { throw SinkFailure() }
        }
      }
      // Nothing more was handed on after the failure.
      #expect(calls == 2)
    }
    var calls = 0
    #expect(throws: SinkFailure()) {
      try JSONReport(report, options: Self.options(changesOnly: false)).writeJSON(chunkSize: 1_000) { _ in
        calls += 1
        if calls == 2 { throw SinkFailure() }
      }
    }
    #expect(calls == 2)
    calls = 0
    #expect(throws: SinkFailure()) {
      try JSONReport.write(report, options: Self.options(changesOnly: false), chunkSize: 1_000) { _ in
        calls += 1
        if calls == 2 { throw SinkFailure() }
      }
    }
    #expect(calls == 2)
  }

  // MARK: Word

  static let revision = WordRedline.Revision(author: "align", date: "2026-06-26T00:00:00Z")

  static func body(_ report: ChangeReport) -> Report.WordBody {
    Report.WordBody(old: report.old, new: report.new, diff: report.diff, revision: revision)
  }

  @Test(arguments: [1, 999, 16_384])
  func wordDocumentPartReadInPiecesIsTheXML(count: Int) throws {
    let report = try Self.report()
    let whole = Array(WordRedline.documentXML(report, revision: Self.revision).utf8)
    var part = WordDocumentPart { Self.body(report) }
    #expect(part.size == whole.count)
    var read: [UInt8] = []
    while read.count < part.size {
      let piece = try part.read(at: Int64(read.count), count: min(count, part.size - read.count))
      #expect(piece.count == min(count, part.size - read.count))
      read += piece
    }
    #expect(read == whole)
    try part.checkComplete()
  }

  @Test func wordDocumentPartRefusesReadsOutOfOrderAndPastItsEnd() throws {
    let report = try Self.report()
    var part = WordDocumentPart { Self.body(report) }
    #expect(throws: WordRedlineError.self) { try part.read(at: 10, count: 10) }
    _ = try part.read(at: 0, count: part.size - 5)
    #expect(throws: WordRedlineError.self) { try part.checkComplete() }
    #expect(throws: WordRedlineError.self) { try part.read(at: Int64(part.size - 5), count: 10) }
  }

  @Test func docxHoldsTheDocumentPart() throws {
    let report = try Self.report()
    let data = try WordRedline.render(report, revision: Self.revision)
    let archive = try WordArchive(data: data)
    let xml = try #require(try archive.data(at: "word/document.xml"))
    #expect(Array(xml) == Array(WordRedline.documentXML(report, revision: Self.revision).utf8))
    #expect(try archive.data(at: "word/styles.xml") != nil)
    #expect(try archive.data(at: "[Content_Types].xml") != nil)
  }
}
