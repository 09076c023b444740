/// Hands freed heap memory back to the system.
enum FreedMemory {
  /// Returns the free pages inside the heap to the system (glibc's
  /// `malloc_trim`, which Swift's Glibc module does not declare; nothing
  /// elsewhere). The two threads of `FeatureExtractor.featuresOnTwoThreads`
  /// leave their scratch memory free but interleaved with what they keep,
  /// where glibc does not give it back by itself; the dynamic programme that
  /// follows would count it in its peak.
  ///
  /// - Complexity: O(the heap's free chunks).
  static func trim() {
    #if os(Linux) && !canImport(Musl)
    _ = glibcMallocTrim(0)
    #endif
  }
}

#if os(Linux) && !canImport(Musl)
/// glibc's `int malloc_trim(size_t pad)`.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
