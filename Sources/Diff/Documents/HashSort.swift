/// Sorts 64-bit hashes in place, faster than the standard library's sort:
/// that sort is stable (a merge sort with a buffer it allocates), which
/// equal integers do not need, and a fingerprint sorts one array of a few
/// hundred hashes per paragraph. From `bucketMinimum` values on, a bucket
/// sort on the values' leading bits, as many buckets as about the number
/// of values, so that hashes, spread evenly, fall one or two to a bucket;
/// below it, and within a bucket of more than `insertionLimit` values, an
/// introsort: quicksort on the median of three, insertion sort below
/// `insertionLimit` elements, heapsort past a depth of twice the array's
/// binary logarithm, so never worse than O(*n* log *n*), even when every
/// value falls in one bucket. Integers have one sorted order, so the
/// result is the standard sort's.
enum HashSort {
  /// Ranges this short are sorted by insertion.
  static let insertionLimit = 16
  /// Arrays this long are bucket-sorted. The comparisons of quicksort on
  /// random hashes go either way, so the processor mispredicts about half
  /// of them; the bucket sort compares only within its buckets. Sorting
  /// arrays of random hashes (400,000 values in all, best of 5, `swiftc
  /// -O`, on a 2-core VM), the introsort, the bucket sort and the radix
  /// sort on eight bytes that this one replaced took 18, 15 and 59 ns a
  /// value at 32 values; 25, 8 and 32 ns at 96; 28, 8 and 24 at 200; 37,
  /// 8 and 23 at 1,024; 51, 9 and 26 at 16,384.
  static let bucketMinimum = 32

  /// - Parameter depthLimit: The levels of quicksort before heapsort takes
  ///   over (tests lower it); by default twice the binary logarithm.
  /// - Complexity: O(*n* log *n*); O(*n*) for hashes spread evenly.
  static func sort(_ values: inout [UInt64], depthLimit: Int? = nil) {
    values.withUnsafeMutableBufferPointer { buffer in
      guard buffer.count > 1 else { return }
      if depthLimit == nil && buffer.count >= bucketMinimum {
        bucketSort(buffer)
        return
      }
      introsort(buffer, 0, buffer.count, depth: depthLimit ?? depth(buffer.count))
    }
  }

  /// Twice the binary logarithm of `count`: the levels of quicksort
  /// before heapsort takes over.
  private static func depth(_ count: Int) -> Int {
    2 * (Int.bitWidth - count.leadingZeroBitCount)
  }

  /// Sorts `a` by its values' leading bits into 2^*b* buckets (*b* the
  /// binary logarithm of the count, from 8 to 16), then each bucket of
  /// more than one value by introsort (by insertion when it is short).
  ///
  /// - Complexity: O(*n* log *n*) time, O(*n*) for values spread evenly;
  ///   O(*n*) extra space.
  static func bucketSort(_ a: UnsafeMutableBufferPointer<UInt64>) {
    let n = a.count
    guard n > 1, let base = a.baseAddress else { return }
    let bits = max(8, min(16, Int.bitWidth - n.leadingZeroBitCount - 1))
    let shift = UInt64(UInt64.bitWidth - bits)
    let buckets = 1 << bits
    withUnsafeTemporaryAllocation(of: Int.self, capacity: buckets + 1) { ends in
      // Counts, then where each bucket starts, then (after the scatter)
      // where each ends: the next one's start.
      ends.initialize(repeating: 0)
      for k in 0..<n { ends[Int(truncatingIfNeeded: base[k] >> shift) &+ 1] &+= 1 }
      for b in 1...buckets { ends[b] &+= ends[b - 1] }
      withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { scratch in
        guard let sorted = scratch.baseAddress else { return }
        for k in 0..<n {
          let value = base[k]
          let b = Int(truncatingIfNeeded: value >> shift)
          (sorted + ends[b]).initialize(to: value)
          ends[b] &+= 1
        }
        var low = 0
        for b in 0..<buckets {
          let high = ends[b]
          if high - low > 1 { introsort(scratch, low, high, depth: depth(high - low)) }
          low = high
        }
        base.update(from: sorted, count: n)
      }
    }
  }

  private static func introsort(_ a: UnsafeMutableBufferPointer<UInt64>, _ low: Int, _ high: Int, depth: Int) {
    var (low, high, depth) = (low, high, depth)
    while high - low > insertionLimit {
      if depth == 0 {
        heapsort(a, low, high)
        return
      }
      depth -= 1
      // The median of the first, middle and last values goes first, as
      // the pivot of Hoare's partition (CLRS): it leaves [low, j] <= pivot
      // <= (j, high) with low <= j < high - 1, so neither part is empty.
      let mid = low + (high - low) / 2
      if a[mid] < a[low] { a.swapAt(mid, low) }
      if a[high - 1] < a[low] { a.swapAt(high - 1, low) }
      if a[high - 1] < a[mid] { a.swapAt(high - 1, mid) }
      a.swapAt(low, mid)
      let pivot = a[low]
      var i = low - 1
      var j = high
      while true {
        repeat { j -= 1 } while a[j] > pivot
        repeat { i += 1 } while a[i] < pivot
        if i >= j { break }
        a.swapAt(i, j)
      }
      let cut = j + 1
      // Recurse into the smaller part, loop on the larger.
      if cut - low < high - cut {
        introsort(a, low, cut, depth: depth)
        low = cut
      } else {
        introsort(a, cut, high, depth: depth)
        high = cut
      }
    }
    insertionSort(a, low, high)
  }

  private static func insertionSort(_ a: UnsafeMutableBufferPointer<UInt64>, _ low: Int, _ high: Int) {
    guard high - low > 1 else { return }
    for i in low + 1..<high {
      let value = a[i]
      var j = i
      while j > low && a[j - 1] > value {
        a[j] = a[j - 1]
        j -= 1
      }
      a[j] = value
    }
  }

  private static func heapsort(_ a: UnsafeMutableBufferPointer<UInt64>, _ low: Int, _ high: Int) {
    let n = high - low
    func siftDown(_ start: Int, _ end: Int) {
      var root = start
      while 2 * root + 1 < end {
        var child = 2 * root + 1
        if child + 1 < end && a[low + child] < a[low + child + 1] { child += 1 }
        guard a[low + root] < a[low + child] else { return }
        a.swapAt(low + root, low + child)
        root = child
      }
    }
    for start in stride(from: n / 2 - 1, through: 0, by: -1) { siftDown(start, n) }
    for end in stride(from: n - 1, to: 0, by: -1) {
      a.swapAt(low, low + end)
      siftDown(0, end)
    }
  }
}
