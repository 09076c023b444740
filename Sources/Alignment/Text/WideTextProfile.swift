/// Recognises UTF-16 and UTF-32 without a byte order mark by where their NUL
/// bytes fall.
///
/// Text in these encodings is full of NUL bytes, in a fixed place: the high
/// byte of every Latin, digit and space code unit (UTF-16), and the top one
/// or two bytes of every code point (UTF-32). A binary file has NULs
/// anywhere. The profile counts NUL bytes by their position in a 4-byte
/// frame over the start of the input and names the encoding whose pattern
/// they follow; decoding then checks every byte.
struct WideTextProfile {
  /// How many bytes the profile looks at.
  static let sampleSize = 64 * 1024
  /// The least share of code units (in percent) whose high byte must be NUL
  /// for UTF-16: the ASCII spaces, digits and line breaks that even Chinese
  /// text has.
  static let minimumNULUnitPercent = 5
  /// NULs in the other byte of a UTF-16 unit may be at most this fraction
  /// of those in the high byte: U+4E00 (00 4E in UTF-16LE) and its
  /// neighbours put a few NULs in the low byte.
  static let strayNULDivisor = 10

  /// NUL bytes at each offset modulo 4.
  private var nuls = [0, 0, 0, 0]
  /// Whole code units of each width that are 0 (a NUL character, which
  /// text does not contain).
  private var nulUnits16 = 0
  private var nulUnits32 = 0
  /// For UTF-32: frames whose top byte (LE offset 3, BE offset 0) is set or
  /// whose second byte is above 0x10 (beyond U+10FFFF).
  private var badFramesLE = 0
  private var badFramesBE = 0
  private var count = 0

  /// Scans up to `sampleSize` bytes of `bytes`.
  ///
  /// - Complexity: O(min(*n*, `sampleSize`)).
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    count = bytes.count
    let end = min(bytes.count, Self.sampleSize) & ~3
    var i = 0
    while i < end {
      let b0 = bytes[i]
      let b1 = bytes[i + 1]
      let b2 = bytes[i + 2]
      let b3 = bytes[i + 3]
      if b0 == 0 { nuls[0] += 1 }
      if b1 == 0 { nuls[1] += 1 }
      if b2 == 0 { nuls[2] += 1 }
      if b3 == 0 { nuls[3] += 1 }
      if b0 == 0 && b1 == 0 { nulUnits16 += 1 }
      if b2 == 0 && b3 == 0 { nulUnits16 += 1 }
      if b0 | b1 | b2 | b3 == 0 { nulUnits32 += 1 }
      if b3 != 0 || b2 > 0x10 { badFramesLE += 1 }
      if b0 != 0 || b1 > 0x10 { badFramesBE += 1 }
      i += 4
    }
  }

  /// The encoding the NUL bytes point to, or `nil` for none.
  var encoding: TextEncoding? {
    let frames = min(count, Self.sampleSize) / 4
    guard frames > 0 else { return nil }
    if count % 4 == 0 && nulUnits32 == 0 {
      if badFramesLE == 0 && nuls[3] == frames { return .utf32LE }
      if badFramesBE == 0 && nuls[0] == frames { return .utf32BE }
    }
    guard count % 2 == 0, nulUnits16 == 0 else { return nil }
    let units = frames * 2
    let even = nuls[0] + nuls[2]
    let odd = nuls[1] + nuls[3]
    func fits(high: Int, low: Int) -> Bool {
      high * 100 >= units * Self.minimumNULUnitPercent && low * Self.strayNULDivisor <= high
    }
    if fits(high: odd, low: even) { return .utf16LE }
    if fits(high: even, low: odd) { return .utf16BE }
    return nil
  }
}
