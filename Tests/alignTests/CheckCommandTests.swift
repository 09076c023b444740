import Foundation
import TestSupport
import Testing

@Suite("align check")
struct CheckCommandTests {
  static let folder = FixtureFiles.url("sres2446_zh_en_complete")
  static let zh = folder.appendingPathComponent("S_RES_2446_2018_zh.txt").path
  static let en = folder.appendingPathComponent("S_RES_2446_2018_en.txt").path

  @Test func agreeingVersionsExitZero() throws {
    let run = try AlignRun(["check", Self.zh, Self.en])
    #expect(run.status == 0, "\(run.stdout)")
    #expect(run.stdout.isEmpty)
  }

  @Test func changedNumbersAreReported() throws {
    var english = try String(contentsOfFile: Self.en, encoding: .utf8)
    english = english.replacingOccurrences(of: "extend until 15 December 2018", with: "extend until 16 December 2018")
    english = english.replacingOccurrences(of: "resolution 2387 (2017);", with: "resolution 2388 (2017);")
    let file = try Paths.temporaryDirectory().appendingPathComponent("en.txt")
    try Data(english.utf8).write(to: file)
    let run = try AlignRun(["check", Self.zh, file.path])
    #expect(run.status == 1)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    let location = "\(Self.zh) ¶ 1 ↔ \(file.path) ¶ 1: "
    #expect(
      Set(lines) == [
        location + "date 2018-12-15 only in \(Self.zh)",
        location + "resolution 2387 (2017) only in \(Self.zh)",
        location + "date 2018-12-16 only in \(file.path)",
        location + "resolution 2388 (2017) only in \(file.path)",
      ])
    let json = try AlignRun(["check", Self.zh, file.path, "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "align.check/1")
    #expect((object["counts"] as? [String: Int])?["anchor-mismatch"] == 4)
  }

  @Test func missingFile() throws {
    let run = try AlignRun(["check", Self.zh, "/nonexistent/en.txt"])
    #expect(run.status == 2)
    #expect(run.stderr == "align: /nonexistent/en.txt: no such file\n")
  }
}
