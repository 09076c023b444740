import Alignment

/// The kinds of edit the benchmark makes to a real document.
enum Mutation: String, CaseIterable {
  /// Delete a paragraph.
  case delete
  /// Insert a paragraph taken from another document.
  case insert
  /// Move a paragraph far (a quarter of the document or more).
  case move
  /// Move a paragraph far and make a word edit in it.
  case moveAndEdit = "move+edit"
  /// Split a paragraph in two at a sentence boundary (。 ； ". ").
  case split
  /// Merge two consecutive paragraphs.
  case merge
  /// Insert an article and shift every later number by one, as 宪法 2018
  /// did with its 第七节: labels regenerated (第X条 with a Chinese numeral
  /// formatter, "N." for resolutions), paths of items and 款 follow.
  case renumber
  /// Replace a number (2019 → 2024, 十五日 → 三十日).
  case replaceNumber = "number"
  /// Insert a phrase taken from another document.
  case insertPhrase = "+phrase"
  /// Delete a phrase (a clause up to its comma, or two or three words).
  case deletePhrase = "-phrase"

  static let wordEdits: [Mutation] = [.replaceNumber, .insertPhrase, .deletePhrase]
}

/// Where a paragraph of the new revision came from.
enum Origin: Hashable {
  /// Old paragraph *i*, perhaps edited, renumbered or moved.
  case old(Int)
  /// New text.
  case inserted
  /// One part of old paragraph *i*.
  case splitPart(Int)
  /// Old paragraphs joined.
  case merged([Int])
}

/// A word edit made inside one paragraph: what was deleted and inserted,
/// and where (UTF-8 offsets into the old and the new paragraph text).
struct WordEditTruth {
  var mutation: Mutation
  var deleted: String
  var inserted: String
  var oldOffset: Int
  var newOffset: Int
}

/// One mutation made, for the confusion table.
struct Applied {
  var mutation: Mutation
  /// The old paragraphs it touched.
  var old: [Int]
  /// The ids of the new items it made or touched.
  var items: [Int]
}
