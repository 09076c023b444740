internal import ICUShim

extension ICU {
  /// Runs an ICU function that fills a caller-supplied UTF-16 buffer,
  /// growing the buffer and calling again when ICU reports
  /// `U_BUFFER_OVERFLOW_ERROR`.
  ///
  /// `body` receives the destination buffer, its capacity and a status code
  /// set to `U_ZERO_ERROR`, and returns the length ICU reports: the number of
  /// units written, or the length needed when the buffer was too small.
  ///
  /// - Parameters:
  ///   - initialCapacity: The capacity of the first attempt.
  ///   - body: The ICU call. The pointer is valid only during the call.
  /// - Returns: The units ICU wrote.
  /// - Throws: `ICUError` when ICU reports any other failure.
  static func withResizingUCharBuffer(
    initialCapacity: Int,
    _ body: (UnsafeMutablePointer<UChar>, Int32, inout UErrorCode) -> Int32
  ) throws(ICUError) -> [UInt16] {
    var capacity = max(initialCapacity, 16)
    while true {
      var status = U_ZERO_ERROR
      var units = [UInt16](repeating: 0, count: capacity)
      let length = units.withUnsafeMutableBufferPointer { buffer in
        body(buffer.baseAddress!, Int32(buffer.count), &status)
      }
      if status == U_BUFFER_OVERFLOW_ERROR, Int(length) > capacity {
        capacity = Int(length)
        continue
      }
      try status.checkSuccess()
      units.removeSubrange(min(Int(length), capacity)...)
      return units
    }
  }
}

extension String {
  /// Creates a string from UTF-16 code units produced by ICU.
  ///
  /// ICU output built from a Swift string never holds an unpaired surrogate,
  /// so no repair happens here.
  init(utf16Units units: [UInt16]) {
    self = units.withUnsafeBufferPointer { String(decoding: $0, as: UTF16.self) }
  }
}
