/// Sorts 64-bit hashes in place, faster than the standard library's sort:
/// that sort is stable (a merge sort with a buffer it allocates), which
/// equal integers do not need, and a fingerprint sorts one array of a few
/// hundred hashes per paragraph. From `radixMinimum` values on, a radix
/// sort on the bytes, least significant first, whose passes hold no branch
/// that depends on the values; below it, an introsort: quicksort on the
/// median of three, insertion sort below `insertionLimit` elements,
/// heapsort past a depth of twice the array's binary logarithm, so never
/// worse than O(*n* log *n*). Integers have one sorted order, so the result
/// is the standard sort's.
enum HashSort {
  /// Ranges this short are sorted by insertion.
  static let insertionLimit = 16
  /// Arrays this long are radix-sorted. The comparisons of quicksort on
  /// random hashes go either way, so the processor mispredicts about half
  /// of them; a radix sort executes more instructions but no such branch.
  /// Sorting 2,000 arrays of random hashes (best of 5, `swiftc -O`, on a
  /// quiet 2-core VM), introsort and radix sort took 24 and 31 ns a value
  /// at 64 values, 25 and 17 ns at 96, 26 and 15 ns at 128, 36 and 11 ns
  /// at 1,024.
  static let radixMinimum = 96

  /// - Parameter depthLimit: The levels of quicksort before heapsort takes
  ///   over (tests lower it); by default twice the binary logarithm.
  /// - Complexity: O(*n* log *n*).
  static func sort(_ values: inout [UInt64], depthLimit: Int? = nil) {
    values.withUnsafeMutableBufferPointer { buffer in
      guard buffer.count > 1 else { return }
      if depthLimit == nil && buffer.count >= radixMinimum {
        radixSort(buffer)
        return
      }
      let depth = depthLimit ?? 2 * (Int.bitWidth - buffer.count.leadingZeroBitCount)
      introsort(buffer, 0, buffer.count, depth: depth)
    }
  }

  /// Sorts `a` by its values' eight bytes, the least significant first,
  /// each pass a stable counting sort into the other buffer; a pass whose
  /// byte is the same in every value is skipped.
  ///
  /// - Complexity: O(*n*) time, O(*n*) extra space.
  static func radixSort(_ a: UnsafeMutableBufferPointer<UInt64>) {
    let n = a.count
    guard n > 1, let base = a.baseAddress else { return }
    let scratch = UnsafeMutablePointer<UInt64>.allocate(capacity: n)
    defer { scratch.deallocate() }
    // The counts of every byte value at every position, in one pass.
    let counts = UnsafeMutablePointer<Int>.allocate(capacity: 8 * 256)
    counts.initialize(repeating: 0, count: 8 * 256)
    defer { counts.deallocate() }
    for k in 0..<n {
      let value = base[k]
      for position in 0..<8 {
        counts[position << 8 | Int(truncatingIfNeeded: value >> UInt64(position << 3)) & 0xFF] += 1
      }
    }
    var (source, target) = (base, scratch)
    for position in 0..<8 {
      let shift = UInt64(position << 3)
      let starts = counts + position << 8
      if starts[Int(truncatingIfNeeded: source[0] >> shift) & 0xFF] == n { continue }
      var sum = 0
      for byte in 0..<256 {
        let count = starts[byte]
        starts[byte] = sum
        sum += count
      }
      for k in 0..<n {
        let value = source[k]
        let byte = Int(truncatingIfNeeded: value >> shift) & 0xFF
        target[starts[byte]] = value
        starts[byte] += 1
      }
      swap(&source, &target)
    }
    if source != base { base.update(from: source, count: n) }
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
