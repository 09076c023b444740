/// Eugene W. Myers, "An O(ND) Difference Algorithm and Its Variations",
/// *Algorithmica* 1 (1986) 251–266: the shortest edit script between two
/// sequences, in linear space.
///
/// The implementation follows the paper's Section 4b ("A linear space
/// refinement"): run the greedy forward and reverse searches at once until
/// they meet on a *middle snake*, then recurse on the two halves. The
/// bookkeeping of the bisection follows google/diff-match-patch's
/// `diff_bisect`. Common prefixes and suffixes are stripped before each
/// bisection, which makes the usual case of a few local changes cheap.
public enum Myers {
  /// Returns the runs of equal, deleted and inserted elements that turn `old`
  /// into `new`, with as few insertions and deletions as possible.
  ///
  /// Elements are compared only through `areEquivalent`, so the two
  /// collections may hold different types (tokens and their normalized keys,
  /// paragraphs and hashes). Within a changed region deletions come before
  /// insertions.
  ///
  /// ```swift
  /// Myers.runs(from: Array("abc"), to: Array("abd"), by: ==)
  /// // [equal 0..<2 0..<2, delete 2..<3 2..<2, insert 3..<3 2..<3]
  /// ```
  ///
  /// - Parameters:
  ///   - old: The original sequence.
  ///   - new: The revised sequence.
  ///   - costLimit: If given, a sub-problem whose edit script would need
  ///     more than this many edits is given up as all deletions and
  ///     insertions; the result is then valid but not minimal. This bounds
  ///     the time by O((*N* + *M*) · `costLimit` · log(*N* + *M*)).
  ///   - onCostLimit: Whether a sub-problem past `costLimit` is given up
  ///     whole (`.giveUp`) or split where the search got furthest and
  ///     searched again (`.splitAtFurthestReach`).
  ///   - areEquivalent: Whether an old element and a new element match.
  /// - Returns: Runs tiling both sequences, in order.
  /// - Complexity: O((*N* + *M*) · *D*) time and O(*N* + *M*) space, where
  ///   *N* and *M* are the lengths and *D* is the size of the minimal edit
  ///   script.
  public static func runs<Old: RandomAccessCollection, New: RandomAccessCollection>(
    from old: Old, to new: New, costLimit: Int? = nil, onCostLimit: CostLimitPolicy = .giveUp,
    by areEquivalent: (Old.Element, New.Element) -> Bool
  ) -> [EditRun] {
    let matches = matchedPairs(
      from: old, to: new, costLimit: costLimit, onCostLimit: onCostLimit, by: areEquivalent)
    return runs(matching: matches, oldCount: old.count, newCount: new.count)
  }

  /// Returns the runs that turn `old` into `new`, comparing with `==`.
  ///
  /// - Complexity: O((*N* + *M*) · *D*) time and O(*N* + *M*) space.
  public static func runs<C: RandomAccessCollection>(
    from old: C, to new: C
  ) -> [EditRun] where C.Element: Equatable {
    runs(from: old, to: new, by: ==)
  }

  /// Returns the pairs of offsets `(old, new)` of a longest common
  /// subsequence, in increasing order on both sides (or of a common
  /// subsequence if `costLimit` cut the search short).
  ///
  /// - Parameters:
  ///   - costLimit: As in `runs(from:to:costLimit:by:)`.
  ///   - onCostLimit: What a bisection that passes `costLimit` does: give
  ///     its whole stretch up (the default), or split it where the search
  ///     got furthest and search each side again, which keeps the matches
  ///     of a long stretch with many scattered edits.
  /// - Complexity: O((*N* + *M*) · *D*) time and O(*N* + *M*) space.
  public static func matchedPairs<Old: RandomAccessCollection, New: RandomAccessCollection>(
    from old: Old, to new: New, costLimit: Int? = nil, onCostLimit: CostLimitPolicy = .giveUp,
    by areEquivalent: (Old.Element, New.Element) -> Bool
  ) -> [(old: Int, new: Int)] {
    let a = Array(old)
    let b = Array(new)
    return withoutActuallyEscaping(areEquivalent) { areEquivalent in
      var search = Search(
        a: a, b: b, costLimit: costLimit, onCostLimit: onCostLimit,
        equivalence: ClosureEquivalence(closure: areEquivalent))
      search.diff(aLow: 0, aHigh: a.count, bLow: 0, bHigh: b.count, anchorDepth: 0)
      return search.matches.sorted { $0.old < $1.old }
    }
  }

  /// How many times `.anchorOnUniqueElements` anchors a stretch between
  /// anchors again, on the elements unique within it.
  static let patienceDepth = 4

  /// Returns the matched pairs of two arrays of `Hashable` elements,
  /// compared with `==`; the one entry point under which
  /// `.anchorOnUniqueElements` can count elements and anchor on them.
  ///
  /// ```swift
  /// Myers.matchedPairs(
  ///   from: Array("xaby"), to: Array("zabw"), costLimit: 1000,
  ///   onCostLimit: .anchorOnUniqueElements)
  /// // [(old: 1, new: 1), (old: 2, new: 2)]
  /// ```
  ///
  /// - Complexity: O((*N* + *M*) · *D*) time and O(*N* + *M*) space; past
  ///   `costLimit`, each stretch given to the patience anchors adds
  ///   O(*n* + *m* + *U* log *U*) (`Patience.uniqueAnchors`).
  public static func matchedPairs<Element: Hashable>(
    from old: [Element], to new: [Element], costLimit: Int?, onCostLimit: CostLimitPolicy
  ) -> [(old: Int, new: Int)] {
    var search = Search(
      a: old, b: new, costLimit: costLimit, onCostLimit: onCostLimit,
      uniqueAnchors: { Patience.uniqueAnchors(old, $0, new, $1) }, equivalence: EqualEquivalence<Element>())
    search.diff(aLow: 0, aHigh: old.count, bLow: 0, bHigh: new.count, anchorDepth: patienceDepth)
    return search.matches.sorted { $0.old < $1.old }
  }

  /// Groups increasing matched pairs into runs tiling both sequences.
  ///
  /// - Complexity: O(*N* + *M*).
  public static func runs(
    matching matches: [(old: Int, new: Int)], oldCount: Int, newCount: Int
  ) -> [EditRun] {
    var result: [EditRun] = []
    var x = 0
    var y = 0
    func append(_ kind: EditRun.Kind, _ old: Range<Int>, _ new: Range<Int>) {
      if let last = result.last, last.kind == kind,
        last.old.upperBound == old.lowerBound,
        last.new.upperBound == new.lowerBound
      {
        result[result.count - 1].old = last.old.lowerBound..<old.upperBound
        result[result.count - 1].new = last.new.lowerBound..<new.upperBound
      } else {
        result.append(EditRun(kind: kind, old: old, new: new))
      }
    }
    for (i, j) in matches + [(oldCount, newCount)] {
      if x < i { append(.delete, x..<i, y..<y) }
      if y < j { append(.insert, i..<i, y..<j) }
      if i < oldCount && j < newCount { append(.equal, i..<i + 1, j..<j + 1) }
      x = i + 1
      y = j + 1
    }
    return result
  }
}

extension Myers {
  /// What a bisection does when its edit script would pass the cost limit.
  public enum CostLimitPolicy: Sendable {
    /// Report the whole stretch as deleted and inserted.
    case giveUp
    /// Split the stretch at the point the forward or reverse search reached
    /// furthest from its corner (GNU diff's heuristic), solve the corner's
    /// side, which needs at most half the limit, and search the rest
    /// again. Each split moves at least `costLimit / 2` elements into a
    /// solved side, so a stretch of *L* elements costs at most about
    /// 2*L* / `costLimit` searches.
    case splitAtFurthestReach
    /// First anchor the stretch on the elements unique in both of its
    /// sides (`Patience.uniqueAnchors`) and search each stretch between
    /// anchors on its own, anchoring it again on what is unique within it
    /// if it too passes the limit (up to four levels); a stretch with no
    /// such element is split at the furthest reach. Needs elements that
    /// can be counted: `matchedPairs(from:to:costLimit:onCostLimit:)` over
    /// `Hashable` elements; with `by:` it is `.splitAtFurthestReach`.
    case anchorOnUniqueElements
  }

  /// The state of one linear-space search: the two sequences as arrays and
  /// the matches found so far.
  fileprivate struct Search<E: Equivalence> {
    typealias A = E.A
    typealias B = E.B
    let a: [A]
    let b: [B]
    /// Compares an old and a new element; a type rather than a closure, so
    /// that the search is specialised for `==` on `Hashable` elements and
    /// its inner loops compare without an indirect call.
    let equivalence: E
    /// Give up a bisection after this many edits.
    let costLimit: Int
    /// What a bisection that gives up does.
    let onCostLimit: CostLimitPolicy
    /// The patience anchors of two stretches (`Patience.uniqueAnchors`),
    /// when the elements can be counted and the policy asks for them.
    let uniqueAnchors: ((Range<Int>, Range<Int>) -> [(old: Int, new: Int)])?
    var matches: [(old: Int, new: Int)] = []

    init(
      a: [A], b: [B], costLimit: Int?, onCostLimit: CostLimitPolicy,
      uniqueAnchors: ((Range<Int>, Range<Int>) -> [(old: Int, new: Int)])? = nil,
      equivalence: E
    ) {
      self.a = a
      self.b = b
      self.costLimit = costLimit ?? Int.max
      self.onCostLimit = onCostLimit
      self.uniqueAnchors = onCostLimit == .anchorOnUniqueElements ? uniqueAnchors : nil
      self.equivalence = equivalence
    }

    @inline(__always)
    func areEquivalent(_ x: A, _ y: B) -> Bool { equivalence.areEquivalent(x, y) }

    /// Records a longest common subsequence of `a[aLow..<aHigh]` and
    /// `b[bLow..<bHigh]` (or, past `costLimit`, a common subsequence).
    ///
    /// Recurses on the smaller half of each bisection and loops on the
    /// larger, so the depth stays logarithmic even when `costLimit` makes
    /// the splits lopsided. A stretch past `costLimit` is first anchored on
    /// its unique elements (if `uniqueAnchors` is set and `anchorDepth` is
    /// positive), each stretch between anchors searched on its own; one
    /// without anchors is split at the furthest reach.
    mutating func diff(aLow: Int, aHigh: Int, bLow: Int, bHigh: Int, anchorDepth: Int) {
      var anchorDepth = anchorDepth
      var aLow = aLow
      var aHigh = aHigh
      var bLow = bLow
      var bHigh = bHigh
      var mayAnchor = anchorDepth > 0
      while true {
        // Common prefix and suffix.
        while aLow < aHigh && bLow < bHigh && areEquivalent(a[aLow], b[bLow]) {
          matches.append((aLow, bLow))
          aLow += 1
          bLow += 1
        }
        while aLow < aHigh && bLow < bHigh
          && areEquivalent(a[aHigh - 1], b[bHigh - 1])
        {
          aHigh -= 1
          bHigh -= 1
          matches.append((aHigh, bHigh))
        }
        guard aLow < aHigh && bLow < bHigh,
          let (x, y, exact) = middleSnake(aLow: aLow, aHigh: aHigh, bLow: bLow, bHigh: bHigh)
        else { return }
        if !exact && mayAnchor, let uniqueAnchors {
          mayAnchor = false
          let anchors = uniqueAnchors(aLow..<aHigh, bLow..<bHigh)
          if !anchors.isEmpty {
            anchorDepth -= 1
            for (i, j) in anchors {
              diff(aLow: aLow, aHigh: i, bLow: bLow, bHigh: j, anchorDepth: anchorDepth)
              matches.append((i, j))
              aLow = i + 1
              bLow = j + 1
            }
            mayAnchor = anchorDepth > 0
            continue
          }
        }
        guard (x, y) != (0, 0), (x, y) != (aHigh - aLow, bHigh - bLow) else { return }
        // The corner's side of a split past the limit is exact: no anchors.
        let depth = exact ? anchorDepth : 0
        if x + y <= (aHigh - aLow - x) + (bHigh - bLow - y) {
          diff(aLow: aLow, aHigh: aLow + x, bLow: bLow, bHigh: bLow + y, anchorDepth: depth)
          aLow += x
          bLow += y
        } else {
          diff(aLow: aLow + x, aHigh: aHigh, bLow: bLow + y, bHigh: bHigh, anchorDepth: depth)
          aHigh = aLow + x
          bHigh = bLow + y
        }
      }
    }

    /// Finds a point `(x, y)` (relative to the lows) on a middle snake of an
    /// optimal path (`exact`), or `nil` when the two ranges share no
    /// element. When the search passes `costLimit` (each of the two
    /// searches spends half): `nil` under `.giveUp`, else the furthest
    /// reach, not `exact` (`(0, 0)` if neither search left its corner).
    ///
    /// Variable names follow the paper: `N` and `M` are the lengths, `Δ` is
    /// `N − M`, `D` the number of edits so far, `k` a diagonal (`x − y`), and
    /// `V` (here `vf` forward, `vr` reverse) holds the furthest-reaching `x`
    /// on each diagonal. The reverse search measures `x` from the ends.
    func middleSnake(
      aLow: Int, aHigh: Int, bLow: Int, bHigh: Int
    ) -> (x: Int, y: Int, exact: Bool)? {
      let N = aHigh - aLow
      let M = bHigh - bLow
      let maxD = (N + M + 1) / 2
      let offset = maxD + 1
      let length = 2 * maxD + 3
      var vf = [Int](repeating: -1, count: length)
      var vr = [Int](repeating: -1, count: length)
      let Δ = N - M
      // With Δ odd the paths meet while extending the forward search.
      let front = Δ & 1 != 0
      let rounds = min(maxD, costLimit / 2 + 1)
      // The loops run over buffers: every index below stays within the
      // stretch and within `V`, as the bounds on `D` and `k` ensure.
      let met: (x: Int, y: Int)? = a.withUnsafeBufferPointer { aAll in
        b.withUnsafeBufferPointer { bAll in
          vf.withUnsafeMutableBufferPointer { vfAll in
            vr.withUnsafeMutableBufferPointer { vrAll in
              guard let aBase = aAll.baseAddress, let bBase = bAll.baseAddress,
                let vfBase = vfAll.baseAddress, let vrBase = vrAll.baseAddress
              else { return nil }
              let a = aBase + aLow
              let b = bBase + bLow
              // `V` indexed by diagonal: `vf[k]` is the paper's `V[k]`,
              // for `k` in `lowest..<highest`.
              let vf = vfBase + offset
              let vr = vrBase + offset
              let lowest = -offset
              let highest = length &- offset
              vf[1] = 0
              vr[1] = 0
              // Diagonals that ran off the edit graph are not tried again;
              // `kLast` is the last diagonal of the current round's search.
              // A diagonal the other search has not reached holds -1, which
              // no `x` within the graph (`x <= N`) overlaps.
              var kfStart = 0
              var kfEnd = 0
              var krStart = 0
              var krEnd = 0
              // One step of the forward (reverse) search on diagonal `k` in
              // round `D`: the furthest `x` reached, stored in `vf` (`vr`);
              // `y` is `x - k`.
              @inline(__always)
              func forward(_ k: Int, _ D: Int) -> Int {
                var x: Int
                if k == -D || (k != D && vf[k &- 1] < vf[k &+ 1]) {
                  x = vf[k &+ 1]
                } else {
                  x = vf[k &- 1] &+ 1
                }
                var y = x &- k
                while x < N && y < M && areEquivalent(a[x], b[y]) {
                  x = x &+ 1
                  y = y &+ 1
                }
                vf[k] = x
                return x
              }
              @inline(__always)
              func reverse(_ k: Int, _ D: Int) -> Int {
                var x: Int
                if k == -D || (k != D && vr[k &- 1] < vr[k &+ 1]) {
                  x = vr[k &+ 1]
                } else {
                  x = vr[k &- 1] &+ 1
                }
                var y = x &- k
                while x < N && y < M && areEquivalent(a[N &- x &- 1], b[M &- y &- 1]) {
                  x = x &+ 1
                  y = y &+ 1
                }
                vr[k] = x
                return x
              }
              // Wrapping arithmetic: every value here lies within ±(N + M + 3).
              // Each search has a loop with the overlap test and one without,
              // so that no step tests `front`.
              for D in 0..<rounds {
                // Forward search from the top-left corner; with Δ odd, each
                // step looks for an overlap with the reverse search.
                var k = kfStart &- D
                var kLast = D &- kfEnd
                if front {
                  while k <= kLast {
                    let x = forward(k, D)
                    if x > N {
                      kfEnd = kfEnd &+ 2
                      kLast = kLast &- 2
                    } else if x &- k > M {
                      kfStart = kfStart &+ 2
                    } else {
                      let kr = Δ &- k
                      if kr >= lowest && kr < highest && x >= N &- vr[kr] { return (x, x &- k) }
                    }
                    k = k &+ 2
                  }
                } else {
                  while k <= kLast {
                    let x = forward(k, D)
                    if x > N {
                      kfEnd = kfEnd &+ 2
                      kLast = kLast &- 2
                    } else if x &- k > M {
                      kfStart = kfStart &+ 2
                    }
                    k = k &+ 2
                  }
                }
                // Reverse search from the bottom-right corner; with Δ even,
                // each step looks for an overlap with the forward search.
                k = krStart &- D
                kLast = D &- krEnd
                if front {
                  while k <= kLast {
                    let x = reverse(k, D)
                    if x > N {
                      krEnd = krEnd &+ 2
                      kLast = kLast &- 2
                    } else if x &- k > M {
                      krStart = krStart &+ 2
                    }
                    k = k &+ 2
                  }
                } else {
                  while k <= kLast {
                    let x = reverse(k, D)
                    if x > N {
                      krEnd = krEnd &+ 2
                      kLast = kLast &- 2
                    } else if x &- k > M {
                      krStart = krStart &+ 2
                    } else {
                      let kf = Δ &- k
                      if kf >= lowest && kf < highest && vf[kf] >= N &- x { return (vf[kf], vf[kf] &- kf) }
                    }
                    k = k &+ 2
                  }
                }
              }
              return nil
            }
          }
        }
      }
      if let met { return (met.x, met.y, true) }
      guard onCostLimit != .giveUp, costLimit / 2 + 1 < maxD else { return nil }
      let (x, y) = furthestReach(vf: vf, vr: vr, offset: offset, N: N, M: M) ?? (0, 0)
      return (x, y, false)
    }

    /// The point reached furthest from its corner, forward (`vf`) or in
    /// reverse (`vr`), by a search that ran out of `costLimit`; `nil` if
    /// neither search left its corner.
    ///
    /// This is GNU diff's heuristic for expensive comparisons (`diag` in
    /// diffutils' `analyze.c`, after `too_expensive`): every point in `V`
    /// lies on a path of at most *D* edits from its corner, so the corner's
    /// side of the split is an exact sub-problem within the limit, and the
    /// rest is searched again from there.
    func furthestReach(vf: [Int], vr: [Int], offset: Int, N: Int, M: Int) -> (Int, Int)? {
      var best: (reach: Int, x: Int, y: Int)?
      for ki in vf.indices {
        let k = ki - offset
        let xf = vf[ki]
        let yf = xf - k
        guard xf >= 0, xf <= N, yf >= 0, yf <= M, xf + yf > (best?.reach ?? 0) else { continue }
        best = (xf + yf, xf, yf)
      }
      for ki in vr.indices {
        let k = ki - offset
        let xr = vr[ki]
        let yr = xr - k
        guard xr >= 0, xr <= N, yr >= 0, yr <= M, xr + yr > (best?.reach ?? 0) else { continue }
        best = (xr + yr, N - xr, M - yr)
      }
      guard let best, (best.x, best.y) != (0, 0), (best.x, best.y) != (N, M) else { return nil }
      return (best.x, best.y)
    }
  }
}

/// How a search compares an old element with a new one.
private protocol Equivalence {
  associatedtype A
  associatedtype B
  func areEquivalent(_ a: A, _ b: B) -> Bool
}

/// Elements compared by a caller's closure.
private struct ClosureEquivalence<A, B>: Equivalence {
  let closure: (A, B) -> Bool

  @inline(__always)
  func areEquivalent(_ a: A, _ b: B) -> Bool { closure(a, b) }
}

/// Elements of one type compared with `==`.
private struct EqualEquivalence<Element: Equatable>: Equivalence {
  @inline(__always)
  func areEquivalent(_ a: Element, _ b: Element) -> Bool { a == b }
}
