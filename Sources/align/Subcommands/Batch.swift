import Alignment
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Align {
  /// `align batch MANIFEST`: many document sets at once, on every core,
  /// resumable, one JSON record per set.
  struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "batch",
      abstract: "Align (or diff, or report on) many document sets at once, one JSON record per set.",
      discussion: """
        The manifest has one set per line, TSV (ID<TAB>zh=PATH<TAB>en=PATH) or \
        JSON Lines ({"id": …, "files": [{"lang": "zh", "path": …}, …]}); diff and \
        report modes take old=PATH and new=PATH. "-" reads it from standard \
        input. Records (schema align.batch/1, docs/batch.md) come out in \
        manifest order whatever --jobs, one line per set, flushed as each is \
        written. A set that cannot be read becomes an error record and the \
        batch goes on. Exit status: 0 when every set succeeded, 1 when some \
        failed, 2 when the batch could not run.
        """
    )

    @Argument(help: "The manifest (TSV or JSON Lines), or - for standard input.")
    var manifest: String?

    @Option(help: "Build the manifest from the files of this directory instead (see --pattern).")
    var dir: String?

    @Option(help: "With --dir: how file names are made, from {symbol}, {lang} and {ext}.")
    var pattern = "{symbol}_{lang}.{ext}"

    @Option(help: "Read relative paths of the manifest from this directory (default: the current one).")
    var root: String?

    @Option(help: "What to do with each set: pair (align; files by language), diff or report (files old= and new=).")
    var mode: BatchWorker.Mode = .pair

    @Flag(help: "In pair mode, also check each pair as align check does.")
    var check = false

    @Option(help: "Sets worked on at once (default: the number of cores).")
    var jobs: Int?

    @Option(
      name: .shortAndLong,
      help: "Write the records to this file (and keep FILE.journal for --resume) instead of standard output.")
    var output: String?

    @Flag(help: "Skip sets already done for the same files and options by an earlier run with the same --output.")
    var resume = false

    @Option(help: "Keep only the sets whose id hashes to shard K of N (0 ≤ K < N), for job arrays.")
    var shard: String?

    @Option(name: .customLong("tmx-dir"), help: "Write one TMX of each set's sentence pairs into this directory.")
    var tmxDirectory: String?

    @Option(name: .customLong("tmx"), help: "Write the sentence pairs of every set into this one TMX file.")
    var mergedTMX: String?

    @Option(help: "Write Moses-style parallel text: PREFIX.zh, PREFIX.en, … one sentence pair per line.")
    var moses: String?

    @Option(
      name: .customLong("min-confidence"),
      help:
        "Keep in TMX and Moses output only pairs of at least this confidence (0 to 1: the bead confidence of align pair)."
    )
    var minimumConfidence = 0.0

    @Option(help: "Report mode: the generation time to print (default: SOURCE_DATE_EPOCH if set, else now).")
    var generated: String?

    @OptionGroup var comparison: ComparisonOptions

    @Flag(help: "Show the progress line even when standard error is not a terminal.")
    var progress = false

    @Flag(name: .shortAndLong, help: "Print neither progress nor the summary.")
    var quiet = false

    func validate() throws {
      if manifest == nil && dir == nil { throw ValidationError("give a manifest (or - for standard input), or --dir") }
      if manifest != nil && dir != nil { throw ValidationError("give a manifest or --dir, not both") }
      if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
      if let shard, BatchShard(parsing: shard) == nil {
        throw ValidationError("--shard takes K/N with 0 ≤ K < N, such as 0/4")
      }
      if resume && (output == nil || output == "-") {
        throw ValidationError("--resume needs --output FILE (its journal is FILE.journal)")
      }
      if !(0...1).contains(minimumConfidence) { throw ValidationError("--min-confidence must be between 0 and 1") }
      if mode != .pair && (check || tmxDirectory != nil || mergedTMX != nil || moses != nil) {
        throw ValidationError("--check, --tmx, --tmx-dir and --moses belong to pair mode")
      }
    }

    func run() throws {
      var sets = try readSets()
      if let shard = shard.flatMap(BatchShard.init(parsing:)) {
        sets = sets.filter { shard.contains(id: $0.id) }
      }
      let worker = BatchWorker(
        mode: mode, check: check, comparison: comparison.settings,
        generated: mode == .report ? try generationTime(generated) : nil,
        pinnedGeneration: mode == .report ? generated ?? ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] : nil,
        root: root)
      let records = try output.map { try StreamingOutputFile(path: $0) } ?? StreamingOutputFile()
      let journalPath = output.map { $0 + ".journal" }
      let earlier = resume ? journalPath.map(BatchJournal.entries(at:)) ?? [:] : [:]
      let journal: BatchJournal?
      do {
        journal = try journalPath.map { try BatchJournal(path: $0, keeping: resume) }
      } catch let problem as BatchManifest.Problem {
        throw CommandFailure(description: problem.description)
      }
      let memories = try TranslationMemoryOutputs(
        tmxDirectory: tmxDirectory, mergedTMX: mergedTMX, mosesPrefix: moses,
        minimumConfidence: minimumConfidence, ids: sets.map(\.id))
      if mode == .pair { _ = Lexicon.cedict }  // loaded once, before the workers share it
      var meter = ProgressMeter(total: sets.count, shown: !quiet && (progress || isatty(STDERR_FILENO) != 0))
      var kept: [(key: String, record: String)] = []
      let jobCount = jobs ?? Processors.online
      let journalFailure = JournalFailure()
      try OrderedParallelMap(jobs: jobCount).run(
        count: sets.count,
        work: { [sets] (index: Int) -> BatchWorker.Outcome in
          let outcome = worker.process(sets[index], journal: earlier)
          if !outcome.resumed {
            do throws(BatchManifest.Problem) {
              try journal?.append(key: outcome.key, record: outcome.line)
            } catch let problem {
              journalFailure.set(problem.description)
            }
          }
          return outcome
        },
        emit: { (_: Int, outcome: BatchWorker.Outcome) in
          if let message = journalFailure.message { throw CommandFailure(description: message) }
          try records.write(outcome.line + "\n")
          try memories.add(outcome.record)
          kept.append((outcome.key, outcome.line))
          meter.count(outcome)
        })
      try memories.finish()
      if let journalPath {
        do {
          try BatchJournal.rewrite(at: journalPath, entries: kept)
        } catch {
          throw CommandFailure(description: error.description)
        }
      }
      meter.finish()
      if !quiet {
        var summary =
          "align batch: \(sets.count) sets, \(sets.count - meter.state.failed) ok, \(meter.state.failed) failed"
        if meter.state.resumed > 0 { summary += ", \(meter.state.resumed) resumed" }
        summary += ", " + BatchProgress.duration(meter.elapsed)
        if memories.mosesSkipped > 0 {
          summary += "; \(memories.mosesSkipped) sets left out of --moses (their languages differ from the first set's)"
        }
        StandardStreams.writeLineToStandardError(summary)
      }
      if meter.state.failed > 0 { throw ExitCode(1) }
    }

    /// The sets of the manifest, or of `--dir`.
    func readSets() throws -> [BatchSet] {
      do {
        if let dir { return try BatchManifest.sets(inDirectory: dir, pattern: pattern) }
        guard let manifest else { return [] }
        let data: Data
        if manifest == "-" {
          switch FileDescriptorIO.readAll(from: STDIN_FILENO) {
          case .success(let read): data = read
          case .failure(let failure):
            throw CommandFailure(
              description: "standard input: the manifest cannot be read (\(String(cString: strerror(failure.code))))")
          }
        } else {
          guard let contents = FileManager.default.contents(atPath: manifest) else {
            throw CommandFailure(description: "\(manifest): the manifest cannot be read")
          }
          data = contents
        }
        guard let text = String(data: data, encoding: .utf8) else {
          throw CommandFailure(
            description: "\(manifest == "-" ? "standard input" : manifest): the manifest is not UTF-8")
        }
        return try BatchManifest.parse(text)
      } catch let problem as BatchManifest.Problem {
        throw CommandFailure(description: problem.description)
      }
    }
  }
}

extension BatchWorker.Mode: ExpressibleByArgument {}
