import ArgumentParser

@main
struct Align: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "align",
    abstract: "Line up numbered legal texts across languages and revisions.",
    version: Align.version,
    subcommands: [Parse.self, Pair.self, Diff.self, Report.self, Check.self, Batch.self]
  )
}

extension Align {
  /// The version recorded in TMX headers and printed by `--version`.
  static let version = "0.1.0"
}
