import Foundation
import TestSupport
import Testing

/// `align report --format docx`: a Word redline, written whole, the same
/// bytes for the same files.
@Suite("align report --format docx")
struct RedlineCommandTests {
  static let folder = FixtureFiles.url("cn_law_versions")
  static let old = folder.appendingPathComponent("中华人民共和国商标法_2019-04-23_历史版本.txt").path
  static let new = folder.appendingPathComponent("中华人民共和国商标法_2026-06-26_现行有效.txt").path

  @Test func writesTheSameWordFileTwice() throws {
    let dir = try Paths.temporaryDirectory()
    var files: [Data] = []
    for name in ["a.docx", "b.docx"] {
      let target = dir.appendingPathComponent(name).path
      let run = try AlignRun(["report", Self.old, Self.new, "--format", "docx", "-o", target])
      #expect(run.status == 0, "\(run.stderr)")
      files.append(try Data(contentsOf: URL(fileURLWithPath: target)))
    }
    #expect(files[0] == files[1])
    #expect(files[0].prefix(2) == Data("PK".utf8))
    #expect(files[0].count > 10_000)
  }

  @Test func pinnedDateChangesOnlyTheDate() throws {
    let dir = try Paths.temporaryDirectory()
    let a = dir.appendingPathComponent("a.docx").path
    let b = dir.appendingPathComponent("b.docx").path
    #expect(
      try AlignRun(["report", Self.old, Self.new, "--format", "docx", "--generated", "2026-06-26T00:00:00Z", "-o", a])
        .status == 0)
    #expect(
      try AlignRun(["report", Self.old, Self.new, "--format", "docx", "--generated", "2026-06-27T00:00:00Z", "-o", b])
        .status == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: a)) != Data(contentsOf: URL(fileURLWithPath: b)))
  }
}
