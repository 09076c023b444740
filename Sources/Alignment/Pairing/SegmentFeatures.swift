/// What the aligner knows about one side's segments: their lengths and the
/// weighted lexical *units* (words, Chinese lexicon words, numbers) each
/// segment contains, with the *keys* (English word ids) each unit offers.
///
/// An English word is a unit offering its own stem as key; a Chinese word
/// found by forward maximum matching is a unit offering the stems of its
/// CC-CEDICT glosses; a number offers `#digits`; a Latin word inside Chinese
/// text offers its stem. Two segments match on every key they share, so
/// the same code serves zh–en, en–zh, zh–zh and en–fr (identical tokens).
///
/// Per segment the keys are stored sorted, each with a 64-bit mask of the
/// units that offer it (unit *u* sets bit *u* mod 64), and the units'
/// IDF weights are summed per bit: a segment of *k* units uses bits
/// 0..<min(*k*, 64), and only those are stored.
struct SegmentFeatures: Sendable {
  /// Prefix sums of segment lengths in non-whitespace characters; n + 1.
  var lengthPrefix: [Double]
  /// Offsets into `keys`/`keyMasks`, n + 1.
  var keyStart: [Int]
  var keys: [Int32]
  var keyMasks: [UInt64]
  /// The summed weight of the units on each bit a segment uses: bit *i*
  /// of segment *s* at `bitStart[s] + i`.
  var bitWeights: [Float]
  /// Offsets into `bitWeights`, n + 1: segment *s* uses
  /// `bitStart[s + 1] - bitStart[s]` bits, min(its units, 64).
  var bitStart: [Int]
  /// The summed weight of each segment's units.
  var totalWeight: [Float]

  var count: Int { totalWeight.count }

  /// The length of segment `s` in non-whitespace characters.
  @inline(__always)
  func length(_ s: Int) -> Double { lengthPrefix[s + 1] - lengthPrefix[s] }

  /// The weight of the units of segment `s` selected by `mask`.
  @inline(__always)
  func weight(_ s: Int, _ mask: UInt64) -> Float {
    var m = mask
    var w: Float = 0
    let base = bitStart[s]
    while m != 0 {
      w += bitWeights[base &+ m.trailingZeroBitCount]
      m &= m &- 1
    }
    return w
  }
}
