#if canImport(Glibc)
import Glibc
#endif

extension Align.Report {
  /// The size from which glibc's malloc gives a block pages of its own,
  /// returned to the system when the block is freed.
  static let ownPagesThreshold: Int32 = 1 << 20

  /// Fixes glibc's threshold for blocks with pages of their own at
  /// `ownPagesThreshold`, for the rest of the process.
  ///
  /// glibc raises the threshold each time such a block is freed, up to
  /// 32 MB: after the first large buffer of reading goes, the next large,
  /// short-lived ones (the other file's decoded text and line table, the
  /// diff's index) come from the heap, and the heap keeps the space they
  /// leave. Fixed, each goes back to the system when freed: on the 10 MB
  /// report benchmark the peak RSS of HTML falls from 45.9 to 44.8 MB, of
  /// JSON from 46.1 to 42.9 MB (median of 5), at the same CPU time.
  static func giveLargeBlocksTheirOwnPages() {
    #if canImport(Glibc)
    // `mallopt` and `M_MMAP_THRESHOLD` (-3) are in <malloc.h>, which the
    // Glibc module leaves out: the function is looked up in the process.
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    let mmapThreshold: Int32 = -3
    guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "mallopt") else { return }
    _ = unsafeBitCast(symbol, to: Mallopt.self)(mmapThreshold, ownPagesThreshold)
    #endif
  }
}
