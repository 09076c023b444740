/// An inverted index of one side's `SegmentFeatures`: for each key, the
/// segments that offer it, in increasing order; only keys offered by at
/// most `cap` segments are kept (`Options.maximumPostings`: a key common
/// to more says nothing about which segment is which, and
/// `ParagraphEvidence.mutualBestPairs` skips it).
///
/// The lists are stored one after another in one array, indexed by key
/// (compressed sparse rows), instead of one array per key in a dictionary:
/// a 10 MB document offers millions of (segment, key) pairs, most of them
/// for common keys that are dropped here.
struct KeyPostings {
  /// `segments[start[key]..<start[key + 1]]` offer `key`; `keyCount + 1`.
  private var start: [Int32]
  private var segments: [Int32]

  /// - Complexity: O(*K* + *k*) for *K* (segment, key) pairs and keys up
  ///   to *k*; two passes over the pairs.
  init(_ features: SegmentFeatures, cap: Int) {
    self.init(PackedKeys(features), cap: cap)
  }

  /// The postings of packed keys (`ParagraphEvidence`'s).
  ///
  /// - Complexity: as `init(_:cap:)`.
  init(_ keys: PackedKeys, cap: Int) {
    let n = keys.segmentCount
    let keyCount = keys.keyCount
    var count = [Int32](repeating: 0, count: keyCount)
    for s in 0..<n {
      var cursor = keys.cursor(s)
      while cursor.hasNext {
        let key = cursor.next()
        if key >= 0 { count[Int(key)] &+= 1 }
      }
    }
    var start = [Int32](repeating: 0, count: keyCount + 1)
    var total: Int32 = 0
    for key in 0..<keyCount {
      start[key] = total
      if Int(count[key]) <= cap { total += count[key] }
    }
    start[keyCount] = total
    var segments = [Int32](repeating: 0, count: Int(total))
    // `count` becomes each list's next free place.
    for key in 0..<keyCount { count[key] = start[key] }
    for s in 0..<n {
      var cursor = keys.cursor(s)
      while cursor.hasNext {
        let key = Int(cursor.next())
        guard key >= 0, count[key] < start[key + 1] else { continue }
        segments[Int(count[key])] = Int32(s)
        count[key] += 1
      }
    }
    self.start = start
    self.segments = segments
  }

  /// The segments offering `key`, or none when more than the cap do (or
  /// none does).
  func units(offering key: Int32) -> ArraySlice<Int32> {
    guard key >= 0, Int(key) + 1 < start.count else { return [] }
    return segments[Int(start[Int(key)])..<Int(start[Int(key) + 1])]
  }
}
