import ArgumentParser
import Foundation
import TestSupport
import Testing

@testable import align

/// `align diff OLD NEW` without options runs without ArgumentParser
/// (`Align.Diff.Job(plainArguments:)`): it must be the command that
/// ArgumentParser makes of the same arguments, and print what the parsed
/// command prints.
@Suite struct DiffJobTests {
  static let law = "cn_law_versions/中华人民共和国商标法_2019-04-23_历史版本.txt"
  static let lawRevised = "cn_law_versions/中华人民共和国商标法_2026-06-26_现行有效.txt"

  @Test func plainArgumentsAreTheParsedDefaults() throws {
    let (old, new) = (FixtureFiles.path(Self.law), FixtureFiles.path(Self.lawRevised))
    let plain = try #require(Align.Diff.Job(plainArguments: ["diff", old, new]))
    #expect(plain == (try Align.Diff.parse([old, new]).job))
    #expect(plain.old == old && plain.new == new)
  }

  /// Anything but `diff` and two regular files goes to ArgumentParser.
  @Test func otherArgumentsAreParsed() throws {
    let (old, new) = (FixtureFiles.path(Self.law), FixtureFiles.path(Self.lawRevised))
    for arguments in [
      ["diff", old, new, "--color", "never"], ["diff", "-q", old, new], ["diff", old, "-"], ["diff", old],
      ["diff", old, new, new], ["report", old, new], ["diff", old, FixtureFiles.path("cn_law_versions")],
      ["diff", old, FixtureFiles.path("cn_law_versions/no such file.txt")],
    ] {
      #expect(Align.Diff.Job(plainArguments: arguments) == nil, "\(arguments)")
    }
  }

  @Test(arguments: [
    (law, lawRevised),
    // The same file twice, read once.
    (law, law),
    ("udhr_6lang/udhr_en.txt", "udhr_6lang/udhr_fr.txt"),
  ])
  func sameOutputAsWithAnOption(old: String, new: String) throws {
    let (old, new) = (FixtureFiles.path(old), FixtureFiles.path(new))
    let plain = try AlignRun(["diff", old, new], environment: ["NO_COLOR": "1"])
    let parsed = try AlignRun(["diff", old, new, "--color", "never"])
    #expect(plain.status == parsed.status)
    #expect(plain.stdout == parsed.stdout)
    #expect(plain.stderr == parsed.stderr)
    #expect(!plain.stdout.isEmpty || plain.status == 0)
  }

  /// A file that cannot be read: the same one-line error and exit code.
  @Test func sameErrors() throws {
    let bad = FixtureFiles.path("docx_bad_inputs/truncated.docx")
    for (old, new) in [(bad, FixtureFiles.path(Self.law)), (FixtureFiles.path(Self.law), bad)] {
      let plain = try AlignRun(["diff", old, new])
      let parsed = try AlignRun(["diff", old, new, "--color", "never"])
      #expect(plain.status == 2)
      #expect(plain.status == parsed.status)
      #expect(plain.stderr == parsed.stderr)
      #expect(plain.stderr.hasPrefix("align: \(bad): "))
    }
  }
}
