import Testing

@testable import Alignment

/// `KeyPostings`, the inverted index `ParagraphEvidence.mutualBestPairs`
/// votes through, gives for each key the segments offering it in order,
/// as the dictionary of arrays it replaces did, and nothing for a key more
/// segments than the cap offer.
@Suite("Key postings")
struct KeyPostingsTests {
  /// Features whose segment `s` offers `keys[s]` (sorted, distinct).
  static func features(_ keys: [[Int32]]) -> SegmentFeatures {
    var keyStart = [0]
    for list in keys { keyStart.append(keyStart[keyStart.count - 1] + list.count) }
    let flat = keys.flatMap { $0 }
    return SegmentFeatures(
      lengthPrefix: [Double](repeating: 0, count: keys.count + 1), keyStart: keyStart, keys: flat,
      keyMasks: [UInt64](repeating: 1, count: flat.count), bitWeights: [Float](repeating: 0, count: keys.count),
      bitStart: Array(0...keys.count), totalWeight: [Float](repeating: 0, count: keys.count))
  }

  @Test func listsAreTheSegmentsInOrderUpToTheCap() {
    let features = Self.features([[0, 3, 7], [3], [], [0, 3, 5], [3, 7]])
    let postings = KeyPostings(features, cap: 3)
    #expect(Array(postings.units(offering: 0)) == [0, 3])
    #expect(Array(postings.units(offering: 7)) == [0, 4])
    #expect(Array(postings.units(offering: 5)) == [3])
    #expect(postings.units(offering: 3).isEmpty)  // four segments: over the cap
    for key: Int32 in [1, 2, 4, 6, 8, 1000, -1] { #expect(postings.units(offering: key).isEmpty) }
    #expect(Array(KeyPostings(features, cap: 4).units(offering: 3)) == [0, 1, 3, 4])
  }

  /// Against the dictionary of arrays on pseudo-random features.
  @Test func sameListsAsADictionary() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    let keys = (0..<500).map { _ in Array(Set((0..<next(12)).map { _ in Int32(next(300)) })).sorted() }
    var dictionary: [Int32: [Int32]] = [:]
    for (s, list) in keys.enumerated() { for key in list { dictionary[key, default: []].append(Int32(s)) } }
    let postings = KeyPostings(Self.features(keys), cap: 24)
    for key: Int32 in 0..<300 {
      let expected = dictionary[key] ?? []
      #expect(Array(postings.units(offering: key)) == (expected.count <= 24 ? expected : []), "key \(key)")
    }
  }
}
