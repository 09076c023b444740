extension SegmentAligner {
  /// Aligns the paragraphs of two language versions of a document, using
  /// paragraphs with the same numbering path as hard anchors and
  /// `align(_:_:)` on the paragraphs between them.
  ///
  /// A numbering path (`["15", "a"]`) becomes an anchor when it occurs
  /// exactly once in each document, when the anchors kept do not cross (the
  /// longest chain of anchors increasing in both documents is kept), and when
  /// the two paragraphs' lengths are compatible: Gale & Church's |δ| at most
  /// `Options.anchorMaximumDelta`. Anchor beads are 1:1 with score 0.
  ///
  /// The aligner's languages are replaced by the documents' languages.
  ///
  /// - Returns: Beads of paragraph indexes that satisfy
  ///   `Bead.checkInvariants` for the two paragraph counts.
  /// - Complexity: O(*k* log *k*) for *k* candidate anchors, plus
  ///   `align(_:_:)` on each stretch between anchors.
  public func alignParagraphs(_ a: Document, _ b: Document) -> [Bead] {
    var aligner = self
    aligner.sourceLanguage = a.language
    aligner.targetLanguage = b.language
    let anchors = aligner.anchors(a.paragraphs, b.paragraphs)
    var beads: [Bead] = []
    var i = 0
    var j = 0
    for (ai, bj) in anchors + [(a.paragraphs.count, b.paragraphs.count)] {
      let gap = aligner.align(
        a.paragraphs[i..<ai].map(\.text), b.paragraphs[j..<bj].map(\.text))
      beads += gap.map {
        Bead(source: $0.source.map { $0 + i }, target: $0.target.map { $0 + j }, score: $0.score)
      }
      if ai < a.paragraphs.count {
        beads.append(Bead(source: [ai], target: [bj], score: 0))
      }
      i = ai + 1
      j = bj + 1
    }
    return beads
  }

  /// The verified anchor pairs, increasing in both documents.
  func anchors(_ a: [Paragraph], _ b: [Paragraph]) -> [(Int, Int)] {
    func uniquePaths(_ paragraphs: [Paragraph]) -> [[String]: Int] {
      var index: [[String]: Int] = [:]
      var repeated: Set<[String]> = []
      for (k, p) in paragraphs.enumerated() where !p.path.isEmpty {
        if index.updateValue(k, forKey: p.path) != nil { repeated.insert(p.path) }
      }
      for path in repeated { index[path] = nil }
      return index
    }
    let inB = uniquePaths(b)
    let model = lengthModelForAnchors(a, b)
    var candidates: [(Int, Int)] = []
    for (path, i) in uniquePaths(a) {
      guard let j = inB[path] else { continue }
      let l1 = Double(a[i].text.unicodeScalars.count { !$0.properties.isWhitespace })
      let l2 = Double(b[j].text.unicodeScalars.count { !$0.properties.isWhitespace })
      if l1 + l2 > 0 && abs(model.delta(l1: max(l1, 1), l2: l2)) > options.anchorMaximumDelta {
        continue
      }
      candidates.append((i, j))
    }
    candidates.sort { $0.0 < $1.0 }
    return Self.longestIncreasingChain(candidates)
  }

  /// The Gale–Church model for two paragraph lists, as `lengthModel` does
  /// for segment features.
  func lengthModelForAnchors(_ a: [Paragraph], _ b: [Paragraph]) -> GaleChurch {
    func total(_ ps: [Paragraph]) -> Double {
      ps.reduce(0) { $0 + Double($1.text.unicodeScalars.count) }
    }
    let c = options.chineseEnglishLengthRatio
    let s2 = options.chineseEnglishLengthVariance
    switch (sourceLanguage.isCJK, targetLanguage.isCJK) {
    case (true, false): return GaleChurch(c: c, s2: s2)
    case (false, true): return GaleChurch(c: 1 / c, s2: s2 / (c * c * c))
    default:
      let ratio = total(a) > 0 && total(b) > 0 ? total(b) / total(a) : 1
      return GaleChurch(c: ratio, s2: options.defaultLengthVariance * ratio)
    }
  }

  /// The longest subsequence of `pairs` (sorted by first element, which is
  /// unique) whose second elements increase: patience sorting.
  static func longestIncreasingChain(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
    var tailIndex: [Int] = []  // index into pairs of the chain end per length
    var previous = [Int](repeating: -1, count: pairs.count)
    for (k, pair) in pairs.enumerated() {
      var low = 0
      var high = tailIndex.count
      while low < high {
        let mid = (low + high) / 2
        if pairs[tailIndex[mid]].1 < pair.1 { low = mid + 1 } else { high = mid }
      }
      if low > 0 { previous[k] = tailIndex[low - 1] }
      if low == tailIndex.count { tailIndex.append(k) } else { tailIndex[low] = k }
    }
    var chain: [(Int, Int)] = []
    var k = tailIndex.last ?? -1
    while k >= 0 {
      chain.append(pairs[k])
      k = previous[k]
    }
    return chain.reversed()
  }
}
