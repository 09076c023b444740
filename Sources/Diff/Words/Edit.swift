/// One piece of a word-level diff: text kept, inserted or deleted.
///
/// The old texts of the `equal` and `delete` edits, in order, spell the old
/// paragraph exactly; the new texts of the `equal` and `insert` edits spell
/// the new one. An `equal` edit's two texts differ only when the comparison
/// ignored something (whitespace, width, case).
public struct Edit: Hashable, Sendable, Codable {
  /// What an edit does.
  public enum Op: String, Hashable, Sendable, Codable {
    case equal
    case insert
    case delete
  }

  public var op: Op
  /// The text as it reads in the old version; empty for an insertion.
  public var oldText: String
  /// The text as it reads in the new version; empty for a deletion.
  public var newText: String
  /// UTF-8 offsets of `oldText` in the old paragraph (empty for an
  /// insertion: where the new text goes).
  public var oldRange: Range<Int>
  /// UTF-8 offsets of `newText` in the new paragraph.
  public var newRange: Range<Int>

  public init(
    op: Op, oldText: String, newText: String, oldRange: Range<Int>,
    newRange: Range<Int>
  ) {
    self.op = op
    self.oldText = oldText
    self.newText = newText
    self.oldRange = oldRange
    self.newRange = newRange
  }

  /// The text to show: the old text of a deletion, otherwise the new text.
  public var text: String { op == .delete ? oldText : newText }
}

extension Array where Element == Edit {
  /// The old paragraph, spelled by the `equal` and `delete` edits.
  ///
  /// - Complexity: O(*n*) in the total text length.
  public var oldText: String {
    lazy.filter { $0.op != .insert }.map(\.oldText).joined()
  }

  /// The new paragraph, spelled by the `equal` and `insert` edits.
  ///
  /// - Complexity: O(*n*) in the total text length.
  public var newText: String {
    lazy.filter { $0.op != .delete }.map(\.newText).joined()
  }

  /// The edits in wdiff notation: `kept[-deleted-]{+inserted+}`.
  ///
  /// - Complexity: O(*n*) in the total text length.
  public var wdiffDescription: String {
    map { edit in
      switch edit.op {
      case .equal: edit.newText
      case .delete: "[-\(edit.oldText)-]"
      case .insert: "{+\(edit.newText)+}"
      }
    }.joined()
  }
}
