/// What happened to one paragraph, or to a group of paragraphs that split or
/// merged, between two revisions of a document.
///
/// Every paragraph of the old document and every paragraph of the new one
/// appears in exactly one `Change` of a `DocumentDiff`.
public struct Change: Hashable, Sendable, Codable {
  /// The kind of change.
  public enum Op: String, Hashable, Sendable, Codable, CaseIterable {
    /// One old paragraph, one new paragraph, same text (under the options'
    /// comparison key).
    case unchanged
    /// One old paragraph, one new paragraph, similar but different text.
    case modified
    /// A new paragraph matching nothing old.
    case inserted
    /// An old paragraph matching nothing new.
    case deleted
    /// One old paragraph became two consecutive new ones.
    case split
    /// Two consecutive old paragraphs became one new one.
    case merged
  }

  public var op: Op
  /// The paragraph left its place relative to the paragraphs matched in
  /// order around it.
  public var moved: Bool
  /// The paragraph's numbering path (`Paragraph.path`) changed.
  public var renumbered: Bool
  /// Indices into the old document's paragraphs, increasing.
  public var old: [Int]
  /// Indices into the new document's paragraphs, increasing.
  public var new: [Int]
  /// How alike the two sides are, from 0 to 1 (Dice coefficient of their
  /// fingerprints); 1 for `unchanged`, 0 for `inserted` and `deleted`.
  public var similarity: Double
  /// Word edits from the old text to the new for `modified`, `split` and
  /// `merged` changes; empty otherwise. Texts of several paragraphs on one
  /// side are joined with `DocumentDiff.Options.joiner`.
  public var edits: [Edit]

  public init(
    op: Op, moved: Bool = false, renumbered: Bool = false, old: [Int], new: [Int],
    similarity: Double = 0, edits: [Edit] = []
  ) {
    self.op = op
    self.moved = moved
    self.renumbered = renumbered
    self.old = old
    self.new = new
    self.similarity = similarity
    self.edits = edits
  }
}
