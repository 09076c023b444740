/// Sorts 64-bit hashes in place, faster than the standard library's sort:
/// that sort is stable (a merge sort with a buffer it allocates), which
/// equal integers do not need, and a fingerprint sorts one array of a few
/// hundred hashes per paragraph. An introsort: quicksort on the median of
/// three, insertion sort below `insertionLimit` elements, heapsort past a
/// depth of twice the array's binary logarithm, so never worse than
/// O(*n* log *n*). Integers have one sorted order, so the result is the
/// standard sort's.
enum HashSort {
  /// Ranges this short are sorted by insertion.
  static let insertionLimit = 16

  /// - Parameter depthLimit: The levels of quicksort before heapsort takes
  ///   over (tests lower it); by default twice the binary logarithm.
  /// - Complexity: O(*n* log *n*).
  static func sort(_ values: inout [UInt64], depthLimit: Int? = nil) {
    values.withUnsafeMutableBufferPointer { buffer in
      guard buffer.count > 1 else { return }
      let depth = depthLimit ?? 2 * (Int.bitWidth - buffer.count.leadingZeroBitCount)
      introsort(buffer, 0, buffer.count, depth: depth)
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
