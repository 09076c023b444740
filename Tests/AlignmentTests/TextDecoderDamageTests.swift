import Alignment
import TestSupport
import Testing

/// Damage in UTF-16 and GB18030, which are decoded by ICU in chunks of
/// 65,536 UTF-16 units: offsets must be exact wherever the damage falls,
/// chunk boundaries included.
@Suite("TextDecoder: damage")
struct TextDecoderDamageTests {
  /// The size of ICU's output chunks in `TextDecoder`.
  private static let chunk = 1 << 16

  private func outcome(_ bytes: [UInt8]) -> Result<DecodedText, DecodingError> {
    Result { () throws(DecodingError) in try TextDecoder.decode(bytes) }
  }

  @Test(
    "a surrogate pair split by a chunk boundary decodes",
    arguments: [TextEncoding.utf16LE, .utf16BE, .gb18030])
  func pairAcrossChunks(encoding: TextEncoding) throws {
    for shift in 0..<4 {
      let prefix = String(repeating: "会", count: Self.chunk - 2 + shift)
      let text = prefix + "😀决议"
      let decoded = try TextDecoder.decode(try TextDecoder.encode(text, as: encoding))
      #expect(decoded == DecodedText(text: text, encoding: encoding))
    }
  }

  @Test(
    "an unpaired surrogate at a chunk boundary is reported exactly",
    arguments: [TextEncoding.utf16LE, .utf16BE])
  func unpairedAcrossChunks(encoding: TextEncoding) throws {
    for shift in 0..<4 {
      let count = Self.chunk - 2 + shift
      var bytes = try TextDecoder.encode(
        String(repeating: "会", count: count) + "ab", as: encoding)
      // Make the unit after the prefix (the "a") a lone high surrogate.
      let offset = 2 + 2 * count
      bytes[encoding == .utf16LE ? offset + 1 : offset] = 0xD8
      #expect(
        outcome(bytes).failure?.reason
          == .invalidBytes(offset: offset, encoding: encoding))
    }
  }

  @Test("a bad GB18030 byte at a chunk boundary is reported exactly")
  func gb18030AcrossChunks() throws {
    for shift in 0..<4 {
      var bytes = try TextDecoder.encode(
        String(repeating: "会", count: Self.chunk - 2 + shift), as: .gb18030)
      let offset = bytes.count
      bytes += [0x81, 0x30, 0x20, 0x30] + (try TextDecoder.encode("决议", as: .gb18030))
      #expect(
        outcome(bytes).failure?.reason
          == .invalidBytes(offset: offset, encoding: .gb18030))
    }
  }

  /// Over seeded random texts with one damaged byte: if decoding fails, the
  /// bytes before the reported offset decode, and decoding from the offset
  /// fails at once. (The offset may lie after the damaged byte: damage can
  /// turn a character into another valid one that swallows the next byte.)
  @Test(
    "random damage is reported exactly",
    arguments: [TextEncoding.utf16LE, .utf16BE, .gb18030])
  func randomDamage(encoding: TextEncoding) throws {
    var random = SplitMix64(seed: 2482)
    let alphabet = Array("A1 ，。中国联合国安理会决议€😀\n")
    // Enough common Chinese before and after a piece that GB18030 detection
    // is certain; UTF-16 is identified by its byte order mark anyway.
    let frame = try TextDecoder.encode("安全理事会回顾其以往各项决议和主席声明", as: encoding)
    let bom = encoding.byteOrderMark.count
    let lead = Array(frame)
    let tail = Array(frame.dropFirst(bom))
    var failures = 0
    for _ in 0..<300 {
      let text = String(
        (0..<Int.random(in: 1...12, using: &random)).map { _ in
          alphabet.randomElement(using: &random)!
        })
      var piece = Array(try TextDecoder.encode(text, as: encoding).dropFirst(bom))
      let damage = Int.random(in: 0..<piece.count, using: &random)
      piece[damage] =
        encoding == .gb18030
        ? [0x80, 0xFF, 0x20, 0x7F].randomElement(using: &random)!
        : [0xD8, 0xDC, 0xDB, 0xDF].randomElement(using: &random)!
      guard case .failure(let error) = outcome(lead + piece + tail) else { continue }
      failures += 1
      guard case .invalidBytes(let offset, encoding) = error.reason else {
        Issue.record("\(error) for \(piece)")
        continue
      }
      let before = Array((lead + piece + tail)[..<offset])
      let after = Array((lead + piece + tail)[offset...])
      #expect(outcome(before + tail).failure == nil, "prefix before \(offset) of \(piece)")
      #expect(
        outcome(lead + after).failure?.reason
          == .invalidBytes(offset: lead.count, encoding: encoding),
        "suffix from \(offset) of \(piece)")
    }
    #expect(failures > 100)
  }
}

extension Result {
  /// The error, if this is a failure.
  fileprivate var failure: Failure? {
    if case .failure(let error) = self { error } else { nil }
  }
}
