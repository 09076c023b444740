import Foundation
import TestSupport
import Testing

/// `align diff OLD NEW`, with or without options, runs without
/// ArgumentParser (`Align.Diff.Job(plainArguments:)`): it must print what
/// the parsed command prints (`CommandTests.DiffJobParsingTests` check that
/// it is the same command). `--` before the files sends the same line to
/// ArgumentParser.
@Suite struct DiffJobTests {
  static let law = "cn_law_versions/中华人民共和国商标法_2019-04-23_历史版本.txt"
  static let lawRevised = "cn_law_versions/中华人民共和国商标法_2026-06-26_现行有效.txt"

  @Test(arguments: [
    (law, lawRevised),
    // The same file twice, read once.
    (law, law),
    ("udhr_6lang/udhr_en.txt", "udhr_6lang/udhr_fr.txt"),
  ])
  func sameOutputAsArgumentParsers(old: String, new: String) throws {
    let (old, new) = (FixtureFiles.path(old), FixtureFiles.path(new))
    for options in [[], ["--format", "json"], ["--format=markdown", "--ignore-width", "-q"]] {
      let plain = try AlignRun(["diff", old, new] + options, environment: ["NO_COLOR": "1"])
      let parsed = try AlignRun(["diff"] + options + ["--color", "never", "--", old, new])
      #expect(plain.status == parsed.status, "\(options)")
      #expect(plain.stdout == parsed.stdout, "\(options)")
      #expect(plain.stderr == parsed.stderr, "\(options)")
      #expect(!plain.stdout.isEmpty || plain.status == 0, "\(options)")
    }
  }

  /// A file that cannot be read: the same one-line error and exit code.
  @Test func sameErrors() throws {
    let bad = FixtureFiles.path("docx_bad_inputs/truncated.docx")
    for (old, new) in [(bad, FixtureFiles.path(Self.law)), (FixtureFiles.path(Self.law), bad)] {
      let plain = try AlignRun(["diff", old, new])
      let parsed = try AlignRun(["diff", "--", old, new])
      #expect(plain.status == 2)
      #expect(plain.status == parsed.status)
      #expect(plain.stderr == parsed.stderr)
      #expect(plain.stderr.hasPrefix("align: \(bad): "))
    }
  }
}
