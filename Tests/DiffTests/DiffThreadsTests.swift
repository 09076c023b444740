import Alignment
import Testing

@testable import Diff

/// A document diff whose fingerprints and word diffs run on several
/// threads is the diff they give on one.
@Suite struct DiffThreadsTests {
  /// Real revisions: the constitution of 1982 against 2018 (many edits, new
  /// articles), and the trademark law of 2019 against 2026.
  @Test(arguments: [
    ("中华人民共和国宪法_1982-12-04_历史版本.txt", "中华人民共和国宪法_2018-03-11_现行有效.txt"),
    ("中华人民共和国商标法_2019-04-23_历史版本.txt", "中华人民共和国商标法_2026-06-26_现行有效.txt"),
  ])
  func sameDiffOnAnyNumberOfThreads(old: String, new: String) throws {
    let old = try Fixtures.lawText(old)
    let new = try Fixtures.lawText(new)
    var options = DocumentDiff.Options(words: .forLanguage(old.language))
    let single = DocumentDiff(from: old, to: new, options: options)
    #expect(single.summary.modified > 20)
    for jobs in [2, 3, 8] {
      options.jobs = jobs
      let threaded = DocumentDiff(from: old, to: new, options: options)
      // The first change that differs, rather than two whole diffs.
      let firstDifference = zip(threaded.changes, single.changes).enumerated().first { $1.0 != $1.1 }?.offset
      #expect(firstDifference == nil, "jobs \(jobs)")
      #expect(threaded.changes.count == single.changes.count, "jobs \(jobs)")
    }
  }

  /// Revisions with whole laws added at the end, as `Benchmarks/compare.sh`
  /// writes them: enough changed paragraphs that the gaps and the search
  /// for moved ones run on several threads
  /// (`ParagraphMatcher.parallelGapParagraphs`, `parallelMoveFeatures`).
  @Test func movesFoundAlikeOnAnyNumberOfThreads() throws {
    func joined(_ names: [String]) throws -> Document {
      let documents = try names.map { try Fixtures.lawText($0) }
      return Document(language: documents[0].language, paragraphs: documents.flatMap(\.paragraphs))
    }
    let old = try joined(["中华人民共和国宪法_1982-12-04_历史版本.txt", "中华人民共和国商标法_2019-04-23_历史版本.txt"])
    let new = try joined([
      "中华人民共和国宪法_2018-03-11_现行有效.txt", "中华人民共和国商标法_2026-06-26_现行有效.txt",
      "中华人民共和国反恐怖主义法_2018-04-27_现行有效.txt",
    ])
    var options = DocumentDiff.Options(words: .forLanguage(old.language))
    let single = DocumentDiff(from: old, to: new, options: options)
    let inserted = single.changes.filter { $0.op == .inserted }.flatMap(\.new)
    let features = inserted.reduce(0) { $0 + Fingerprint(new.paragraphs[$1].text).features.count }
    #expect(features >= ParagraphMatcher.parallelMoveFeatures)
    // Stage 2's gaps run on several threads too.
    let matcher = ParagraphMatcher(old: old.paragraphs, new: new.paragraphs, options: options)
    var (x, y, inGaps) = (0, 0, 0)
    for anchor in matcher.anchors + [(old: old.paragraphs.count, new: new.paragraphs.count)] {
      if x < anchor.old && y < anchor.new { inGaps += anchor.old - x + anchor.new - y }
      (x, y) = (anchor.old + 1, anchor.new + 1)
    }
    #expect(inGaps >= ParagraphMatcher.parallelGapParagraphs)
    #expect(single.changes.contains { $0.moved })
    for jobs in [2, 3] {
      options.jobs = jobs
      let threaded = DocumentDiff(from: old, to: new, options: options)
      let firstDifference = zip(threaded.changes, single.changes).enumerated().first { $1.0 != $1.1 }?.offset
      #expect(firstDifference == nil, "jobs \(jobs)")
      #expect(threaded.changes.count == single.changes.count, "jobs \(jobs)")
    }
  }

  /// A pair of texts that recurs is diffed once and handed to every change
  /// that has it, on any number of threads.
  @Test func recurringPairsShareTheirEdits() throws {
    let old = try Fixtures.lawText("中华人民共和国宪法_1982-12-04_历史版本.txt")
    let new = try Fixtures.lawText("中华人民共和国宪法_2018-03-11_现行有效.txt")
    let twiceOld = Document(language: old.language, paragraphs: old.paragraphs + old.paragraphs)
    let twiceNew = Document(language: new.language, paragraphs: new.paragraphs + new.paragraphs)
    for jobs in [1, 2] {
      let diff = DocumentDiff(
        from: twiceOld, to: twiceNew, options: DocumentDiff.Options(words: .forLanguage(old.language), jobs: jobs))
      let once = DocumentDiff(from: old, to: new, options: DocumentDiff.Options(words: .forLanguage(old.language)))
      let firstHalf = diff.changes.filter { ($0.new.first ?? $0.old[0] + new.paragraphs.count) < new.paragraphs.count }
      let expected = once.changes.filter { !$0.new.isEmpty }
      #expect(firstHalf.count == expected.count, "jobs \(jobs)")
      let firstDifference = zip(firstHalf, expected).enumerated().first { $1.0.edits != $1.1.edits }?.offset
      #expect(firstDifference == nil, "jobs \(jobs)")
    }
  }

  @Test func fingerprintsInOrderOnAnyNumberOfThreads() throws {
    let texts = try Fixtures.lawText("中华人民共和国宪法_2018-03-11_现行有效.txt").paragraphs.map(\.text)
    let single = texts.map(Fingerprint.init)
    for jobs in [1, 2, 5] {
      #expect(Fingerprint.all(texts, jobs: jobs) == single, "jobs \(jobs)")
    }
  }

  @Test(arguments: [
    ([Int](), 4, [Range<Int>]()),
    ([5], 4, [0..<1]),
    ([1, 1, 1, 1], 2, [0..<2, 2..<4]),
    ([1, 1, 1, 1, 1, 1, 1, 1], 4, [0..<2, 2..<4, 4..<6, 6..<8]),
    ([100, 1, 1, 1], 2, [0..<1, 1..<4]),
    ([1, 1, 1, 100], 2, [0..<4]),
    ([0, 0, 0], 2, [0..<1, 1..<3]),
    ([3, 3], 8, [0..<1, 1..<2]),
  ])
  func runsOfAboutEqualWeight(lengths: [Int], count: Int, runs: [Range<Int>]) {
    let found = ParallelRuns.runs(weights: lengths, count: count)
    #expect(found == runs)
    #expect(found.allSatisfy { !$0.isEmpty })
    #expect(found.first?.lowerBound ?? 0 == 0 && found.last?.upperBound ?? 0 == lengths.count)
    #expect(zip(found, found.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
  }

  /// The weight of a word diff counts the ends both texts share once.
  @Test func aWordDiffWeighsWhatIsSegmented() {
    #expect(WordDiffBatch.weight("第一条　甲乙。", "第一条　甲乙。") == "第一条　甲乙。".utf8.count)
    #expect(WordDiffBatch.weight("abcXdef", "abcYYdef") == 3 + 3 + 1 + 2)
    #expect(WordDiffBatch.weight("ab", "abab") == 4)
    #expect(WordDiffBatch.weight("", "new") == 3)
  }
}
