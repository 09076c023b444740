extension DocumentDiff {
  /// The tunables of a document diff.
  public struct Options: Sendable {
    /// How paragraph texts are compared and diffed word by word. Its `key`
    /// also decides when two paragraphs count as the same text.
    public var words: WordDiff.Options
    /// Two paragraphs in the same gap between identical paragraphs are
    /// paired as `modified` when their similarity reaches this.
    public var similarityThreshold: Double
    /// Bounds the search for identical paragraphs in order (stage 1): a
    /// stretch needing more paragraph edits than this is anchored on the
    /// paragraphs unique on both sides and split where the search got
    /// furthest (`Myers.CostLimitPolicy.anchorOnUniqueElements`), each
    /// piece searched again within the limit. Keeps two unrelated long
    /// documents from quadratic time; `nil` searches without a bound.
    public var paragraphCostLimit: Int?
    /// A lower similarity that suffices for a pair in the same *slot*: the
    /// only old and only new paragraph of a gap, or two paragraphs with the
    /// same numbering path. Legal texts are formulaic (unrelated articles of
    /// 宪法 reach 0.4 in 1 % of pairs), but an article rewritten in place,
    /// such as 宪法 第十三条 in 2004, keeps its slot.
    public var slotThreshold: Double
    /// A paragraph found out of order is paired (`moved`) when its
    /// similarity reaches this.
    public var moveThreshold: Double
    /// A split or merge needs this similarity between the one paragraph and
    /// the two joined.
    public var splitThreshold: Double
    /// In a split or merge, each of the two paragraphs must have at least
    /// this share of its fingerprint in the one.
    public var containmentThreshold: Double
    /// Half-width, in paragraphs, of the band searched for similar pairs
    /// around the diagonal of a gap between identical paragraphs. Work per
    /// gap is about (gap length) × (2 × window).
    public var window: Int
    /// The most paragraphs one paragraph may split into (or merge from).
    /// Each extra part adds two kinds of bead to the gap alignment.
    public var maxSplitParts: Int
    /// Whether to look for moved paragraphs among the unpaired ones.
    public var detectsMoves: Bool
    /// Fingerprint features shared by more unpaired paragraphs than this are
    /// too common to suggest a move and are skipped.
    public var maxPostings: Int
    /// How many candidates (by shared features) each unpaired new paragraph
    /// compares in full when looking for a move.
    public var maxMoveCandidates: Int
    /// Joins the texts of several paragraphs for the word diff of a split
    /// or merge.
    public var joiner: String
    /// The number of threads the word diffs of the changed paragraphs run
    /// on. The diff is the same for any number: it only takes less time
    /// when the machine has the cores.
    public var jobs: Int

    public init(
      words: WordDiff.Options = WordDiff.Options(),
      similarityThreshold: Double = 0.4,
      paragraphCostLimit: Int? = 1000,
      slotThreshold: Double = 0.3,
      moveThreshold: Double = 0.6,
      splitThreshold: Double = 0.6,
      containmentThreshold: Double = 0.6,
      window: Int = 16,
      maxSplitParts: Int = 3,
      detectsMoves: Bool = true,
      maxPostings: Int = 64,
      maxMoveCandidates: Int = 8,
      joiner: String = "\n",
      jobs: Int = 1
    ) {
      self.words = words
      self.similarityThreshold = similarityThreshold
      self.paragraphCostLimit = paragraphCostLimit
      self.slotThreshold = slotThreshold
      self.moveThreshold = moveThreshold
      self.splitThreshold = splitThreshold
      self.containmentThreshold = containmentThreshold
      self.window = window
      self.maxSplitParts = maxSplitParts
      self.detectsMoves = detectsMoves
      self.maxPostings = maxPostings
      self.maxMoveCandidates = maxMoveCandidates
      self.joiner = joiner
      self.jobs = max(1, jobs)
    }
  }
}
