import Foundation
import TestSupport
import Testing

/// `align diff OLD NEW` without options reads while its command line is
/// parsed (`SpeculativeRead`); what it prints must be what it prints with
/// an option that leaves the output alone (`--color never`, which turns
/// the early read off).
@Suite struct SpeculativeReadTests {
  static let law = "cn_law_versions/中华人民共和国商标法_2019-04-23_历史版本.txt"
  static let lawRevised = "cn_law_versions/中华人民共和国商标法_2026-06-26_现行有效.txt"

  @Test(arguments: [
    (law, lawRevised),
    // The same file twice, read once.
    (law, law),
    ("udhr_6lang/udhr_en.txt", "udhr_6lang/udhr_fr.txt"),
  ])
  func sameOutputAsWithAnOption(old: String, new: String) throws {
    let (old, new) = (FixtureFiles.path(old), FixtureFiles.path(new))
    let early = try AlignRun(["diff", old, new], environment: ["NO_COLOR": "1"])
    let late = try AlignRun(["diff", old, new, "--color", "never"])
    #expect(early.status == late.status)
    #expect(early.stdout == late.stdout)
    #expect(early.stderr == late.stderr)
    #expect(!early.stdout.isEmpty || early.status == 0)
  }

  /// A file that cannot be read: the same one-line error and exit code.
  @Test func sameErrors() throws {
    let bad = FixtureFiles.path("docx_bad_inputs/truncated.docx")
    for (old, new) in [(bad, FixtureFiles.path(Self.law)), (FixtureFiles.path(Self.law), bad)] {
      let early = try AlignRun(["diff", old, new])
      let late = try AlignRun(["diff", old, new, "--color", "never"])
      #expect(early.status == 2)
      #expect(early.status == late.status)
      #expect(early.stderr == late.stderr)
      #expect(early.stderr.hasPrefix("align: \(bad): "))
    }
  }
}
