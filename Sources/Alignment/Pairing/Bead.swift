/// One step of a sentence alignment: the source segments and the target
/// segments that translate each other.
///
/// Beads are plain values, as in vecalign's output: index lists into the two
/// segment sequences plus a score. `source: [3, 4], target: [5]` is a 2:1
/// bead; an empty list on one side is a deletion (1:0) or insertion (0:1).
public struct Bead: Sendable, Hashable, Codable {
  /// Consecutive, ascending indexes into the source segments.
  public var source: [Int]
  /// Consecutive, ascending indexes into the target segments.
  public var target: [Int]
  /// The bead's cost under the alignment model (lower is better), as
  /// vecalign reports it. Beads read from a gold file have score 0.
  public var score: Double
  /// How sure the aligner is that the two sides translate each other, in
  /// 0...1 on one scale for every document and language pair (words,
  /// anchors, numbering and lengths agreeing; see Guides/SegmentAlignment.md);
  /// 0 for a bead with an empty side and for beads read from a gold file.
  public var confidence: Double

  public init(source: [Int], target: [Int], score: Double = 0, confidence: Double = 0) {
    self.source = source
    self.target = target
    self.score = score
    self.confidence = confidence
  }

  /// The bead's shape: (number of source segments, number of target segments).
  public var shape: BeadShape {
    BeadShape(source: source.count, target: target.count)
  }
}

/// The number of source and target segments a bead joins, such as 2:1.
public struct BeadShape: Sendable, Hashable, Codable, CustomStringConvertible {
  public var source: Int
  public var target: Int

  public init(source: Int, target: Int) {
    self.source = source
    self.target = target
  }

  /// `"2:1"`.
  public var description: String { "\(source):\(target)" }
}
