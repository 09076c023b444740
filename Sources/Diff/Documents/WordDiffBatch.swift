import Alignment

/// The word diffs of one `DocumentDiff`: every pair of paragraph groups
/// whose texts differ, each different pair of texts diffed once, on one or
/// more threads.
///
/// A pair of texts that recurs (a clause amended the same way in several
/// articles, a law printed twice in a compilation) is tokenized and diffed
/// once. Texts are told apart by their bytes (`KeyNumbering.ByteKey`): two
/// texts with the same bytes give the same edits, whatever the options.
///
/// The edits are the same whatever the number of threads: each pair is
/// diffed on its own by `WordDiff.edits`, and the results are put back in
/// the order the pairs were added.
struct WordDiffBatch {
  /// The paragraphs of both revisions, whose texts the groups index.
  let old: [Paragraph]
  let new: [Paragraph]
  /// Joins the texts of a group of several paragraphs.
  let joiner: String

  /// The different pairs of texts, in the order first added.
  private var pairs: [Group] = []
  /// The number of each pair of texts in `pairs`.
  private var numbers: [Pair: Int] = [:]

  /// A pair of paragraph groups to diff: indices into `old` and `new`.
  private struct Group: Sendable {
    let old: [Int]
    let new: [Int]
  }

  private struct Pair: Hashable {
    let old: KeyNumbering.ByteKey
    let new: KeyNumbering.ByteKey
  }

  init(old: [Paragraph], new: [Paragraph], joiner: String) {
    self.old = old
    self.new = new
    self.joiner = joiner
  }

  /// Adds the pair of groups `oldGroup` → `newGroup` and returns its number:
  /// the index of its edits in `edits(options:jobs:)`. A pair whose texts
  /// were added before gets the number they had.
  ///
  /// - Complexity: O(*n*) in the texts' length, to hash them.
  mutating func add(old oldGroup: [Int], new newGroup: [Int]) -> Int {
    let pair = Pair(
      old: KeyNumbering.ByteKey(Self.text(of: oldGroup, in: old, joiner: joiner)),
      new: KeyNumbering.ByteKey(Self.text(of: newGroup, in: new, joiner: joiner)))
    if let number = numbers[pair] { return number }
    numbers[pair] = pairs.count
    pairs.append(Group(old: oldGroup, new: newGroup))
    return pairs.count - 1
  }

  /// The edits of every pair added, by number: `WordDiff.edits` of each,
  /// on up to `jobs` threads (`ParallelRuns`). Each pair's texts are joined
  /// only while it is diffed.
  ///
  /// - Complexity: One word diff per pair added.
  func edits(options: WordDiff.Options, jobs: Int) -> [[Edit]] {
    let (old, new, joiner) = (self.old, self.new, self.joiner)
    let weights = pairs.map { group in
      guard group.old.count == 1, group.new.count == 1 else {
        return group.old.reduce(0) { $0 + old[$1].text.utf8.count }
          + group.new.reduce(0) { $0 + new[$1].text.utf8.count }
      }
      return Self.weight(old[group.old[0]].text, new[group.new[0]].text)
    }
    return ParallelRuns.map(pairs, weights: weights, jobs: jobs) { group in
      WordDiff.edits(
        from: Self.text(of: group.old, in: old, joiner: joiner),
        to: Self.text(of: group.new, in: new, joiner: joiner), options: options)
    }
  }

  /// About what the word diff of two texts costs: the bytes of both, the
  /// ends they share counted once, as the tokenizer segments them once
  /// (`Tokenizer.tokens(in:and:)`). A paragraph with a word changed costs
  /// about half of one rewritten, and threads given runs of equal length
  /// finished up to a millisecond apart on the ×1 diff of
  /// `Benchmarks/compare.sh`.
  ///
  /// - Complexity: O(*s*) in the length of the shared ends.
  static func weight(_ old: String, _ new: String) -> Int {
    var old = old
    var new = new
    return old.withUTF8 { a in
      new.withUTF8 { b in
        let shared = SharedEnds.sharedBytes(a, b)
        return a.count + b.count - shared.head - shared.tail
      }
    }
  }

  /// The text of a group: its paragraph's own text, or the texts of
  /// several joined by `joiner`.
  static func text(of group: [Int], in paragraphs: [Paragraph], joiner: String) -> String {
    group.count == 1 ? paragraphs[group[0]].text : group.map { paragraphs[$0].text }.joined(separator: joiner)
  }
}
