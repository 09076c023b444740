import Alignment
import TestSupport
import Testing

@Suite("TextDecoder")
struct TextDecoderTests {
  /// Decodes `bytes`, expecting failure, and returns the reason.
  private func failure(_ bytes: [UInt8]) -> DecodingError.Reason? {
    do {
      let decoded = try TextDecoder.decode(bytes)
      Issue.record("decoded as \(decoded.encoding): \(decoded.text.prefix(40))")
      return nil
    } catch {
      return error.reason
    }
  }

  // MARK: Encodings

  @Test("UTF-8 without a byte order mark")
  func utf8() throws {
    let decoded = try TextDecoder.decode(Array("安全理事会，\n1. Decides".utf8))
    #expect(decoded == DecodedText(text: "安全理事会，\n1. Decides", encoding: .utf8))
  }

  @Test("plain ASCII is UTF-8")
  func ascii() throws {
    let decoded = try TextDecoder.decode(Array("The Security Council,\r\n".utf8))
    #expect(decoded.encoding == .utf8)
    #expect(decoded.text == "The Security Council,\r\n")
  }

  @Test("UTF-8 with a byte order mark drops the mark")
  func utf8WithBOM() throws {
    let decoded = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("联合国".utf8))
    #expect(decoded == DecodedText(text: "联合国", encoding: .utf8WithBOM))
  }

  @Test("UTF-16 with a byte order mark", arguments: [TextEncoding.utf16LE, .utf16BE])
  func utf16(encoding: TextEncoding) throws {
    let text = "第 1267(1999) 号决议 — résolution 😀"
    let bytes = try TextDecoder.encode(text, as: encoding)
    #expect(bytes.prefix(2).elementsEqual(encoding == .utf16LE ? [0xFF, 0xFE] : [0xFE, 0xFF]))
    #expect(bytes.count == 2 + text.utf16.count * 2)
    #expect(try TextDecoder.decode(bytes) == DecodedText(text: text, encoding: encoding))
  }

  @Test("GB18030 without a byte order mark")
  func gb18030() throws {
    // 中 = D6 D0, 国 = B9 FA in GB 2312.
    let bytes: [UInt8] = [0xD6, 0xD0, 0xB9, 0xFA, 0x20, 0x32, 0x30, 0x31, 0x39]
    #expect(try TextDecoder.encode("中国 2019", as: .gb18030) == bytes)
    #expect(try TextDecoder.decode(bytes) == DecodedText(text: "中国 2019", encoding: .gb18030))
  }

  @Test("GB18030 four-byte sequences round-trip")
  func gb18030FourByte() throws {
    // "€" and "😀" need four-byte GB18030 sequences; the rest is common text.
    let text = "联合国安全理事会决议，欧元符号 € 和 😀。"
    let bytes = try TextDecoder.encode(text, as: .gb18030)
    #expect(try TextDecoder.decode(bytes) == DecodedText(text: text, encoding: .gb18030))
  }

  @Test("encode writes byte order marks only where they belong")
  func encodeMarks() throws {
    #expect(try TextDecoder.encode("a", as: .utf8) == [0x61])
    #expect(try TextDecoder.encode("a", as: .utf8WithBOM) == [0xEF, 0xBB, 0xBF, 0x61])
    #expect(try TextDecoder.encode("a", as: .utf16LE) == [0xFF, 0xFE, 0x61, 0x00])
    #expect(try TextDecoder.encode("a", as: .utf16BE) == [0xFE, 0xFF, 0x00, 0x61])
    #expect(try TextDecoder.encode("a", as: .gb18030) == [0x61])
  }

  // MARK: The seed document

  @Test(
    "the seed resolution round-trips through every encoding",
    arguments: TextEncoding.allCases)
  func seed(encoding: TextEncoding) throws {
    let original = try FixtureFiles.bytes(Fixtures.seed)
    let utf8 = try TextDecoder.decode(original)
    #expect(utf8.encoding == .utf8)
    #expect(utf8.text.contains("2019 年 7 月 19 日安全理事会第 8582 次会议通过"))

    let bytes = try TextDecoder.encode(utf8.text, as: encoding)
    let decoded = try TextDecoder.decode(bytes)
    #expect(decoded.encoding == encoding)
    #expect(decoded.text == utf8.text)
  }

  // MARK: Damage

  @Test("an invalid byte in UTF-8 is reported at its offset, not re-detected")
  func invalidUTF8() throws {
    var bytes = try FixtureFiles.bytes(Fixtures.seed)
    // Replace the lead byte of the first three-byte character at or after
    // byte 9000, in the middle of the Chinese text.
    let offset = try #require(bytes[9000...].firstIndex { $0 >= 0xE0 })
    bytes[offset] = 0xFF
    #expect(failure(bytes) == .invalidBytes(offset: offset, encoding: .utf8))
  }

  @Test("an invalid byte in ASCII-heavy UTF-8 is reported exactly")
  func invalidUTF8Exact() {
    let bytes = Array("The Security Council, ".utf8) + [0xC0] + Array(" recalling".utf8)
    #expect(failure(bytes) == .invalidBytes(offset: 22, encoding: .utf8))
    #expect(
      DecodingError(.invalidBytes(offset: 22, encoding: .utf8)).description
        == "invalid UTF-8 byte sequence at byte offset 22")
  }

  @Test("a truncated character at the end of UTF-8 is reported")
  func truncatedUTF8() {
    let bytes = Array("安全理事会".utf8).dropLast()
    #expect(failure(Array(bytes)) == .invalidBytes(offset: 12, encoding: .utf8))
  }

  @Test("an invalid byte after a UTF-8 BOM counts the BOM in its offset")
  func invalidUTF8WithBOM() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("决议".utf8) + [0xED, 0xA0, 0x80]  // a surrogate
    #expect(failure(bytes) == .invalidBytes(offset: 9, encoding: .utf8WithBOM))
  }

  @Test("a UTF-16 file with an odd byte count is truncated", arguments: [TextEncoding.utf16LE, .utf16BE])
  func truncatedUTF16(encoding: TextEncoding) throws {
    let bytes = try TextDecoder.encode("安全理事会", as: encoding) + [0x41]
    #expect(failure(bytes) == .invalidBytes(offset: 12, encoding: encoding))
  }

  @Test("an unpaired surrogate in UTF-16 is invalid")
  func unpairedSurrogate() throws {
    // "a", lone high surrogate D800, "b"
    let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00]
    #expect(failure(bytes) == .invalidBytes(offset: 4, encoding: .utf16LE))
  }

  @Test("an invalid byte in GB18030 is reported at its offset")
  func invalidGB18030() throws {
    let text = String(repeating: "安全理事会决议通过。", count: 4)
    var bytes = try TextDecoder.encode(text, as: .gb18030)
    let offset = bytes.count
    bytes += [0x80] + (try TextDecoder.encode("联合国", as: .gb18030))
    #expect(failure(bytes) == .invalidBytes(offset: offset, encoding: .gb18030))
  }

  @Test("a lead byte without its trail byte in GB18030 is reported at the lead")
  func gb18030MissingTrail() throws {
    let text = String(repeating: "安全理事会决议通过。", count: 4)
    var bytes = try TextDecoder.encode(text, as: .gb18030)
    let offset = bytes.count
    bytes += [0xD6, 0x20] + (try TextDecoder.encode("联合国", as: .gb18030))
    #expect(failure(bytes) == .invalidBytes(offset: offset, encoding: .gb18030))
  }

  @Test("damage in the middle of the seed in GB18030 is reported there")
  func seedGB18030Damaged() throws {
    let text = try TextDecoder.decode(try FixtureFiles.bytes(Fixtures.seed)).text
    var bytes = try TextDecoder.encode(text, as: .gb18030)
    let offset = try #require(bytes[6000...].firstIndex { $0 >= 0xB0 })
    bytes[offset] = 0xFF
    #expect(failure(bytes) == .invalidBytes(offset: offset, encoding: .gb18030))
  }

  @Test("damage in the middle of the seed in UTF-16 is reported there")
  func seedUTF16Damaged() throws {
    let text = try TextDecoder.decode(try FixtureFiles.bytes(Fixtures.seed)).text
    var bytes = try TextDecoder.encode(text, as: .utf16BE)
    // Turn a character into a lone low surrogate, DC00.
    let offset = 2 + 2 * 3000
    bytes[offset] = 0xDC
    bytes[offset + 1] = 0x00
    #expect(failure(bytes) == .invalidBytes(offset: offset, encoding: .utf16BE))
  }

  // MARK: Not text

  @Test(
    "no bytes, or only a byte order mark, is empty",
    arguments: [
      [], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF],
    ] as [[UInt8]])
  func empty(bytes: [UInt8]) {
    #expect(failure(bytes) == .empty)
    #expect(DecodingError(.empty).description == "file is empty")
  }

  @Test("a PNG header with NUL bytes is binary")
  func png() {
    let bytes: [UInt8] =
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
      + Array("IHDR".utf8) + [UInt8](repeating: 0, count: 32)
    #expect(failure(bytes) == .binary)
  }

  @Test("NUL characters after a UTF-16 byte order mark are binary")
  func utf16Binary() {
    let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00]
    #expect(failure(bytes) == .binary)
  }

  @Test("FF FE 00 00 is UTF-32LE's byte order mark, not UTF-16LE's and a NUL")
  func utf32ByteOrderMark() throws {
    let bytes: [UInt8] = [0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]
    #expect(try TextDecoder.decode(bytes) == DecodedText(text: "A", encoding: .utf32LE))
    #expect(try TextDecoder.decode([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x41]).encoding == .utf32BE)
  }

  @Test(
    "UTF-16 and UTF-32 without a byte order mark are recognised by their NUL bytes",
    arguments: [TextEncoding.utf16LE, .utf16BE, .utf32LE, .utf32BE])
  func wideTextWithoutByteOrderMark(encoding: TextEncoding) throws {
    let text = "第一条 为了规范 1. Decides 2019 年\n"
    let bytes = try TextDecoder.encode(text, as: encoding).dropFirst(encoding.byteOrderMark.count)
    #expect(try TextDecoder.decode(Array(bytes)) == DecodedText(text: text, encoding: encoding))
  }

  @Test("NUL bytes in no text's pattern are still binary")
  func scatteredNULsAreBinary() {
    let bytes: [UInt8] = [0x41, 0x00, 0x42, 0x43, 0x00, 0x00, 0x44, 0x45, 0x46, 0x00, 0x47, 0x48]
    #expect(failure(bytes) == .binary)
  }

  @Test("form feeds and tabs are text, not binary")
  func pageBreaks() throws {
    let text = "1.\tDecides\u{0C}\r\n2.\tRequests\u{0C}"
    #expect(try TextDecoder.decode(Array(text.utf8)).text == text)
  }

  @Test("UTF-8 with several bad bytes is still UTF-8")
  func damagedUTF8() throws {
    var bytes = Array(String(repeating: "安全理事会决议。", count: 20).utf8)
    for offset in [30, 90, 150] { bytes[offset] = 0xA0 }
    // Byte 30 is the lead byte of a character; the A0 there is a lone
    // continuation byte.
    #expect(failure(bytes) == .invalidBytes(offset: 30, encoding: .utf8))
  }

  @Test("text dominated by control characters is binary")
  func controls() {
    let bytes = (0..<200).map { UInt8($0 % 2 == 0 ? 0x01 : 0x41) }
    #expect(failure(bytes) == .binary)
  }

  /// Latin-1 bytes are neither UTF-8 nor Chinese, so decoding must fail; a
  /// success would mean mojibake. The choice between the two failures: text
  /// that is mostly ASCII (here, French with a few accented letters) is
  /// reported as `.invalidBytes` in UTF-8 at the first accented letter,
  /// since "your UTF-8 is broken here" is the useful message; bytes where
  /// high bytes dominate are `.undetectableEncoding`.
  @Test("Latin-1 text is rejected, never decoded as mojibake")
  func latin1() {
    // "Le Conseil de sécurité, réaffirmant ..." in ISO-8859-1.
    let french: [UInt8] =
      Array("Le Conseil de s".utf8) + [0xE9] + Array("curit".utf8)
      + [0xE9] + Array(", r".utf8) + [0xE9] + Array("affirmant ses r".utf8)
      + [0xE9] + Array("solutions ant".utf8) + [0xE9] + Array("rieures".utf8)
    #expect(failure(french) == .invalidBytes(offset: 15, encoding: .utf8))

    // High bytes only, from a fixed linear congruential sequence.
    var state: UInt32 = 2482
    let noise = (0..<4096).map { _ -> UInt8 in
      state = state &* 1_664_525 &+ 1_013_904_223
      return 0x80 | UInt8(truncatingIfNeeded: state >> 24)
    }
    let reason = failure(noise)
    switch reason {
    case .undetectableEncoding: break
    default: Issue.record("unexpected \(String(describing: reason))")
    }
  }

  /// Other East Asian double-byte charsets share GB18030's byte ranges, and
  /// Russian in Windows-1251 pairs up into GBK characters too; none of them
  /// may come out as GB18030 mojibake.
  @Test(
    "other legacy charsets are not mistaken for GB18030",
    arguments: [
      // "聯合國安全理事會決議，回顧其以往各項決議。" in Big5
      [
        0xC1, 0x70, 0xA6, 0x58, 0xB0, 0xEA, 0xA6, 0x77, 0xA5, 0xFE, 0xB2, 0x7A, 0xA8, 0xC6,
        0xB7, 0x7C, 0xA8, 0x4D, 0xC4, 0xB3, 0xA1, 0x41, 0xA6, 0x5E, 0xC5, 0x55, 0xA8, 0xE4,
        0xA5, 0x48, 0xA9, 0xB9, 0xA6, 0x55, 0xB6, 0xB5, 0xA8, 0x4D, 0xC4, 0xB3, 0xA1, 0x43,
      ],
      // "유엔 안전보장이사회 결의" in EUC-KR: every byte in GB 2312's range
      [
        0xC0, 0xAF, 0xBF, 0xA3, 0x20, 0xBE, 0xC8, 0xC0, 0xFC, 0xBA, 0xB8, 0xC0, 0xE5, 0xC0,
        0xCC, 0xBB, 0xE7, 0xC8, 0xB8, 0x20, 0xB0, 0xE1, 0xC0, 0xC7,
      ],
      // "国際連合安全保障理事会の決議。" in Shift_JIS
      [
        0x8D, 0x91, 0x8D, 0xDB, 0x98, 0x41, 0x8D, 0x87, 0x88, 0xC0, 0x91, 0x53, 0x95, 0xDB,
        0x8F, 0xE1, 0x97, 0x9D, 0x8E, 0x96, 0x89, 0xEF, 0x82, 0xCC, 0x8C, 0x88, 0x8B, 0x63,
        0x81, 0x42,
      ],
      // "Совет Безопасности, ссылаясь на свои резолюции" in Windows-1251
      [
        0xD1, 0xEE, 0xE2, 0xE5, 0xF2, 0x20, 0xC1, 0xE5, 0xE7, 0xEE, 0xEF, 0xE0, 0xF1, 0xED,
        0xEE, 0xF1, 0xF2, 0xE8, 0x2C, 0x20, 0xF1, 0xF1, 0xFB, 0xEB, 0xE0, 0xFF, 0xF1, 0xFC,
        0x20, 0xED, 0xE0, 0x20, 0xF1, 0xE2, 0xEE, 0xE8, 0x20, 0xF0, 0xE5, 0xE7, 0xEE, 0xEB,
        0xFE, 0xF6, 0xE8, 0xE8,
      ],
    ] as [[UInt8]])
  func otherLegacyCharsets(bytes: [UInt8]) {
    #expect(failure(bytes) == .undetectableEncoding)
    #expect(
      DecodingError(.undetectableEncoding).description
        == "text encoding could not be detected")
  }

  @Test("Data and other collections decode like arrays")
  func collections() throws {
    let bytes = Array("安理会".utf8)
    #expect(try TextDecoder.decode(bytes[...]).text == "安理会")
    #expect(try TextDecoder.decode(bytes.reversed().reversed()).text == "安理会")
  }
}
