internal import MallocShim

/// What the process asks of the C library's allocator (glibc's malloc),
/// through `MallocShim`, the one place that calls it. On another C library
/// these requests do nothing.
public enum Allocator {
  /// Returns the free pages inside the heap to the system (glibc's
  /// `malloc_trim`). Threads that free scratch memory interleaved with what
  /// they keep leave it where glibc does not give it back by itself.
  ///
  /// - Complexity: O(the heap's free chunks).
  public static func returnFreedMemory() {
    _ = mallocshim_trim()
  }

  /// Gives every block of at least `bytes` pages of its own, returned to
  /// the system when the block is freed (glibc's `M_MMAP_THRESHOLD`), for
  /// the rest of the process.
  ///
  /// glibc otherwise raises that threshold each time such a block is freed,
  /// up to 32 MB, so that later large short-lived buffers come from the
  /// heap, which keeps the space they leave.
  ///
  /// - Returns: Whether the C library took the request.
  /// - Complexity: O(1).
  @discardableResult
  public static func giveOwnPages(toBlocksOfAtLeast bytes: Int) -> Bool {
    bytes >= 0 && mallocshim_set_mmap_threshold(bytes) == 1
  }

  /// Makes every heap grow by at least `bytes` more than it lacks, and
  /// keep up to `bytes` of free space at its top when it shrinks (glibc's
  /// `M_TOP_PAD`), for the rest of the process. The pad is address space,
  /// not memory, until it is used.
  ///
  /// With glibc's default pad of 128 KB, a thread other than the main one
  /// gets an arena of 132 KB that then grows by exactly what each
  /// allocation lacks: one `mprotect` call a page at a time while the
  /// thread builds its result.
  ///
  /// - Returns: Whether the C library took the request.
  /// - Complexity: O(1).
  @discardableResult
  public static func growHeaps(inStepsOf bytes: Int) -> Bool {
    bytes >= 0 && mallocshim_set_top_pad(bytes) == 1
  }
}
