// align-eval: sentence-alignment evaluation and speed benchmark for
// `SegmentAligner`. See Benchmarks/README.md.
//
//   swift run -c release --scratch-path .build-pair align-eval [bible|unpc|hk|speed|all]
//       [--fixtures DIR] [--count N] [--write-unpc DIR] [name=value ...]
//
// name=value overrides a numeric `SegmentAligner.Options` field for tuning
// (lengthWeight, lexicalWeight, deletion, merge21, merge22, merge31,
// numberWeight, emptySimilarity, bandHalfWidth, product, smoothing,
// perSegment; shapeAxB sets the penalty of
// the A:B shape, adding it if needed, or removes it if negative).

import Alignment
import Foundation
import TestSupport

func readLines(_ path: String) throws -> [String] {
  let text = try String(contentsOfFile: path, encoding: .utf8)
  var lines = text.components(separatedBy: "\n")
  if lines.last == "" { lines.removeLast() }
  return lines
}

/// User plus system CPU seconds of this process so far.
func cpuSeconds() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
  return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

func peakResidentMegabytes() -> Double {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
    let kb = Double(line.split(separator: " ").dropFirst().first ?? "")
  else { return .nan }
  return kb / 1024
}

func format(_ score: AlignmentScore) -> String {
  String(
    format: "strict P %.4f R %.4f F1 %.4f | lax P %.4f R %.4f F1 %.4f",
    score.precisionStrict, score.recallStrict, score.f1Strict,
    score.precisionLax, score.recallLax, score.f1Lax)
}

/// A synthetic test set made from line-aligned pairs: some sentences merged
/// on one side (2:1, 1:2, 3:1, 1:3, 2:2), some dropped on one side (1:0,
/// 0:1), deterministically from `seed`. English is the source side.
func perturbed(
  english: [String], chinese: [String], count: Int, seed: UInt64
) -> (source: [String], target: [String], gold: [Bead]) {
  var random = SplitMix64(seed: seed)
  var pairs: [(String, String)] = []
  var k = 0
  while pairs.count < count {
    let e = english[k % english.count]
    let z = chinese[k % chinese.count]
    if !e.trimmingCharacters(in: .whitespaces).isEmpty
      && !z.trimmingCharacters(in: .whitespaces).isEmpty
    {
      pairs.append((e, z))
    }
    k += 1
  }
  var source: [String] = []
  var target: [String] = []
  var gold: [Bead] = []
  var p = 0
  func joinEnglish(_ parts: [String]) -> String { parts.joined(separator: " ") }
  func joinChinese(_ parts: [String]) -> String { parts.joined() }
  while p < pairs.count {
    let r = Double.random(in: 0..<1, using: &random)
    let left = pairs.count - p
    var take = 1
    var sourceParts: [[String]] = []
    var targetParts: [[String]] = []
    switch r {
    case ..<0.02:  // English sentence without Chinese counterpart
      sourceParts = [[pairs[p].0]]
    case ..<0.04:  // Chinese sentence without English counterpart
      targetParts = [[pairs[p].1]]
    case ..<0.12 where left >= 2:  // two English sentences, one Chinese
      take = 2
      sourceParts = [[pairs[p].0], [pairs[p + 1].0]]
      targetParts = [[pairs[p].1, pairs[p + 1].1]]
    case ..<0.20 where left >= 2:  // one English sentence, two Chinese
      take = 2
      sourceParts = [[pairs[p].0, pairs[p + 1].0]]
      targetParts = [[pairs[p].1], [pairs[p + 1].1]]
    case ..<0.22 where left >= 3:
      take = 3
      sourceParts = (0..<3).map { [pairs[p + $0].0] }
      targetParts = [(0..<3).map { pairs[p + $0].1 }]
    case ..<0.24 where left >= 3:
      take = 3
      sourceParts = [(0..<3).map { pairs[p + $0].0 }]
      targetParts = (0..<3).map { [pairs[p + $0].1] }
    case ..<0.26 where left >= 3:  // 2:2 with a crossing split point
      take = 3
      sourceParts = [[pairs[p].0], [pairs[p + 1].0, pairs[p + 2].0]]
      targetParts = [[pairs[p].1, pairs[p + 1].1], [pairs[p + 2].1]]
    default:
      sourceParts = [[pairs[p].0]]
      targetParts = [[pairs[p].1]]
    }
    let s0 = source.count
    let t0 = target.count
    source += sourceParts.map(joinEnglish)
    target += targetParts.map(joinChinese)
    gold.append(Bead(source: Array(s0..<source.count), target: Array(t0..<target.count)))
    p += take
  }
  return (source, target, gold)
}

/// Merges consecutive test beads that lie within one Bible verse, as
/// bertalign's `bin/eval_bible.py` (`merge_test_alignments`) does before
/// scoring: the gold beads are verse alignments, so sentence beads are
/// compared after joining those that fall inside the same verse pair.
///
/// A bead's verse is the single verse of all its sentences on each side
/// (an empty side counts as NULL and takes the other side's verse); beads
/// spanning several verses, or whose sides disagree, have no verse and are
/// never merged. A bead merges into the previous one when both have the same
/// verse.
func mergedIntoVerses(_ beads: [Bead], sourceVerses: [String], targetVerses: [String]) -> [Bead] {
  func verse(of ids: [Int], _ verses: [String]) -> [String] {
    if ids.isEmpty { return ["NULL"] }
    var unique: [String] = []
    for id in ids where !unique.contains(verses[id]) { unique.append(verses[id]) }
    return unique
  }
  func verse(of bead: Bead) -> String? {
    let s = verse(of: bead.source, sourceVerses)
    let t = verse(of: bead.target, targetVerses)
    guard s.count == 1, t.count == 1 else { return nil }
    if s[0] == t[0] { return s[0] }
    if s[0] == "NULL" { return t[0] }
    if t[0] == "NULL" { return s[0] }
    return nil
  }
  var merged: [Bead] = []
  var last: String? = nil
  for bead in beads {
    let type = verse(of: bead)
    if let last, let type, last == type {
      merged[merged.count - 1].source += bead.source
      merged[merged.count - 1].target += bead.target
    } else {
      merged.append(bead)
    }
    last = type
  }
  return merged
}

struct Arguments {
  var command = "all"
  var fixtures = "Fixtures"
  var count = 20_000
  var writeUNPC: String?
  var options = SegmentAligner.Options()
  /// For `score`: gold and test bead files, and optional verse files.
  var files: [String] = []

  init() throws {
    var args = CommandLine.arguments.dropFirst()
    while let arg = args.popFirst() {
      switch arg {
      case "--fixtures": fixtures = args.popFirst() ?? fixtures
      case "--count": count = Int(args.popFirst() ?? "") ?? count
      case "--write-unpc": writeUNPC = args.popFirst()
      case let setting where setting.contains("="):
        let parts = setting.split(separator: "=", maxSplits: 1)
        guard let value = Double(parts[1]) else {
          throw ArgumentError(message: "not a number: \(setting)")
        }
        try set(String(parts[0]), value)
      default:
        if command == "score" { files.append(arg) } else { command = arg }
      }
    }
  }

  struct ArgumentError: Error { var message: String }

  mutating func set(_ name: String, _ value: Double) throws {
    func setPenalty(_ pairs: [(Int, Int)]) {
      for k in options.shapes.indices {
        let s = options.shapes[k].shape
        if pairs.contains(where: { $0 == (s.source, s.target) }) {
          options.shapes[k].penalty = value
        }
      }
    }
    switch name {
    case "lengthWeight": options.lengthWeight = value
    case "variance": options.lengthModel[.chineseSimplified, .english].s2 = value
    case "lexicalWeight": options.lexicalWeight = value
    case "numberWeight": options.numberWeight = value
    case "emptySimilarity": options.emptySimilarity = value
    case "bandHalfWidth": options.bandHalfWidth = Int(value)
    case "product": options.productSizeFactor = value != 0
    case "smoothing": options.coverageSmoothing = value
    case "normalize": options.normalizeByNeighbours = value != 0
    case "normalizeStrength": options.neighbourNormalizationStrength = value
    case "maxGlosses": options.maximumGlossesPerWord = Int(value)
    case "perSegment": options.perSegmentCoverage = value != 0
    case "deletion": setPenalty([(1, 0), (0, 1)])
    case "merge21": setPenalty([(2, 1), (1, 2)])
    case "merge22": setPenalty([(2, 2)])
    case "merge31": setPenalty([(3, 1), (1, 3)])
    case let shape where shape.hasPrefix("shape"):
      // shapeAxB=penalty sets (or adds) the A:B shape; a negative penalty removes it.
      let sides = shape.dropFirst(5).split(separator: "x").compactMap { Int($0) }
      guard sides.count == 2 else { throw ArgumentError(message: "bad shape \(shape)") }
      options.shapes.removeAll { $0.shape == BeadShape(source: sides[0], target: sides[1]) }
      if value >= 0 {
        options.shapes.append(.init(sides[0], sides[1], penalty: value))
      }
    default: throw ArgumentError(message: "unknown option \(name)")
    }
  }
}

func evaluate(
  _ name: String, source: [String], target: [String], gold: [Bead],
  options: SegmentAligner.Options, verses: (source: [String], target: [String])? = nil
) {
  let aligner = SegmentAligner(
    source: .english, target: .chineseSimplified, lexicon: .cedict, options: options)
  let start = Date()
  let cpuStart = cpuSeconds()
  let beads = aligner.align(source, target)
  let seconds = Date().timeIntervalSince(start)
  let cpu = cpuSeconds() - cpuStart
  do {
    try Bead.checkInvariants(beads, sourceCount: source.count, targetCount: target.count)
  } catch {
    print("\(name): INVARIANT VIOLATED: \(error)")
  }
  if let out = ProcessInfo.processInfo.environment["ALIGN_EVAL_BEADS"] {
    // Debugging aid: the test beads in vecalign format.
    let lines = beads.map { $0.vecalignLine + String(format: ":%.3f", $0.score) }
    try? (lines.joined(separator: "\n") + "\n").write(
      toFile: out + "." + name.prefix(while: { $0 != " " }), atomically: true, encoding: .utf8)
  }
  var scored = beads
  if let verses {
    scored = mergedIntoVerses(beads, sourceVerses: verses.source, targetVerses: verses.target)
  }
  let score = AlignmentScore(gold: gold, test: scored)
  print(
    "\(name): \(source.count) × \(target.count) segments, \(beads.count) beads "
      + "(gold \(gold.count)), \(String(format: "%.2f s (%.2f s CPU)", seconds, cpu))")
  print("  " + format(score))
  if verses != nil {
    print("  without the verse merge: " + format(AlignmentScore(gold: gold, test: beads)))
  }
}

func main() throws {
  let arguments = try Arguments()
  let fixtures = arguments.fixtures
  let start = Date()
  _ = Lexicon.cedict
  let lexiconSeconds = Date().timeIntervalSince(start)
  if Lexicon.cedict == nil { print("warning: CC-CEDICT lexicon resource not found") }
  let run = arguments.command
  if run == "score" {
    // align-eval score GOLD TEST [SOURCE.verse TARGET.verse]: scores bead
    // files (vecalign format), e.g. the output of
    // `align pair --segmented --format beads`, merging test beads into
    // verses first when verse files are given.
    guard arguments.files.count == 2 || arguments.files.count == 4 else {
      throw Arguments.ArgumentError(message: "usage: align-eval score GOLD TEST [SOURCE.verse TARGET.verse]")
    }
    let beadFiles = try arguments.files.prefix(2).map { path -> [Bead] in
      guard let beads = Bead.parseVecalign(try String(contentsOfFile: path, encoding: .utf8)) else {
        throw Arguments.ArgumentError(message: "\(path): not in vecalign's bead format")
      }
      return beads
    }
    var test = beadFiles[1]
    if arguments.files.count == 4 {
      test = mergedIntoVerses(
        test, sourceVerses: try readLines(arguments.files[2]).map { $0.trimmingCharacters(in: .whitespaces) },
        targetVerses: try readLines(arguments.files[3]).map { $0.trimmingCharacters(in: .whitespaces) })
    }
    print(format(AlignmentScore(gold: beadFiles[0], test: test)))
    return
  }
  if run == "bible" || run == "all" {
    print(String(format: "lexicon loaded in %.2f s", lexiconSeconds))
    let folder = fixtures + "/bible_en_zh_verse_gold"
    let english = try readLines(folder + "/en/001")
    let chinese = try readLines(folder + "/zh/001")
    let goldText = try String(contentsOfFile: folder + "/gold/001.align", encoding: .utf8)
    guard let gold = Bead.parseVecalign(goldText) else {
      throw Arguments.ArgumentError(message: "malformed gold file")
    }
    let verses = (
      source: try readLines(folder + "/en.verse").map { $0.trimmingCharacters(in: .whitespaces) },
      target: try readLines(folder + "/zh.verse").map { $0.trimmingCharacters(in: .whitespaces) }
    )
    evaluate(
      "bible en–zh (beads merged into verses as bertalign's eval_bible.py)",
      source: english, target: chinese, gold: gold, options: arguments.options, verses: verses)
  }
  if run == "unpc" || run == "all" {
    let folder = fixtures + "/unpc_v1_devset_zh_en"
    let english = try readLines(folder + "/UNv1.0.devset.en")
    let chinese = try readLines(folder + "/UNv1.0.devset.zh")
    let set = perturbed(english: english, chinese: chinese, count: english.count, seed: 2016)
    if let out = arguments.writeUNPC {
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      try (set.source.joined(separator: "\n") + "\n").write(
        toFile: out + "/en", atomically: true, encoding: .utf8)
      try (set.target.joined(separator: "\n") + "\n").write(
        toFile: out + "/zh", atomically: true, encoding: .utf8)
      try (set.gold.map(\.vecalignLine).joined(separator: "\n") + "\n").write(
        toFile: out + "/gold.align", atomically: true, encoding: .utf8)
    }
    evaluate(
      "unpc dev, perturbed (seed 2016)", source: set.source, target: set.target,
      gold: set.gold, options: arguments.options)
  }
  if run == "hk" || run == "all" {
    // Held out (never used for tuning): Hong Kong ordinances, Traditional
    // Chinese line then English line; every file's last pair is dropped as
    // truncated. Each file is one document; the gold is the diagonal.
    let folder = fixtures + "/hk_lawcorpus3_aligned_zh-Hant_en"
    var documents: [(gold: [Bead], test: [Bead])] = []
    var sizes: [String] = []
    for name in ["HK0001", "HK0504", "HK0510", "HK1006"] {
      let lines = try readLines(folder + "/\(name)_partial.txt")
      let pairs = lines.count / 2 - 1
      let chinese = (0..<pairs).map { lines[2 * $0] }
      let english = (0..<pairs).map { lines[2 * $0 + 1] }
      let aligner = SegmentAligner(
        source: .chineseTraditional, target: .english, lexicon: .cedict,
        options: arguments.options)
      let beads = aligner.align(chinese, english)
      try? Bead.checkInvariants(beads, sourceCount: pairs, targetCount: pairs)
      documents.append((gold: (0..<pairs).map { Bead(source: [$0], target: [$0]) }, test: beads))
      sizes.append("\(pairs)")
    }
    print("hk ordinances zh-Hant–en (held out): \(sizes.joined(separator: "+")) pairs")
    print("  " + format(AlignmentScore(pairs: documents)))
  }
  if run == "speed" {
    let folder = fixtures + "/unpc_v1_devset_zh_en"
    let english = try readLines(folder + "/UNv1.0.devset.en")
    let chinese = try readLines(folder + "/UNv1.0.devset.zh")
    // About 1.15 pairs make one segment once merges are applied.
    let set = perturbed(
      english: english, chinese: chinese, count: arguments.count * 115 / 100, seed: 7)
    let before = peakResidentMegabytes()
    print(String(format: "lexicon loaded in %.2f s; peak RSS so far %.0f MB", lexiconSeconds, before))
    evaluate(
      "speed: unpc dev repeated and perturbed", source: set.source, target: set.target,
      gold: set.gold, options: arguments.options)
    print(String(format: "  peak RSS (VmHWM) %.0f MB", peakResidentMegabytes()))
  }
  if run == "speed-unrelated" {
    // Worst case for the band: the target is shuffled, so no path is
    // better than another and the band keeps growing to its limit.
    let folder = fixtures + "/unpc_v1_devset_zh_en"
    let english = try readLines(folder + "/UNv1.0.devset.en")
    let chinese = try readLines(folder + "/UNv1.0.devset.zh")
    let set = perturbed(
      english: english, chinese: chinese, count: arguments.count * 115 / 100, seed: 7)
    var random = SplitMix64(seed: 11)
    let shuffled = set.target.shuffled(using: &random)
    evaluate(
      "speed: unrelated texts (target shuffled)", source: set.source, target: shuffled,
      gold: set.gold, options: arguments.options)
    print(String(format: "  peak RSS (VmHWM) %.0f MB", peakResidentMegabytes()))
  }
}

do {
  try main()
} catch {
  print("error: \(error)")
  exit(1)
}
