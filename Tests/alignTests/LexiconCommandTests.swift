import Foundation
import TestSupport
import Testing

/// The zh–en lexicon lives in the resource bundle beside the binary; a
/// binary copied without it, or with a damaged lexicon, fails with one
/// line and exit 2 where the lexicon is needed, and works elsewhere.
@Suite("align without its lexicon")
struct LexiconCommandTests {
  static let zh = FixtureFiles.url("sres2446_zh_en_complete/S_RES_2446_2018_zh.txt").path
  static let en = FixtureFiles.url("sres2446_zh_en_complete/S_RES_2446_2018_en.txt").path

  /// A copy of the binary in a fresh directory, with `lexicon` (if any) as
  /// its bundle's lexicon file.
  static func copiedBinary(lexicon: Data?) throws -> URL {
    let directory = try Paths.temporaryDirectory()
    let binary = directory.appendingPathComponent("align")
    try FileManager.default.copyItem(at: AlignRun.binary, to: binary)
    if let lexicon {
      let bundle = directory.appendingPathComponent("align_LexiconData.resources")
      try FileManager.default.createDirectory(at: bundle, withIntermediateDirectories: true)
      try lexicon.write(to: bundle.appendingPathComponent("cedict-lexicon.bin"))
    }
    return binary
  }

  @Test func missingBundleIsOneLineNotATrap() throws {
    let binary = try Self.copiedBinary(lexicon: nil)
    defer { try? FileManager.default.removeItem(at: binary.deletingLastPathComponent()) }
    let run = try AlignRun(["pair", Self.zh, Self.en], executable: binary)
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(
      run.stderr
        == "align: the bundled resource cedict-lexicon.bin cannot be loaded (no align_LexiconData.resources beside the executable)\n"
    )
    // Commands that need no lexicon still work.
    let parse = try AlignRun(["parse", Self.en], executable: binary)
    #expect(parse.status == 0)
  }

  @Test func damagedLexiconIsOneLine() throws {
    let binary = try Self.copiedBinary(lexicon: Data("ALXB\u{1}\0\0\0garbage".utf8))
    defer { try? FileManager.default.removeItem(at: binary.deletingLastPathComponent()) }
    let run = try AlignRun(["pair", Self.zh, Self.en], executable: binary)
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("align: the bundled resource cedict-lexicon.bin cannot be loaded ("))
    #expect(run.stderr.filter { $0 == "\n" }.count == 1)
  }
}
