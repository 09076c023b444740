/// A maximal run of one kind of edit between two sequences, as offsets into
/// both: the opcodes of Python's `difflib`, without the `replace` case.
///
/// Offsets count elements from each collection's `startIndex`. An `insert`
/// has an empty `old` range (where the new elements go); a `delete` has an
/// empty `new` range. Consecutive runs tile both sequences without gaps.
public struct EditRun: Hashable, Sendable, Codable {
  /// What a run does.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// The elements are equivalent on both sides.
    case equal
    /// The elements occur only in the new sequence.
    case insert
    /// The elements occur only in the old sequence.
    case delete
  }

  public var kind: Kind
  /// Offsets of the run's elements in the old sequence.
  public var old: Range<Int>
  /// Offsets of the run's elements in the new sequence.
  public var new: Range<Int>

  public init(kind: Kind, old: Range<Int>, new: Range<Int>) {
    self.kind = kind
    self.old = old
    self.new = new
  }
}

extension EditRun: CustomStringConvertible {
  /// `equal 0..<3 0..<3`, `insert 3..<3 3..<5`.
  public var description: String {
    "\(kind.rawValue) \(old.lowerBound)..<\(old.upperBound) "
      + "\(new.lowerBound)..<\(new.upperBound)"
  }
}
