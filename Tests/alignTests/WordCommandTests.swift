import Foundation
import TestSupport
import Testing

/// Word files through every reading command, as a user runs them: one file
/// with tracked changes compared with itself, before against after.
@Suite("align on Word files")
struct WordCommandTests {
  static let tracked = FixtureFiles.url("docx_generated/jindufa_tracked_zh.docx").path
  static let english = FixtureFiles.url("docx_generated/right_to_development_en.docx").path

  @Test func parseReadsAcceptedOrOriginal() throws {
    let accepted = try AlignRun(["parse", Self.tracked, "--format", "json"])
    let original = try AlignRun(["parse", Self.tracked, "--format", "json", "--revisions", "original"])
    #expect(accepted.status == 0 && original.status == 0)
    #expect(accepted.stdout.contains("\"format\" : \"docx\"") || accepted.stdout.contains("\"format\": \"docx\""))
    #expect(accepted.stdout.contains("芬太尼类物质"))
    #expect(!accepted.stdout.contains("社会捐赠"))
    #expect(!original.stdout.contains("芬太尼类物质"))
    #expect(original.stdout.contains("社会捐赠"))
  }

  @Test func diffOfOneFileBeforeAgainstAfter() throws {
    let same = try AlignRun(["diff", Self.tracked, Self.tracked])
    #expect(same.status == 0)
    #expect(same.stdout.isEmpty)
    let run = try AlignRun(["diff", Self.tracked, Self.tracked, "--old-revisions", "original"])
    #expect(run.status == 1)
    #expect(run.stderr.isEmpty)
    #expect(run.stdout.contains("第七条, deleted\n[-国家鼓励对禁毒工作的社会捐赠，并依法给予税收优惠。-]"))
    #expect(run.stdout.contains("第十条, inserted\n{+国家建立健全毒品监测预警机制，及时掌握新精神活性物质的滥用情况。+}"))
    #expect(run.stdout.contains("[-应当-]{+必须+}"))
    #expect(run.stdout.contains("可卡因{+、芬太尼类物质+}"))
    // The same comparison the other way round.
    let reverse = try AlignRun([
      "diff", Self.tracked, Self.tracked, "--revisions", "original", "--new-revisions", "accepted",
    ])
    #expect(reverse.stdout == run.stdout)
  }

  @Test func reportOfOneFileBeforeAgainstAfter() throws {
    let run = try AlignRun([
      "report", Self.tracked, Self.tracked, "--old-revisions", "original", "--format", "json", "--generated", "T",
    ])
    #expect(run.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let summary = try #require(json["summary"] as? [String: Int])
    #expect(summary["deleted"] == 1)
    #expect(summary["inserted"] == 1)
    #expect(summary["modified"] == 3)
  }

  @Test func pairAndCheckTakeTheOption() throws {
    let check = try AlignRun(["check", Self.english, Self.english, "--revisions", "original"])
    #expect(check.status == 0)
    let pair = try AlignRun(["pair", Self.english, Self.english, "--format", "tsv", "--revisions", "accepted"])
    #expect(pair.status == 0)
    #expect(pair.stdout.contains("Welcomes the holding of two sessions"))
    let bad = try AlignRun(["parse", Self.english, "--revisions", "final"])
    #expect(bad.status == 2)
  }

  @Test(arguments: ["legacy_word97.doc", "truncated.docx", "spreadsheet.docx", "plain.zip"])
  func badWordInputWritesNothing(file: String) throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = FixtureFiles.url("docx_bad_inputs/\(file)").path
    let output = directory.appendingPathComponent("report.html")
    let run = try AlignRun(["report", input, Self.tracked, "-o", output.path])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.hasPrefix("align: \(input): "))
    #expect(run.stderr.split(separator: "\n").count == 1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
  }
}
