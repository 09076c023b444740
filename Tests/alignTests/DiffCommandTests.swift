import Foundation
import TestSupport
import Testing

@Suite("align diff")
struct DiffCommandTests {
  /// The seed with operative 25's "12 个月" made "18 个月", operative 24
  /// deleted and 25-26 renumbered 24-25, as a reviser might.
  static func revisedSeed() throws -> String {
    let seed = try String(contentsOfFile: Paths.seed, encoding: .utf8)
    var lines = seed.components(separatedBy: "\n")
    let start = try #require(lines.firstIndex { $0.hasPrefix(" 24. ") })
    let end = try #require(lines.firstIndex { $0.hasPrefix(" 25. ") })
    lines.removeSubrange(start..<end)
    var text = lines.joined(separator: "\n")
    text = text.replacingOccurrences(of: " 25. 请秘书长在 12 个月内", with: " 24. 请秘书长在 18 个月内")
    text = text.replacingOccurrences(of: " 26. 决定继续处理此案", with: " 25. 决定继续处理此案")
    let file = try Paths.temporaryDirectory().appendingPathComponent("revised.txt")
    try Data(text.utf8).write(to: file)
    return file.path
  }

  @Test func identicalInputsExitZero() throws {
    let run = try AlignRun(["diff", Paths.seed, Paths.seed])
    #expect(run.status == 0)
    #expect(run.stdout.isEmpty)
  }

  @Test func revisionReportsEachChange() throws {
    let revised = try Self.revisedSeed()
    let run = try AlignRun(["diff", Paths.seed, revised], environment: ["NO_COLOR": "1"])
    #expect(run.status == 1)
    #expect(run.stdout.contains("¶ 24, deleted"))
    #expect(run.stdout.contains("¶ 25 → ¶ 24, modified and renumbered"))
    #expect(run.stdout.contains("在 [-12-]{+18+} 个月内"))
    // Renumbered only: one line, no text.
    #expect(run.stdout.contains("¶ 26 → ¶ 25, text unchanged\n\n"))
    #expect(!run.stdout.contains("决定继续处理此案"))
    #expect(!run.stdout.contains("\u{1B}["))
    // The last line counts the changes by kind.
    #expect(run.stdout.hasSuffix("\n1 modified, 1 deleted; 2 renumbered (51 unchanged)\n"))
  }

  @Test func briefSaysOnlyWhetherTheyDiffer() throws {
    let revised = try Self.revisedSeed()
    for flag in ["-q", "--brief"] {
      let differ = try AlignRun(["diff", flag, Paths.seed, revised])
      #expect(differ.status == 1)
      #expect(differ.stdout == "Files \(Paths.seed) and \(revised) differ\n")
      let same = try AlignRun(["diff", flag, Paths.seed, Paths.seed])
      #expect(same.status == 0)
      #expect(same.stdout.isEmpty)
    }
  }

  @Test func constitutionSummaryAndOneLineRenumbering() throws {
    let folder = FixtureFiles.url("cn_law_versions")
    let run = try AlignRun([
      "diff", folder.appendingPathComponent("中华人民共和国宪法_1982-12-04_历史版本.txt").path,
      folder.appendingPathComponent("中华人民共和国宪法_2018-03-11_现行有效.txt").path,
    ])
    #expect(run.status == 1)
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex(of: "第一百二十三条 → 第一百二十八条, text unchanged"))
    #expect(lines[start + 1] == "第一百二十四条 → 第一百二十九条, text unchanged")
    #expect(run.stdout.hasSuffix("\n38 modified, 9 inserted; 39 renumbered (174 unchanged)\n"))
  }

  @Test func jsonEditsSpellBothTexts() throws {
    let revised = try Self.revisedSeed()
    let run = try AlignRun(["diff", Paths.seed, revised, "--format", "json"])
    #expect(run.status == 1)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(json["schema"] as? String == "align.diff/1")
    let summary = try #require(json["summary"] as? [String: Int])
    #expect(summary["deleted"] == 1 && summary["modified"] == 1 && summary["renumbered"] == 2)
    #expect(summary["unchanged"] == 51 && summary["inserted"] == 0)
    let changes = try #require(json["changes"] as? [[String: Any]])
    #expect(changes.count == 53)
    for change in changes where change["edits"] != nil {
      let edits = try #require(change["edits"] as? [[String: String]])
      let old = edits.filter { $0["op"] != "insert" }.map { $0["old_text"] ?? $0["text"]! }.joined()
      let new = edits.filter { $0["op"] != "delete" }.map { $0["text"]! }.joined()
      #expect(old == change["old_text"] as? String)
      #expect(new == change["new_text"] as? String)
    }
    let modified = try #require(changes.first { $0["op"] as? String == "modified" })
    #expect(modified["old_labels"] as? [String] == ["25."])
    #expect(modified["new_labels"] as? [String] == ["24."])
    #expect(modified["renumbered"] as? Bool == true)
  }

  @Test func markdownChangeList() throws {
    let revised = try Self.revisedSeed()
    let run = try AlignRun(["diff", Paths.seed, revised, "--format", "markdown"])
    #expect(run.status == 1)
    #expect(run.stdout.contains("<del>12</del><ins>18</ins>"))
    #expect(run.stdout.contains("- **¶ 24, deleted**"))
    #expect(run.stdout.contains("- **¶ 26 → ¶ 25, text unchanged**\n"))
  }

  /// CommonMark does not let `~~` or `**` open or close next to CJK
  /// punctuation (平等~~、~~团结), so the edits are inline HTML, and the
  /// text's own `<`, `>` and `&` are character references.
  /// scripts/check-markdown.py renders the output with markdown-it-py.
  @Test func markdownEditsAreInlineHTML() throws {
    let folder = FixtureFiles.url("cn_law_versions")
    let run = try AlignRun([
      "diff", folder.appendingPathComponent("中华人民共和国宪法_1982-12-04_历史版本.txt").path,
      folder.appendingPathComponent("中华人民共和国宪法_2018-03-11_现行有效.txt").path, "--format", "markdown",
    ])
    #expect(run.status == 1)
    #expect(run.stdout.contains("维护和发展各民族的平等<del>、</del>团结<del>、</del>互助<ins>和谐</ins>关系"))
    #expect(!run.stdout.contains("~~"))
    // `**` only around the headings of the items.
    let items = run.stdout.split(separator: "\n").filter { $0.hasPrefix("- ") }
    #expect(items.count == 84)
    for item in items {
      #expect(item.hasPrefix("- **"))
      #expect(item.components(separatedBy: "**").count == 3)
    }
  }

  @Test func colourOnlyWhenAsked() throws {
    let revised = try Self.revisedSeed()
    let run = try AlignRun(["diff", Paths.seed, revised, "--color", "always"])
    #expect(run.stdout.contains("\u{1B}[31;9m12\u{1B}[0m"))
  }

  /// `--color always` colours a file written with `-o` too; `auto` does not.
  @Test func colourAlwaysReachesAnOutputFile() throws {
    let revised = try Self.revisedSeed()
    let directory = try Paths.temporaryDirectory()
    let coloured = directory.appendingPathComponent("always.txt")
    let plain = directory.appendingPathComponent("auto.txt")
    _ = try AlignRun(["diff", Paths.seed, revised, "--color", "always", "-o", coloured.path])
    _ = try AlignRun(["diff", Paths.seed, revised, "-o", plain.path])
    #expect(try String(contentsOf: coloured, encoding: .utf8).contains("\u{1B}[31;9m12\u{1B}[0m"))
    #expect(try !String(contentsOf: plain, encoding: .utf8).contains("\u{1B}["))
  }

  @Test func constitutionRenumbering() throws {
    let folder = FixtureFiles.url("cn_law_versions")
    let run = try AlignRun([
      "diff", folder.appendingPathComponent("中华人民共和国宪法_1982-12-04_历史版本.txt").path,
      folder.appendingPathComponent("中华人民共和国宪法_2018-03-11_现行有效.txt").path, "--format", "json",
    ])
    #expect(run.status == 1)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let changes = try #require(json["changes"] as? [[String: Any]])
    let insertedArticles = changes.filter { $0["op"] as? String == "inserted" }
      .compactMap { ($0["new_paths"] as? [[String]])?.first }.filter { $0.count == 1 }
    #expect(insertedArticles == (123...127).map { [String($0)] })
    // Articles 128-143 of 2018 are 123-138 of 1982, renumbered, not rewritten.
    for number in 128...143 {
      let change = try #require(changes.first { ($0["new_paths"] as? [[String]]) == [[String(number)]] })
      #expect(change["old_paths"] as? [[String]] == [[String(number - 5)]])
      #expect(change["renumbered"] as? Bool == true)
    }
  }

  @Test func foldedScripts() throws {
    let folder = FixtureFiles.url("cn_shenyang_social_credit_draft_vs_adopted_partial")
    let run = try AlignRun([
      "diff", folder.appendingPathComponent("draft_2022-12_shenyang_gov_cn_partial.txt").path,
      folder.appendingPathComponent("adopted_2023-10_zenchang_partial_traditional.txt").path, "--fold-script",
    ])
    #expect(run.status == 1)
    #expect(run.stdout.contains("遵守法定義務[-、-]{+或者+}履行約定義務[-、践行承诺-]的狀態"))
    // 第一条 and 第一條 are the same article once scripts are folded.
    #expect(run.stdout.contains("\n第一條, modified\n"))
    #expect(!run.stdout.contains("第一条 → 第一條"))
  }

  @Test func outputFileIsCompleteOrAbsent() throws {
    let dir = try Paths.temporaryDirectory()
    let target = dir.appendingPathComponent("changes.json").path
    let ok = try AlignRun(["diff", Paths.seed, Paths.seed, "--format", "json", "-o", target])
    #expect(ok.status == 0)
    #expect(FileManager.default.fileExists(atPath: target))
    let failed = dir.appendingPathComponent("failed.json").path
    let bad = try AlignRun(["diff", Paths.seed, "/nonexistent.txt", "-o", failed])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("/nonexistent.txt: no such file"))
    #expect(!FileManager.default.fileExists(atPath: failed))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["changes.json"])
  }
}
