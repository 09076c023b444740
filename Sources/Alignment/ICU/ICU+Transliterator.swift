internal import ICUShim

extension ICU {
  /// A script or text transform such as `"Traditional-Simplified"`.
  ///
  /// ICU transliterators must not be used from two threads at once, so a
  /// `Transliterator` is never shared: the cached prototype is only ever
  /// cloned (`clone()`), and each call transforms with its own copy.
  ///
  /// The corresponding ICU type is `UTransliterator`.
  final class Transliterator: @unchecked Sendable {
    private let transliterator: OpaquePointer

    private init(owning transliterator: OpaquePointer) {
      self.transliterator = transliterator
    }

    /// Opens the system transliterator with the given ID, in the forward
    /// direction.
    ///
    /// The corresponding ICU function is `utrans_openU`.
    ///
    /// - Throws: `ICUError` if ICU has no such transliterator.
    convenience init(id: String) throws(ICUError) {
      let idUnits = Array(id.utf16)
      var status = U_ZERO_ERROR
      let opened = idUnits.withUnsafeBufferPointer {
        icu_utrans_openU($0.baseAddress, Int32($0.count), &status)
      }
      guard let opened, status.isSuccess else {
        if let opened { icu_utrans_close(opened) }
        throw ICUError(code: status)
      }
      self.init(owning: opened)
    }

    deinit {
      icu_utrans_close(transliterator)
    }

    /// Returns an independent copy that may be used on another thread.
    ///
    /// Cloning only reads the original, so it is safe to clone one cached
    /// prototype from several threads.
    ///
    /// The corresponding ICU function is `utrans_clone`.
    func clone() throws(ICUError) -> Transliterator {
      var status = U_ZERO_ERROR
      let copy = icu_utrans_clone(transliterator, &status)
      guard let copy, status.isSuccess else {
        if let copy { icu_utrans_close(copy) }
        throw ICUError(code: status)
      }
      return Transliterator(owning: copy)
    }

    /// Transforms `utf16` and returns the result.
    ///
    /// The corresponding ICU function is `utrans_transUChars`.
    ///
    /// - Complexity: O(*n*) in the length of the text for the one-to-one
    ///   transforms `align` uses.
    func transliterate(_ utf16: [UInt16]) throws(ICUError) -> [UInt16] {
      guard utf16.count <= Int(Int32.max) / 2 else {
        throw ICUError(code: U_INDEX_OUTOFBOUNDS_ERROR)
      }
      if utf16.isEmpty { return [] }
      // The transform works in place; give it room to grow and start over
      // from the original text if that was not enough.
      var capacity = utf16.count * 2 + 16
      while true {
        var buffer = utf16 + [UInt16](repeating: 0, count: capacity - utf16.count)
        var status = U_ZERO_ERROR
        var length = Int32(utf16.count)
        var limit = Int32(utf16.count)
        buffer.withUnsafeMutableBufferPointer { text in
          icu_utrans_transUChars(
            transliterator, text.baseAddress, &length, Int32(text.count),
            0, &limit, &status)
        }
        if status == U_BUFFER_OVERFLOW_ERROR, Int(length) > capacity {
          capacity = Int(length)
          continue
        }
        try status.checkSuccess()
        buffer.removeSubrange(Int(length)...)
        return buffer
      }
    }
  }
}
