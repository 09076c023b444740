import Alignment
import Diff
import Foundation
import TestSupport
import Testing

/// The real General Assembly draft "The right to development" (2001)
/// against page 3 of the adopted A/RES/56/150: paragraphs 2–4 of the
/// adopted page, with the draft's real edits ("this proposal" → "that
/// proposal" in 3; "request by the Commission on Human Rights for the
/// independent expert to clarify" → "request … that the independent expert
/// clarify" in 5).
@Suite("GA draft → adopted A/RES/56/150")
struct DraftAdoptedTests {
  static let folder = FixtureFiles.url("ga_right_to_development_2001_draft_vs_adopted_en")
  let draft: Document
  let adopted: Document
  let diff: DocumentDiff

  init() throws {
    draft = try DocumentReader.read(
      contentsOf: Self.folder.appendingPathComponent("undl_453500_draft_resolution_en.txt").path)
    adopted = try DocumentReader.read(
      contentsOf: Self.folder.appendingPathComponent("A_RES_56_150_page3_partial_en.txt").path)
    diff = DocumentDiff(from: draft, to: adopted)
  }

  @Test func invariantsHold() throws {
    try diff.checkInvariants(old: draft, new: adopted)
  }

  func change(adoptedPath path: [String]) throws -> Change {
    let index = try #require(adopted.paragraphs.firstIndex { $0.path == path }, "no paragraph \(path)")
    return try #require(diff.changes.first { $0.new.contains(index) })
  }

  /// The adopted page starts mid-paragraph 1 and stops in 5 (b); the 42
  /// other draft paragraphs (preamble, 6–25) are not on it.
  @Test func counts() {
    let s = diff.summary
    #expect(adopted.paragraphs.map(\.path) == [[], ["2"], ["3"], ["4"], ["5"], ["5", "a"], ["5", "b"]])
    #expect(s.unchanged == 2 && s.modified == 5 && s.deleted == 42)
    #expect(s.inserted == 0 && s.split == 0 && s.merged == 0 && s.moved == 0)
  }

  /// The real edits, word by word.
  @Test func draftingEdits() throws {
    let three = try change(adoptedPath: ["3"])
    #expect(three.op == .modified)
    #expect(three.edits.filter { $0.op != .equal }.map(\.text) == ["this", "that"])
    let five = try change(adoptedPath: ["5"])
    #expect(five.op == .modified)
    #expect(five.edits.filter { $0.op != .equal }.map(\.text) == ["for", "that", "to "])
    // The adopted text adds a footnote marker "10" to paragraph 2.
    let two = try change(adoptedPath: ["2"])
    #expect(two.edits.filter { $0.op != .equal }.map(\.text) == ["10 "])
    #expect(try change(adoptedPath: ["4"]).op == .unchanged)
    #expect(try change(adoptedPath: ["5", "a"]).op == .unchanged)
  }

  /// The truncated last item: its draft text lost words after "a".
  @Test func truncatedItem() throws {
    let item = try change(adoptedPath: ["5", "b"])
    #expect(item.op == .modified)
    #expect(item.edits.newText == "The formulation of a")
  }
}
