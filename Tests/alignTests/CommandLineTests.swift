import Foundation
import TestSupport
import Testing

/// Runs the built `align` binary as a user would and checks standard output,
/// standard error and the exit code.
struct AlignRun {
  var status: Int32
  var stdout: String
  var stderr: String

  static let binary: URL = {
    // The test bundle sits next to the built products.
    let products = Bundle.main.bundleURL.deletingLastPathComponent()
    let candidate = products.appendingPathComponent("align")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("align")
  }()

  init(_ arguments: [String], executable: URL = Self.binary, environment: [String: String] = [:]) throws {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { $1 }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    status = process.terminationStatus
    stdout = String(decoding: outData, as: UTF8.self)
    stderr = String(decoding: errData, as: UTF8.self)
  }
}

enum Paths {
  static let seed = FixtureFiles.path("sres2482_2019_zh_seed/S_RES_2482_2019_zh.txt")

  /// A fresh temporary directory for one test.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("align-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

@Suite("align parse")
struct ParseCommandTests {
  @Test func outlineOfTheSeed() throws {
    let run = try AlignRun(["parse", Paths.seed])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    #expect(run.stdout.contains("paragraphs: 53 unnumbered 19, numbered 26, subparagraph 8"))
    #expect(run.stdout.contains("15.f     subparagraph"))
  }

  @Test func jsonSchema() throws {
    let run = try AlignRun(["parse", Paths.seed, "--format", "json"])
    #expect(run.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(json["schema"] as? String == "align.document/1")
    #expect(json["language"] as? String == "zh-Hans")
    let paragraphs = try #require(json["paragraphs"] as? [[String: Any]])
    #expect(paragraphs.count == 53)
    let first = paragraphs[19]
    #expect(first["label"] as? String == "1.")
    #expect(first["path"] as? [String] == ["1"])
    #expect(first["kind"] as? String == "numbered")
    #expect((first["lines"] as? [String: Int])?["first"] == 159)
    #expect(paragraphs[0]["label"] is NSNull)
  }

  @Test func sameInputSameBytes() throws {
    let a = try AlignRun(["parse", Paths.seed, "--format", "json"])
    let b = try AlignRun(["parse", Paths.seed, "--format", "json"])
    #expect(a.stdout == b.stdout)
  }

  @Test func forcedLanguage() throws {
    let run = try AlignRun(["parse", Paths.seed, "--lang", "zh-Hant", "--format", "json"])
    #expect(run.stdout.contains("\"language\" : \"zh-Hant\""))
    let bad = try AlignRun(["parse", Paths.seed, "--lang", "klingon"])
    #expect(bad.status == 2)
    #expect(bad.stdout.isEmpty)
  }
}

@Suite("Bad input")
struct BadInputTests {
  /// Runs `align parse` on `path` and returns the error line.
  private func failure(_ path: String) throws -> String {
    let run = try AlignRun(["parse", path])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty, "no partial output")
    #expect(run.stderr.split(separator: "\n").count == 1, "one line: \(run.stderr)")
    #expect(run.stderr.contains(path))
    return run.stderr
  }

  @Test func missingFile() throws {
    #expect(try failure("/nonexistent/resolution.txt").contains("no such file"))
  }

  @Test func directory() throws {
    let dir = try Paths.temporaryDirectory()
    #expect(try failure(dir.path).contains("is a directory"))
  }

  @Test func emptyFile() throws {
    let file = try Paths.temporaryDirectory().appendingPathComponent("e.txt")
    try Data().write(to: file)
    #expect(try failure(file.path).contains("empty"))
  }

  @Test func binaryFile() throws {
    let file = try Paths.temporaryDirectory().appendingPathComponent("image.png")
    var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    bytes += (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37) }
    try Data(bytes).write(to: file)
    #expect(try failure(file.path).contains("binary"))
  }

  @Test func invalidUTF8ReportsOffset() throws {
    let file = try Paths.temporaryDirectory().appendingPathComponent("bad.txt")
    var bytes = Array("安全理事会，\n1. 决定继续处理此案。\n".utf8)
    bytes.insert(0xFF, at: 19)
    try Data(bytes).write(to: file)
    let message = try failure(file.path)
    #expect(message.contains("19"))
  }

  @Test func noParagraphs() throws {
    let file = try Paths.temporaryDirectory().appendingPathComponent("blank.txt")
    try Data("   \n\n\t\n".utf8).write(to: file)
    #expect(try failure(file.path).contains("no recognisable paragraphs"))
  }

  /// Root reads a file whatever its permissions (and CI runs as root), so
  /// this case is skipped there; `fileInASymbolicLinkLoop` covers the same
  /// path through the reader for every user.
  @Test(.disabled(if: getuid() == 0, "root reads every file whatever its permissions"))
  func unreadableFile() throws {
    let file = try Paths.temporaryDirectory().appendingPathComponent("secret.txt")
    try Data("text".utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
    #expect(try failure(file.path) == "align: \(file.path): cannot be read (Permission denied)\n")
  }

  /// A name that cannot be opened by any user, root included: two symbolic
  /// links pointing at each other. The system's reason is in the message.
  @Test func fileInASymbolicLinkLoop() throws {
    let directory = try Paths.temporaryDirectory()
    let first = directory.appendingPathComponent("first.txt")
    let second = directory.appendingPathComponent("second.txt")
    try FileManager.default.createSymbolicLink(atPath: first.path, withDestinationPath: second.path)
    try FileManager.default.createSymbolicLink(atPath: second.path, withDestinationPath: first.path)
    #expect(try failure(first.path) == "align: \(first.path): cannot be read (Too many levels of symbolic links)\n")
  }
}
