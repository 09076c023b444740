extension UnsafeBufferPointer<UInt8> {
  /// The value of the scalar whose well-formed UTF-8 starts at `self[i]`,
  /// and its length in bytes, decoded without the standard library's index
  /// checks (the reader's byte scanners walk a Swift string's own bytes,
  /// which are well formed; so do the word diff's). A sequence cut off by
  /// the end of the buffer, which a string's bytes never hold, reads as
  /// U+FFFD up to the end.
  ///
  /// - Complexity: O(1).
  @inlinable
  package func utf8ScalarValue(at i: Int) -> (value: UInt32, length: Int) {
    let lead = self[i]
    if lead < 0x80 { return (UInt32(lead), 1) }
    if lead < 0xE0, i + 1 < count { return (UInt32(lead & 0x1F) << 6 | UInt32(self[i + 1] & 0x3F), 2) }
    if lead < 0xF0, i + 2 < count {
      return (UInt32(lead & 0x0F) << 12 | UInt32(self[i + 1] & 0x3F) << 6 | UInt32(self[i + 2] & 0x3F), 3)
    }
    if lead >= 0xF0, i + 3 < count {
      return (
        UInt32(lead & 0x07) << 18 | UInt32(self[i + 1] & 0x3F) << 12 | UInt32(self[i + 2] & 0x3F) << 6
          | UInt32(self[i + 3] & 0x3F), 4
      )
    }
    return (0xFFFD, count - i)
  }

  /// `utf8ScalarValue(at:)` as a scalar.
  ///
  /// - Complexity: O(1).
  @inlinable
  package func utf8Scalar(at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
    let (value, length) = utf8ScalarValue(at: i)
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// The number of scalars in these UTF-8 bytes: the bytes that do not
  /// continue a scalar (all but 10xxxxxx), counted eight at a time.
  ///
  /// - Complexity: O(*n*).
  var utf8ScalarCount: Int {
    guard let base = baseAddress else { return 0 }
    let highs: UInt64 = 0x8080_8080_8080_8080
    var continuations = 0
    var i = 0
    while i + 8 <= count {
      let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      // A continuation byte has its top bit set and the one below it clear.
      continuations += (word & ~(word << 1) & highs).nonzeroBitCount
      i += 8
    }
    while i < count {
      if base[i] & 0xC0 == 0x80 { continuations += 1 }
      i += 1
    }
    return count - continuations
  }
}
