/// What speaks for two paragraphs (or front-matter lines) of two language
/// versions being translations of each other: the share of each one's
/// weighted words that the other translates (CC-CEDICT glosses for
/// Chinese, identical tokens otherwise; the aligner's `SegmentFeatures`)
/// and the language-independent anchors they share (numbers, dates,
/// document symbols, resolution numbers; `AnchorExtractor`).
///
/// `alignParagraphs` uses it three ways: to verify numbering anchors, to
/// find high-confidence pairs of unnumbered paragraphs (mutual best matches
/// through an inverted index, without an n × m table), and to break beads
/// that absorbed a paragraph nothing in the bead supports.
struct ParagraphEvidence {
  /// The units' features, with their `keys` left empty: the keys are in
  /// `sourceKeys` and `targetKeys`, packed, which is what is read here.
  let source: SegmentFeatures
  let target: SegmentFeatures
  let sourceKeys: PackedKeys
  let targetKeys: PackedKeys
  let lengthModel: GaleChurch
  let sourceAnchors: UnitAnchors
  let targetAnchors: UnitAnchors
  /// The weight of each anchor id (`UnitAnchors.Interner.weights`).
  let anchorWeights: [Double]
  /// Whether word coverage means anything for this language pair: one side
  /// Chinese and the other English with a lexicon, or one language on both
  /// sides. For zh–es, say, only numbers and anchors can match, and a
  /// paragraph without them is not evidence of anything.
  let hasLexicalEvidence: Bool
  let options: SegmentAligner.Options
  /// The units' texts and lexical units, kept for `features(source:target:)`
  /// until `releaseUnits()`: reading the units between anchors again would
  /// cost more time than the units take room (when the numbering is not
  /// unique, most units lie between anchors).
  let sourceTexts: [String]
  let targetTexts: [String]
  private(set) var sourceUnits: LexicalUnits
  private(set) var targetUnits: LexicalUnits
  let extractor: FeatureExtractor
  /// The size of the key tables (`LexicalUnits.offeredKeys(count:)`).
  let keyCount: Int

  init(aligner: SegmentAligner, source sourceTexts: [String], target targetTexts: [String]) {
    var extractor = FeatureExtractor(
      lexicon: aligner.lexicon, options: aligner.options,
      cognates: CognateEvidence.applies(aligner.sourceLanguage, aligner.targetLanguage))
    // As `FeatureExtractor.features(source:sourceIsChinese:target:targetIsChinese:)`,
    // keeping the units, each side's at its size before the next is read.
    var sourceUnits = extractor.units(of: sourceTexts, chinese: aligner.sourceLanguage.isCJK)
    sourceUnits.shrinkToFit()
    var targetUnits = extractor.units(of: targetTexts, chinese: aligner.targetLanguage.isCJK)
    targetUnits.shrinkToFit()
    // Every word of both sides is found, and what follows reads the units,
    // not the lexicon: the pages of it that were read need not be part of
    // the memory peak of aligning (5.4 MB for the 10 MB benchmark pair).
    if sourceUnits.unitCount + targetUnits.unitCount >= aligner.options.minimumUnitsForReleasingLexicon {
      aligner.lexicon?.releaseResidentPages()
    }
    let keyCount = extractor.keyTableSize(sourceUnits, targetUnits)
    let (s, sourceKeys) = extractor.featuresPackingKeys(
      of: sourceTexts, units: sourceUnits, otherSide: targetUnits.offeredKeys(count: keyCount))
    let (t, targetKeys) = extractor.featuresPackingKeys(
      of: targetTexts, units: targetUnits, otherSide: sourceUnits.offeredKeys(count: keyCount))
    self.keyCount = keyCount
    source = s
    target = t
    (self.sourceKeys, self.targetKeys) = (sourceKeys, targetKeys)
    (self.sourceTexts, self.targetTexts) = (sourceTexts, targetTexts)
    (self.sourceUnits, self.targetUnits) = (sourceUnits, targetUnits)
    self.extractor = extractor
    lengthModel = aligner.lengthModel
    var interner = UnitAnchors.Interner()
    sourceAnchors = UnitAnchors(sourceTexts, interner: &interner)
    targetAnchors = UnitAnchors(targetTexts, interner: &interner)
    anchorWeights = interner.weights
    hasLexicalEvidence = aligner.hasLexicalEvidence
    options = aligner.options
  }

  /// The features `SegmentAligner.align(_:_:)` extracts for source units
  /// `a` against target units `b`, from the lexical units found once for
  /// all units: the same units, under other word ids, which the aligner
  /// only compares with each other.
  ///
  /// - Complexity: O(the units' length and keys).
  func features(source a: Range<Int>, target b: Range<Int>) -> (SegmentFeatures, SegmentFeatures) {
    let (sourcePart, targetPart) = (sourceUnits.segments(a), targetUnits.segments(b))
    return (
      extractor.features(
        of: Array(sourceTexts[a]), units: sourcePart, otherSide: targetPart.offeredKeys(count: keyCount)),
      extractor.features(
        of: Array(targetTexts[b]), units: targetPart, otherSide: sourcePart.offeredKeys(count: keyCount))
    )
  }

  /// Lets go of the lexical units once every stretch between anchors has
  /// its features: they are a tenth of the memory of aligning a long
  /// document, and the steps after it read only the features.
  /// `features(source:target:)` must not be called after.
  ///
  /// - Complexity: O(1).
  mutating func releaseUnits() {
    sourceUnits = LexicalUnits()
    targetUnits = LexicalUnits()
  }

  /// The keys source unit `a` and target unit `b` share, as the masks of
  /// the units offering them on each side: `CostModel.coverage(_:_:)` for
  /// packed keys, by merging the two sorted lists.
  ///
  /// - Complexity: O(the two units' keys).
  func coverage(_ a: Int, _ b: Int) -> (UInt64, UInt64) {
    var i = source.keyStart[a]
    let sourceEnd = source.keyStart[a + 1]
    var j = target.keyStart[b]
    let targetEnd = target.keyStart[b + 1]
    guard i < sourceEnd, j < targetEnd else { return (0, 0) }
    let sourceMasks = source.maskReader(a)
    let targetMasks = target.maskReader(b)
    var s: UInt64 = 0
    var t: UInt64 = 0
    // Each key is read once, before its index passes its segment's end.
    sourceKeys.withBytes(of: a) { sourceBytes in
      targetKeys.withBytes(of: b) { targetBytes in
        guard var p = sourceBytes.baseAddress, var q = targetBytes.baseAddress else { return }
        var sourceKey = PackedKeys.decode(&p, after: 0)
        var targetKey = PackedKeys.decode(&q, after: 0)
        merge: while true {
          while targetKey < sourceKey {
            j &+= 1
            if j == targetEnd { break merge }
            targetKey = PackedKeys.decode(&q, after: targetKey)
          }
          while sourceKey < targetKey {
            i &+= 1
            if i == sourceEnd { break merge }
            sourceKey = PackedKeys.decode(&p, after: sourceKey)
          }
          if sourceKey == targetKey {
            s |= source.mask(i, sourceMasks)
            t |= target.mask(j, targetMasks)
            i &+= 1
            j &+= 1
            if i == sourceEnd || j == targetEnd { break merge }
            sourceKey = PackedKeys.decode(&p, after: sourceKey)
            targetKey = PackedKeys.decode(&q, after: targetKey)
          }
        }
      }
    }
    return (s, t)
  }

  /// The share of source unit `a`'s word weight that target units `b`
  /// cover, in 0...1 (0 for a unit without weighted words).
  func sourceCoverage(_ a: Int, by b: some Sequence<Int>) -> Double {
    let total = source.totalWeight[a]
    guard total > 0 else { return 0 }
    var mask: UInt64 = 0
    for j in b { mask |= coverage(a, j).0 }
    return Double(source.weight(a, mask) / total)
  }

  /// The share of target unit `b`'s word weight that source units `a`
  /// cover.
  func targetCoverage(_ b: Int, by a: some Sequence<Int>) -> Double {
    let total = target.totalWeight[b]
    guard total > 0 else { return 0 }
    var mask: UInt64 = 0
    for i in a { mask |= coverage(i, b).1 }
    return Double(target.weight(b, mask) / total)
  }

  /// Gale & Church's |δ| of source units `a` against target units `b`
  /// (`Options.lengthModel`), from the lengths in the units' features; a
  /// side without length counts as length 1 on the source side.
  func lengthDelta(_ a: some Sequence<Int>, _ b: some Sequence<Int>) -> Double {
    let l1 = a.reduce(0) { $0 + source.length($1) }
    let l2 = b.reduce(0) { $0 + target.length($1) }
    return abs(lengthModel.delta(l1: max(l1, 1), l2: l2))
  }

  /// The anchors two units share, weighted: a date, symbol or resolution
  /// number counts 1, a bare number or paragraph reference ½.
  func sharedAnchorWeight(_ a: Int, _ b: Int) -> Double {
    UnitAnchors.sharedWeight(sourceAnchors.ids(of: a), targetAnchors.ids(of: b), weights: anchorWeights)
  }

  /// How strongly source unit `a` and target unit `b` look like
  /// translations of each other: the mean of their two word coverages,
  /// raised towards 1 by the share of their anchors they have in common
  /// (times `Options.anchorEvidenceWeight`).
  ///
  /// The mean rather than the larger coverage, so that a short heading is
  /// not a perfect match for every paragraph containing its words; the mean
  /// still keeps a truncated paragraph's partner reachable (the truncated
  /// side is nearly all covered, its partner about half).
  func score(_ a: Int, _ b: Int) -> Double {
    let lexical =
      hasLexicalEvidence
      ? (sourceCoverage(a, by: CollectionOfOne(b)) + targetCoverage(b, by: CollectionOfOne(a))) / 2
      : 0
    let shared = sharedAnchorWeight(a, b)
    guard shared > 0 else { return lexical }
    let union = Double(max(sourceAnchors.ids(of: a).count, targetAnchors.ids(of: b).count))
    let anchorShare = min(1, shared / max(union, 1))
    return lexical + (1 - lexical) * anchorShare * options.anchorEvidenceWeight
  }

  /// Whether unit `a` (source) or `b` (target) has anything in the bead
  /// speaking for it: enough coverage by the other side, or a shared anchor.
  func sourceIsSupported(_ a: Int, in b: [Int]) -> Bool {
    if b.contains(where: { sharedAnchorWeight(a, $0) > 0 }) { return true }
    guard hasLexicalEvidence else { return true }
    if source.totalWeight[a] == 0 { return false }
    return sourceCoverage(a, by: b) >= options.minimumSupportingCoverage
  }

  func targetIsSupported(_ b: Int, in a: [Int]) -> Bool {
    if a.contains(where: { sharedAnchorWeight($0, b) > 0 }) { return true }
    guard hasLexicalEvidence else { return true }
    if target.totalWeight[b] == 0 { return false }
    return targetCoverage(b, by: a) >= options.minimumSupportingCoverage
  }

  /// High-confidence 1:1 pairs: each unit's best partner among the
  /// candidates that share rare keys or anchors with it, kept when the
  /// choice is mutual, scores at least `Options.pairAnchorMinimumScore`
  /// and beats the runner-up on both sides by `Options.pairAnchorMargin`.
  ///
  /// - Complexity: O(*K* · *P* + (*n* + *m*) · *C*) for *K* keys in all,
  ///   posting lists cut at *P* = `Options.maximumPostings` units and *C*
  ///   = `Options.candidatesPerUnit` candidates scored per unit.
  func mutualBestPairs() -> [(Int, Int)] {
    let n = source.count
    let m = target.count
    guard n > 0, m > 0 else { return [] }
    let cap = options.maximumPostings
    // Inverted index of the target side: key → units; anchor → units.
    let postings = KeyPostings(targetKeys, cap: cap)
    let anchorPostings = targetAnchors.postings(idCount: anchorWeights.count)
    // Best and runner-up per source unit, and per target unit.
    var bestS = [(b: Int, score: Double)](repeating: (-1, 0), count: n)
    var secondS = [Double](repeating: 0, count: n)
    var bestT = [(a: Int, score: Double)](repeating: (-1, 0), count: m)
    var secondT = [Double](repeating: 0, count: m)
    // Votes per target unit (every vote is positive), and the units voted
    // for, reset after each source unit.
    var votes = [Double](repeating: 0, count: m)
    var voted: [Int] = []
    func vote(_ b: Int, _ weight: Double) {
      if votes[b] == 0 { voted.append(b) }
      votes[b] += weight
    }
    for a in 0..<n {
      if hasLexicalEvidence {
        var keys = sourceKeys.cursor(a)
        for _ in source.keyStart[a]..<source.keyStart[a + 1] {
          let list = postings.units(offering: keys.next())
          guard !list.isEmpty else { continue }
          let w = 1 / Double(list.count)
          for b in list { vote(Int(b), w) }
        }
      }
      for id in sourceAnchors.ids(of: a) {
        let list = anchorPostings.units[
          Int(anchorPostings.start[Int(id)])..<Int(anchorPostings.start[Int(id) + 1])]
        guard !list.isEmpty, list.count <= cap else { continue }
        for b in list { vote(Int(b), 2 / Double(list.count)) }
      }
      let candidates = voted.map { (key: $0, value: votes[$0]) }.sorted {
        $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key)
      }
      .prefix(options.candidatesPerUnit)
      for b in voted { votes[b] = 0 }
      voted.removeAll(keepingCapacity: true)
      for (b, _) in candidates {
        let s = score(a, b)
        if s > bestS[a].score {
          secondS[a] = bestS[a].score
          bestS[a] = (b, s)
        } else if s > secondS[a] {
          secondS[a] = s
        }
        if s > bestT[b].score {
          secondT[b] = bestT[b].score
          bestT[b] = (a, s)
        } else if s > secondT[b] {
          secondT[b] = s
        }
      }
    }
    var pairs: [(Int, Int)] = []
    for a in 0..<n {
      let (b, s) = bestS[a]
      guard b >= 0, bestT[b].a == a, s >= options.pairAnchorMinimumScore,
        s - secondS[a] >= options.pairAnchorMargin, s - secondT[b] >= options.pairAnchorMargin
      else { continue }
      pairs.append((a, b))
    }
    return pairs
  }
}
