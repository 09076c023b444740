extension ParallelText {
  /// A paragraph-level alignment refined to sentences: each unit is split
  /// into sentences (`SentenceSplitter`) and the sentences inside each
  /// paragraph bead are aligned (`SegmentAligner`), so a sentence bead
  /// never crosses a paragraph bead. Sentence ids number each unit's
  /// sentences in unit order. A sentence-level alignment is returned as it
  /// is.
  ///
  /// `align batch` keeps both levels of one set: the paragraph alignment
  /// and this refinement of it, without aligning the paragraphs twice.
  ///
  /// - Complexity: linear in the total length for paragraph beads of
  ///   bounded size; see `SegmentAligner.align(_:_:)`.
  public func refinedToSentences(
    lexicon: Lexicon?, options: SegmentAligner.Options = SegmentAligner.Options()
  ) -> ParallelText {
    guard level == .paragraph else { return self }
    var versions = versions
    let split = versions.map { version in
      version.units.map { SentenceSplitter.segments(of: $0.text, language: version.language) }
    }
    let offsets = split.map { units in
      units.reduce(into: [0]) { $0.append(($0.last ?? 0) + $1.count) }
    }
    var sentenceBeads: [[Bead]] = []
    for (k, paragraphBeads) in beads.enumerated() {
      let aligner = SegmentAligner(
        source: versions[0].language, target: versions[k + 1].language, lexicon: lexicon, options: options)
      var result: [Bead] = []
      for bead in paragraphBeads {
        let source = bead.source.flatMap { u in split[0][u].indices.map { offsets[0][u] + $0 } }
        let target = bead.target.flatMap { u in split[k + 1][u].indices.map { offsets[k + 1][u] + $0 } }
        let local = aligner.align(
          bead.source.flatMap { split[0][$0] }, bead.target.flatMap { split[k + 1][$0] },
          context: bead.confidence)
        result += local.map {
          // A paragraph bead that stays one sentence bead keeps its own
          // confidence: the sentences add no evidence.
          Bead(
            source: $0.source.map { source[$0] }, target: $0.target.map { target[$0] }, score: $0.score,
            confidence: local.count == 1 ? bead.confidence : $0.confidence)
        }
      }
      sentenceBeads.append(result)
    }
    for v in versions.indices {
      var units: [Unit] = []
      for (u, paragraph) in versions[v].units.enumerated() {
        for (s, sentence) in split[v][u].enumerated() {
          units.append(
            Unit(
              label: s == 0 ? paragraph.label : nil, text: sentence, paragraph: paragraph.paragraph,
              path: paragraph.path, designation: paragraph.designation))
        }
      }
      versions[v].units = units
    }
    return ParallelText(level: .sentence, versions: versions, beads: sentenceBeads)
  }
}
