/// How many fingerprint features the old and new paragraphs of one gap
/// share (`Fingerprint.sharedCount`), each pair counted once: the gap's
/// dynamic programme asks for the same pair in a 1–1 bead, in several 1–k
/// beads and in several k–1 beads.
///
/// The counts are kept in a band, one row per old paragraph of the gap
/// holding the new paragraphs its beads can reach; a pair outside the band
/// is counted afresh each time it is asked for.
struct GapOverlaps {
  private let oldPrints: [Fingerprint]
  private let newPrints: [Fingerprint]
  private let oldStart: Int
  private let newStart: Int
  /// For each old paragraph of the gap: the first new paragraph (relative
  /// to `newStart`) of its row, and where its row starts in `counts`.
  private let firstColumn: [Int]
  private let rowStart: [Int]
  /// The shared counts, -1 until computed.
  private var counts: [Int32]

  /// A band for the gap `oldRange` × `newRange`, in which old paragraph
  /// `p` of the gap (counted from 0) meets the new paragraphs `columns(p)`
  /// (counted from 0).
  ///
  /// - Complexity: O(band size), nothing counted yet.
  init(
    oldPrints: [Fingerprint], newPrints: [Fingerprint], old oldRange: Range<Int>, new newRange: Range<Int>,
    columns: (Int) -> Range<Int>
  ) {
    self.oldPrints = oldPrints
    self.newPrints = newPrints
    oldStart = oldRange.lowerBound
    newStart = newRange.lowerBound
    var firstColumn: [Int] = []
    var rowStart: [Int] = []
    firstColumn.reserveCapacity(oldRange.count)
    rowStart.reserveCapacity(oldRange.count + 1)
    var size = 0
    for p in 0..<oldRange.count {
      let row = columns(p)
      firstColumn.append(row.lowerBound)
      rowStart.append(size)
      size += row.count
    }
    rowStart.append(size)
    self.firstColumn = firstColumn
    self.rowStart = rowStart
    counts = [Int32](repeating: -1, count: size)
  }

  /// The features shared by old paragraph `i` and new paragraph `j`
  /// (indices into the whole documents).
  ///
  /// - Complexity: O(1) after the first time within the band; else linear
  ///   in the two fingerprints.
  mutating func shared(_ i: Int, _ j: Int) -> Int {
    let p = i - oldStart
    let q = j - newStart
    guard p >= 0, p < firstColumn.count else { return oldPrints[i].sharedCount(newPrints[j]) }
    let slot = rowStart[p] + q - firstColumn[p]
    guard q >= firstColumn[p], slot < rowStart[p + 1] else { return oldPrints[i].sharedCount(newPrints[j]) }
    if counts[slot] >= 0 { return Int(counts[slot]) }
    let count = oldPrints[i].sharedCount(newPrints[j])
    if let stored = Int32(exactly: count) { counts[slot] = stored }
    return count
  }
}
