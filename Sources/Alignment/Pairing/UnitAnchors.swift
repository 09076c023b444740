/// The anchors (`AnchorExtractor`) of each unit of one side, as ids that
/// two sides share (`UnitAnchors.Interner`): unit *u* holds the distinct
/// ids `ids[start[u]..<start[u + 1]]`, in increasing order.
///
/// One flat array of four-byte ids instead of a `Set<Anchor>` per unit
/// (a hash table of 32-byte anchors each): 6 MB for the 10 MB pair.
struct UnitAnchors {
  private var start: [Int32] = [0]
  private var ids: [Int32] = []

  /// Gives each distinct anchor an id and remembers its weight.
  struct Interner {
    private var idOf: [Anchor: Int32] = [:]
    /// By id: a date, symbol or resolution number counts 1, a bare number
    /// or paragraph reference ½.
    private(set) var weights: [Double] = []

    mutating func id(of anchor: Anchor) -> Int32 {
      if let known = idOf[anchor] { return known }
      let id = Int32(truncatingIfNeeded: weights.count)
      idOf[anchor] = id
      switch anchor {
      case .number, .paragraph: weights.append(0.5)
      default: weights.append(1)
      }
      return id
    }
  }

  /// The anchors of `texts`.
  ///
  /// - Complexity: O(the texts' length), plus O(*k* log *k*) for a unit of
  ///   *k* anchors.
  init(_ texts: [String], interner: inout Interner) {
    start.reserveCapacity(texts.count + 1)
    var found: [Int32] = []
    for text in texts {
      found.removeAll(keepingCapacity: true)
      for anchor in AnchorExtractor.anchors(in: text) { found.append(interner.id(of: anchor)) }
      found.sort()
      var last: Int32 = -1
      for id in found where id != last {
        ids.append(id)
        last = id
      }
      start.append(Int32(truncatingIfNeeded: ids.count))
    }
  }

  var unitCount: Int { start.count - 1 }

  /// The anchor ids of unit `u`, distinct and increasing.
  @inline(__always)
  func ids(of u: Int) -> ArraySlice<Int32> { ids[Int(start[u])..<Int(start[u + 1])] }

  /// The distinct anchors of `units` together, increasing.
  func ids(of units: some Sequence<Int>) -> [Int32] {
    var all: [Int32] = []
    for u in units { all.append(contentsOf: ids(of: u)) }
    all.sort()
    var distinct: [Int32] = []
    for id in all where distinct.last != id { distinct.append(id) }
    return distinct
  }

  /// The summed weight of the ids both increasing lists hold.
  static func sharedWeight(
    _ a: some Collection<Int32>, _ b: some Collection<Int32>, weights: [Double]
  ) -> Double {
    var weight = 0.0
    var i = a.startIndex
    var j = b.startIndex
    while i != a.endIndex && j != b.endIndex {
      if a[i] < b[j] {
        a.formIndex(after: &i)
      } else if b[j] < a[i] {
        b.formIndex(after: &j)
      } else {
        weight += weights[Int(a[i])]
        a.formIndex(after: &i)
        b.formIndex(after: &j)
      }
    }
    return weight
  }

  /// The units holding each anchor id below `idCount`, in increasing order,
  /// as offsets (`idCount + 1`) into a flat list.
  ///
  /// - Complexity: O(*n* + `idCount` + the ids).
  func postings(idCount: Int) -> (start: [Int32], units: [Int32]) {
    var count = [Int32](repeating: 0, count: idCount + 1)
    for id in ids { count[Int(id) + 1] += 1 }
    for k in 0..<idCount { count[k + 1] += count[k] }
    var next = count
    var units = [Int32](repeating: 0, count: ids.count)
    for u in 0..<unitCount {
      for id in ids(of: u) {
        units[Int(next[Int(id)])] = Int32(truncatingIfNeeded: u)
        next[Int(id)] += 1
      }
    }
    return (count, units)
  }
}
