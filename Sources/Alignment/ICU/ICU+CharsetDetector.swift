internal import ICUShim

extension ICU {
  /// ICU's statistical charset detector.
  ///
  /// Not thread-safe: use one detector per task.
  ///
  /// The corresponding ICU type is `UCharsetDetector`.
  final class CharsetDetector {
    /// The detector's best guess.
    struct Match: Sendable, Hashable {
      /// The ICU charset name, such as `"UTF-8"`, `"GB18030"`, `"ISO-8859-1"`.
      var name: String
      /// 0 (certainly not) to 100 (certainly).
      var confidence: Int
    }

    private let detector: OpaquePointer

    /// The corresponding ICU function is `ucsdet_open`.
    init() throws(ICUError) {
      var status = U_ZERO_ERROR
      let detector = icu_ucsdet_open(&status)
      guard let detector, status.isSuccess else {
        if let detector { icu_ucsdet_close(detector) }
        throw ICUError(code: status)
      }
      self.detector = detector
    }

    deinit {
      icu_ucsdet_close(detector)
    }

    /// Returns the best match for `sample`, or `nil` if nothing matched.
    ///
    /// ICU keeps a pointer to the text rather than copying it; the text is
    /// set and used within this one call and never touched afterwards.
    ///
    /// The corresponding ICU functions are `ucsdet_setText`,
    /// `ucsdet_detect`, `ucsdet_getName` and `ucsdet_getConfidence`.
    ///
    /// - Complexity: O(*n*) in the length of the sample.
    func detect(_ sample: UnsafeBufferPointer<UInt8>) -> Match? {
      guard let start = sample.baseAddress, !sample.isEmpty,
        sample.count <= Int(Int32.max)
      else { return nil }
      var status = U_ZERO_ERROR
      icu_ucsdet_setText(
        detector, UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self),
        Int32(sample.count), &status)
      let match = icu_ucsdet_detect(detector, &status)
      guard let match, status.isSuccess else { return nil }
      let name = icu_ucsdet_getName(match, &status)
      let confidence = icu_ucsdet_getConfidence(match, &status)
      guard let name, status.isSuccess else { return nil }
      return Match(name: String(cString: name), confidence: Int(confidence))
    }
  }
}
