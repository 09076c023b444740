extension UnsafeBufferPointer<UInt8> {
  /// The scalar whose well-formed UTF-8 starts at `self[i]`, and its length
  /// in bytes, decoded without the standard library's index checks (the
  /// reader's byte scanners walk a Swift string's own bytes, which are well
  /// formed).
  ///
  /// - Complexity: O(1).
  func utf8Scalar(at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
    let lead = self[i]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    var value: UInt32
    let length: Int
    if lead >= 0xF0 {
      value = UInt32(lead & 0x07)
      length = 4
    } else if lead >= 0xE0 {
      value = UInt32(lead & 0x0F)
      length = 3
    } else {
      value = UInt32(lead & 0x1F)
      length = 2
    }
    var k = 1
    while k < length, i + k < count {
      value = value << 6 | UInt32(self[i + k] & 0x3F)
      k += 1
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }
}
