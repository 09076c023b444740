internal import ICUShim

extension ICU {
  /// A charset converter between bytes and UTF-16 that stops at the first
  /// ill-formed or unmappable sequence instead of substituting.
  ///
  /// Converts in fixed-size chunks, so memory stays proportional to the
  /// chunk size, not to the input. Keeps conversion state between calls and
  /// is not thread-safe: use one converter per task.
  ///
  /// The corresponding ICU type is `UConverter`.
  final class Converter {
    /// Why a conversion stopped.
    enum Failure: Error {
      /// The sequence starting at this offset (bytes when decoding, UTF-16
      /// units when encoding) is ill-formed, truncated or unmappable.
      case illegalSequence(offset: Int)
      /// ICU failed for another reason.
      case icu(ICUError)
    }

    private let converter: OpaquePointer

    /// Opens a converter for the charset `name` (an ICU converter name or
    /// alias such as `"GB18030"` or `"UTF-16LE"`) with stop-on-error
    /// callbacks in both directions.
    ///
    /// The corresponding ICU functions are `ucnv_open`,
    /// `ucnv_setToUCallBack` and `ucnv_setFromUCallBack`.
    ///
    /// - Throws: `ICUError` if ICU does not know the charset.
    init(name: String) throws(ICUError) {
      var status = U_ZERO_ERROR
      let converter = icu_ucnv_open(name, &status)
      guard let converter, status.isSuccess else {
        if let converter { icu_ucnv_close(converter) }
        throw ICUError(code: status)
      }
      icu_ucnv_setStopOnError(converter, &status)
      guard status.isSuccess else {
        icu_ucnv_close(converter)
        throw ICUError(code: status)
      }
      self.converter = converter
    }

    deinit {
      icu_ucnv_close(converter)
    }

    /// Decodes all of `bytes`, handing the UTF-16 output to `body` one chunk
    /// at a time. A chunk never ends between the two halves of a surrogate
    /// pair.
    ///
    /// ICU sees all of the (remaining) input in every call and only the
    /// output is bounded, so ICU stops between characters and never carries a
    /// partial sequence from one call to the next. That keeps error offsets
    /// exact: a converter that has to look at the bytes after a bad sequence
    /// and back out of them can always do so within the input it was given.
    /// (Feeding ICU fixed-size input chunks instead lets a sequence straddle
    /// two calls, and ICU's UTF-16 converter then misreports the offset of an
    /// unpaired surrogate by one byte.)
    ///
    /// The corresponding ICU function is `ucnv_toUnicode`; on failure the
    /// offending bytes come from `ucnv_getInvalidChars`.
    ///
    /// - Parameters:
    ///   - bytes: The whole input.
    ///   - chunkSize: The most UTF-16 units to produce per ICU call.
    ///   - body: Receives each chunk of output; the buffer is valid only
    ///     during the call.
    /// - Throws: `Failure.illegalSequence` with the offset in `bytes` of the
    ///   first byte of the first bad sequence (a truncated sequence at the
    ///   end counts as bad).
    /// - Complexity: O(*n*) in the number of bytes; memory O(`chunkSize`)
    ///   besides the input.
    func toUnicode(
      _ bytes: UnsafeBufferPointer<UInt8>,
      chunkSize: Int = 1 << 16,
      _ body: (UnsafeBufferPointer<UInt16>) -> Void
    ) throws(Failure) {
      guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
      guard bytes.count <= Int(Int32.max) else {
        throw .icu(ICUError(code: U_INDEX_OUTOFBOUNDS_ERROR))
      }
      let base = UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self)
      let sourceLimit = base + bytes.count
      // One extra unit for a lead surrogate held back from the last chunk.
      let target = UnsafeMutableBufferPointer<UChar>.allocate(
        capacity: max(chunkSize, 1) + 1)
      defer { target.deallocate() }
      var heldLeadSurrogate: UInt16?
      var source: UnsafePointer<CChar>? = base

      while true {
        var written = 0
        if let lead = heldLeadSurrogate {
          target[0] = lead
          written = 1
          heldLeadSurrogate = nil
        }
        var cursor: UnsafeMutablePointer<UChar>? = target.baseAddress! + written
        var status = U_ZERO_ERROR
        icu_ucnv_toUnicode(
          converter, &cursor, target.baseAddress! + written + max(chunkSize, 1),
          &source, sourceLimit, 1, &status)
        written = cursor! - target.baseAddress!

        if status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND
          || status == U_TRUNCATED_CHAR_FOUND
        {
          // Bytes read past the bad sequence and held for replay were
          // consumed too; the sequence starts before both.
          let consumed = source! - base
          throw .illegalSequence(
            offset: consumed - pendingByteCount() - invalidByteCount())
        }
        let isDone = status != U_BUFFER_OVERFLOW_ERROR
        if isDone, !status.isSuccess {
          throw .icu(ICUError(code: status))
        }
        if !isDone, written > 0, UTF16.isLeadSurrogate(target[written - 1]) {
          heldLeadSurrogate = target[written - 1]
          written -= 1
        }
        if written > 0 {
          body(UnsafeBufferPointer(rebasing: target[..<written]))
        }
        if isDone { return }
      }
    }

    /// The number of input bytes the converter holds back.
    ///
    /// The corresponding ICU function is `ucnv_toUCountPending`.
    private func pendingByteCount() -> Int {
      var status = U_ZERO_ERROR
      let count = icu_ucnv_toUCountPending(converter, &status)
      return status.isSuccess ? max(Int(count), 0) : 0
    }

    /// The length of the byte sequence that made the converter stop.
    ///
    /// The corresponding ICU function is `ucnv_getInvalidChars`.
    private func invalidByteCount() -> Int {
      // ICU keeps at most UCNV_ERROR_BUFFER_LENGTH (32) invalid bytes.
      var bytes = [CChar](repeating: 0, count: 32)
      var length = Int8(bytes.count)
      var status = U_ZERO_ERROR
      bytes.withUnsafeMutableBufferPointer {
        icu_ucnv_getInvalidChars(converter, $0.baseAddress, &length, &status)
      }
      return status.isSuccess ? Int(length) : 0
    }

    /// Encodes `units`, appending the bytes to `output`. Call with
    /// `flush: true` for the last chunk of a text.
    ///
    /// The corresponding ICU function is `ucnv_fromUnicode`.
    ///
    /// - Throws: `Failure.illegalSequence` with the offset in `units` of a
    ///   character the charset cannot represent.
    /// - Complexity: O(*n*) in the number of units.
    func fromUnicode(
      _ units: UnsafeBufferPointer<UInt16>, flush: Bool,
      into output: inout [UInt8]
    ) throws(Failure) {
      // Four bytes per unit covers every charset `align` writes.
      let capacity = units.count * 4 + 32
      let target = UnsafeMutableBufferPointer<CChar>.allocate(capacity: capacity)
      defer { target.deallocate() }
      var empty: UInt16 = 0
      try withUnsafePointer(to: &empty) { (emptyPointer) throws(Failure) in
        let base = units.baseAddress ?? emptyPointer
        var source: UnsafePointer<UChar>? = base
        let sourceLimit = base + units.count
        while true {
          var cursor: UnsafeMutablePointer<CChar>? = target.baseAddress
          var status = U_ZERO_ERROR
          icu_ucnv_fromUnicode(
            converter, &cursor, target.baseAddress! + target.count,
            &source, sourceLimit, flush ? 1 : 0, &status)
          let written = cursor! - target.baseAddress!
          output.append(
            contentsOf: UnsafeRawBufferPointer(
              rebasing: UnsafeMutableRawBufferPointer(target)[..<written]))
          if status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND
            || status == U_TRUNCATED_CHAR_FOUND
          {
            throw .illegalSequence(offset: source! - base)
          }
          if status == U_BUFFER_OVERFLOW_ERROR { continue }
          if !status.isSuccess { throw .icu(ICUError(code: status)) }
          return
        }
      }
    }
  }
}
