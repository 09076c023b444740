import ArgumentParser
import TestSupport
import Testing

@testable import align

/// `Align.Diff.Job(plainArguments:)`, which runs `align diff OLD NEW`
/// without ArgumentParser, must be the command ArgumentParser makes of the
/// same arguments. (A target of its own: importing the executable's module
/// into `alignTests` changes which module its `stat` calls resolve to.)
@Suite struct DiffJobParsingTests {
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
}
