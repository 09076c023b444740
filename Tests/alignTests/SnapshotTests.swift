import Foundation
import TestSupport
import Testing

/// Golden files of the CLI's outputs on small real pairs, in
/// `Tests/alignTests/Snapshots/`. After a deliberate change of output, run
/// `RECORD_SNAPSHOTS=1 swift test --filter Snapshot` to rewrite them, and
/// review the diff before committing.
@Suite("CLI output snapshots")
struct SnapshotTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")
  static let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"

  static let draft = FixtureFiles.url(
    "ga_right_to_development_2001_draft_vs_adopted_en/undl_453500_draft_resolution_en.txt"
  ).path
  static let adopted = FixtureFiles.url(
    "ga_right_to_development_2001_draft_vs_adopted_en/A_RES_56_150_page3_partial_en.txt"
  ).path
  static let zh = FixtureFiles.url("sres2446_zh_en_complete/S_RES_2446_2018_zh.txt").path
  static let en = FixtureFiles.url("sres2446_zh_en_complete/S_RES_2446_2018_en.txt").path

  /// Runs `align` with a fixed terminal width and date, and writes file
  /// names relative to the package (so the snapshots do not depend on
  /// where the checkout is).
  static func output(_ arguments: [String], status: Int32) throws -> String {
    let run = try AlignRun(arguments, environment: ["COLUMNS": "100", "SOURCE_DATE_EPOCH": "0", "NO_COLOR": "1"])
    #expect(run.status == status, "\(run.stderr)")
    let root = FixtureFiles.root.deletingLastPathComponent().path + "/"
    return run.stdout.replacingOccurrences(of: root, with: "")
  }

  /// Compares `actual` with the golden file `name`, or records it.
  static func assertSnapshot(_ actual: String, named name: String) throws {
    let url = directory.appendingPathComponent(name)
    if recording {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      return
    }
    let expected = try #require(
      try? String(contentsOf: url, encoding: .utf8), "no snapshot \(name); record with RECORD_SNAPSHOTS=1")
    #expect(actual == expected, "\(name) differs from its snapshot; RECORD_SNAPSHOTS=1 rewrites it")
  }

  @Test func pairText() throws {
    try Self.assertSnapshot(try Self.output(["pair", Self.zh, Self.en], status: 0), named: "pair-2446.txt")
  }

  @Test func pairTSV() throws {
    try Self.assertSnapshot(
      try Self.output(["pair", Self.zh, Self.en, "--format", "tsv"], status: 0), named: "pair-2446.tsv")
  }

  @Test func pairJSON() throws {
    try Self.assertSnapshot(
      try Self.output(["pair", Self.zh, Self.en, "--format", "json"], status: 0), named: "pair-2446.json")
  }

  @Test func diffText() throws {
    try Self.assertSnapshot(try Self.output(["diff", Self.draft, Self.adopted], status: 1), named: "diff-ga.txt")
  }

  @Test func diffMarkdown() throws {
    try Self.assertSnapshot(
      try Self.output(["diff", Self.draft, Self.adopted, "--format", "markdown"], status: 1), named: "diff-ga.md")
  }

  @Test func reportHTML() throws {
    try Self.assertSnapshot(try Self.output(["report", Self.draft, Self.adopted], status: 0), named: "report-ga.html")
  }
}
