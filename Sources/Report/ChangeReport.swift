import Alignment
import Diff

/// What a change report shows, computed before any rendering: the two
/// revisions, their diff, and for a three-way report the translation column
/// (alignment, the translation's own diff and the consistency findings).
///
/// Every renderer (`HTMLReport`, `MarkdownReport`, `JSONReport`,
/// `WordRedline`) takes this value and only chooses words and markup; none
/// of them aligns, diffs or checks anything.
///
/// ```swift
/// let report = ChangeReport(old: constitution1982, new: constitution2018)
/// let html = HTMLReport.render(report, options: ReportOptions(oldName: "1982.txt", newName: "2018.txt"))
/// ```
public struct ChangeReport: Sendable {
  public let old: Document
  public let new: Document
  /// The diff from `old` to `new`; every paragraph index it holds is a
  /// paragraph of its document.
  public let diff: DocumentDiff
  /// The translation of `new` shown beside each change; `nil` for a
  /// two-way report.
  public let translation: TranslationColumn?

  /// A diff whose changes name paragraphs that are not there.
  public struct InvalidDiff: Error, Sendable, Hashable, CustomStringConvertible {
    /// The side of the diff holding the bad index.
    public enum Side: String, Sendable, Hashable { case old, new }

    /// The index of the change in `DocumentDiff.changes`.
    public var change: Int
    public var side: Side
    /// The paragraph index the change names.
    public var paragraph: Int
    /// How many paragraphs that side's document has.
    public var count: Int

    public init(change: Int, side: Side, paragraph: Int, count: Int) {
      self.change = change
      self.side = side
      self.paragraph = paragraph
      self.count = count
    }

    public var description: String {
      "change \(change) names \(side.rawValue) paragraph \(paragraph), but the \(side.rawValue) document has \(count) paragraphs"
    }
  }

  /// Diffs the two revisions.
  ///
  /// - Complexity: that of `DocumentDiff(from:to:options:)`, plus the
  ///   translation column's alignment when one is given.
  public init(
    old: Document, new: Document, options: DocumentDiff.Options = DocumentDiff.Options(),
    translation: TranslationColumn? = nil
  ) {
    self.old = old
    self.new = new
    self.diff = DocumentDiff(from: old, to: new, options: options)
    self.translation = translation
  }

  /// Wraps a diff computed elsewhere, checking that every paragraph index
  /// of every change is one of its document's.
  ///
  /// - Throws: `InvalidDiff` for the first index out of range.
  /// - Complexity: O(*n*) in the number of paragraph indices of the diff.
  public init(
    old: Document, new: Document, diff: DocumentDiff, translation: TranslationColumn? = nil
  ) throws(InvalidDiff) {
    for (n, change) in diff.changes.enumerated() {
      if let i = change.old.first(where: { !old.paragraphs.indices.contains($0) }) {
        throw InvalidDiff(change: n, side: .old, paragraph: i, count: old.paragraphs.count)
      }
      if let j = change.new.first(where: { !new.paragraphs.indices.contains($0) }) {
        throw InvalidDiff(change: n, side: .new, paragraph: j, count: new.paragraphs.count)
      }
    }
    self.old = old
    self.new = new
    self.diff = diff
    self.translation = translation
  }
}
