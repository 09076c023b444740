import ArgumentParser

@main
struct Align: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "align",
    abstract: "Line up numbered legal texts across languages and revisions.",
    subcommands: [Parse.self, Diff.self, Report.self]
  )
}
