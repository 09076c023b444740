internal import ICUShim

extension ICU {
  /// A Unicode normalization form.
  ///
  /// ICU hands out shared, immutable normalizer instances that must not be
  /// closed, so unlike the other wrappers this class owns no handle to
  /// release; instances are thread-safe and live for the whole process.
  ///
  /// The corresponding ICU type is `UNormalizer2`.
  final class Normalizer: @unchecked Sendable {
    private let normalizer: OpaquePointer

    private init(
      _ getInstance: (UnsafeMutablePointer<UErrorCode>) -> OpaquePointer?
    ) throws(ICUError) {
      var status = U_ZERO_ERROR
      let normalizer = getInstance(&status)
      try status.checkSuccess()
      guard let normalizer else { throw ICUError(code: U_MISSING_RESOURCE_ERROR) }
      self.normalizer = normalizer
    }

    /// Canonical composition, NFC, or why ICU cannot provide it (kept, so
    /// that `TextServices.check(_:)` can say so).
    ///
    /// The corresponding ICU function is `unorm2_getNFCInstance`.
    static let nfc = Result { () throws(ICUError) in try Normalizer { icu_unorm2_getNFCInstance($0) } }

    /// Compatibility composition, NFKC.
    ///
    /// The corresponding ICU function is `unorm2_getNFKCInstance`.
    static let nfkc = Result { () throws(ICUError) in try Normalizer { icu_unorm2_getNFKCInstance($0) } }

    /// NFKC followed by case folding and removal of default-ignorable
    /// characters, NFKC_Casefold.
    ///
    /// The corresponding ICU function is `unorm2_getNFKCCasefoldInstance`.
    static let nfkcCasefold = Result { () throws(ICUError) in
      try Normalizer { icu_unorm2_getNFKCCasefoldInstance($0) }
    }

    /// Returns the normalized form of `utf16`.
    ///
    /// The corresponding ICU function is `unorm2_normalize`.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    func normalize(_ utf16: [UInt16]) throws(ICUError) -> [UInt16] {
      guard utf16.count <= Int(Int32.max) else {
        throw ICUError(code: U_INDEX_OUTOFBOUNDS_ERROR)
      }
      if utf16.isEmpty { return [] }
      return try utf16.withUnsafeBufferPointer { (source) throws(ICUError) in
        // Compatibility mappings can expand (U+337F "㍿" is four
        // characters), so start with some headroom.
        try ICU.withResizingUCharBuffer(
          initialCapacity: source.count + source.count / 4 + 16
        ) { destination, capacity, status in
          icu_unorm2_normalize(
            normalizer, source.baseAddress, Int32(source.count),
            destination, capacity, &status)
        }
      }
    }
  }
}
