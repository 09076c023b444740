/// The word diffs of one `DocumentDiff`, remembered by the texts diffed, so
/// that a pair of texts that recurs (a clause amended the same way in
/// several articles, a law printed twice in a compilation) is tokenized and
/// diffed once.
///
/// Texts are told apart by their bytes (`KeyNumbering.ByteKey`): two texts
/// with the same bytes give the same edits, whatever the options.
struct WordDiffMemo {
  private var edits: [Pair: [Edit]] = [:]

  private struct Pair: Hashable {
    let old: KeyNumbering.ByteKey
    let new: KeyNumbering.ByteKey
  }

  /// `WordDiff.edits(from: old, to: new, options: options)`, computed once
  /// per pair of texts.
  ///
  /// - Complexity: O(*n*) in the texts' length to hash them, plus the word
  ///   diff the first time the pair is seen.
  mutating func edits(from old: String, to new: String, options: WordDiff.Options) -> [Edit] {
    let pair = Pair(old: KeyNumbering.ByteKey(old), new: KeyNumbering.ByteKey(new))
    if let known = edits[pair] { return known }
    let result = WordDiff.edits(from: old, to: new, options: options)
    edits[pair] = result
    return result
  }
}
