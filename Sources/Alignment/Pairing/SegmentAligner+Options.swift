extension SegmentAligner {
  /// Every tunable of the segment aligner, in one place.
  ///
  /// A bead of nₛ source and nₜ target segments costs (lower is better)
  ///
  ///     lengthWeight  · min(GaleChurch(δ), maximumLengthCost)
  ///   + lexicalWeight · (1 − similarity) · nₛ · nₜ
  ///   + shape penalty
  ///
  /// and a deletion (1:0, 0:1) costs `lexicalWeight / 2` plus its penalty.
  /// `similarity` is the mean over the bead's segments of each segment's
  /// *coverage*: the IDF-weighted share of its words whose translation (via
  /// the lexicon) or identical token (numbers, Latin words, symbols) occurs
  /// on the other side of the bead, rescaled so that the chance level
  /// (`normalizeByNeighbours`) is 0 and smoothed towards `emptySimilarity`
  /// (`coverageSmoothing`).
  ///
  /// The defaults were tuned by hand on `align-eval`'s two sets (Bible en–zh
  /// and the perturbed UN dev set); see Benchmarks/README.md for the figures
  /// and what each change gained.
  public struct Options: Sendable, Hashable {
    /// A bead shape the dynamic programme may use and its fixed penalty.
    public struct Shape: Sendable, Hashable {
      public var shape: BeadShape
      public var penalty: Double

      public init(_ source: Int, _ target: Int, penalty: Double) {
        self.shape = BeadShape(source: source, target: target)
        self.penalty = penalty
      }
    }

    /// The shapes the aligner may use, with their penalties. Deletions
    /// (1:0, 0:1) are expensive: a translation rarely leaves out a sentence.
    /// Gale & Church (1993) derive such penalties from the shape priors
    /// (−log P); these and the weights below were tuned by hand on the two
    /// evaluation sets of `align-eval` (see Benchmarks/README.md), so the
    /// figures reported there are not from held-out data.
    public var shapes: [Shape] = [
      Shape(1, 1, penalty: 0),
      Shape(1, 0, penalty: 1.2),
      Shape(0, 1, penalty: 1.2),
      Shape(2, 1, penalty: 0.5),
      Shape(1, 2, penalty: 0.5),
      Shape(2, 2, penalty: 0.9),
      Shape(3, 1, penalty: 0.6),
      Shape(1, 3, penalty: 0.6),
    ]

    /// Weight of the Gale–Church length cost, −log(2(1 − Φ(|δ|))).
    public var lengthWeight = 0.35

    /// Weight of the lexical dissimilarity term.
    public var lexicalWeight = 4.5

    /// The Gale–Church cost is capped here so one odd length cannot veto a
    /// bead that the words support.
    public var maximumLengthCost = 12.0

    /// Gale & Church's c and s² for each pair of languages (`LengthModel`:
    /// measured on the fixtures' parallel text by
    /// `Benchmarks/length-ratios.py`), used with lengths in non-whitespace
    /// characters everywhere.
    public var lengthModel = LengthModel.measured

    /// Extra weight of numbers (digit runs, such as 2018 or 1177) over their
    /// IDF weight: they are near-certain anchors when both sides have them.
    public var numberWeight = 2.0

    /// The coverage assumed for a segment without evidence: the prior that
    /// `coverageSmoothing` pulls towards, and the similarity of a bead with
    /// no weighted word at all (punctuation only, or no lexicon).
    public var emptySimilarity = 0.3

    /// Units of IDF weight by which each segment's coverage is smoothed
    /// towards `emptySimilarity`, so that a heading such as "Executive Board"
    /// whose two words the lexicon misses is not judged a total mismatch;
    /// 0 disables smoothing.
    public var coverageSmoothing = 1.0

    /// Average coverage over the bead's segments rather than pooling their
    /// weight, so that a short untranslated segment merged into a bead is
    /// not hidden by a long neighbour (with `coverageSmoothing`, Bible strict
    /// F1 0.944 → 0.960 and UNPC 0.932 → 0.957 when introduced).
    public var perSegmentCoverage = true

    /// Rescale each segment's coverage so that the level it reaches with
    /// an average segment of its band row (chance matches of common words,
    /// or of the many glosses of a long Chinese sentence) counts as 0, as
    /// vecalign normalises a bead's cost by the segments' costs with random
    /// neighbours (with `lexicalWeight` 3.5 → 4.5: Bible 0.962 → 0.967,
    /// UNPC 0.964 → 0.968).
    public var normalizeByNeighbours = true

    /// The share of the chance level subtracted when normalising.
    public var neighbourNormalizationStrength = 1.0

    /// Half the width of the dynamic programme's band, in target segments
    /// on each side of the expected path.
    public var bandHalfWidth = 24

    /// A path passing within this many cells of a band edge makes the
    /// aligner widen the band (doubling it) and run again.
    public var bandMargin = 4

    /// How many times the band may be doubled before the path is accepted.
    public var maximumBandExpansions = 4

    /// Chinese words whose lexicon entry has more English words than this
    /// (mostly single characters with many senses, such as 会 or 对) are
    /// ignored: they would match English words by chance. Off by default:
    /// a limit of 10 gained 0.002 on the UN set but lost 0.004 on the Bible.
    public var maximumGlossesPerWord = Int.max

    /// `alignParagraphs` joins an unmatched unit to the paired bead next to
    /// it only when that bead's lengths fit worse than this Gale–Church |δ|
    /// (`attachingOrphans`): a bead that already fits does not need the unit.
    public var orphanMinimumDelta = 1.0

    /// A unit at the end of a paragraph bead that is both weakly covered and
    /// spoils the length fit is split off while its removal lowers the other
    /// side's coverage by less than this multiple of `redundantCoverageGain`
    /// (`dropRedundantEnds`: the truncated paragraph's case).
    public var redundantCoverageStrongFactor = 2.0

    /// How many earlier anchor candidates `heaviestConsistentChain` looks
    /// back at for a predecessor (its cost is this times the candidates).
    public var anchorChainWindow = 512

    /// `alignParagraphs` drops a numbering anchor whose two paragraphs'
    /// lengths give a Gale–Church |δ| above this (about 1 in 10⁶ by chance).
    public var anchorMaximumDelta = 5.0

    /// Paragraph alignment (`alignParagraphs`): a pair of unnumbered units
    /// becomes an anchor when each is the other's best match and its
    /// `ParagraphEvidence.score` (mean word coverage, raised by shared
    /// anchors) reaches this.
    public var pairAnchorMinimumScore = 0.35

    /// … and beats the runner-up of both units by this much. A numbering
    /// anchor is also dropped when either paragraph has a mutual best
    /// partner elsewhere scoring this much more.
    public var pairAnchorMargin = 0.1

    /// How far shared anchors (dates, symbols, resolution numbers, numbers)
    /// raise a pair's score towards 1, when all of the anchors of the unit
    /// with more of them are shared.
    public var anchorEvidenceWeight = 0.6

    /// A numbering anchor whose two paragraphs score below this (no shared
    /// words or anchors to speak of) is dropped when the language pair has
    /// a lexicon.
    public var minimumNumberingScore = 0.08

    /// A unit inside a paragraph bead needs at least this share of its word
    /// weight covered by the bead's other side (or one shared anchor) to
    /// stay in the bead; otherwise it is split off as 1:0 or 0:1.
    public var minimumSupportingCoverage = 0.12

    /// The price of one unit of skew between consecutive paragraph anchors
    /// (|Δi − Δj|, the difference in the number of paragraphs between them
    /// on the two sides), against 1 per anchor kept; see
    /// `heaviestConsistentChain`.
    public var anchorSkewPenalty = 0.1

    /// An unmatched unit joins the paired bead next to it (when that
    /// improves the bead's length fit) only if the bead's other side covers
    /// this share of its words, in language pairs with a lexicon.
    public var minimumAttachingCoverage = 0.3

    /// A unit at the end of a paragraph bead whose removal lowers the
    /// other side's coverage by less than this (and whose own coverage is
    /// below `pairAnchorMinimumScore`) is split off as 1:0 or 0:1.
    public var redundantCoverageGain = 0.05

    /// One unit on each side between two paragraph anchors pairs by
    /// position when their lengths give |δ| at most this, even if the
    /// lexicon finds nothing in common ("本條例旨在保障香港的稅收。" ↔ "To
    /// protect the revenue of the Colony.").
    public var positionalPairMaximumDelta = 2.0

    /// Keys (words, glosses) found in more units than this on the other
    /// side are not used to find candidate partners.
    public var maximumPostings = 24

    /// How many candidates per unit (those sharing the most rare keys and
    /// anchors) are scored when looking for mutual best pairs.
    public var candidatesPerUnit = 8

    /// The longest Chinese headword tried in forward maximum matching.
    public var maximumHeadwordLength = 8

    /// How the lexical term grows with the bead: by *n*ₛ·*n*ₜ (as vecalign
    /// scales its cost by the product of the sentence counts) when `true`,
    /// by (*n*ₛ + *n*ₜ)/2 when `false`. The product keeps chance word matches
    /// across merged sentences from making large beads look cheap
    /// (Bible strict F1 0.904 → 0.940 at the time it was introduced).
    public var productSizeFactor = true

    /// How many threads `align(_:_:)` may use for work whose result does
    /// not depend on them (finding the two sides' features at once): 1
    /// keeps to the calling thread, 2 takes a second one; 0, the default,
    /// takes a second one when the machine has more than one core and the
    /// two sides have `minimumSegmentsForThreads` segments together.
    public var threads = 0

    /// The fewest segments (both sides together) for which `threads` = 0
    /// starts a second thread: below, starting it costs more than it saves.
    public var minimumSegmentsForThreads = 256

    /// The fewest lexical units (both documents together) for which
    /// `alignParagraphs`, once it has found them, gives the lexicon's
    /// resident pages back (`Lexicon.releaseResidentPages`): the pages hold
    /// no more than a few megabytes, which matter at the memory peak of a
    /// long document, and reading them again costs a small pair more than
    /// it saves.
    public var minimumUnitsForReleasingLexicon = 100_000

    public init() {}
  }
}
