@testable import Alignment
import Testing

@Suite("ICU.Converter")
struct ICUConverterTests {
  /// The outcome of a conversion: the text, or the offset of the first bad
  /// sequence.
  private enum Outcome: Equatable {
    case success(String)
    case failure(Int)
  }

  private func decode(
    _ bytes: [UInt8], charset: String, chunkSize: Int
  ) throws -> Outcome {
    let converter = try ICU.Converter(name: charset)
    var units: [UInt16] = []
    do {
      try bytes.withUnsafeBufferPointer { buffer throws(ICU.Converter.Failure) in
        try converter.toUnicode(buffer, chunkSize: chunkSize) { units += $0 }
      }
    } catch {
      guard case .illegalSequence(let offset) = error else { throw error }
      return .failure(offset)
    }
    return .success(String(decoding: units, as: UTF16.self))
  }

  @Test("output does not depend on the chunk size", arguments: 1...9)
  func chunking(chunkSize: Int) throws {
    // 中 D6D0, 国 B9FA, € 0xA2E3, 😀 four bytes (9439FC36).
    let bytes: [UInt8] = [
      0x41, 0xD6, 0xD0, 0xB9, 0xFA, 0xA2, 0xE3, 0x94, 0x39, 0xFC, 0x36, 0x42,
    ]
    #expect(try decode(bytes, charset: "GB18030", chunkSize: chunkSize) == .success("A中国€😀B"))
    let utf16: [UInt8] = [0x3D, 0xD8, 0x00, 0xDE, 0x2D, 0x4E]  // 😀中, little-endian
    #expect(try decode(utf16, charset: "UTF-16LE", chunkSize: chunkSize) == .success("😀中"))
  }

  @Test("error offsets do not depend on the chunk size", arguments: 1...9)
  func errorOffsets(chunkSize: Int) throws {
    // A lead byte followed by a space: the lead is the bad sequence.
    let missingTrail: [UInt8] = [0x41, 0xD6, 0xD0, 0x42, 0xD6, 0x20, 0x43]
    #expect(try decode(missingTrail, charset: "GB18030", chunkSize: chunkSize) == .failure(4))
    // 0x80 and 0xFF are never lead bytes.
    let badLead: [UInt8] = [0xD6, 0xD0, 0xB9, 0xFA, 0x80, 0x41]
    #expect(try decode(badLead, charset: "GB18030", chunkSize: chunkSize) == .failure(4))
    // A four-byte sequence cut short by the end of the input.
    let truncated: [UInt8] = [0x41, 0x42, 0x94, 0x39, 0xFC]
    #expect(try decode(truncated, charset: "GB18030", chunkSize: chunkSize) == .failure(2))
    // A lone low surrogate in UTF-16BE.
    let lone: [UInt8] = [0x00, 0x41, 0xDC, 0x00, 0x00, 0x42]
    #expect(try decode(lone, charset: "UTF-16BE", chunkSize: chunkSize) == .failure(2))
    // A high surrogate followed by a non-surrogate.
    let unpaired: [UInt8] = [0x00, 0x41, 0xD8, 0x3D, 0x00, 0x42]
    #expect(try decode(unpaired, charset: "UTF-16BE", chunkSize: chunkSize) == .failure(2))
    // A four-byte GB18030 sequence whose third byte is wrong.
    let badFourByte: [UInt8] = [0x41, 0x81, 0x30, 0x20, 0x30, 0x42]
    let reported = try decode(badFourByte, charset: "GB18030", chunkSize: chunkSize)
    #expect(reported == .failure(1))
  }

  @Test("encoding appends across chunks")
  func encoding() throws {
    let converter = try ICU.Converter(name: "GB18030")
    var bytes: [UInt8] = []
    let units = Array("中😀".utf16)
    for (index, unit) in units.enumerated() {
      try [unit].withUnsafeBufferPointer { buffer throws(ICU.Converter.Failure) in
        try converter.fromUnicode(buffer, flush: index == units.count - 1, into: &bytes)
      }
    }
    #expect(bytes == [0xD6, 0xD0, 0x94, 0x39, 0xFC, 0x36])
  }

  /// Checks, over seeded random inputs with one damaged byte, that the
  /// reported offset does not depend on the chunk size, that everything
  /// before it decodes, and that decoding from it fails at once. (The
  /// offset may lie after the damaged byte: damage can turn a character into
  /// another valid one that swallows the next byte.)
  @Test("random damage: offsets are stable and exact",
    arguments: ["GB18030", "UTF-16LE", "UTF-16BE"])
  func randomDamage(charset: String) throws {
    var random = SplitMix64(seed: 2482)
    let alphabet = Array("A1 ，。中国联合国安理会决议€😀\n")
    for _ in 0..<200 {
      let text = String((0..<Int.random(in: 1...12, using: &random)).map { _ in
        alphabet.randomElement(using: &random)!
      })
      var bytes = try TextDecoder.encode(text, as: charset == "GB18030" ? .gb18030 : (charset == "UTF-16LE" ? .utf16LE : .utf16BE))
      if charset != "GB18030" { bytes.removeFirst(2) }  // the BOM
      let damage = Int.random(in: 0..<bytes.count, using: &random)
      bytes[damage] = charset == "GB18030"
        ? [0x80, 0xFF, 0x20, 0x7F].randomElement(using: &random)!
        : [0xD8, 0xDC, 0xDB, 0xDF].randomElement(using: &random)!
      let whole = try decode(bytes, charset: charset, chunkSize: 1 << 16)
      for chunkSize in [1, 2, 3, 5] {
        #expect(try decode(bytes, charset: charset, chunkSize: chunkSize) == whole)
      }
      if case .failure(let offset) = whole {
        if case .failure = try decode(Array(bytes[..<offset]), charset: charset, chunkSize: 7) {
          Issue.record("prefix before \(offset) of \(bytes) does not decode")
        }
        #expect(try decode(Array(bytes[offset...]), charset: charset, chunkSize: 7) == .failure(0))
      }
    }
  }
}

/// A seeded pseudo-random generator (Steele, Lea and Flood's SplitMix64), so
/// random tests repeat exactly.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
