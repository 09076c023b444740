internal import ICUShim

extension ICU {
  /// Full Unicode case folding (the default mappings, so "ß" folds to "ss"
  /// and "İ" to "i̇").
  ///
  /// ICU's case folding keeps no state, so this is a namespace rather than
  /// a handle-owning class.
  enum CaseMap {
    /// Returns the case-folded form of `utf16`.
    ///
    /// The corresponding ICU function is `u_strFoldCase`.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    static func foldCase(_ utf16: [UInt16]) throws(ICUError) -> [UInt16] {
      guard utf16.count <= Int(Int32.max) / 2 else {
        throw ICUError(code: U_INDEX_OUTOFBOUNDS_ERROR)
      }
      if utf16.isEmpty { return [] }
      return try utf16.withUnsafeBufferPointer { (source) throws(ICUError) in
        try ICU.withResizingUCharBuffer(
          initialCapacity: source.count + source.count / 8 + 16
        ) { destination, capacity, status in
          icu_u_strFoldCase(
            destination, capacity, source.baseAddress, Int32(source.count),
            &status)
        }
      }
    }
  }
}
