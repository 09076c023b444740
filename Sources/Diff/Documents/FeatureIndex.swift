/// An inverted index of fingerprint features: for each feature, the
/// paragraphs holding it, in increasing order.
///
/// Features are hashes already, so the index is an open-addressing table
/// keyed by them directly, built in three passes (count, place, fill) over
/// flat arrays instead of a dictionary of arrays.
struct FeatureIndex {
  /// The feature in each slot; meaningful where `counts` is not 0.
  private var slots: [UInt64]
  /// How many paragraphs hold the slot's feature; 0 for an empty slot.
  private var counts: [Int]
  /// Where the slot's paragraphs start in `postings`.
  private var starts: [Int]
  /// The paragraphs of every feature, one run per feature.
  private var postings: [Int]
  private let shift: UInt64

  /// Indexes the features of `prints[i]` for every `i` in `paragraphs`
  /// (increasing).
  ///
  /// - Complexity: O(*F*) expected for *F* features in all.
  init(_ prints: [Fingerprint], paragraphs: [Int]) {
    let total = paragraphs.reduce(0) { $0 + prints[$1].features.count }
    // A power of two at least twice the number of features, so probes
    // stay short.
    var bits: UInt64 = 4
    while (1 << bits) < 2 * total { bits += 1 }
    shift = 64 - bits
    let capacity = 1 << Int(bits)
    slots = [UInt64](repeating: 0, count: capacity)
    counts = [Int](repeating: 0, count: capacity)
    starts = [Int](repeating: 0, count: capacity)
    postings = [Int](repeating: 0, count: total)
    for i in paragraphs {
      for feature in prints[i].features {
        let slot = place(feature)
        slots[slot] = feature
        counts[slot] += 1
      }
    }
    var start = 0
    for slot in 0..<capacity where counts[slot] > 0 {
      starts[slot] = start
      start += counts[slot]
    }
    // Fill, moving each slot's start along; then move the starts back.
    for i in paragraphs {
      for feature in prints[i].features {
        let slot = place(feature)
        postings[starts[slot]] = i
        starts[slot] += 1
      }
    }
    for slot in 0..<capacity where counts[slot] > 0 { starts[slot] -= counts[slot] }
  }

  /// The paragraphs holding `feature`, in increasing order; `nil` if none.
  ///
  /// - Complexity: O(1) expected.
  func paragraphs(with feature: UInt64) -> ArraySlice<Int>? {
    var slot = Int(truncatingIfNeeded: (feature &* 0x9E37_79B9_7F4A_7C15) >> shift)
    let mask = slots.count - 1
    while counts[slot] > 0 {
      if slots[slot] == feature {
        let start = starts[slot]
        return postings[start..<start + counts[slot]]
      }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// The slot of `feature`: where it is, or the empty slot where it goes.
  private func place(_ feature: UInt64) -> Int {
    var slot = Int(truncatingIfNeeded: (feature &* 0x9E37_79B9_7F4A_7C15) >> shift)
    let mask = slots.count - 1
    while counts[slot] > 0 && slots[slot] != feature { slot = (slot + 1) & mask }
    return slot
  }
}
