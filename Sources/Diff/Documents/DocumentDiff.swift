import Alignment

/// What happened to each paragraph between two revisions of a document, and
/// which words changed inside the paragraphs that were edited.
///
/// ```swift
/// let diff = DocumentDiff(from: constitution1982, to: constitution2018)
/// diff.summary.inserted  // 5: the articles on 监察委员会
/// diff.changes.filter(\.renumbered).count
/// ```
public struct DocumentDiff: Hashable, Sendable, Codable {
  /// One change per paragraph or group of paragraphs, in the order of the
  /// new document; deleted paragraphs come after the change holding the
  /// nearest earlier old paragraph.
  public var changes: [Change]
  /// How many changes of each kind.
  public var summary: Summary

  /// Counts of changes by kind and flag.
  public struct Summary: Hashable, Sendable, Codable {
    public var unchanged = 0
    public var modified = 0
    public var inserted = 0
    public var deleted = 0
    public var split = 0
    public var merged = 0
    /// Changes flagged `moved`, whatever their kind.
    public var moved = 0
    /// Changes flagged `renumbered`, whatever their kind.
    public var renumbered = 0

    public init() {}

    /// Counts the changes.
    ///
    /// - Complexity: O(*n*) in the number of changes.
    public init(_ changes: [Change]) {
      for change in changes {
        switch change.op {
        case .unchanged: unchanged += 1
        case .modified: modified += 1
        case .inserted: inserted += 1
        case .deleted: deleted += 1
        case .split: split += 1
        case .merged: merged += 1
        }
        if change.moved { moved += 1 }
        if change.renumbered { renumbered += 1 }
      }
    }

    /// The number of changes of one kind.
    public subscript(op: Change.Op) -> Int {
      switch op {
      case .unchanged: unchanged
      case .modified: modified
      case .inserted: inserted
      case .deleted: deleted
      case .split: split
      case .merged: merged
      }
    }
  }

  /// Wraps changes made elsewhere, counting them.
  ///
  /// - Complexity: O(*n*) in the number of changes.
  public init(changes: [Change]) {
    self.changes = changes
    self.summary = Summary(changes)
  }

  /// Diffs two revisions of a document.
  ///
  /// - Parameters:
  ///   - old: The earlier revision.
  ///   - new: The later revision.
  ///   - options: Thresholds, window and word-diff options.
  /// - Complexity: About linear in the total text length for documents that
  ///   share most paragraphs: O((*N* + *M*) · *D*) over paragraph keys for
  ///   *D* changed paragraphs, O(`window`) similarity computations per
  ///   paragraph in a changed stretch, O(`maxPostings`) index look-ups per
  ///   unpaired paragraph, and a word diff per modified pair.
  public init(from old: Document, to new: Document, options: Options = Options()) {
    self.init(from: old.paragraphs, to: new.paragraphs, options: options)
  }

  /// Diffs two lists of paragraphs.
  ///
  /// - Complexity: As `init(from:to:options:)` for documents.
  public init(from old: [Paragraph], to new: [Paragraph], options: Options = Options()) {
    let matcher = ParagraphMatcher(old: old, new: new, options: options)
    let matches = matcher.matches()
    let movedFlags = DocumentDiff.movedFlags(matches)
    var changes: [Change] = []
    var oldPaired = [Bool](repeating: false, count: old.count)
    var newPaired = [Bool](repeating: false, count: new.count)
    var wordDiffs = WordDiffBatch(old: old, new: new, joiner: options.joiner)
    // The number of each change's word diff in `wordDiffs`, -1 for none.
    var wordDiffNumbers: [Int] = []
    wordDiffNumbers.reserveCapacity(matches.count)
    for (match, moved) in zip(matches, movedFlags) {
      match.old.forEach { oldPaired[$0] = true }
      match.new.forEach { newPaired[$0] = true }
      let op: Change.Op
      if match.old.count > 1 {
        op = .merged
      } else if match.new.count > 1 {
        op = .split
      } else if matcher.oldKeyIDs[match.old[0]] == matcher.newKeyIDs[match.new[0]] {
        op = .unchanged
      } else {
        op = .modified
      }
      wordDiffNumbers.append(op == .unchanged ? -1 : wordDiffs.add(old: match.old, new: match.new))
      changes.append(
        Change(
          op: op, moved: moved,
          renumbered: old[match.old[0]].path != new[match.new[0]].path,
          old: match.old, new: match.new,
          similarity: op == .unchanged ? 1 : match.similarity, edits: []))
    }
    let edits = wordDiffs.edits(options: options.words, jobs: options.jobs)
    for (index, number) in wordDiffNumbers.enumerated() where number >= 0 {
      changes[index].edits = edits[number]
    }
    for i in old.indices where !oldPaired[i] { changes.append(Change(op: .deleted, old: [i], new: [])) }
    for j in new.indices where !newPaired[j] { changes.append(Change(op: .inserted, old: [], new: [j])) }
    self.init(changes: DocumentDiff.inReadingOrder(changes, oldCount: old.count))
  }

  /// Whether each match really left its place: an out-of-order match whose
  /// new position still lies between those of the in-order matches around
  /// its old position is not a move.
  static func movedFlags(_ matches: [ParagraphMatcher.Match]) -> [Bool] {
    // In-order matches are increasing on both sides.
    let ordered = matches.filter { !$0.outOfOrder }
    return matches.map { match in
      guard match.outOfOrder else { return false }
      let i = match.old[0]
      let j = match.new[0]
      // Binary search for the first in-order match after i.
      var lo = 0
      var hi = ordered.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if ordered[mid].old[0] < i { lo = mid + 1 } else { hi = mid }
      }
      let before = lo > 0 ? ordered[lo - 1].new.last ?? -1 : -1
      let after = lo < ordered.count ? ordered[lo].new[0] : Int.max
      return !(before < j && j < after)
    }
  }

  /// Sorts changes by new position; a deleted paragraph goes right after the
  /// change holding the nearest earlier old paragraph that is not moved.
  static func inReadingOrder(_ changes: [Change], oldCount: Int) -> [Change] {
    var newPositionOfOld = [Int?](repeating: nil, count: oldCount)
    for change in changes where !change.new.isEmpty && !change.moved {
      for i in change.old { newPositionOfOld[i] = change.new.last }
    }
    var anchor = [Double](repeating: -0.5, count: oldCount)
    var last = -0.5
    for i in 0..<oldCount {
      anchor[i] = last
      if let p = newPositionOfOld[i] { last = Double(p) + 0.5 }
    }
    func key(_ change: Change) -> (Double, Int) {
      if let j = change.new.first { return (Double(j), change.old.first ?? -1) }
      let i = change.old[0]
      return (anchor[i], i)
    }
    return changes.sorted { key($0) < key($1) }
  }
}
