import Foundation
import TestSupport
import Testing

/// `align` on PDF files, end to end.
@Suite("align on PDF")
struct PDFCommandTests {
  static let cybersecurityLaw = FixtureFiles.url("prc_law_pdf_docx/中华人民共和国网络安全法.pdf").path
  static func bad(_ name: String) -> String { FixtureFiles.url("pdf_bad_inputs/\(name)").path }

  @Test func parsesAPDF() throws {
    let run = try AlignRun(["parse", Self.cybersecurityLaw])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    #expect(run.stdout.contains("paragraphs: 116 heading 9, numbered 79, subparagraph 28"))
    let json = try AlignRun(["parse", Self.cybersecurityLaw, "--format", "json"])
    #expect(json.stdout.contains("\"format\":\"pdf\"") || json.stdout.contains("\"format\" : \"pdf\""))
  }

  @Test func parsesAPDFFromStandardInput() throws {
    let process = Process()
    process.executableURL = AlignRun.binary
    process.arguments = ["parse", "-"]
    process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: Self.cybersecurityLaw))
    let out = Pipe()
    process.standardOutput = out
    process.standardError = Pipe()
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(String(decoding: data, as: UTF8.self).contains("numbered 79"))
  }

  static let badInputs: [(String, String)] = [
    ("scanned.pdf", "no text layer"),
    ("encrypted.pdf", "encrypted"),
    ("truncated.pdf", "truncated"),
    ("damaged.pdf", "damaged"),
  ]

  @Test(arguments: badInputs) func badPDFIsOneLineAndExit2(_ name: String, _ problem: String) throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("out.txt").path
    let run = try AlignRun(["pair", Self.bad(name), Self.cybersecurityLaw, "-o", output])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.split(separator: "\n").count == 1)
    #expect(run.stderr.contains(Self.bad(name)))
    #expect(run.stderr.contains(problem))
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func scannedPDFSuggestsOCR() throws {
    let run = try AlignRun(["parse", Self.bad("scanned.pdf")])
    #expect(run.status == 2)
    #expect(run.stderr.contains("ocrmypdf"))
  }

  @Test func missingPdftotextNamesTheDebianPackage() throws {
    let run = try AlignRun(["parse", Self.cybersecurityLaw], environment: ["PATH": "/nonexistent-directory"])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.split(separator: "\n").count == 1)
    #expect(run.stderr.contains("pdftotext"))
    #expect(run.stderr.contains("poppler-utils"))
  }

  /// What `align diff --format json` reports, as (kind, old labels, new labels).
  static func changes(_ old: String, _ new: String) throws -> (status: Int32, changes: [String]) {
    let run = try AlignRun(["diff", old, new, "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    let changes = (object?["changes"] as? [[String: Any]] ?? []).map { change in
      let op = change["op"] as? String ?? "?"
      let old = (change["old_labels"] as? [String] ?? []).joined(separator: ",")
      let new = (change["new_labels"] as? [String] ?? []).joined(separator: ",")
      return "\(op) \(old) → \(new)"
    }
    return (run.status, changes)
  }

  @Test func diffOfTwoPDFRevisionsIsTheDiffOfTheirTexts() throws {
    let text = FixtureFiles.url("cn_law_versions").path
    let pdf = FixtureFiles.url("cn_law_versions_pdf").path
    let fromText = try Self.changes(
      "\(text)/中华人民共和国宪法_1982-12-04_历史版本.txt", "\(text)/中华人民共和国宪法_2018-03-11_现行有效.txt")
    let fromPDF = try Self.changes(
      "\(pdf)/中华人民共和国宪法_1982-12-04_历史版本.pdf", "\(pdf)/中华人民共和国宪法_2018-03-11_现行有效.pdf")
    #expect(fromText.status == 1)
    #expect(fromPDF.status == 1)
    #expect(fromText.changes.count == 221)
    #expect(fromPDF.changes == fromText.changes)
    #expect(fromPDF.changes.contains("inserted  → 第一百二十三条"))
  }
}
