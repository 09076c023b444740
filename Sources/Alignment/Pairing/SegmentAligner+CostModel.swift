import Dispatch

extension SegmentAligner {
  /// The bead costs and the dynamic programme over a band.
  struct CostModel {
    let source: SegmentFeatures
    let target: SegmentFeatures
    let lengthModel: GaleChurch
    let options: Options
    let shapes: [Options.Shape]
    let maxSourceRun: Int
    let maxTargetRun: Int
    /// Whether `pairTable(for:)` may split its work between two threads
    /// (`Options.threads`): the same table either way.
    var usesTwoThreads = false

    init(
      source: SegmentFeatures, target: SegmentFeatures,
      lengthModel: GaleChurch, options: Options
    ) {
      self.source = source
      self.target = target
      self.lengthModel = lengthModel
      self.options = options
      var shapes = options.shapes.filter {
        $0.shape.source >= 0 && $0.shape.target >= 0
          && $0.shape.source + $0.shape.target > 0
      }
      // 1:0 and 0:1 keep every band connected, so they are always available.
      for (s, t) in [(1, 0), (0, 1)]
      where !shapes.contains(where: { $0.shape == BeadShape(source: s, target: t) }) {
        shapes.append(Options.Shape(s, t, penalty: 1e6))
      }
      self.shapes = shapes
      self.maxSourceRun = shapes.map(\.shape.source).max() ?? 1
      self.maxTargetRun = shapes.map(\.shape.target).max() ?? 1
    }

    /// For each pair of segments (a, b) that some bead in the band can join,
    /// the units of `a` that `b` covers (`maskS`) and of `b` that `a` covers
    /// (`maskT`).
    struct PairTable {
      var lo: [Int]
      var hi: [Int]
      var start: [Int]
      var maskS: [UInt64]
      var maskT: [UInt64]
      /// Each segment's coverage by an average other-side segment of its
      /// band row: the level that chance word matches reach.
      var chanceS: [Float]
      var chanceT: [Float]
      /// For each pair, the covered weight of `a` by `b` alone and of `b`
      /// by `a` alone, normalised as `similarity` does for one other-side
      /// segment: the most frequent case (every segment of 1:1, 2:1, 1:2,
      /// 3:1 and 1:3 beads on the side facing one segment), worked out once.
      var singleS: [Float] = []
      var singleT: [Float] = []
      /// With `perSegmentCoverage`, instead of `singleS` and `singleT`:
      /// each pair's smoothed coverage term of `a` by `b` alone,
      /// (covered + prior) / (total + α) as `similarity` adds it up, and of
      /// `b` by `a` alone.
      var termS: [Float] = []
      var termT: [Float] = []

      @inline(__always)
      func index(_ a: Int, _ b: Int) -> Int { start[a] &+ b &- lo[a] }
    }

    func pairTable(for band: Band) -> PairTable {
      let n = source.count
      let m = target.count
      var lo = [Int](repeating: 0, count: n)
      var hi = [Int](repeating: -1, count: n)
      var start = [Int](repeating: 0, count: n + 1)
      for a in 0..<n {
        lo[a] = max(0, band.lo[a + 1] - maxTargetRun)
        hi[a] = min(m - 1, band.hi[min(n, a + maxSourceRun)] - 1)
        start[a + 1] = start[a] + max(0, hi[a] - lo[a] + 1)
      }
      var maskS = [UInt64](repeating: 0, count: start[n])
      var maskT = [UInt64](repeating: 0, count: start[n])
      fillMasks(&maskS, &maskT, lo: lo, hi: hi, start: start)
      var chanceS = [Float](repeating: 0, count: n)
      var chanceT = [Float](repeating: 0, count: m)
      var countT = [Float](repeating: 0, count: m)
      // Each pair's covered weights, first as they are (`weight`), then
      // normalised as `coveredSource` and `coveredTarget` do for k = 1.
      var singleS = [Float](repeating: 0, count: start[n])
      var singleT = [Float](repeating: 0, count: start[n])
      let parallel = usesTwoThreads
      let half = Self.halfOfThePairs(start)
      singleS.withUnsafeMutableBufferPointer { singleS in
        singleT.withUnsafeMutableBufferPointer { singleT in
          let out = Handoff((singleS, singleT))
          TwoThreads.halves(n, at: half, parallel: parallel) { [self, lo, hi, start, maskS, maskT] rows in
            let (singleS, singleT) = out.value
            for a in rows where hi[a] >= lo[a] {
              for b in lo[a]...hi[a] {
                let k = start[a] &+ b &- lo[a]
                singleS[k] = source.weight(a, maskS[k])
                singleT[k] = target.weight(b, maskT[k])
              }
            }
          }
        }
      }
      // The chance levels, summed in row order.
      for a in 0..<n where hi[a] >= lo[a] {
        var sum: Float = 0
        let totalS = source.totalWeight[a]
        if options.normalizeByNeighbours {
          for b in lo[a]...hi[a] {
            let k = start[a] &+ b &- lo[a]
            if totalS > 0 { sum += singleS[k] / totalS }
            let totalT = target.totalWeight[b]
            if totalT > 0 { chanceT[b] += singleT[k] / totalT }
            countT[b] += 1
          }
        }
        chanceS[a] = sum / Float(hi[a] - lo[a] + 1)
      }
      for b in 0..<m where countT[b] > 0 { chanceT[b] /= countT[b] }
      var table = PairTable(
        lo: lo, hi: hi, start: start, maskS: maskS, maskT: maskT,
        chanceS: chanceS, chanceT: chanceT)
      // Normalised, then (with `perSegmentCoverage`) the terms, computed as
      // `similarity` would for each bead (the same operations on the same
      // values, so the same bits): each pair on its own.
      let normalises = options.normalizeByNeighbours
      let makesTerms = options.perSegmentCoverage
      let alpha = Float(options.coverageSmoothing)
      let prior = Float(options.emptySimilarity) * alpha
      if normalises || makesTerms {
        singleS.withUnsafeMutableBufferPointer { singleS in
          singleT.withUnsafeMutableBufferPointer { singleT in
            let out = Handoff((singleS, singleT))
            TwoThreads.halves(n, at: half, parallel: parallel) {
              [self, lo, hi, start, chanceS, chanceT] rows in
              let (singleS, singleT) = out.value
              for a in rows where hi[a] >= lo[a] {
                let totalS = source.totalWeight[a]
                for b in lo[a]...hi[a] {
                  let k = start[a] &+ b &- lo[a]
                  let totalT = target.totalWeight[b]
                  if normalises {
                    if totalS > 0 {
                      singleS[k] = totalS * normalised(singleS[k] / totalS, chance: chanceS[a], k: 1)
                    }
                    if totalT > 0 {
                      singleT[k] = totalT * normalised(singleT[k] / totalT, chance: chanceT[b], k: 1)
                    }
                  }
                  if makesTerms {
                    singleS[k] = (singleS[k] + prior) / (totalS + alpha)
                    singleT[k] = (singleT[k] + prior) / (totalT + alpha)
                  }
                }
              }
            }
          }
        }
      }
      if makesTerms {
        table.termS = singleS
        table.termT = singleT
      } else {
        table.singleS = singleS
        table.singleT = singleT
      }
      return table
    }

    /// The first source segment of the second half of a pair table's
    /// pairs (`start` as in `PairTable`), to split its rows between two
    /// threads.
    ///
    /// - Complexity: O(log *n*).
    static func halfOfThePairs(_ start: [Int]) -> Int {
      let n = start.count - 1
      let middle = start[n] / 2
      var low = 0
      var high = n
      while low < high {
        let mid = (low + high) >> 1
        if start[mid] < middle { low = mid + 1 } else { high = mid }
      }
      return low
    }

    /// The smoothing of `similarity`: (covered + prior) / (total + α).
    var smoothing: (prior: Float, alpha: Float) {
      let alpha = Float(options.coverageSmoothing)
      return (Float(options.emptySimilarity) * alpha, alpha)
    }

    /// The smoothed coverage term of source segment `a` covered by targets
    /// `b0..<b0 + k`, (covered + prior) / (total + α), as
    /// `perSegmentSimilarity` adds it up; `level` is
    /// `neighbourLevel(chance: pairs.chanceS[a], k: k)`.
    @inline(__always)
    func sourceTerm(_ pairs: PairTable, _ a: Int, _ b0: Int, k: Int, level: Float) -> Float {
      if k == 1 { return pairs.termS[pairs.index(a, b0)] }
      let (prior, alpha) = smoothing
      let base = pairs.index(a, b0)
      var mask: UInt64 = 0
      for r in 0..<k { mask |= pairs.maskS[base &+ r] }
      var covered = source.weight(a, mask)
      let total = source.totalWeight[a]
      if options.normalizeByNeighbours && total > 0 {
        covered = total * normalised(covered / total, level: level)
      }
      return (covered + prior) / (total + alpha)
    }

    /// The smoothed coverage term of target segment `b` covered by sources
    /// `a0..<a0 + k`, as `sourceTerm` (the chance level is `b`'s).
    @inline(__always)
    func targetTerm(_ pairs: PairTable, _ a0: Int, _ b: Int, k: Int) -> Float {
      if k == 1 { return pairs.termT[pairs.index(a0, b)] }
      let (prior, alpha) = smoothing
      var mask: UInt64 = 0
      for a in a0..<(a0 + k) { mask |= pairs.maskT[pairs.index(a, b)] }
      var covered = target.weight(b, mask)
      let total = target.totalWeight[b]
      if options.normalizeByNeighbours && total > 0 {
        covered = total * normalised(covered / total, chance: pairs.chanceT[b], k: k)
      }
      return (covered + prior) / (total + alpha)
    }

    /// The covered weight of source segment `a` under `mask`, normalised
    /// against the chance level of `k` target segments.
    @inline(__always)
    func coveredSource(_ pairs: PairTable, _ a: Int, mask: UInt64, k: Int) -> Float {
      var covered = source.weight(a, mask)
      let total = source.totalWeight[a]
      if options.normalizeByNeighbours && total > 0 {
        covered = total * normalised(covered / total, chance: pairs.chanceS[a], k: k)
      }
      return covered
    }

    /// The covered weight of target segment `b` under `mask`, normalised
    /// against the chance level of `k` source segments.
    @inline(__always)
    func coveredTarget(_ pairs: PairTable, _ b: Int, mask: UInt64, k: Int) -> Float {
      var covered = target.weight(b, mask)
      let total = target.totalWeight[b]
      if options.normalizeByNeighbours && total > 0 {
        covered = total * normalised(covered / total, chance: pairs.chanceT[b], k: k)
      }
      return covered
    }

    /// `coverage(a, b)` for every pair of the table (source `a`, target
    /// `lo[a]...hi[a]`), into `maskS` and `maskT` at `start[a] + b − lo[a]`.
    ///
    /// The keys of one segment of the side with the longer key lists (the
    /// Chinese side: a Chinese word offers all its glosses) are stamped into
    /// a table indexed by key, and the keys of each segment it can pair with
    /// are looked up there: O(shorter list) per pair instead of a binary
    /// search per key. The pairs of a target segment form a run of source
    /// segments, because `lo` and `hi` never decrease.
    func fillMasks(
      _ maskS: inout [UInt64], _ maskT: inout [UInt64], lo: [Int], hi: [Int], start: [Int]
    ) {
      let n = source.count
      let m = target.count
      let keyCount = Int(max(source.keys.max() ?? -1, target.keys.max() ?? -1)) + 1
      guard keyCount > 0 else { return }
      guard start[n] >= keyCount / 8 else {
        // Few pairs (a short stretch): a table over all key ids would cost
        // more than it saves; binary-search instead.
        for a in 0..<n where hi[a] >= lo[a] {
          for b in lo[a]...hi[a] {
            (maskS[start[a] &+ b &- lo[a]], maskT[start[a] &+ b &- lo[a]]) = coverage(a, b)
          }
        }
        return
      }
      let stampsTargets = target.keys.count >= source.keys.count
      let parallel = usesTwoThreads
      let half = stampsTargets ? m / 2 : Self.halfOfThePairs(start)
      maskS.withUnsafeMutableBufferPointer { maskS in
        maskT.withUnsafeMutableBufferPointer { maskT in
          let out = Handoff((maskS, maskT))
          TwoThreads.halves(stampsTargets ? m : n, at: half, parallel: parallel) {
            [self, lo, hi, start] range in
            let (maskS, maskT) = out.value
            if stampsTargets {
              stampTargets(range, maskS, maskT, lo: lo, hi: hi, start: start, keyCount: keyCount)
            } else {
              stampSources(range, maskS, maskT, lo: lo, hi: hi, start: start, keyCount: keyCount)
            }
          }
        }
      }
    }

    /// `fillMasks` for the pairs of target segments `targets`: each is
    /// stamped, and the source segments whose rows hold it walked.
    func stampTargets(
      _ targets: Range<Int>, _ maskS: UnsafeMutableBufferPointer<UInt64>,
      _ maskT: UnsafeMutableBufferPointer<UInt64>, lo: [Int], hi: [Int], start: [Int], keyCount: Int
    ) {
      let n = source.count
      var owner = [Int32](repeating: -1, count: keyCount)
      var stampedMask = [UInt64](repeating: 0, count: keyCount)
      var first = 0  // the first source segment with hi ≥ b
      var last = -1  // the last source segment with lo ≤ b
      for b in targets {
        while first < n && hi[first] < b { first += 1 }
        while last + 1 < n && lo[last + 1] <= b { last += 1 }
        guard first <= last else { continue }
        let targetKeys = target.keyStart[b]..<target.keyStart[b + 1]
        if targetKeys.isEmpty { continue }
        let targetMasks = target.maskReader(b)
        for j in targetKeys {
          owner[Int(target.keys[j])] = Int32(b)
          stampedMask[Int(target.keys[j])] = target.mask(j, targetMasks)
        }
        for a in first...last where lo[a] <= b && b <= hi[a] {
          var s: UInt64 = 0
          var t: UInt64 = 0
          // Made at the first shared key: most pairs share none.
          var sourceMasks: SegmentFeatures.MaskReader? = nil
          for i in source.keyStart[a]..<source.keyStart[a + 1] {
            let key = Int(source.keys[i])
            if owner[key] == Int32(b) {
              let reader = sourceMasks ?? source.maskReader(a)
              sourceMasks = reader
              s |= source.mask(i, reader)
              t |= stampedMask[key]
            }
          }
          maskS[start[a] &+ b &- lo[a]] = s
          maskT[start[a] &+ b &- lo[a]] = t
        }
      }
    }

    /// `fillMasks` for the pairs of source segments `sources`: each is
    /// stamped, and the target segments of its row walked.
    func stampSources(
      _ sources: Range<Int>, _ maskS: UnsafeMutableBufferPointer<UInt64>,
      _ maskT: UnsafeMutableBufferPointer<UInt64>, lo: [Int], hi: [Int], start: [Int], keyCount: Int
    ) {
      var owner = [Int32](repeating: -1, count: keyCount)
      var stampedMask = [UInt64](repeating: 0, count: keyCount)
      for a in sources where hi[a] >= lo[a] {
        let sourceKeys = source.keyStart[a]..<source.keyStart[a + 1]
        if sourceKeys.isEmpty { continue }
        let sourceMasks = source.maskReader(a)
        for i in sourceKeys {
          owner[Int(source.keys[i])] = Int32(a)
          stampedMask[Int(source.keys[i])] = source.mask(i, sourceMasks)
        }
        for b in lo[a]...hi[a] {
          var s: UInt64 = 0
          var t: UInt64 = 0
          // Made at the first shared key: most pairs share none.
          var targetMasks: SegmentFeatures.MaskReader? = nil
          for j in target.keyStart[b]..<target.keyStart[b + 1] {
            let key = Int(target.keys[j])
            if owner[key] == Int32(a) {
              let reader = targetMasks ?? target.maskReader(b)
              targetMasks = reader
              s |= stampedMask[key]
              t |= target.mask(j, reader)
            }
          }
          maskS[start[a] &+ b &- lo[a]] = s
          maskT[start[a] &+ b &- lo[a]] = t
        }
      }
    }

    /// The shared keys of source segment `a` and target segment `b`, as the
    /// masks of the units offering them on each side.
    func coverage(_ a: Int, _ b: Int) -> (UInt64, UInt64) {
      var s: UInt64 = 0
      var t: UInt64 = 0
      let sourceKeys = source.keyStart[a]..<source.keyStart[a + 1]
      let targetKeys = target.keyStart[b]..<target.keyStart[b + 1]
      if sourceKeys.isEmpty || targetKeys.isEmpty { return (0, 0) }
      let sourceMasks = source.maskReader(a)
      let targetMasks = target.maskReader(b)
      // Walk the shorter list and binary-search the longer one.
      if sourceKeys.count <= targetKeys.count {
        Self.forEachCommonKey(source.keys, sourceKeys, in: target.keys, targetKeys) { i, j in
          s |= source.mask(i, sourceMasks)
          t |= target.mask(j, targetMasks)
        }
      } else {
        Self.forEachCommonKey(target.keys, targetKeys, in: source.keys, sourceKeys) { j, i in
          s |= source.mask(i, sourceMasks)
          t |= target.mask(j, targetMasks)
        }
      }
      return (s, t)
    }

    /// Calls `body(i, j)` for each key `keys[i]` (sorted, in `range`) that
    /// also occurs as `others[j]` (sorted, in `otherRange`), binary-searching
    /// `others` from the last match on.
    @inline(__always)
    static func forEachCommonKey(
      _ keys: [Int32], _ range: Range<Int>, in others: [Int32], _ otherRange: Range<Int>,
      _ body: (Int, Int) -> Void
    ) {
      var j = otherRange.lowerBound
      for i in range {
        let key = keys[i]
        var low = j
        var high = otherRange.upperBound
        while low < high {
          let mid = (low + high) >> 1
          if others[mid] < key { low = mid + 1 } else { high = mid }
        }
        if low < otherRange.upperBound && others[low] == key { body(i, low) }
        j = low
      }
    }

    /// The lexical similarity of source segments `a0..<a1` and target
    /// segments `b0..<b1`, in 0...1.
    ///
    /// Each segment's *coverage* is the share of its unit weight that the
    /// other side of the bead covers, smoothed towards `emptySimilarity` by
    /// `coverageSmoothing` units of weight, so that a segment with one or two
    /// words is not judged on them alone. The similarity is the mean coverage
    /// of the bead's segments (`perSegmentCoverage`), so a segment that the
    /// other side does not translate costs the same whether short or long;
    /// otherwise the weight-pooled coverage of each side, averaged.
    @inline(__always)
    func similarity(_ pairs: PairTable, _ a0: Int, _ a1: Int, _ b0: Int, _ b1: Int) -> Double {
      if options.perSegmentCoverage {
        return perSegmentSimilarity(pairs, a0, a1, b0, b1)
      }
      let alpha = Float(options.coverageSmoothing)
      let prior = Float(options.emptySimilarity) * alpha
      var sumS: Float = 0
      var coveredS: Float = 0
      var totalS: Float = 0
      for a in a0..<a1 {
        let base = pairs.index(a, 0)
        let covered: Float
        if b1 - b0 == 1 {
          covered = pairs.singleS[base &+ b0]
        } else {
          var mask: UInt64 = 0
          for b in b0..<b1 { mask |= pairs.maskS[base &+ b] }
          covered = coveredSource(pairs, a, mask: mask, k: b1 - b0)
        }
        let total = source.totalWeight[a]
        sumS += (covered + prior) / (total + alpha)
        coveredS += covered
        totalS += total
      }
      var sumT: Float = 0
      var coveredT: Float = 0
      var totalT: Float = 0
      for b in b0..<b1 {
        let covered: Float
        if a1 - a0 == 1 {
          covered = pairs.singleT[pairs.index(a0, b)]
        } else {
          var mask: UInt64 = 0
          for a in a0..<a1 { mask |= pairs.maskT[pairs.index(a, b)] }
          covered = coveredTarget(pairs, b, mask: mask, k: a1 - a0)
        }
        let total = target.totalWeight[b]
        sumT += (covered + prior) / (total + alpha)
        coveredT += covered
        totalT += total
      }
      if options.perSegmentCoverage {
        return Double((sumS + sumT) / Float(a1 - a0 + b1 - b0))
      }
      if alpha == 0 && (totalS == 0 || totalT == 0) {
        if totalS > 0 { return Double(coveredS / totalS) }
        if totalT > 0 { return Double(coveredT / totalT) }
        return options.emptySimilarity
      }
      return Double((coveredS + prior) / (totalS + alpha) + (coveredT + prior) / (totalT + alpha)) / 2
    }

    /// `similarity` with `perSegmentCoverage`: the mean of the bead's
    /// segments' terms (`sourceTerm`, `targetTerm`), each side summed in
    /// segment order. `bestPath` adds the same terms in the same order.
    func perSegmentSimilarity(
      _ pairs: PairTable, _ a0: Int, _ a1: Int, _ b0: Int, _ b1: Int
    ) -> Double {
      var sumS: Float = 0
      for a in a0..<a1 {
        let level = neighbourLevel(chance: pairs.chanceS[a], k: b1 - b0)
        sumS += sourceTerm(pairs, a, b0, k: b1 - b0, level: level)
      }
      var sumT: Float = 0
      for b in b0..<b1 { sumT += targetTerm(pairs, a0, b, k: a1 - a0) }
      return Double((sumS + sumT) / Float(a1 &- a0 &+ b1 &- b0))
    }

    /// Coverage `c` rescaled so that the chance level of `k` other-side
    /// segments maps to 0 and full coverage stays 1 (vecalign's idea of
    /// normalising a bead's score by the segments' scores with their
    /// neighbours).
    @inline(__always)
    func normalised(_ c: Float, chance: Float, k: Int) -> Float {
      normalised(c, level: neighbourLevel(chance: chance, k: k))
    }

    /// The chance level of `k` other-side segments that `normalised`
    /// maps to 0.
    @inline(__always)
    func neighbourLevel(chance: Float, k: Int) -> Float {
      var miss: Float = 1
      for _ in 0..<k { miss *= 1 - chance }
      return (1 - miss) * Float(options.neighbourNormalizationStrength)
    }

    /// `normalised(_:chance:k:)` given the level.
    @inline(__always)
    func normalised(_ c: Float, level: Float) -> Float {
      guard level < 0.999 else { return c }
      return max(0, (c - level) / (1 - level))
    }

    /// The cost of the bead joining source `a0..<a1` and target `b0..<b1`:
    /// `fixedCost` plus `lexicalCost`.
    @inline(__always)
    func cost(
      _ pairs: PairTable, _ a0: Int, _ a1: Int, _ b0: Int, _ b1: Int, penalty: Double
    ) -> Double {
      if a0 == a1 || b0 == b1 { return deletionCost(a0, a1, b0, b1, penalty: penalty) }
      return fixedCost(a0, a1, b0, b1, penalty: penalty) + lexicalCost(pairs, a0, a1, b0, b1)
    }

    /// The cost of a deletion or insertion bead (one side empty).
    @inline(__always)
    func deletionCost(_ a0: Int, _ a1: Int, _ b0: Int, _ b1: Int, penalty: Double) -> Double {
      penalty + options.lexicalWeight * Double(a1 - a0 + b1 - b0) / 2
    }

    /// The shape penalty plus the weighted Gale–Church cost of a bead that
    /// pairs segments: the cheap part of its cost, and a lower bound of it
    /// when `lexicalWeight` is not negative (the lexical part is then ≥ 0).
    @inline(__always)
    func fixedCost(_ a0: Int, _ a1: Int, _ b0: Int, _ b1: Int, penalty: Double) -> Double {
      let l1 = source.lengthPrefix[a1] - source.lengthPrefix[a0]
      let l2 = target.lengthPrefix[b1] - target.lengthPrefix[b0]
      let lengthCost = min(lengthModel.cost(l1: l1, l2: l2), options.maximumLengthCost)
      return penalty + options.lengthWeight * lengthCost
    }

    /// The weighted lexical dissimilarity of a bead that pairs segments.
    @inline(__always)
    func lexicalCost(_ pairs: PairTable, _ a0: Int, _ a1: Int, _ b0: Int, _ b1: Int) -> Double {
      let sim = similarity(pairs, a0, a1, b0, b1)
      let size =
        options.productSizeFactor ? Double((a1 - a0) * (b1 - b0)) : Double(a1 - a0 + b1 - b0) / 2
      return options.lexicalWeight * (1 - sim) * size
    }

    /// How many source rows `bestPath` makes terms for at a time.
    static let termBlockRows = 128

    /// The rows 1...n of term block `q`, `rows` rows per block.
    static func termBlock(_ q: Int, rows: Int, n: Int) -> Range<Int> {
      (q * rows + 1)..<min((q + 1) * rows + 1, n + 1)
    }

    /// The terms that become known when each row of `rows` begins, into
    /// rings of `ringRows` source rows (`bestPath`): those of source row
    /// a = i − 1 covered by runs of 1...runT targets (`sourceTerm`), and of
    /// row a0 = i − k's targets covered by the run of k sources from a0
    /// (`targetTerm`), each run `width` entries from the row's first pair.
    ///
    /// - Complexity: O(the pairs of the rows · the runs).
    func fillTerms(
      _ rows: Range<Int>, _ pairs: PairTable, _ sourceRing: UnsafeMutableBufferPointer<Float>,
      _ targetRing: UnsafeMutableBufferPointer<Float>, ringRows: Int, width: Int
    ) {
      let runS = maxSourceRun
      let runT = maxTargetRun
      for i in rows {
        let a = i - 1
        let pairsOfA = pairs.hi[a] - pairs.lo[a] + 1
        for k in stride(from: 1, through: runT, by: 1) where pairsOfA >= k {
          let level = neighbourLevel(chance: pairs.chanceS[a], k: k)
          let slot = ((a % ringRows) * runT + k - 1) * width
          for b in 0...(pairsOfA - k) {
            sourceRing[slot &+ b] = sourceTerm(pairs, a, pairs.lo[a] &+ b, k: k, level: level)
          }
        }
        for k in stride(from: 1, through: min(runS, i), by: 1) {
          let a0 = i - k
          let lower = max(pairs.lo[a0], pairs.lo[a0 + k - 1])
          let upper = pairs.hi[a0]
          guard lower <= upper else { continue }
          let slot = ((a0 % ringRows) * runS + k - 1) * width - pairs.lo[a0]
          for b in lower...upper { targetRing[slot &+ b] = targetTerm(pairs, a0, b, k: k) }
        }
      }
    }

    /// The dynamic programme of Gale & Church (1993) restricted to `band`.
    ///
    /// `D[i][j]` is the least cost of aligning the first `i` source and `j`
    /// target segments, `D[i][j] = min over shapes (di, dj) of
    /// D[i − di][j − dj] + cost(bead)`; the paper's names are kept. Shapes
    /// are tried in `shapes` order and the first least total wins.
    ///
    /// What does not change along a row is worked out once per row and
    /// shape: which columns have a predecessor in the band, where it is in
    /// `D`, the source length l₁ and a deletion's cost.
    ///
    /// - Complexity: O(*c* · *s*) for the band's *c* cells and *s* shapes.
    func bestPath(in band: Band) -> [Bead] {
      let n = source.count
      let m = target.count
      let pairs = pairTable(for: band)
      var D = [Double](repeating: .infinity, count: band.cellCount)
      var back = [UInt8](repeating: 0, count: band.cellCount)
      D[0] = 0
      let boundsLexicalCost = options.lexicalWeight >= 0
      // The length cost, min(Gale–Church cost ≥ 0, maximumLengthCost), is
      // then ≥ 0 too.
      let boundsLengthCost = options.lengthWeight >= 0 && options.maximumLengthCost >= 0
      let shapeCount = shapes.count
      let di = shapes.map(\.shape.source)
      let dj = shapes.map(\.shape.target)
      let penalty = shapes.map(\.penalty)
      let isDeletion = shapes.map { $0.shape.source == 0 || $0.shape.target == 0 }
      let deletion = shapes.map {
        deletionCost(0, $0.shape.source, 0, $0.shape.target, penalty: $0.penalty)
      }
      // With `perSegmentCoverage` the lexical part is a sum of terms
      // (`perSegmentSimilarity`): per shape, the bead's segment count as `similarity`
      // divides by and its size factor as `lexicalCost` multiplies by.
      let readsTerms = options.perSegmentCoverage
      let units = shapes.map { Float($0.shape.source + $0.shape.target) }
      let size = shapes.map {
        options.productSizeFactor
          ? Double($0.shape.source * $0.shape.target) : Double($0.shape.source + $0.shape.target) / 2
      }
      let lexicalWeight = options.lexicalWeight
      let runS = maxSourceRun
      // Per row: for each shape, its columns [first, last] (empty when
      // first > last), the offset of D[i − di][j − dj] from j, l₁, and the
      // offsets from j of the bead's terms: `sourceOffset[k · runS + r]` of
      // its source segment r, `targetOffset[k]` of its first target segment.
      var first = [Int](repeating: 0, count: shapeCount)
      var last = [Int](repeating: -1, count: shapeCount)
      var offset = [Int](repeating: 0, count: shapeCount)
      var l1 = [Double](repeating: 0, count: shapeCount)
      var l1c = [Double](repeating: 0, count: shapeCount)
      var sourceOffset = [Int](repeating: 0, count: shapeCount * runS)
      var targetOffset = [Int](repeating: 0, count: shapeCount)
      let lengthWeight = options.lengthWeight
      let maximumLengthCost = options.maximumLengthCost
      // l₂ and l₂ / c of the run of `run` target segments ending at j, as
      // `lengths[run * (m + 1) + j]` and `scaled[…]` (j ≥ run).
      let c = lengthModel.c
      let runs = maxTargetRun + 1
      var lengths = [Double](repeating: 0, count: runs * (m + 1))
      var scaled = [Double](repeating: 0, count: runs * (m + 1))
      for run in 1..<max(runs, 1) {
        for j in run...max(m, run) where j <= m {
          let l2 = target.lengthPrefix[j] - target.lengthPrefix[j - run]
          lengths[run * (m + 1) + j] = l2
          scaled[run * (m + 1) + j] = l2 / c
        }
      }
      // The terms the beads of row i read, of source rows i − runS ..< i,
      // made when they are first needed: `sourceRing` holds in slot
      // a mod runS source row a's terms for runs of 1...runT targets
      // (`sourceTerm`), filled when row a + 1 begins; `targetRing` the
      // terms of row a's targets covered by runs of 1...runS sources from a
      // (`targetTerm`), run k filled when row a + k begins. Each run takes
      // `width` entries, from the row's first pair.
      let runT = maxTargetRun
      let width = max(0, (0..<n).map { pairs.hi[$0] - pairs.lo[$0] + 1 }.max() ?? 0)
      // The rings hold `ringRows` source rows, the terms of rows 1...n are
      // made a block of `blockRows` rows at a time (`fillTerms`): with two
      // threads, the second makes block q + 1 while this one runs the
      // programme over block q; it waits before overwriting the rows of
      // block q − 2, and this one before starting a block it has not made.
      let blockRows = Self.termBlockRows
      let ringRows = max(1, min(3 * blockRows, n))
      let blocks = (n + blockRows - 1) / blockRows
      let producesAhead = readsTerms && usesTwoThreads && blocks > 2
      let filled = DispatchSemaphore(value: 0)
      let freed = DispatchSemaphore(value: 0)
      var sourceRing = [Float](repeating: 0, count: readsTerms ? ringRows * runT * width : 0)
      var targetRing = [Float](repeating: 0, count: readsTerms ? ringRows * runS * width : 0)
      GaleChurch.table.withUnsafeBufferPointer { table in
        D.withUnsafeMutableBufferPointer { D in
          back.withUnsafeMutableBufferPointer { back in
            sourceRing.withUnsafeMutableBufferPointer { sourceRing in
              targetRing.withUnsafeMutableBufferPointer { targetRing in
                let rings = Handoff((sourceRing, targetRing))
                TwoThreads.run(
                  if: producesAhead, rings,
                  elsewhere: { [self, pairs] rings in
                    for q in 0..<blocks {
                      if q >= 2 { freed.wait() }
                      fillTerms(
                        Self.termBlock(q, rows: blockRows, n: n), pairs, rings.value.0, rings.value.1,
                        ringRows: ringRows, width: width)
                      filled.signal()
                    }
                  }
                ) {
                  for i in 0...n {
                    let lo = band.lo[i]
                    let hi = band.hi[i]
                    let row = band.rowStart[i]
                    if readsTerms && i > 0 && (i - 1) % blockRows == 0 {
                      let q = (i - 1) / blockRows
                      if producesAhead {
                        if q > 0 { freed.signal() }
                        filled.wait()
                      } else {
                        fillTerms(
                          Self.termBlock(q, rows: blockRows, n: n), pairs, sourceRing, targetRing,
                          ringRows: ringRows, width: width)
                      }
                    }
                    for k in 0..<shapeCount {
                      let pi = i - di[k]
                      guard pi >= 0 else {
                        first[k] = 1
                        last[k] = 0
                        continue
                      }
                      first[k] = max(lo, band.lo[pi] + dj[k])
                      last[k] = min(hi, band.hi[pi] + dj[k])
                      offset[k] = band.rowStart[pi] - band.lo[pi] - dj[k]
                      l1[k] = source.lengthPrefix[i] - source.lengthPrefix[pi]
                      l1c[k] = l1[k] * c
                      if readsTerms && !isDeletion[k] {
                        for r in 0..<di[k] {
                          let a = pi + r
                          sourceOffset[k * runS + r] =
                            ((a % ringRows) * runT + dj[k] - 1) * width - pairs.lo[a] - dj[k]
                        }
                        targetOffset[k] =
                          ((pi % ringRows) * runS + di[k] - 1) * width - pairs.lo[pi] - dj[k]
                      }
                    }
                    for j in lo...hi where i > 0 || j > 0 {
                      var best = Double.infinity
                      var bestShape = 0
                      for k in 0..<shapeCount {
                        guard j >= first[k] && j <= last[k] else { continue }
                        let previous = D[offset[k] &+ j]
                        let p = penalty[k]
                        if previous == .infinity || previous + p >= best { continue }
                        let total: Double
                        if isDeletion[k] {
                          total = previous + deletion[k]
                          if total < best {
                            best = total
                            bestShape = k
                          }
                          continue
                        }
                        let r = dj[k] &* (m &+ 1) &+ j
                        if readsTerms {
                          // `perSegmentSimilarity`'s sums, in its order: a few
                          // loads, so worked out before the length cost (a
                          // square root and a division), which is skipped when
                          // the rest already reaches `best`: with it ≥ 0 the
                          // bead cannot win.
                          var sumS: Float = 0
                          for r in 0..<di[k] { sumS += sourceRing[sourceOffset[k &* runS &+ r] &+ j] }
                          var sumT: Float = 0
                          let t = targetOffset[k] &+ j
                          for r in 0..<dj[k] { sumT += targetRing[t &+ r] }
                          let sim = Double((sumS + sumT) / units[k])
                          let lexical = lexicalWeight * (1 - sim) * size[k]
                          if boundsLengthCost && previous + (p + lexical) >= best { continue }
                          let lengthCost = min(
                            lengthModel.cost(
                              l1: l1[k], l1c: l1c[k], l2: lengths[r], l2c: scaled[r], table: table),
                            maximumLengthCost)
                          total = previous + ((p + lengthWeight * lengthCost) + lexical)
                        } else {
                          // The lexical part is computed only when the cheap
                          // part leaves the bead a chance: with it ≥ 0, a bead
                          // whose penalty and length cost already reach `best`
                          // cannot win.
                          let lengthCost = min(
                            lengthModel.cost(
                              l1: l1[k], l1c: l1c[k], l2: lengths[r], l2c: scaled[r], table: table),
                            maximumLengthCost)
                          let fixed = p + lengthWeight * lengthCost
                          if boundsLexicalCost && previous + fixed >= best { continue }
                          total = previous + (fixed + lexicalCost(pairs, i - di[k], i, j - dj[k], j))
                        }
                        if total < best {
                          best = total
                          bestShape = k
                        }
                      }
                      D[row + j - lo] = best
                      back[row + j - lo] = UInt8(bestShape)
                    }
                  }
                }
              }
            }
          }
        }
      }
      // Trace back from (n, m).
      var beads: [Bead] = []
      var i = n
      var j = m
      while i > 0 || j > 0 {
        let cell = band.rowStart[i] + j - band.lo[i]
        let shape = shapes[Int(back[cell])].shape
        let pi = i - shape.source
        let pj = j - shape.target
        let previous = D[band.rowStart[pi] + pj - band.lo[pi]]
        beads.append(
          Bead(source: Array(pi..<i), target: Array(pj..<j), score: D[cell] - previous))
        i = pi
        j = pj
      }
      beads.reverse()
      return beads
    }
  }
}
