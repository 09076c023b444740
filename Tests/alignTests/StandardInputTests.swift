import Foundation
import Testing

/// Runs a shell command line with `$ALIGN` set to the built binary, as a
/// user at a shell would, to test standard input, FIFOs and process
/// substitution.
private func shell(_ script: String) throws -> AlignRun {
  try AlignRun(
    ["-c", script], executable: URL(fileURLWithPath: "/bin/bash"),
    environment: ["ALIGN": AlignRun.binary.path, "SEED": Paths.seed])
}

@Suite("Inputs that are not regular files")
struct StandardInputTests {
  /// The seed's outline read from the file itself, the reference for
  /// every other way of reading it.
  static let expected = "paragraphs: 53 unnumbered 19, numbered 26, subparagraph 8"

  @Test(arguments: [
    #""$ALIGN" parse - < "$SEED""#,
    #"cat "$SEED" | "$ALIGN" parse -"#,
    #"cat "$SEED" | "$ALIGN" parse /dev/stdin"#,
    #""$ALIGN" parse <(cat "$SEED")"#,
    #"d=$(mktemp -d) && mkfifo "$d/fifo" && { cat "$SEED" > "$d/fifo" & } && "$ALIGN" parse "$d/fifo"; s=$?; rm -rf "$d"; exit $s"#,
  ])
  func readsTheSeed(_ script: String) throws {
    let run = try shell(script)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty)
    #expect(run.stdout.contains(Self.expected))
  }

  @Test func standardInputAsOneSideOfADiff() throws {
    let run = try shell(#"cat "$SEED" | "$ALIGN" diff - "$SEED""#)
    #expect(run.status == 0, "\(run.stderr)")
  }

  @Test func emptyStandardInputIsNamed() throws {
    let run = try shell(#""$ALIGN" parse - < /dev/null"#)
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("align: standard input: "), "\(run.stderr)")
    #expect(run.stderr.split(separator: "\n").count == 1)
  }

  @Test func jsonNamesTheFormat() throws {
    let run = try shell(#""$ALIGN" parse - --format json < "$SEED""#)
    #expect(run.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(json["format"] as? String == "text")
    #expect(json["source"] as? String == "-")
  }
}
