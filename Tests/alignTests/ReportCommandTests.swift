import Foundation
import TestSupport
import Testing

/// `align report OLD NEW` run as a user would.
@Suite("align report")
struct ReportCommandTests {
  /// A directory holding the seed and a revised copy (第 24 段 deleted,
  /// "12 个月" made "18 个月").
  static func revisedPair() throws -> (directory: URL, old: String, new: String) {
    let directory = try Paths.temporaryDirectory()
    let text = try String(contentsOfFile: Paths.seed, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let from = try #require(lines.firstIndex { $0.hasPrefix(" 24. ") })
    let to = try #require(lines.firstIndex { $0.hasPrefix(" 25. ") })
    let revised = Array(lines[..<from] + lines[to...]).joined(separator: "\n")
      .replacingOccurrences(of: "12 个月", with: "18 个月")
    let new = directory.appendingPathComponent("revised.txt")
    try revised.write(to: new, atomically: true, encoding: .utf8)
    return (directory, Paths.seed, new.path)
  }

  @Test func htmlToStandardOutput() throws {
    let pair = try Self.revisedPair()
    let run = try AlignRun(["report", pair.old, pair.new, "--generated", "TODAY"])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    #expect(run.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-Hans\">"))
    #expect(run.stdout.contains("<time>TODAY</time>"))
    #expect(run.stdout.contains("<th scope=\"col\" class=\"old\">修订前</th>"))
    #expect(run.stdout.contains("<del>12</del>"))
    #expect(run.stdout.contains("<ins>18</ins>"))
    #expect(run.stdout.hasSuffix("</html>\n"))
  }

  @Test func sameInputSameBytes() throws {
    let pair = try Self.revisedPair()
    let a = try AlignRun(["report", pair.old, pair.new], environment: ["SOURCE_DATE_EPOCH": "0"])
    let b = try AlignRun(["report", pair.old, pair.new], environment: ["SOURCE_DATE_EPOCH": "0"])
    #expect(a.status == 0)
    #expect(a.stdout == b.stdout)
    #expect(a.stdout.contains("<time>1970-01-01T00:00:00Z</time>"))
  }

  @Test func outputFile() throws {
    let pair = try Self.revisedPair()
    let file = pair.directory.appendingPathComponent("report.html")
    let run = try AlignRun(["report", pair.old, pair.new, "-o", file.path, "--labels", "Draft,Adopted"])
    #expect(run.status == 0)
    #expect(run.stdout.isEmpty)
    let html = try String(contentsOf: file, encoding: .utf8)
    #expect(html.contains("<th scope=\"col\" class=\"old\">Draft</th>"))
    #expect(html.contains("<th scope=\"col\" class=\"new\">Adopted</th>"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: pair.directory.path)
    #expect(leftovers.sorted() == ["report.html", "revised.txt"])
  }

  @Test func failureLeavesNoFile() throws {
    let pair = try Self.revisedPair()
    let file = pair.directory.appendingPathComponent("report.html")
    let missing = pair.directory.appendingPathComponent("missing.txt").path
    let run = try AlignRun(["report", pair.old, missing, "-o", file.path])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr == "align: \(missing): no such file\n")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: pair.directory.path)
    #expect(leftovers == ["revised.txt"])
  }

  @Test func badInputIsOneLine() throws {
    let pair = try Self.revisedPair()
    let empty = pair.directory.appendingPathComponent("empty.txt")
    try Data().write(to: empty)
    let run = try AlignRun(["report", empty.path, pair.new])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr == "align: \(empty.path): file is empty\n")
  }

  static let labelsMessage = "Error: --labels needs two names separated by a comma, such as \"Draft,Adopted\"\n"

  @Test(arguments: [
    (["--labels", "OnlyOne"], labelsMessage),
    (["--labels", "A,B,C"], labelsMessage),
    // "-1" reads as an option, so the value is missing.
    (["--context", "-1"], "Error: Missing value for '--context <context>'\n"),
    (
      ["--format", "pdf"],
      "Error: The value 'pdf' is invalid for '--format <format>'. Please provide one of 'html', 'markdown', 'json' or 'docx'.\n"
    ),
    (
      ["-o", "/nonexistent/dir/report.html"],
      "align: /nonexistent/dir/report.html: the directory /nonexistent/dir does not exist\n"
    ),
  ])
  func badOptions(_ options: [String], message: String) throws {
    let pair = try Self.revisedPair()
    let run = try AlignRun(["report", pair.old, pair.new] + options)
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    // The first line is the message; argument-parser adds usage after it.
    #expect(run.stderr.hasPrefix(message))
  }

  @Test func badSourceDateEpoch() throws {
    let pair = try Self.revisedPair()
    let run = try AlignRun(["report", pair.old, pair.new], environment: ["SOURCE_DATE_EPOCH": "yesterday"])
    #expect(run.status == 2)
    #expect(run.stderr == "align: SOURCE_DATE_EPOCH must be a number of seconds, not 'yesterday'\n")
  }

  @Test func markdown() throws {
    let pair = try Self.revisedPair()
    let run = try AlignRun(["report", pair.old, pair.new, "--format", "markdown", "--changes-only", "--context", "0"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("# 修订对照报告\n"))
    #expect(run.stdout.contains("| 条目 | 修订前 | 修订后 |"))
    #expect(run.stdout.contains("~~12~~"))
    #expect(run.stdout.contains("个未修改段落"))
  }

  @Test func json() throws {
    let pair = try Self.revisedPair()
    let run = try AlignRun(["report", pair.old, pair.new, "--format", "json", "--generated", "T"])
    #expect(run.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(json["schema"] as? String == "align.report/1")
    #expect(json["generated"] as? String == "T")
    let summary = try #require(json["summary"] as? [String: Int])
    #expect(summary["deleted"] == 1 && summary["modified"] == 1)
    let changes = try #require(json["changes"] as? [[String: Any]])
    #expect(changes.count == 52 + 1)
    #expect((json["new"] as? [String: Any])?["file"] as? String == pair.new)
  }

  /// `--ignore-width` applies to the translation's two versions too: a
  /// translation whose old version differs only in full-width digits is
  /// not "revised in translation only".
  @Test func translationSideKeepsTheComparisonOptions() throws {
    let directory = try Paths.temporaryDirectory()
    let text = try String(contentsOfFile: Paths.seed, encoding: .utf8)
    #expect(text.contains("12 个月"))
    let wide = directory.appendingPathComponent("translation-old.txt")
    try text.replacingOccurrences(of: "12 个月", with: "１２ 个月").write(to: wide, atomically: true, encoding: .utf8)
    let arguments = ["report", Paths.seed, Paths.seed, "--translation", Paths.seed, "--translation-old", wide.path]
    let badge = "<span class=\"badge translation-only\">"
    let strict = try AlignRun(arguments)
    #expect(strict.status == 0, "\(strict.stderr)")
    #expect(strict.stdout.contains(badge))
    let ignoring = try AlignRun(arguments + ["--ignore-width"])
    #expect(ignoring.status == 0, "\(ignoring.stderr)")
    #expect(!ignoring.stdout.contains(badge))
  }

  /// A report more than twice the 64 KiB piece it is written in: the file
  /// replaced with `-o` holds the bytes standard output gets, with no
  /// temporary file left, and a device that fails mid-way is one line.
  @Test(arguments: ["html", "markdown", "json", "docx"])
  func aLargeReportIsWrittenInPiecesAllOrNothing(format: String) throws {
    let laws = FixtureFiles.url("cn_law_versions")
    let old = laws.appendingPathComponent("中华人民共和国商标法_2019-04-23_历史版本.txt").path
    let new = laws.appendingPathComponent("中华人民共和国商标法_2026-06-26_现行有效.txt").path
    let arguments = ["report", old, new, "--format", format, "--generated", "T"]
    let directory = try Paths.temporaryDirectory()
    let file = directory.appendingPathComponent("report.\(format)")
    try "an earlier report".write(to: file, atomically: false, encoding: .utf8)
    let run = try AlignRun(arguments + ["-o", file.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    let written = try Data(contentsOf: file)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.\(format)"])
    if format == "docx" {
      #expect(written.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    } else {
      #expect(written.count > 2 << 16)
      let standardOutput = try AlignRun(arguments)
      #expect(standardOutput.status == 0)
      #expect(String(decoding: written, as: UTF8.self) == standardOutput.stdout)
    }
    let full = try AlignRun(arguments + ["-o", "/dev/full"])
    #expect(full.status == 2)
    #expect(full.stderr == "align: /dev/full: cannot be written (No space left on device)\n")
  }

  /// Small revisions are read at the same time, larger ones the larger
  /// first (less memory at the peak), but either way the error shown is
  /// OLD's when both are bad, and NEW's when only it is.
  @Test(arguments: [(100, 5_000), (2_200_000, 2_300_000)])
  func errorsAreAsIfOldWereReadFirst(oldSize: Int, newSize: Int) throws {
    let directory = try Paths.temporaryDirectory()
    let old = directory.appendingPathComponent("old.bin")
    let new = directory.appendingPathComponent("new.bin")
    try Data(repeating: 0, count: oldSize).write(to: old)
    try Data(repeating: 0, count: newSize).write(to: new)
    let both = try AlignRun(["report", old.path, new.path])
    #expect(both.status == 2)
    #expect(both.stderr == "align: \(old.path): looks like a binary file (NUL bytes or control characters)\n")
    let onlyNew = try AlignRun(["report", Paths.seed, new.path])
    #expect(onlyNew.status == 2)
    #expect(onlyNew.stderr == "align: \(new.path): looks like a binary file (NUL bytes or control characters)\n")
  }
}
