/// How much a byte sequence looks like Chinese text in GB18030.
///
/// Real Chinese text in GB18030 (or its subsets GBK and GB 2312) is made
/// almost entirely of the most frequent characters, which GB 2312 places in
/// rows 0xB0–0xD7 (level 1, the 3,755 common hanzi) and its punctuation and
/// full-width forms in rows 0xA1–0xA9, each with a trail byte in 0xA1–0xFE.
/// Text in another legacy encoding (Latin-1, Windows-1252) that happens to
/// decode as GB18030 lands mostly elsewhere: an accented letter followed by
/// an ASCII letter decodes to a rare GBK character.
struct GB18030Profile: Sendable, Hashable {
  /// Two-byte characters.
  var doubleByteCount = 0
  /// Two-byte characters in GB 2312 level 1 or its symbol rows.
  var commonCount = 0
  /// Four-byte characters.
  var fourByteCount = 0

  /// Whether at least one multi-byte character was seen and at least 75%
  /// of the two-byte characters are common ones.
  var isPlausibleChinese: Bool {
    doubleByteCount > 0 && commonCount * 4 >= doubleByteCount * 3
  }

  /// Walks the byte structure of `bytes`. Does not validate: ill-formed
  /// bytes are skipped one at a time (the converter reports them).
  ///
  /// - Complexity: O(*n*).
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    let count = bytes.count
    var i = 0
    while i < count {
      let lead = base[i]
      guard (0x81...0xFE).contains(lead), i + 1 < count else {
        i += 1
        continue
      }
      let trail = base[i + 1]
      if (0x30...0x39).contains(trail) {
        fourByteCount += 1
        i += 4
        continue
      }
      doubleByteCount += 1
      if (0xA1...0xFE).contains(trail),
        (0xA1...0xA9).contains(lead) || (0xB0...0xD7).contains(lead)
      {
        commonCount += 1
      }
      i += 2
    }
  }
}
