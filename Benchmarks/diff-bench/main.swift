// diff-bench: how well `align diff` (DocumentDiff) finds known edits.
//
// Takes real documents (宪法 2018, 反恐怖主义法, 反洗钱法 2024, 商标法 2026,
// S/RES/2482 (2019) in Chinese, the 2001 GA draft on the right to
// development), makes known edits with a seeded SplitMix64 (delete, insert,
// move, move and edit, split, merge, renumber after an insertion, and word
// edits: replace a number, insert a phrase, delete a phrase), writes the new
// revision as text and reads it back with `DocumentReader.parse`, diffs it
// against the original with the options `align diff` uses, and scores the
// reported changes against the known ones: precision and recall per kind,
// how each mutation was reported, and whether word edits are reported
// exactly. Output is deterministic for a given seed.
//
// Run from the package root:
//
//   swift build -c release --scratch-path .build-bench --product diff-bench
//   .build-bench/release/diff-bench
//
// Options: --single N   documents per mutation kind and source, one mutation
//                       each (default 20)
//          --trials N   documents with several mutations each (default 200)
//          --mutations K  mutations per document in those trials (default 4)
//          --dense N    documents with many mutations each, next to each
//                       other allowed (default 100)
//          --dense-mutations K  (default 12)
//          --seed S     (default 1)
//          --root PATH  the package root (default: the current directory)
//          --verbose    print each round-trip failure, each mutation not
//                       reported as expected (with its texts) and each word
//                       edit not reported exactly
//
// The three runs draw from one generator in turn, so a run's figures depend
// on the runs before it; docs/diff.md ("Measured: known edits") has the
// figures of the default run.
import Alignment
import Diff
import Foundation
import TestSupport

struct Settings {
  var single = 20
  var trials = 200
  var mutations = 4
  var dense = 100
  var denseMutations = 12
  var seed: UInt64 = 1
  var root = FileManager.default.currentDirectoryPath
  var verbose = false

  init(arguments: [String]) {
    var rest = arguments.dropFirst()
    func value(_ name: String) -> String {
      guard let v = rest.popFirst() else { fail("\(name) needs a value") }
      return v
    }
    func number(_ name: String) -> Int {
      guard let n = Int(value(name)), n >= 0 else { fail("\(name) needs a number") }
      return n
    }
    while let argument = rest.popFirst() {
      switch argument {
      case "--single": single = number(argument)
      case "--trials": trials = number(argument)
      case "--mutations": mutations = number(argument)
      case "--dense": dense = number(argument)
      case "--dense-mutations": denseMutations = number(argument)
      case "--seed": seed = UInt64(number(argument))
      case "--root": root = value(argument)
      case "--verbose": verbose = true
      default: fail("unknown argument \(argument)")
      }
    }
  }
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("diff-bench: \(message)\n".utf8))
  exit(2)
}

/// Runs trials and tallies them.
struct Bench {
  let documents: [Source]
  let donors: [Source]
  /// Each source's own paragraphs as read back from its rendering: the OLD
  /// side of every diff.
  let olds: [Document]
  let verbose: Bool

  /// Mutates `source` with `mutations` in turn, diffs and scores.
  func trial(
    _ s: Int, _ mutations: [Mutation], dense: Bool = false, rng: inout SplitMix64, into tally: inout Tally
  ) {
    let source = documents[s]
    let old = olds[s]
    var revision = Revision(source: source, donors: documents + donors)
    revision.dense = dense
    for mutation in mutations { revision.apply(mutation, using: &rng) }
    let paragraphs = revision.paragraphs
    let new: Document
    if let parsed = source.parsedBack(paragraphs) {
      new = parsed
    } else {
      tally.roundTripFailures += 1
      if verbose { print("round trip, \(source.name): \(source.firstRoundTripDifference(paragraphs))") }
      new = Document(language: old.language, paragraphs: paragraphs)
    }
    var options = DocumentDiff.Options()
    options.words = .forLanguage(old.language)
    let diff = DocumentDiff(from: old, to: new, options: options)
    if !diff.invariantViolations(old: old.paragraphs, new: new.paragraphs, options: options).isEmpty {
      tally.invariantFailures += 1
    }
    tally.documents += 1
    tally.add(expected: revision.expectedFacts(), detected: diff.facts)
    let position = Dictionary(uniqueKeysWithValues: revision.items.enumerated().map { ($1.id, $0) })
    for applied in revision.applied {
      let outcome = diff.outcome(old: applied.old, new: applied.items.compactMap { position[$0] })
      tally.outcomes[applied.mutation, default: [:]][outcome, default: 0] += 1
      tally.mutations[applied.mutation, default: 0] += 1
      if verbose, !Bench.isExpected(applied.mutation, outcome) {
        print("\(applied.mutation.rawValue) in \(source.name) old \(applied.old): \(outcome)")
        for i in applied.old { print("  old \(i): \(old.paragraphs[i].text.debugDescription)") }
        for id in applied.items {
          if let j = position[id] { print("  new \(j): \(new.paragraphs[j].text.debugDescription)") }
        }
      }
    }
    for (j, item) in revision.items.enumerated() {
      guard let truth = item.wordEdit, case .old(let i) = item.origin else { continue }
      let change = diff.changes.first { $0.old == [i] && $0.new == [j] }
      tally.words.add(truth, change: change)
      if verbose, let change, tally.words.grade(truth, change) != .exact {
        let shown = change.edits.filter { $0.op != .equal }.map { "\($0.op.rawValue) \($0.text.debugDescription)" }
        print(
          "\(truth.mutation.rawValue) \(truth.deleted.debugDescription)→\(truth.inserted.debugDescription): \(shown)")
      }
    }
  }

  static func isExpected(_ mutation: Mutation, _ reported: String) -> Bool {
    let outcome = reported.replacingOccurrences(of: "+renumbered", with: "")
    return switch mutation {
    case .delete: outcome == "deleted"
    case .insert: outcome == "inserted"
    case .move: outcome == "unchanged+moved"
    case .moveAndEdit: outcome == "modified+moved"
    case .split: outcome.hasPrefix("split 1→2")
    case .merge: outcome.hasPrefix("merged 2→1")
    case .renumber: outcome == "inserted"
    case .replaceNumber, .insertPhrase, .deletePhrase: outcome.hasPrefix("modified")
    }
  }
}

let settings = Settings(arguments: CommandLine.arguments)
// The renumbered labels are only as good as the formatter: it must be the
// reader's inverse.
for n in 1...9999 where ChineseNumeral.parse(ChineseNumeralFormatter.string(n)) != n {
  fail("ChineseNumeralFormatter wrote \(n) as \(ChineseNumeralFormatter.string(n))")
}
let (documents, donors): ([Source], [Source])
do {
  (documents, donors) = try Source.all(root: settings.root)
} catch {
  fail("\(error) (run from the package root or pass --root)")
}
var olds: [Document] = []
print("diff-bench: seed \(settings.seed)")
print("documents (paragraphs; does the text rendering read back identically?):")
for source in documents {
  let parsed = source.parsedBack(source.document.paragraphs)
  print(
    "  \(pad(source.name, 16)) \(source.document.paragraphs.count)\t\(parsed == nil ? "NO: " + source.firstRoundTripDifference(source.document.paragraphs) : "yes")"
  )
  olds.append(parsed ?? source.document)
}
let bench = Bench(documents: documents, donors: donors, olds: olds, verbose: settings.verbose)
var rng = SplitMix64(seed: settings.seed)

// One mutation per document: each kind alone.
var single = Tally()
for mutation in Mutation.allCases {
  for s in documents.indices {
    for _ in 0..<settings.single { bench.trial(s, [mutation], rng: &rng, into: &single) }
  }
}
// Several mutations per document, kinds drawn at random.
var mixed = Tally()
for t in 0..<settings.trials {
  let mutations = (0..<settings.mutations).map { _ in Mutation.allCases.randomElement(using: &rng)! }
  bench.trial(t % documents.count, mutations, rng: &rng, into: &mixed)
}

// Many mutations per document, side by side allowed.
var dense = Tally()
for t in 0..<settings.dense {
  let mutations = (0..<settings.denseMutations).map { _ in Mutation.allCases.randomElement(using: &rng)! }
  bench.trial(t % documents.count, mutations, dense: true, rng: &rng, into: &dense)
}

for (title, tally) in [
  ("One mutation per document (\(single.documents) documents)", single),
  ("\(settings.mutations) mutations per document (\(mixed.documents) documents)", mixed),
  ("\(settings.denseMutations) mutations per document, neighbours allowed (\(dense.documents) documents)", dense),
] {
  print("\n## \(title)")
  print(
    "round-trip failures (diffed as constructed): \(tally.roundTripFailures); invariant failures: \(tally.invariantFailures)"
  )
  print("\nFacts: precision and recall")
  print(tally.table())
  print("\nHow each mutation was reported (most frequent)")
  print(tally.outcomeTable())
  print("\nWord edits")
  print(tally.words.table())
}
