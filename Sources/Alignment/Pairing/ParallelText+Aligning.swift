extension ParallelText {
  /// Aligns documents paragraph by paragraph (front-matter lines and
  /// paragraphs as one sequence: verified numbering anchors and evidence
  /// anchors, `SegmentAligner` between them; see
  /// `SegmentAligner.alignParagraphs`) and,
  /// at `.sentence` level, then sentence by sentence inside each paragraph
  /// bead. The first document is the pivot.
  ///
  /// - Parameters:
  ///   - documents: Names (for output) and documents, at least two.
  ///   - lexicon: The zh–en lexicon, normally `Lexicon.cedict`.
  /// - Throws: `AligningError.tooFewTexts` for fewer than two documents.
  /// - Complexity: linear in the total length for documents that share
  ///   their numbering; see `SegmentAligner.align(_:_:)` for the rest.
  public static func aligning(
    _ documents: [(name: String, document: Document)], level: Level, lexicon: Lexicon?,
    options: SegmentAligner.Options = SegmentAligner.Options()
  ) throws(AligningError) -> ParallelText {
    guard let first = documents.first, documents.count >= 2 else { throw .tooFewTexts(documents.count) }
    return aligning(first, with: Array(documents.dropFirst()), level: level, lexicon: lexicon, options: options)
  }

  /// Aligns `other` with `pivot`: `aligning(_:level:lexicon:options:)` for
  /// exactly two documents, which cannot fail.
  ///
  /// - Complexity: see `aligning(_:level:lexicon:options:)`.
  public static func aligning(
    _ pivot: (name: String, document: Document), _ other: (name: String, document: Document), level: Level,
    lexicon: Lexicon?, options: SegmentAligner.Options = SegmentAligner.Options()
  ) -> ParallelText {
    aligning(pivot, with: [other], level: level, lexicon: lexicon, options: options)
  }

  private static func aligning(
    _ first: (name: String, document: Document), with others: [(name: String, document: Document)], level: Level,
    lexicon: Lexicon?, options: SegmentAligner.Options
  ) -> ParallelText {
    let documents = [first] + others
    let pivot = first.document
    var beads: [[Bead]] = []
    for other in documents.dropFirst() {
      let aligner = SegmentAligner(
        source: pivot.language, target: other.document.language, lexicon: lexicon, options: options)
      beads.append(Self.paragraphBeads(pivot, other.document, aligner: aligner))
    }
    // The versions' units after the beads, so that they are not held
    // while the aligner's tables are.
    let versions = documents.map { Self.paragraphVersion(name: $0.name, document: $0.document) }
    let paragraphs = ParallelText(level: .paragraph, versions: versions, beads: beads)
    guard level == .sentence else { return paragraphs }
    return paragraphs.refinedToSentences(lexicon: lexicon, options: options)
  }

  /// Aligns texts already cut into segments, one per line, as the standard
  /// test sets are: nothing is split or merged.
  ///
  /// - Throws: `AligningError.tooFewTexts` for fewer than two texts.
  /// - Complexity: see `SegmentAligner.align(_:_:)`, per text against the first.
  public static func aligningSegments(
    _ texts: [(name: String, language: Language, segments: [String])], lexicon: Lexicon?,
    options: SegmentAligner.Options = SegmentAligner.Options()
  ) throws(AligningError) -> ParallelText {
    guard texts.count >= 2 else { throw .tooFewTexts(texts.count) }
    let versions = texts.map {
      Version(name: $0.name, language: $0.language, units: $0.segments.map { Unit(text: $0) })
    }
    let beads = texts.dropFirst().map { other in
      SegmentAligner(source: texts[0].language, target: other.language, lexicon: lexicon, options: options)
        .align(texts[0].segments, other.segments)
    }
    return ParallelText(level: .sentence, versions: versions, beads: beads)
  }

  /// Front-matter lines, then body paragraphs.
  private static func paragraphVersion(name: String, document: Document) -> Version {
    let front = document.frontMatter.lines.map { Unit(text: $0.text) }
    let body = document.paragraphs.enumerated().map { index, paragraph in
      Unit(
        label: paragraph.label, text: paragraph.text, paragraph: index, path: paragraph.path,
        designation: document.designation(ofParagraphAt: index))
    }
    return Version(
      name: name, language: document.language, title: document.frontMatter.title,
      symbol: document.frontMatter.symbol, units: front + body)
  }

  /// Front-matter lines and paragraphs aligned as one sequence (numbering
  /// anchors, evidence anchors, DP between them; see
  /// `SegmentAligner.alignParagraphs`), as beads over `paragraphVersion`'s
  /// units. One sequence, because the versions do not always agree where
  /// the front matter ends: an adoption line the reader puts in one
  /// version's front matter may be a paragraph of the other. Front-matter
  /// lines never take part in joining orphans (they are short and repeat
  /// each other: a date in the adoption line and in a "Distr." line).
  private static func paragraphBeads(_ a: Document, _ b: Document, aligner: SegmentAligner) -> [Bead] {
    var languages = aligner
    languages.sourceLanguage = a.language
    languages.targetLanguage = b.language
    let unitsA = a.frontMatter.lines.map(\.text) + a.paragraphs.map(\.text)
    let unitsB = b.frontMatter.lines.map(\.text) + b.paragraphs.map(\.text)
    let pathsA = a.frontMatter.lines.map { _ in [String]() } + a.paragraphs.map(\.path)
    let pathsB = b.frontMatter.lines.map { _ in [String]() } + b.paragraphs.map(\.path)
    return languages.alignUnits(
      unitsA, paths: pathsA, unitsB, paths: pathsB,
      fixedPrefix: (a.frontMatter.lines.count, b.frontMatter.lines.count))
  }
}
