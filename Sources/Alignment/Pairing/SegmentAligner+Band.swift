extension SegmentAligner {
  /// The part of the dynamic-programming lattice that is evaluated: for each
  /// source prefix length `i` (0...n), the target prefix lengths
  /// `lo[i]...hi[i]`. Both bounds are non-decreasing, row 0 starts at 0,
  /// row n ends at m, and each row starts inside the previous one, so a path
  /// from (0, 0) to (n, m) always exists (using 1:0 and 0:1 steps).
  struct Band {
    var lo: [Int]
    var hi: [Int]
    /// Offset of row i's first cell in flat cell arrays; n + 2 entries.
    var rowStart: [Int]

    var cellCount: Int { rowStart.last! }

    /// Builds a band from rough per-row bounds, repairing it so that the
    /// invariants above hold.
    init(lo rawLo: [Int], hi rawHi: [Int], m: Int) {
      let n = rawLo.count - 1
      var lo = rawLo.map { min(max($0, 0), m) }
      var hi = rawHi.map { min(max($0, 0), m) }
      lo[0] = 0
      hi[n] = m
      for i in 1...max(n, 1) where i <= n {
        hi[i] = max(hi[i], hi[i - 1])
      }
      if n > 0 {
        for i in stride(from: n - 1, through: 0, by: -1) {
          lo[i] = min(lo[i], lo[i + 1])
        }
        for i in 1...n {
          lo[i] = min(max(lo[i], lo[i - 1]), hi[i - 1])
        }
      }
      for i in 0...n { hi[i] = max(hi[i], lo[i]) }
      var rowStart = [0]
      rowStart.reserveCapacity(n + 2)
      for i in 0...n { rowStart.append(rowStart[i] + hi[i] - lo[i] + 1) }
      self.lo = lo
      self.hi = hi
      self.rowStart = rowStart
    }

    /// A band of half-width `w` around the length diagonal: row `i` is
    /// centred on the target prefix whose share of the target's characters
    /// equals the share of the source's characters in the first `i` source
    /// segments.
    static func diagonal(
      source: SegmentFeatures, target: SegmentFeatures, halfWidth w: Int
    ) -> Band {
      let n = source.count
      let m = target.count
      let totalS = max(source.lengthPrefix[n], 1)
      let totalT = max(target.lengthPrefix[m], 1)
      var lo = [Int](repeating: 0, count: n + 1)
      var hi = [Int](repeating: 0, count: n + 1)
      var j = 0
      for i in 0...n {
        let share = source.lengthPrefix[i] / totalS
        while j < m && target.lengthPrefix[j + 1] / totalT <= share { j += 1 }
        // Fall back on the index diagonal when the texts have no length.
        let centre =
          source.lengthPrefix[n] == 0 || target.lengthPrefix[m] == 0
          ? (n == 0 ? 0 : i * m / n) : j
        lo[i] = centre - w
        hi[i] = centre + w
      }
      return Band(lo: lo, hi: hi, m: m)
    }

    /// A band of half-width `w` around the lattice points of `path`; rows a
    /// multi-source bead jumps over take the bead's column range.
    static func around(path: [(i: Int, j: Int)], n: Int, m: Int, halfWidth w: Int) -> Band {
      var lo = [Int](repeating: Int.max, count: n + 1)
      var hi = [Int](repeating: Int.min, count: n + 1)
      for k in path.indices {
        let (i, j) = path[k]
        lo[i] = min(lo[i], j - w)
        hi[i] = max(hi[i], j + w)
        if k > 0 {
          let (pi, pj) = path[k - 1]
          for r in pi..<i {
            lo[r] = min(lo[r], pj - w)
            hi[r] = max(hi[r], j + w)
          }
        }
      }
      return Band(lo: lo, hi: hi, m: m)
    }

    /// Whether `path` runs within `margin` of an edge of the band that is not
    /// also an edge of the lattice.
    func isTouched(by path: [(i: Int, j: Int)], m: Int, margin: Int) -> Bool {
      path.contains { (i, j) in
        (lo[i] > 0 && j - lo[i] < margin) || (hi[i] < m && hi[i] - j < margin)
      }
    }
  }
}
