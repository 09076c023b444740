extension SegmentAligner {
  /// Aligns the paragraphs of two language versions of a document.
  ///
  /// The alignment is anchored, coarse to fine:
  ///
  /// 1. *Numbering anchors.* A numbering path (`["15", "a"]`) that occurs
  ///    exactly once in each document pairs its two paragraphs when their
  ///    lengths are compatible (Gale & Church's |δ| at most
  ///    `Options.anchorMaximumDelta`; not checked for a document's last
  ///    paragraph, which may be truncated) and the words and anchors do not
  ///    contradict it (`ParagraphEvidence`): a pair with no evidence at all
  ///    in a language pair that has a lexicon, or whose paragraphs each
  ///    have a clearly better partner elsewhere, is dropped, so that one
  ///    version skipping or repeating a number does not pull the
  ///    paragraphs after it out of line.
  /// 2. *Evidence anchors.* Unnumbered paragraphs that are each other's
  ///    best match by shared words, numbers, dates and symbols, clearly
  ///    ahead of the runner-up (`ParagraphEvidence.mutualBestPairs`).
  /// 3. Of the anchors, the chain increasing in both documents that keeps
  ///    the most while skewing least between consecutive anchors is kept
  ///    (`heaviestConsistentChain`); `align(_:_:)` (Gale–Church with
  ///    lexical evidence) aligns the paragraphs between consecutive anchors.
  /// 4. *Clean-up.* A paragraph that a bead joined to others without any
  ///    evidence (page furniture, a licence footer, a paragraph the other
  ///    version lacks) is split off as a 1:0 or 0:1 bead
  ///    (`splittingUnsupported`). A single paragraph on each side between
  ///    two anchors is paired by its position if either has some support
  ///    or their lengths fit (|δ| ≤ `Options.positionalPairMaximumDelta`).
  /// 5. *Orphans.* An unmatched paragraph next to a bead whose lengths fit
  ///    badly joins it when that improves the fit, the numbering agrees and
  ///    the words support it (`attachingOrphans`): the half of a paragraph
  ///    that one version splits in two.
  ///
  /// See Guides/SegmentAlignment.md for the cases that motivated each step.
  ///
  /// The aligner's languages are replaced by the documents' languages.
  ///
  /// - Returns: Beads of paragraph indexes that satisfy
  ///   `Bead.checkInvariants` for the two paragraph counts; anchor beads
  ///   have score 0; every bead's `confidence` reads its words, anchors,
  ///   numbering and lengths (`SegmentAligner.BeadEvidence`).
  /// - Complexity: O(*n* + *m*) index work for *n* and *m* paragraphs
  ///   (posting lists and candidates per paragraph are bounded), O(*k* · *W*)
  ///   for *k* anchors (`heaviestConsistentChain`), plus `align(_:_:)` on each stretch between
  ///   anchors.
  public func alignParagraphs(_ a: Document, _ b: Document) -> [Bead] {
    var aligner = self
    aligner.sourceLanguage = a.language
    aligner.targetLanguage = b.language
    return aligner.alignUnits(
      a.paragraphs.map(\.text), paths: a.paragraphs.map(\.path),
      b.paragraphs.map(\.text), paths: b.paragraphs.map(\.path))
  }

  /// Aligns units (paragraphs, or front-matter lines without paths) as
  /// `alignParagraphs` describes; the first `fixedPrefix` units of each
  /// side (front-matter lines) take no part in step 5 (`attachingOrphans`).
  func alignUnits(
    _ source: [String], paths sourcePaths: [[String]],
    _ target: [String], paths targetPaths: [[String]], fixedPrefix: (Int, Int) = (0, 0)
  ) -> [Bead] {
    if source.isEmpty || target.isEmpty { return align(source, target) }
    var evidence = ParagraphEvidence(aligner: self, source: source, target: target)
    let anchors = anchorChain(sourcePaths, targetPaths, evidence: evidence)
    func lengthFit(_ a: [Int], _ b: [Int]) -> Double { evidence.lengthDelta(a, b) }
    var beads: [Bead] = []
    var i = 0
    var j = 0
    for (ai, bj) in anchors + [(source.count, target.count)] {
      // The words of the units between two anchors were read once for the
      // evidence.
      let gap: [Bead]
      if ai > i && bj > j {
        let (sourceFeatures, targetFeatures) = evidence.features(source: i..<ai, target: j..<bj)
        gap = align(sourceFeatures, targetFeatures, context: 0)
      } else {
        gap = align(Array(source[i..<ai]), Array(target[j..<bj]))
      }
      if ai - i == 1 && bj - j == 1
        && (evidence.sourceIsSupported(i, in: [j]) || evidence.targetIsSupported(j, in: [i])
          || lengthFit([i], [j]) <= options.positionalPairMaximumDelta)
      {
        // One unit on each side between two anchors (or an anchor and an
        // end of both documents), with some support in words or lengths:
        // their position pairs them.
        beads.append(Bead(source: [i], target: [j], score: gap.reduce(0) { $0 + $1.score }))
      } else {
        let shifted = gap.map {
          Bead(source: $0.source.map { $0 + i }, target: $0.target.map { $0 + j }, score: $0.score)
        }
        beads += Self.splittingUnsupported(
          shifted, evidence: evidence, sourcePaths: sourcePaths, targetPaths: targetPaths,
          lengthFit: lengthFit)
      }
      if ai < source.count {
        beads.append(Bead(source: [ai], target: [bj], score: 0))
      }
      i = ai + 1
      j = bj + 1
    }
    evidence.releaseUnits()
    return attachingOrphans(
      beads, evidence: evidence, sourcePaths: sourcePaths, targetPaths: targetPaths,
      fixedPrefix: fixedPrefix
    ).map { evidence.withConfidence($0, sourcePaths: sourcePaths, targetPaths: targetPaths) }
  }

  /// `beads` with each unmatched unit (a 1:0 or 0:1 bead) joined to the
  /// paired bead next to it when that bead's lengths fit badly (Gale &
  /// Church's |δ| above `Options.orphanMinimumDelta`), fit better with the
  /// unit, and — in a language
  /// pair with a lexicon — the bead's other side covers at least
  /// `Options.minimumAttachingCoverage` of the unit's words and the unit
  /// raises the coverage of the bead's other side by at least
  /// `Options.redundantCoverageGain`. This is how a
  /// paragraph that one version splits in two (a PDF break, a list set
  /// apart) joins its anchored half.
  func attachingOrphans(
    _ beads: [Bead], evidence: ParagraphEvidence,
    sourcePaths: [[String]], targetPaths: [[String]], fixedPrefix: (Int, Int) = (0, 0)
  ) -> [Bead] {
    func isFixed(_ bead: Bead) -> Bool {
      bead.source.contains { $0 < fixedPrefix.0 } || bead.target.contains { $0 < fixedPrefix.1 }
    }
    /// Paths agree when one is a prefix of the other ("7" and "7.1") or
    /// either is empty.
    func compatible(_ path: [String], with others: [[String]]) -> Bool {
      let numbered = others.filter { !$0.isEmpty }
      guard !path.isEmpty, !numbered.isEmpty else { return true }
      return numbered.contains { other in
        other.starts(with: path) || path.starts(with: other)
      }
    }
    func delta(_ bead: Bead) -> Double { evidence.lengthDelta(bead.source, bead.target) }
    func attaches(_ orphan: Bead, to bead: Bead) -> Bool {
      guard !bead.source.isEmpty, !bead.target.isEmpty else { return false }
      guard !isFixed(bead), !isFixed(orphan) else { return false }
      let before = delta(bead)
      guard before > options.orphanMinimumDelta else { return false }
      let joined = Bead(
        source: (bead.source + orphan.source).sorted(),
        target: (bead.target + orphan.target).sorted())
      guard delta(joined) < before else { return false }
      if let u = orphan.source.first,
        !compatible(sourcePaths[u], with: bead.target.map { targetPaths[$0] })
      {
        return false
      }
      if let u = orphan.target.first,
        !compatible(targetPaths[u], with: bead.source.map { sourcePaths[$0] })
      {
        return false
      }
      guard evidence.hasLexicalEvidence else { return true }
      // The orphan's words must be covered, and it must cover words of the
      // other side that the bead left uncovered (a neighbouring paragraph
      // on the same subject covers nothing new).
      func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(max(values.count, 1)) }
      if let u = orphan.source.first {
        let gain =
          mean(bead.target.map { evidence.targetCoverage($0, by: bead.source + [u]) })
          - mean(bead.target.map { evidence.targetCoverage($0, by: bead.source) })
        return evidence.sourceCoverage(u, by: bead.target) >= options.minimumAttachingCoverage
          && gain >= options.redundantCoverageGain
      }
      if let u = orphan.target.first {
        let gain =
          mean(bead.source.map { evidence.sourceCoverage($0, by: bead.target + [u]) })
          - mean(bead.source.map { evidence.sourceCoverage($0, by: bead.target) })
        return evidence.targetCoverage(u, by: bead.source) >= options.minimumAttachingCoverage
          && gain >= options.redundantCoverageGain
      }
      return false
    }
    var result: [Bead] = []
    for bead in beads {
      let isOrphan = bead.source.count + bead.target.count == 1
      if isOrphan, let last = result.last, attaches(bead, to: last) {
        result[result.count - 1] = Bead(
          source: last.source + bead.source, target: last.target + bead.target, score: last.score)
        continue
      }
      result.append(bead)
    }
    // Then towards the following bead, scanning backwards.
    var merged: [Bead] = []
    for bead in result.reversed() {
      let isOrphan = bead.source.count + bead.target.count == 1
      if isOrphan, let next = merged.last, attaches(bead, to: next) {
        merged[merged.count - 1] = Bead(
          source: bead.source + next.source, target: bead.target + next.target, score: next.score)
        continue
      }
      merged.append(bead)
    }
    return merged.reversed()
  }

  /// The verified numbering anchors and the evidence anchors, as the
  /// heaviest consistent chain increasing in both sequences.
  func anchorChain(
    _ sourcePaths: [[String]], _ targetPaths: [[String]], evidence: ParagraphEvidence
  ) -> [(Int, Int)] {
    let lexical = evidence.mutualBestPairs()
    var lexicalPartnerOfSource: [Int: Int] = [:]
    var lexicalPartnerOfTarget: [Int: Int] = [:]
    for (a, b) in lexical {
      lexicalPartnerOfSource[a] = b
      lexicalPartnerOfTarget[b] = a
    }
    var chosen: [Int: Int] = [:]
    var usedTargets: Set<Int> = []
    for (i, j) in numberingAnchors(sourcePaths, targetPaths, evidence: evidence) {
      let own = evidence.score(i, j)
      if evidence.hasLexicalEvidence && own < options.minimumNumberingScore
        && (evidence.source.totalWeight[i] > 0 && evidence.target.totalWeight[j] > 0)
      {
        continue  // nothing in the words or anchors supports the numbers
      }
      // A clearly better partner elsewhere on either side: the numbering
      // is off here (a skipped, repeated or merged number).
      if let other = lexicalPartnerOfSource[i], other != j,
        evidence.score(i, other) >= own + options.pairAnchorMargin
      {
        continue
      }
      if let other = lexicalPartnerOfTarget[j], other != i,
        evidence.score(other, j) >= own + options.pairAnchorMargin
      {
        continue
      }
      chosen[i] = j
      usedTargets.insert(j)
    }
    for (a, b) in lexical where chosen[a] == nil && !usedTargets.contains(b) {
      chosen[a] = b
      usedTargets.insert(b)
    }
    let candidates = chosen.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    return Self.heaviestConsistentChain(
      candidates, gapPenalty: options.anchorSkewPenalty, window: options.anchorChainWindow)
  }

  /// Pairs of units with the same numbering path, unique in both
  /// sequences and with compatible lengths, in source order (they may
  /// cross).
  func numberingAnchors(
    _ aPaths: [[String]], _ bPaths: [[String]], evidence: ParagraphEvidence
  ) -> [(Int, Int)] {
    func uniquePaths(_ paths: [[String]]) -> [[String]: Int] {
      var index: [[String]: Int] = [:]
      var repeated: Set<[String]> = []
      for (k, path) in paths.enumerated() where !path.isEmpty {
        if index.updateValue(k, forKey: path) != nil { repeated.insert(path) }
      }
      for path in repeated { index[path] = nil }
      return index
    }
    let inB = uniquePaths(bPaths)
    var candidates: [(Int, Int)] = []
    for (path, i) in uniquePaths(aPaths) {
      guard let j = inB[path] else { continue }
      let hasLength = evidence.source.length(i) + evidence.target.length(j) > 0
      let mayBeTruncated = i == aPaths.count - 1 || j == bPaths.count - 1
      if !mayBeTruncated && hasLength
        && evidence.lengthDelta(CollectionOfOne(i), CollectionOfOne(j)) > options.anchorMaximumDelta
      {
        continue
      }
      candidates.append((i, j))
    }
    candidates.sort { $0.0 < $1.0 }
    return candidates
  }

  /// Marks as unsupported the units at either end of one side of a bead
  /// (`units`, with `keep` flags) that add almost nothing to it. Without
  /// the unit the other side's mean coverage drops by less than
  /// `Options.redundantCoverageGain` and either the unit's own coverage is
  /// weak (below `Options.pairAnchorMinimumScore`) or the lengths fit
  /// better without it (`lengthFit`: Gale & Church's |δ| of the bead with
  /// the given units on this side); or the drop is under
  /// `Options.redundantCoverageStrongFactor` times that and both hold. The second case is the truncated paragraph: S/RES/2482's
  /// English preamble 4, cut mid-sentence, covers its Chinese and the
  /// next Chinese preamble (same words: terrorists, organized crime)
  /// equally well, and only the lengths tell them apart. A Chinese paragraph on the same
  /// subject as its neighbour (terrorism, organized crime) is covered here
  /// and there by any English paragraph; the half of a paragraph that a PDF
  /// split is not redundant, since the other side needs its words.
  static func dropRedundantEnds(
    _ keep: inout [Bool], units: [Int], other: [Int], evidence: ParagraphEvidence, isSource: Bool,
    lengthFit: ([Int]) -> Double
  ) {
    guard evidence.hasLexicalEvidence else { return }
    func otherCoverage(_ kept: [Int]) -> Double {
      guard !other.isEmpty else { return 0 }
      let sum = other.reduce(0.0) { total, o in
        total
          + (isSource ? evidence.targetCoverage(o, by: kept) : evidence.sourceCoverage(o, by: kept))
      }
      return sum / Double(other.count)
    }
    func ownCoverage(_ u: Int) -> Double {
      isSource ? evidence.sourceCoverage(u, by: other) : evidence.targetCoverage(u, by: other)
    }
    while keep.count(where: { $0 }) >= 2 {
      let kept = units.indices.filter { keep[$0] }
      let full = otherCoverage(kept.map { units[$0] })
      // The weaker of the two ends goes first.
      let ends = [kept.first!, kept.last!].sorted {
        ownCoverage(units[$0]) < ownCoverage(units[$1])
      }
      var dropped = false
      for end in ends {
        let without = kept.filter { $0 != end }.map { units[$0] }
        let gain = full - otherCoverage(without)
        let limit = evidence.options.redundantCoverageGain
        let weak = ownCoverage(units[end]) < evidence.options.pairAnchorMinimumScore
        let fitsBetter = lengthFit(without) < lengthFit(kept.map { units[$0] })
        let strongLimit = evidence.options.redundantCoverageStrongFactor * limit
        if (gain < limit && (weak || fitsBetter)) || (gain < strongLimit && weak && fitsBetter) {
          keep[end] = false
          dropped = true
          break
        }
      }
      if !dropped { break }
    }
  }

  /// `beads` with every unit that nothing in its bead supports
  /// (`ParagraphEvidence.sourceIsSupported`) split off as a deletion or
  /// insertion of its own, keeping the beads in order.
  ///
  /// A unit is also unsupported when its numbering contradicts the bead: it
  /// has a path, the other side's units have paths, and none is its own
  /// while one of its neighbours' is ("Chapter X" of a table of contents
  /// next to "Chapter I", both against 第一章).
  static func splittingUnsupported(
    _ beads: [Bead], evidence: ParagraphEvidence,
    sourcePaths: [[String]], targetPaths: [[String]],
    lengthFit fit: ([Int], [Int]) -> Double = { _, _ in 0 }
  ) -> [Bead] {
    var result: [Bead] = []
    for bead in beads {
      guard !bead.source.isEmpty, !bead.target.isEmpty else {
        result.append(bead)
        continue
      }
      let pathsS = Set(bead.source.map { sourcePaths[$0] }.filter { !$0.isEmpty })
      let pathsT = Set(bead.target.map { targetPaths[$0] }.filter { !$0.isEmpty })
      let agreed = pathsS.intersection(pathsT)
      func contradicts(_ path: [String], other: Set<[String]>) -> Bool {
        !agreed.isEmpty && !path.isEmpty && !other.isEmpty && !other.contains(path)
      }
      var keepS = bead.source.map {
        evidence.sourceIsSupported($0, in: bead.target)
          && !contradicts(sourcePaths[$0], other: pathsT)
      }
      var keepT = bead.target.map {
        evidence.targetIsSupported($0, in: bead.source)
          && !contradicts(targetPaths[$0], other: pathsS)
      }
      Self.dropRedundantEnds(
        &keepS, units: bead.source, other: bead.target, evidence: evidence, isSource: true,
        lengthFit: { fit($0, bead.target) })
      Self.dropRedundantEnds(
        &keepT, units: bead.target, other: bead.source, evidence: evidence, isSource: false,
        lengthFit: { fit(bead.source, $0) })
      guard keepS.contains(true) && keepT.contains(true) else {
        result += bead.source.map { Bead(source: [$0], target: [], score: 0) }
        result += bead.target.map { Bead(source: [], target: [$0], score: 0) }
        continue
      }
      if !keepS.contains(false) && !keepT.contains(false) {
        result.append(bead)
        continue
      }
      // Unsupported units at either end leave; the supported core stays.
      let s0 = keepS.firstIndex(of: true)!
      let s1 = keepS.lastIndex(of: true)!
      let t0 = keepT.firstIndex(of: true)!
      let t1 = keepT.lastIndex(of: true)!
      result += bead.source[..<s0].map { Bead(source: [$0], target: [], score: 0) }
      result += bead.target[..<t0].map { Bead(source: [], target: [$0], score: 0) }
      result.append(
        Bead(
          source: Array(bead.source[s0...s1]), target: Array(bead.target[t0...t1]),
          score: bead.score))
      result += bead.source[(s1 + 1)...].map { Bead(source: [$0], target: [], score: 0) }
      result += bead.target[(t1 + 1)...].map { Bead(source: [], target: [$0], score: 0) }
    }
    return result
  }

  /// The chain of `pairs` (sorted by first element, which is unique),
  /// increasing in both elements, that keeps the most anchors less
  /// `gapPenalty` for each unit by which the stretches between two
  /// consecutive anchors differ in length (|Δi − Δj|).
  ///
  /// Plain longest increasing subsequences follow whatever numbering is most
  /// frequent: a table of contents whose "Chapter II" … "Chapter X" lines
  /// match the chapter headings of the other version would carry the chain
  /// across the whole document and push the articles after it out of line.
  /// Charging the skew between consecutive anchors (one English line per
  /// twenty Chinese paragraphs) makes such a chain lose to the articles.
  /// Stretches before the first and after the last anchor are free, so a
  /// truncated version costs nothing.
  ///
  /// - Complexity: O(*k* · *W*) for *k* pairs, looking back at most
  ///   *W* = `window` (`Options.anchorChainWindow`) pairs for a predecessor.
  static func heaviestConsistentChain(
    _ pairs: [(Int, Int)], gapPenalty: Double, window: Int = Options().anchorChainWindow
  ) -> [(Int, Int)] {
    guard !pairs.isEmpty else { return [] }
    var best = [Double](repeating: 1, count: pairs.count)
    var previous = [Int](repeating: -1, count: pairs.count)
    for k in pairs.indices {
      let (i, j) = pairs[k]
      for p in stride(from: k - 1, through: max(0, k - window), by: -1) {
        let (pi, pj) = pairs[p]
        guard pi < i, pj < j else { continue }
        let skew = Double(abs((i - pi) - (j - pj)))
        let total = best[p] + 1 - gapPenalty * skew
        if total > best[k] {
          best[k] = total
          previous[k] = p
        }
      }
    }
    var k = best.indices.max { best[$0] < best[$1] || (best[$0] == best[$1] && $0 > $1) }!
    var chain: [(Int, Int)] = []
    while k >= 0 {
      chain.append(pairs[k])
      k = previous[k]
    }
    return chain.reversed()
  }
}
