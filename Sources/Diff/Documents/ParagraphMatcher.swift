import Alignment

/// Pairs the paragraphs of two revisions of a document.
///
/// Three stages, each bounded:
///
/// 1. **Identical paragraphs in order.** Myers' diff over the paragraphs'
///    comparison keys pairs every paragraph kept word for word, whatever its
///    number: in 宪法 2018 the articles after the five inserted ones pair
///    with their 1982 originals here, and come out `renumbered`.
/// 2. **Similar paragraphs in each gap.** Between two consecutive identical
///    pairs, a dynamic programme in the manner of Gale & Church (1993)
///    chooses 1–1 (modified), 1–k (split) and k–1 (merged) beads maximising
///    total similarity, within a band of `window` paragraphs around the
///    gap's diagonal.
/// 3. **Moves.** Paragraphs still unpaired are looked up by identical text,
///    then through an inverted index of fingerprint features, so that a
///    paragraph moved (and perhaps edited) is one change, not a deletion and
///    an insertion.
struct ParagraphMatcher {
  /// A group of old paragraphs paired with a group of new ones: 1–1, 1–k or
  /// k–1 (k up to `maxSplitParts`).
  struct Match: Hashable {
    var old: [Int]
    var new: [Int]
    var similarity: Double
    /// Found by move detection rather than in order.
    var outOfOrder: Bool
  }

  let old: [Paragraph]
  let new: [Paragraph]
  let options: DocumentDiff.Options
  /// The comparison key of every paragraph: its tokens' keys, joined.
  let oldKeys: [String]
  let newKeys: [String]
  /// A number for every key: two paragraphs have the same number exactly
  /// when their keys are equal (`==`), so later stages hash and compare
  /// integers.
  let oldKeyIDs: [Int]
  let newKeyIDs: [Int]
  /// How many different keys there are (the key numbers are below this).
  let keyCount: Int
  /// Whether equal key numbers mean equal key bytes
  /// (`KeyNumbering.number`), hence equal fingerprints.
  let keysByBytes: Bool
  /// The identical pairs in order (stage 1), increasing on both sides.
  let anchors: [(old: Int, new: Int)]
  /// The fingerprint of every paragraph left out of stage 1 (the only ones
  /// later stages compare); empty for the others.
  let oldPrints: [Fingerprint]
  let newPrints: [Fingerprint]

  /// Computes the keys and runs stage 1; only the paragraphs it leaves
  /// unpaired are fingerprinted.
  ///
  /// Past the cost limit, stage 1 anchors on paragraphs unique on both
  /// sides, then splits where the search got furthest: one dense stretch of
  /// changes must not leave the whole middle of a long document to stages 2
  /// and 3, whose band cannot follow the drift.
  init(old: [Paragraph], new: [Paragraph], options: DocumentDiff.Options) {
    self.old = old
    self.new = new
    self.options = options
    (oldKeys, newKeys) = ParagraphMatcher.keys(old: old, new: new, options.words)
    let numbering = KeyNumbering.number(old: oldKeys, new: newKeys)
    (oldKeyIDs, newKeyIDs, keyCount) = (numbering.old, numbering.new, numbering.count)
    keysByBytes = numbering.byBytes
    // Stage 1 compares the key numbers: equal exactly when the keys are.
    // A key found on one side only cannot be paired by it: with keys
    // numbered by their bytes (one print per number), such keys are
    // fingerprinted on other threads while it searches.
    let searches = oldKeyIDs != newKeyIDs
    let early =
      searches && keysByBytes && options.jobs > 1 ? ParagraphMatcher.oneSidedKeys(numbering, oldKeys, newKeys) : []
    let (found, earlyPrints) = ParagraphMatcher.anchorsAndPrints(
      old: searches ? oldKeyIDs : [], new: searches ? newKeyIDs : [], keyCount: keyCount, options: options,
      alongside: early.map(\.key))
    anchors = searches ? found : oldKeyIDs.indices.map { (old: $0, new: $0) }  // the same keys: nothing to search
    var oldAnchored = [Bool](repeating: false, count: old.count)
    var newAnchored = [Bool](repeating: false, count: new.count)
    for anchor in anchors {
      oldAnchored[anchor.old] = true
      newAnchored[anchor.new] = true
    }
    // A key that recurs (numbered by its bytes) is fingerprinted once.
    var printNumbers = [Int](repeating: -1, count: numbering.byBytes ? keyCount : 0)
    for (k, key) in early.enumerated() { printNumbers[key.id] = k }
    var wanted: [String] = []
    func number(_ key: String, _ id: Int) -> Int {
      if numbering.byBytes, printNumbers[id] >= 0 { return printNumbers[id] }
      wanted.append(key)
      let n = earlyPrints.count + wanted.count - 1
      if numbering.byBytes { printNumbers[id] = n }
      return n
    }
    var oldNumbers = [Int](repeating: -1, count: old.count)
    var newNumbers = [Int](repeating: -1, count: new.count)
    for i in old.indices where !oldAnchored[i] { oldNumbers[i] = number(oldKeys[i], numbering.old[i]) }
    for j in new.indices where !newAnchored[j] { newNumbers[j] = number(newKeys[j], numbering.new[j]) }
    let prints = earlyPrints + Fingerprint.all(wanted, jobs: options.jobs)
    let none = Fingerprint(features: [])
    let oldPrints = oldNumbers.map { $0 < 0 ? none : prints[$0] }
    let newPrints = newNumbers.map { $0 < 0 ? none : prints[$0] }
    self.oldPrints = oldPrints
    self.newPrints = newPrints
  }

  /// The keys found on one side only, each once, in order of first
  /// appearance (the old side's first), with their numbers.
  ///
  /// - Complexity: O(*N* + *M*).
  static func oneSidedKeys(
    _ numbering: (old: [Int], new: [Int], count: Int, byBytes: Bool), _ oldKeys: [String], _ newKeys: [String]
  ) -> [(id: Int, key: String)] {
    var sides = keySides(old: numbering.old, new: numbering.new, keyCount: numbering.count)
    var keys: [(id: Int, key: String)] = []
    for (ids, texts) in [(numbering.old, oldKeys), (numbering.new, newKeys)] {
      for (id, key) in zip(ids, texts) where sides[id] != 3 {
        sides[id] = 3
        keys.append((id, key))
      }
    }
    return keys
  }

  /// Stage 1's pairs of identical keys (none when there is nothing to
  /// search), and the fingerprints of `texts`, made beside the search on
  /// up to `options.jobs` threads: the search is the first task, runs of
  /// the texts the others, and a thread that is done takes the next.
  ///
  /// - Complexity: That of `Myers.matchedPairs`, plus a fingerprint per
  ///   text.
  static func anchorsAndPrints(
    old: [Int], new: [Int], keyCount: Int, options: DocumentDiff.Options, alongside texts: [String]
  ) -> (anchors: [(old: Int, new: Int)], prints: [Fingerprint]) {
    @Sendable func search() -> [(old: Int, new: Int)] {
      guard !old.isEmpty || !new.isEmpty else { return [] }
      return identicalPairs(old: old, new: new, keyCount: keyCount, costLimit: options.paragraphCostLimit)
    }
    guard !texts.isEmpty else { return (search(), []) }
    enum Piece: Sendable {
      case anchors([(old: Int, new: Int)])
      case prints([Fingerprint])
    }
    let runs = ParallelRuns.runs(weights: texts.map(\.utf8.count), count: options.jobs * ParallelRuns.runsPerJob)
    var anchors: [(old: Int, new: Int)] = []
    var prints: [Fingerprint] = []
    prints.reserveCapacity(texts.count)
    // `emit` cannot throw, so neither can the run.
    try? OrderedParallelMap(jobs: options.jobs, window: runs.count + 1).run(
      count: runs.count + 1,
      work: { k -> Piece in k == 0 ? .anchors(search()) : .prints(texts[runs[k - 1]].map(Fingerprint.init)) },
      emit: { (_, piece: Piece) in
        switch piece {
        case .anchors(let found): anchors = found
        case .prints(let part): prints += part
        }
      })
    return (anchors, prints)
  }

  /// For each key number below `keyCount`, where it is found: 1 in `old`
  /// only, 2 in `new` only, 3 on both sides, 0 on neither.
  ///
  /// - Complexity: O(*N* + *M* + `keyCount`).
  static func keySides(old: [Int], new: [Int], keyCount: Int) -> [UInt8] {
    var sides = [UInt8](repeating: 0, count: keyCount)
    for id in old { sides[id] |= 1 }
    for id in new { sides[id] |= 2 }
    return sides
  }

  /// A longest common subsequence of the key numbers `old` and `new` (all
  /// below `keyCount`), as pairs of offsets, searched among the keys found
  /// on both sides only. A key found on one side cannot be in any common
  /// subsequence, so leaving it out (GNU diff's discarding of lines that
  /// match nothing) loses no pair, and it shortens the edit script that the
  /// search's time grows with: a new chapter or a deleted one adds nothing.
  ///
  /// - Complexity: O(*N* + *M* + `keyCount`), plus `Myers.matchedPairs` on
  ///   the keys kept.
  static func identicalPairs(old: [Int], new: [Int], keyCount: Int, costLimit: Int?) -> [(old: Int, new: Int)] {
    let sides = keySides(old: old, new: new, keyCount: keyCount)
    let oldKept = old.indices.filter { sides[old[$0]] == 3 }
    let newKept = new.indices.filter { sides[new[$0]] == 3 }
    guard oldKept.count < old.count || newKept.count < new.count else {
      return Myers.matchedPairs(from: old, to: new, costLimit: costLimit, onCostLimit: .anchorOnUniqueElements)
    }
    guard !oldKept.isEmpty, !newKept.isEmpty else { return [] }
    let pairs = Myers.matchedPairs(
      from: oldKept.map { old[$0] }, to: newKept.map { new[$0] }, costLimit: costLimit,
      onCostLimit: .anchorOnUniqueElements)
    return pairs.map { (old: oldKept[$0.old], new: newKept[$0.new]) }
  }

  /// The keys of all paragraphs. Without a `textKey`, each different text
  /// is tokenized once: a paragraph kept word for word in the new revision
  /// (most of them) shares its key with the old one.
  ///
  /// - Complexity: O(*n*) hashing in the total text length, plus one
  ///   tokenization per different text.
  static func keys(
    old: [Paragraph], new: [Paragraph], _ options: WordDiff.Options
  ) -> (old: [String], new: [String]) {
    if options.textKey != nil {
      return (old.map { key($0.text, options) }, new.map { key($0.text, options) })
    }
    var known: [KeyNumbering.ByteKey: String] = [:]
    func cachedKey(_ paragraph: Paragraph) -> String {
      let text = KeyNumbering.ByteKey(paragraph.text)
      if let key = known[text] { return key }
      let key = key(paragraph.text, options)
      known[text] = key
      return key
    }
    return (old.map(cachedKey), new.map(cachedKey))
  }

  /// The text under the word options' key, token by token; the text's
  /// `textKey` when the options have one, without tokenizing.
  static func key(_ text: String, _ options: WordDiff.Options) -> String {
    if let textKey = options.textKey { return textKey(text) }
    return options.tokenizer.tokens(in: text).map { options.key(text[$0]) }.joined()
  }

  /// All matches, sorted by their first old index.
  ///
  /// - Complexity: O((*N* + *M*) · min(*D*, `paragraphCostLimit`)) for
  ///   stage 1 over paragraph keys (past the limit, plus
  ///   O((*N* + *M*) log(*N* + *M*)) per level of patience anchoring and
  ///   about 2(*N* + *M*) / `paragraphCostLimit` searches split at the
  ///   furthest reach),
  ///   O((*N* + *M*) · `window`) similarity computations for stage 2, and
  ///   O(*U* · `maxPostings`) for stage 3 over *U* unpaired paragraphs; each
  ///   similarity is linear in the two paragraphs' lengths.
  func matches() -> [Match] {
    let twins = verbatimTwins(anchors: anchors)
    // The gaps between anchors with paragraphs on both sides, aligned on
    // several threads when there is enough of them (each gap on its own,
    // the results in order).
    var gaps: [(old: Range<Int>, new: Range<Int>)] = []
    var x = 0
    var y = 0
    for anchor in anchors + [(old: old.count, new: new.count)] {
      if x < anchor.old && y < anchor.new { gaps.append((x..<anchor.old, y..<anchor.new)) }
      x = anchor.old + 1
      y = anchor.new + 1
    }
    let weights = gaps.map { $0.old.count + $0.new.count }
    let jobs = weights.reduce(0, +) >= Self.parallelGapParagraphs ? options.jobs : 1
    let gapMatches = ParallelRuns.map(gaps, weights: weights, jobs: jobs) { gap in
      self.alignGap(old: gap.old, new: gap.new, twins: twins)
    }
    var result: [Match] = []
    var gap = 0
    for anchor in anchors + [(old: old.count, new: new.count)] {
      if gap < gaps.count, gaps[gap].old.upperBound == anchor.old {
        result += gapMatches[gap]
        gap += 1
      }
      if anchor.old < old.count {
        result.append(Match(old: [anchor.old], new: [anchor.new], similarity: 1, outOfOrder: false))
      }
    }
    if options.detectsMoves {
      result += findMoves(among: result)
    }
    return result.sorted { $0.old[0] < $1.old[0] }
  }
}

extension ParagraphMatcher {
  /// Paragraphs left out of stage 1 whose text recurs word for word, also
  /// left out, on the other side, in no more copies there than here: stage 3
  /// pairs each with such a copy, so a gap must not pair it with a merely
  /// similar paragraph (one that took over its number, say) and leave the
  /// copy to be reported as inserted. Surplus copies of a text are not
  /// marked: some of them stay unpaired whatever happens.
  ///
  /// - Complexity: O(*N* + *M*) hashings of paragraph keys.
  func verbatimTwins(anchors: [(old: Int, new: Int)]) -> (old: [Bool], new: [Bool]) {
    var oldFree = [Bool](repeating: true, count: old.count)
    var newFree = [Bool](repeating: true, count: new.count)
    for anchor in anchors {
      oldFree[anchor.old] = false
      newFree[anchor.new] = false
    }
    // Copies of each key among the free paragraphs, by key number.
    var oldCopies = [Int](repeating: 0, count: keyCount)
    var newCopies = [Int](repeating: 0, count: keyCount)
    for i in old.indices where oldFree[i] { oldCopies[oldKeyIDs[i]] += 1 }
    for j in new.indices where newFree[j] { newCopies[newKeyIDs[j]] += 1 }
    return (
      old.indices.map { i in oldFree[i] && oldCopies[oldKeyIDs[i]] <= newCopies[oldKeyIDs[i]] },
      new.indices.map { j in newFree[j] && newCopies[newKeyIDs[j]] <= oldCopies[newKeyIDs[j]] }
    )
  }

  /// The moves a bead can make in the gap's dynamic programme: old and new
  /// paragraphs consumed. Skips, 1–1, then 1–k and k–1 up to
  /// `maxSplitParts`.
  var steps: [(di: Int, dj: Int)] {
    var steps = [(1, 0), (0, 1), (1, 1)]
    for k in stride(from: 2, through: max(options.maxSplitParts, 1), by: 1) {
      steps += [(1, k), (k, 1)]
    }
    return steps
  }

  /// Aligns the paragraphs of one gap between identical pairs (stage 2).
  ///
  /// Row *i* of the programme (old paragraphs consumed) spans the new
  /// positions from `i·m/n − window` to `(i+1)·m/n + window`, so rows
  /// overlap, every cell is reachable, and the work is
  /// O(*m* + *n* · `window`).
  ///
  /// A paragraph marked in `twins` (`verbatimTwins`) enters a bead only
  /// with a paragraph of the same text.
  func alignGap(
    old oldRange: Range<Int>, new newRange: Range<Int>, twins: (old: [Bool], new: [Bool])
  ) -> [Match] {
    let n = oldRange.count
    let m = newRange.count
    let w = max(options.window, 1)
    func low(_ i: Int) -> Int { max(0, i * m / n - w) }
    func high(_ i: Int) -> Int { min(m, ((i + 1) * m + n - 1) / n + w) }
    let steps = self.steps
    // Old paragraph p meets new ones in beads ending in rows p + 1 to
    // p + k, each reaching k new paragraphs back from its cell.
    let k = max(options.maxSplitParts, 1)
    var overlaps = GapOverlaps(
      oldPrints: oldPrints, newPrints: newPrints, old: oldRange, new: newRange,
      columns: { p in max(0, low(p + 1) - k)..<max(0, low(p + 1) - k, min(m, high(min(p + k, n)))) })
    var score: [[Double]] = []
    var back: [[UInt8]] = []
    func scoreAt(_ i: Int, _ j: Int) -> Double? {
      guard i >= 0, i <= n, j >= low(i), j <= high(i) else { return nil }
      return score[i][j - low(i)]
    }
    for i in 0...n {
      let lo = low(i)
      let hi = high(i)
      var rowScore = [Double](repeating: -1, count: hi - lo + 1)
      var rowBack = [UInt8](repeating: 255, count: hi - lo + 1)
      for j in lo...hi {
        if i == 0 && j == 0 {
          rowScore[0] = 0
          continue
        }
        for (s, step) in steps.enumerated() {
          let pi = i - step.di
          let pj = j - step.dj
          let previous: Double?
          if pi == i {
            previous = pj >= lo ? rowScore[pj - lo] : nil
          } else {
            previous = scoreAt(pi, pj)
          }
          guard let previous, previous >= 0 else { continue }
          var gain = 0.0
          if step.di > 0 && step.dj > 0 {
            guard
              let bead = beadSimilarity(
                old: oldRange.lowerBound + pi..<oldRange.lowerBound + i,
                new: newRange.lowerBound + pj..<newRange.lowerBound + j,
                loneGap: n == 1 && m == 1, twins: twins, overlaps: &overlaps)
            else { continue }
            gain = bead * Double(step.di + step.dj) / 2
          }
          if previous + gain > rowScore[j - lo] {
            rowScore[j - lo] = previous + gain
            rowBack[j - lo] = UInt8(s)
          }
        }
      }
      score.append(rowScore)
      back.append(rowBack)
    }
    // Trace back from (n, m).
    var result: [Match] = []
    var i = n
    var j = m
    while i > 0 || j > 0 {
      let s = Int(back[i][j - low(i)])
      guard s < steps.count else { break }
      let step = steps[s]
      let pi = i - step.di
      let pj = j - step.dj
      if step.di > 0 && step.dj > 0 {
        let oldGroup = Array(oldRange.lowerBound + pi..<oldRange.lowerBound + i)
        let newGroup = Array(newRange.lowerBound + pj..<newRange.lowerBound + j)
        result.append(
          Match(
            old: oldGroup, new: newGroup,
            similarity: union(oldPrints, oldGroup).dice(union(newPrints, newGroup)),
            outOfOrder: false))
      }
      i = pi
      j = pj
    }
    return result.reversed()
  }

  /// The similarity of a 1–1, 1–k or k–1 bead, or `nil` if the bead is not
  /// admissible under the thresholds. `loneGap` says the gap holds one
  /// paragraph on each side; a paragraph marked in `twins` is admissible
  /// only in a 1–1 bead with its own text. Shared feature counts come
  /// from (and go to) `overlaps`.
  func beadSimilarity(
    old o: Range<Int>, new n: Range<Int>, loneGap: Bool, twins: (old: [Bool], new: [Bool]),
    overlaps: inout GapOverlaps
  ) -> Double? {
    if o.contains(where: { twins.old[$0] }) || n.contains(where: { twins.new[$0] }) {
      guard o.count == 1, n.count == 1, oldKeyIDs[o.lowerBound] == newKeyIDs[n.lowerBound] else { return nil }
    }
    if o.count == 1 && n.count == 1 {
      let d = Fingerprint.dice(
        shared: overlaps.shared(o.lowerBound, n.lowerBound),
        oldPrints[o.lowerBound].features.count, newPrints[n.lowerBound].features.count)
      let path = old[o.lowerBound].path
      let sameSlot = loneGap || (!path.isEmpty && path == new[n.lowerBound].path)
      return d >= (sameSlot ? options.slotThreshold : options.similarityThreshold) ? d : nil
    }
    // One paragraph against several: each part must come mostly from the
    // one, and the parts together must resemble it better than any alone.
    let oneIsOld = o.count == 1
    let one = oneIsOld ? oldPrints[o.lowerBound] : newPrints[n.lowerBound]
    let parts = oneIsOld ? n.count : o.count
    func part(_ p: Int) -> Fingerprint { oneIsOld ? newPrints[n.lowerBound + p] : oldPrints[o.lowerBound + p] }
    // The features part `p` shares with the one.
    func shared(_ p: Int, _ overlaps: inout GapOverlaps) -> Int {
      oneIsOld ? overlaps.shared(o.lowerBound, n.lowerBound + p) : overlaps.shared(o.lowerBound + p, n.lowerBound)
    }
    for p in 0..<parts where !(part(p).containment(shared: shared(p, &overlaps)) >= options.containmentThreshold) {
      return nil
    }
    let d = (1..<parts).reduce(part(0)) { $0.union(part($1)) }.dice(one)
    guard d >= options.splitThreshold else { return nil }
    for p in 0..<parts
    where !(d > Fingerprint.dice(shared: shared(p, &overlaps), part(p).features.count, one.features.count)) {
      return nil
    }
    return d
  }

  private func union(_ prints: [Fingerprint], _ indices: [Int]) -> Fingerprint {
    indices.dropFirst().reduce(prints[indices[0]]) { $0.union(prints[$1]) }
  }

  /// Pairs paragraphs left unpaired by stages 1 and 2 (stage 3): first by
  /// identical key, then by fingerprint similarity, best pairs first.
  func findMoves(among matches: [Match]) -> [Match] {
    var oldPaired = [Bool](repeating: false, count: old.count)
    var newPaired = [Bool](repeating: false, count: new.count)
    for match in matches {
      for i in match.old { oldPaired[i] = true }
      for j in match.new { newPaired[j] = true }
    }
    var result: [Match] = []
    // Identical text elsewhere.
    var byKey: [Int: [Int]] = [:]
    for i in old.indices.reversed() where !oldPaired[i] { byKey[oldKeyIDs[i], default: []].append(i) }
    for j in new.indices where !newPaired[j] {
      guard let i = byKey[newKeyIDs[j]]?.popLast() else { continue }
      oldPaired[i] = true
      newPaired[j] = true
      result.append(Match(old: [i], new: [j], similarity: 1, outOfOrder: true))
    }
    // Similar text elsewhere, through an inverted index of features.
    let unpairedOld = old.indices.filter { !oldPaired[$0] }
    let searched = unpairedOld.isEmpty ? [] : new.indices.filter { !newPaired[$0] }
    let postings = FeatureIndex(oldPrints, paragraphs: unpairedOld)
    // Each new paragraph's search reads only the index and the prints, so
    // runs of them are searched on several threads, in order.
    let weights = searched.map { newPrints[$0].features.count }
    let jobs = weights.reduce(0, +) >= Self.parallelMoveFeatures ? options.jobs : 1
    let found = ParallelRuns.mapRuns(weights: weights, jobs: jobs) { run in
      self.moveCandidates(of: Array(searched[run]), postings: postings)
    }
    var candidates: [(similarity: Double, old: Int, new: Int)] = []
    for (j, list) in zip(searched, found) {
      for (d, i) in list { candidates.append((d, i, j)) }
    }
    candidates.sort { ($0.similarity, -$0.old, -$0.new) > ($1.similarity, -$1.old, -$1.new) }
    for candidate in candidates where !oldPaired[candidate.old] && !newPaired[candidate.new] {
      oldPaired[candidate.old] = true
      newPaired[candidate.new] = true
      result.append(
        Match(old: [candidate.old], new: [candidate.new], similarity: candidate.similarity, outOfOrder: true))
    }
    return result
  }

  /// The paragraphs in gaps, in all, from which stage 2 aligns the gaps on
  /// several threads.
  static let parallelGapParagraphs = 200

  /// The new paragraphs' features, in all, from which the move search
  /// runs on several threads.
  static let parallelMoveFeatures = 4_000

  /// The old paragraphs of `postings` most like each of the new
  /// paragraphs `searched`, with their similarity, for stage 3: those of
  /// the at most `maxMoveCandidates` sharing most features whose Dice
  /// similarity reaches `moveThreshold`.
  ///
  /// - Complexity: O(*F* · `maxPostings`) for the *F* features of the
  ///   paragraphs searched.
  private func moveCandidates(of searched: [Int], postings: FeatureIndex) -> [[(similarity: Double, old: Int)]] {
    // Shared-feature counts per old paragraph, reset after each new one.
    var shared = [Int32](repeating: 0, count: old.count)
    var touched: [Int] = []
    // The candidates of a new paragraph depend only on its fingerprint:
    // those of a key already looked up (a text that recurs) are reused.
    var candidatesByKey: [Int: [(similarity: Double, old: Int)]] = [:]
    return searched.map { j in
      if keysByBytes, let known = candidatesByKey[newKeyIDs[j]] { return known }
      shared.withUnsafeMutableBufferPointer { shared in
        for feature in newPrints[j].features {
          guard let list = postings.paragraphs(with: feature), list.count <= options.maxPostings else { continue }
          for i in list {
            if shared[i] == 0 { touched.append(i) }
            shared[i] &+= 1
          }
        }
      }
      // The few old paragraphs sharing most features, compared in full: a
      // paragraph sharing more than the weakest kept one takes the place of
      // the first such (`weakest` is that count once `best` is full).
      var best: [(count: Int32, old: Int)] = []
      var weakest: Int32 = 0
      for i in touched {
        let entry = (count: shared[i], old: i)
        shared[i] = 0
        if best.count < options.maxMoveCandidates {
          best.append(entry)
          if best.count == options.maxMoveCandidates { weakest = best.lazy.map(\.count).min() ?? 0 }
        } else if weakest < entry.count, let place = best.firstIndex(where: { $0.count == weakest }) {
          best[place] = entry
          weakest = best.lazy.map(\.count).min() ?? 0
        }
      }
      touched.removeAll(keepingCapacity: true)
      var found: [(similarity: Double, old: Int)] = []
      for (_, i) in best {
        let d = oldPrints[i].dice(newPrints[j])
        if d >= options.moveThreshold { found.append((d, i)) }
      }
      if keysByBytes { candidatesByKey[newKeyIDs[j]] = found }
      return found
    }
  }
}
