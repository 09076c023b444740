import ArgumentParser
import Foundation
import TestSupport
import Testing

@testable import align

/// `Align.Diff.Job(plainArguments:)`, which runs `align diff` without
/// ArgumentParser, must be the command ArgumentParser makes of the same
/// arguments, and leave to ArgumentParser every line it does not read
/// without doubt. (A target of its own: importing the executable's module
/// into `alignTests` changes which module its `stat` calls resolve to.)
@Suite struct DiffJobParsingTests {
  static let law = "cn_law_versions/中华人民共和国商标法_2019-04-23_历史版本.txt"
  static let lawRevised = "cn_law_versions/中华人民共和国商标法_2026-06-26_现行有效.txt"
  let old = FixtureFiles.path(Self.law)
  let new = FixtureFiles.path(Self.lawRevised)

  /// What ArgumentParser makes of `arguments` (which start with `diff`).
  func parsed(_ arguments: [String]) throws -> Align.Diff.Job {
    try Align.Diff.parse(Array(arguments.dropFirst())).job
  }

  @Test func plainArgumentsAreTheParsedDefaults() throws {
    let plain = try #require(Align.Diff.Job(plainArguments: ["diff", old, new]))
    #expect(plain == (try parsed(["diff", old, new])))
    #expect(plain.old == old && plain.new == new)
  }

  /// A value for each option that takes one, as ArgumentParser reads it.
  static let values = [
    "--format": "json", "--context": "3", "--color": "never", "--lang": "zh-Hant", "--revisions": "original",
    "--old-revisions": "original", "--new-revisions": "original", "--output": "out.txt", "-o": "out.txt",
  ]

  /// Every option, before, between and after the files, and with `=`.
  @Test func eachOptionIsReadAsArgumentParserReadsIt() throws {
    for (spelling, option) in Align.Diff.Job.plainOptions {
      var forms: [[String]] = []
      if option.takesValue {
        let value = try #require(Self.values[spelling], "no value for \(spelling)")
        forms = [[spelling, value]]
        if spelling.hasPrefix("--") { forms.append(["\(spelling)=\(value)"]) }
      } else {
        forms = [[spelling]]
      }
      for form in forms {
        for arguments in [["diff"] + form + [old, new], ["diff", old] + form + [new], ["diff", old, new] + form] {
          let plain = try #require(Align.Diff.Job(plainArguments: arguments), "\(arguments)")
          #expect(plain == (try parsed(arguments)), "\(arguments)")
          #expect(plain != (try parsed(["diff", old, new])), "\(arguments) read as the defaults")
        }
      }
    }
  }

  @Test func optionsTogetherAreReadAsArgumentParserReadsThem() throws {
    for arguments in [
      ["diff", old, new, "--format", "markdown", "-q", "--ignore-width", "--ignore-case", "--chars"],
      ["diff", "--ignore-whitespace", "--fold-script", old, "--context=12", new, "--color", "always", "-o", "x.md"],
      ["diff", old, new, "--revisions", "original", "--new-revisions", "accepted", "--lang", "en"],
      ["diff", old, new, "--context", "007", "--old-revisions=accepted", "--output=o.txt"],
    ] {
      let plain = try #require(Align.Diff.Job(plainArguments: arguments), "\(arguments)")
      #expect(plain == (try parsed(arguments)), "\(arguments)")
    }
  }

  /// The lines ArgumentParser must read: other commands, other files,
  /// and every form `PlainArguments` does not read without doubt.
  @Test func otherArgumentsAreParsed() throws {
    let missing = FixtureFiles.path("cn_law_versions/no such file.txt")
    for arguments in [
      ["diff", old, "-"], ["diff", old], ["diff", old, new, new], ["report", old, new], [],
      ["diff", old, FixtureFiles.path("cn_law_versions")], ["diff", old, missing], ["diff", "-old.txt", new],
      ["diff", "--", old, new], ["diff", old, new, "--help"], ["diff", old, new, "-h"],
      ["diff", old, new, "--version"],
      ["diff", old, new, "--bogus"], ["diff", old, new, "-qo", "x.txt"], ["diff", old, new, "--brief=yes"],
      ["diff", old, new, "--color", "nope"], ["diff", old, new, "--format", "JSON"],
      ["diff", old, new, "--lang", "xx"],
      ["diff", old, new, "--context", "-1"], ["diff", old, new, "--context", "+1"],
      ["diff", old, new, "--context", "x"],
      ["diff", old, new, "--context", "99999999999999999999"], ["diff", old, new, "--revisions", "both"],
      ["diff", old, new, "--color", "never", "--color", "always"], ["diff", old, new, "-q", "--brief"],
      ["diff", old, new, "-o"], ["diff", old, new, "-o", ""], ["diff", old, new, "--output="],
      ["diff", old, new, "-o", "-x"], ["diff", old, new, "--output=-x"], ["diff", old, new, "-o=x.txt"],
    ] {
      #expect(Align.Diff.Job(plainArguments: arguments) == nil, "\(arguments)")
    }
  }

  /// The table holds every option the command's help lists, with the
  /// same need of a value, so that no option of `diff` falls to the slow
  /// path unnoticed, and none is read that ArgumentParser would refuse.
  @Test func theTableIsTheCommandsOptions() {
    let help = Align.Diff.helpMessage(columns: 1000)
    let listed = Align.optionNames(in: help).subtracting(["-h", "--help", "--version"])
    #expect(Set(Align.Diff.Job.plainOptions.keys) == listed)
    // An option's line starts two spaces in ("  -o, --output <output>   Write…").
    var takesValue: [String: Bool] = [:]
    for line in help.split(separator: "\n") where line.hasPrefix("  -") {
      let names = line.dropFirst(2).prefix { $0 != "<" }.split(separator: "  ").first ?? ""
      for name in names.split(separator: ",") {
        takesValue[name.trimmingCharacters(in: .whitespaces)] = line.contains("<")
      }
    }
    for (spelling, option) in Align.Diff.Job.plainOptions {
      #expect(takesValue[spelling] == option.takesValue, "\(spelling)")
    }
  }
}
