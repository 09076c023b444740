import Foundation
import TestSupport
import Testing

/// Runs the built `align` with `input` on its standard input.
private func runWithStandardInput(_ arguments: [String], input: Data) throws -> AlignRun {
  let process = Process()
  process.executableURL = AlignRun.binary
  process.arguments = arguments
  let stdin = Pipe()
  let out = Pipe()
  let err = Pipe()
  process.standardInput = stdin
  process.standardOutput = out
  process.standardError = err
  try process.run()
  // Write from another thread so a full output pipe cannot deadlock us.
  let writer = Thread {
    stdin.fileHandleForWriting.write(input)
    try? stdin.fileHandleForWriting.close()
  }
  writer.start()
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return AlignRun(
    status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self))
}

@Suite("align reads HTML and Markdown")
struct FormatCommandTests {
  static let govcn = FixtureFiles.url(
    "prc_law_html_govcn/govcn_gongbao_2013_13_电子招标投标办法.html"
  ).path
  static let flk = FixtureFiles.url(
    "prc_law_html_govcn/flk_npc_shell_中华人民共和国增值税法.html"
  ).path
  static let law2007 = FixtureFiles.url("prc_law_revisions_md_antimonopoly/反垄断法(2007-08-30).md").path
  static let law2022 = FixtureFiles.url("prc_law_revisions_md_antimonopoly/反垄断法(2022-06-24).md").path

  @Test func parseHTMLPage() throws {
    let run = try AlignRun(["parse", Self.govcn])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    #expect(run.stdout.contains("numbered 66"))
    #expect(run.stdout.contains("66       numbered"))
    #expect(!run.stdout.contains("首页") && !run.stdout.contains("ICP"))
    let json = try AlignRun(["parse", Self.govcn, "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["format"] as? String == "html")
  }

  @Test func parseMarkdownLaw() throws {
    let run = try AlignRun(["parse", Self.law2022])
    #expect(run.status == 0)
    #expect(run.stdout.contains("title: 中华人民共和国反垄断法"))
    #expect(run.stdout.contains("numbered 70"))
    #expect(run.stdout.contains("70       numbered"))
  }

  @Test func pageWithoutDocumentTextExitsTwoWithOneLineAndWritesNothing() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("report.html").path
    let run = try AlignRun(["report", Self.flk, Self.govcn, "-o", output])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(run.stderr.contains("flk_npc_shell_中华人民共和国增值税法.html"))
    #expect(run.stderr.contains("loaded by script"))
    #expect(!FileManager.default.fileExists(atPath: output))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    let parse = try AlignRun(["parse", Self.flk])
    #expect(parse.status == 2)
    #expect(parse.stdout.isEmpty)
  }

  @Test func diffOfTwoMarkdownRevisions() throws {
    let run = try AlignRun(["diff", Self.law2007, Self.law2022])
    #expect(run.status == 1)
    #expect(run.stderr.isEmpty)
    // Checked against the texts: 2022 adds 鼓励创新 to 第一条, inserts the
    // fair-competition review (第五条) and the data/algorithm rule
    // (第九条), and renumbers the rest; 2007's 第五十四条 is split into
    // 第六十六条 (处分) and 第六十七条 (刑事责任).
    for line in [
      "第一条, modified", "第五条, inserted", "第五条 → 第六条, text unchanged", "第九条, inserted",
      "第八条 → 第十条, text unchanged", "第五十七条 → 第七十条, text unchanged",
      "第五十四条 → 第六十六条 + 第六十七条, split and renumbered",
    ] {
      #expect(run.stdout.contains("\n" + line + "\n") || run.stdout.hasPrefix(line + "\n"), "\(line)")
    }
    #expect(run.stdout.contains("{+鼓励创新，+}"))
  }

  @Test func htmlFromStandardInputIsSniffedFromItsBytes() throws {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.govcn))
    let run = try runWithStandardInput(["parse", "-"], input: bytes)
    #expect(run.status == 0)
    #expect(run.stdout.contains("numbered 66"))
    let fromFile = try AlignRun(["parse", Self.govcn])
    #expect(run.stdout == fromFile.stdout)
  }

  @Test func markdownFromStandardInputIsToldByItsHeadings() throws {
    // No name to go by: Markdown that opens with ATX headings is read as
    // Markdown (see FormatSniffer.looksLikeMarkdown); anything else is text.
    let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.law2007))
    let run = try runWithStandardInput(["parse", "-", "--format", "json"], input: bytes)
    #expect(run.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["format"] as? String == "markdown")
    let paragraphs = try #require(object["paragraphs"] as? [[String: Any]])
    #expect(paragraphs.filter { $0["kind"] as? String == "numbered" }.count == 57)
  }
}

extension AlignRun {
  fileprivate init(status: Int32, stdout: String, stderr: String) {
    self.status = status
    self.stdout = stdout
    self.stderr = stderr
  }
}
