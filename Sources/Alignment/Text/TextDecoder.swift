/// Turns the bytes of a text file into a `String` and back, detecting the
/// encoding and refusing to guess past damage.
///
/// ```swift
/// let decoded = try TextDecoder.decode(bytes)
/// print(decoded.encoding)  // GB18030
/// let again = try TextDecoder.encode(decoded.text, as: decoded.encoding)
/// ```
public enum TextDecoder {
  /// Detects the encoding of `bytes` and decodes them strictly.
  ///
  /// Detection, in order:
  /// 1. No bytes, or only a byte order mark: `.empty`.
  /// 2. A byte order mark decides: EF BB BF is `.utf8WithBOM`, FF FE 00 00
  ///    is `.utf32LE`, 00 00 FE FF is `.utf32BE`, FF FE is `.utf16LE`,
  ///    FE FF is `.utf16BE`.
  /// 3. Without a byte order mark, NUL bytes in the pattern of UTF-32 or
  ///    UTF-16 text (`WideTextProfile`: the high bytes of Latin characters)
  ///    decode as that encoding.
  /// 4. Other NUL bytes (or NUL characters after a byte order mark) or more
  ///    than 5% control characters other than tab, line and page breaks and
  ///    escape: `.binary`.
  /// 5. Well-formed UTF-8 (including plain ASCII) is `.utf8`.
  /// 6. Mostly well-formed UTF-8 (at least four well-formed multi-byte
  ///    sequences per ill-formed one) is UTF-8 with damage: `.invalidBytes`
  ///    at the first ill-formed sequence, never re-read as something else.
  /// 7. Otherwise, bytes that decode as GB18030 without a single error and
  ///    look like Chinese are `.gb18030`. They look like Chinese if ICU's
  ///    charset detector names GB18030, or if it does not name another East
  ///    Asian charset (Big5, EUC-KR, Shift_JIS...) and at least 75% of the
  ///    two-byte characters are common GB 2312 ones. If the detector names
  ///    GB18030, or the text before the first ill-formed sequence looks like
  ///    Chinese (at least eight two-byte characters), that sequence is
  ///    reported as `.invalidBytes` in GB18030.
  /// 8. Anything else is `.invalidBytes` in UTF-8 if it is mostly ASCII
  ///    (at most 10% high bytes) or has more well-formed UTF-8 sequences than
  ///    ill-formed ones, and `.undetectableEncoding` if not.
  ///
  /// Decoding is strict in every encoding: a bad byte is an error, never a
  /// U+FFFD. Offsets in errors count from the first byte of `bytes`, byte
  /// order mark included, and point at the first byte of the bad sequence; a
  /// sequence cut off by the end of the input (such as an odd byte count in
  /// UTF-16) counts as bad.
  ///
  /// - Parameter bytes: The whole file. Contiguous collections (`[UInt8]`,
  ///   `ArraySlice`, `Data`) are read in place; others are copied once.
  /// - Returns: The text, without its byte order mark, and the encoding.
  /// - Throws: `DecodingError`.
  /// - Complexity: O(*n*) time; memory for the bytes plus the resulting
  ///   string and a few fixed-size buffers.
  public static func decode(
    _ bytes: some Collection<UInt8>
  ) throws(DecodingError) -> DecodedText {
    let inPlace = bytes.withContiguousStorageIfAvailable { buffer in
      Result { () throws(DecodingError) in try decode(buffer: buffer) }
    }
    if let inPlace { return try inPlace.get() }
    return try Array(bytes).withUnsafeBufferPointer { buffer in
      Result { () throws(DecodingError) in try decode(buffer: buffer) }
    }.get()
  }

  /// Encodes `text` in `encoding`, with the byte order mark for
  /// `.utf8WithBOM`, `.utf16LE`, `.utf16BE`, `.utf32LE` and `.utf32BE`.
  ///
  /// Every encoding here can represent every Unicode scalar, so encoding
  /// fails only if ICU cannot provide its GB18030 converter.
  ///
  /// - Throws: `DecodingError` with reason `.undetectableEncoding` if ICU's
  ///   GB18030 converter is unavailable.
  /// - Complexity: O(*n*) in the length of the text.
  public static func encode(
    _ text: String, as encoding: TextEncoding
  ) throws(DecodingError) -> [UInt8] {
    var bytes = encoding.byteOrderMark
    switch encoding {
    case .utf8, .utf8WithBOM:
      bytes.append(contentsOf: text.utf8)
    case .utf16LE, .utf16BE:
      bytes.reserveCapacity(bytes.count + text.utf16.count * 2)
      let bigEndian = encoding == .utf16BE
      for unit in text.utf16 {
        let high = UInt8(truncatingIfNeeded: unit >> 8)
        let low = UInt8(truncatingIfNeeded: unit)
        if bigEndian {
          bytes.append(high)
          bytes.append(low)
        } else {
          bytes.append(low)
          bytes.append(high)
        }
      }
    case .utf32LE, .utf32BE:
      bytes.reserveCapacity(bytes.count + text.unicodeScalars.count * 4)
      for scalar in text.unicodeScalars {
        let value = encoding == .utf32BE ? scalar.value.bigEndian : scalar.value.littleEndian
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
      }
    case .gb18030:
      try encodeWithICU(text, as: encoding, into: &bytes)
    }
    return bytes
  }
}

// MARK: - Detection

extension TextDecoder {
  /// How many bytes ICU's charset detector looks at.
  private static let detectorSampleSize = 64 * 1024
  /// The lowest ICU detector confidence (0–100) taken as a verdict.
  private static let detectorMinimumConfidence = 50
  /// How many two-byte characters must precede a GB18030 error before the
  /// text is taken for damaged GB18030 rather than something else.
  private static let damagedGB18030Evidence = 8

  private static func decode(
    buffer bytes: UnsafeBufferPointer<UInt8>
  ) throws(DecodingError) -> DecodedText {
    guard !bytes.isEmpty else { throw DecodingError(.empty) }

    // UTF-32LE's byte order mark starts like UTF-16LE's, so it goes first.
    for encoding in [TextEncoding.utf8WithBOM, .utf32LE, .utf32BE, .utf16LE, .utf16BE] {
      let bom = encoding.byteOrderMark
      guard bytes.count >= bom.count, bytes.prefix(bom.count).elementsEqual(bom)
      else { continue }
      let body = UnsafeBufferPointer(rebasing: bytes[bom.count...])
      guard !body.isEmpty else { throw DecodingError(.empty) }
      let text =
        encoding == .utf8WithBOM
        ? try decodeUTF8(body, offsetBase: bom.count, as: encoding)
        : try decodeWithICU(body, offsetBase: bom.count, as: encoding)
      return DecodedText(text: text, encoding: encoding)
    }

    // Most input is well-formed UTF-8 without NULs or stray controls: the
    // controls are counted first (eight bytes at a time) and the standard
    // library's validation, which is also the copy into a `String`, does
    // the rest; a full `ByteProfile` is made only for other input.
    let controls = ByteProfile.controls(in: bytes)
    if controls.firstNULOffset == nil, !ByteProfile.looksBinary(controlCount: controls.count, byteCount: bytes.count),
      let text = String(validating: bytes, as: UTF8.self)
    {
      return DecodedText(text: text, encoding: .utf8)
    }
    let profile = ByteProfile(bytes)
    if profile.firstNULOffset != nil, let wide = WideTextProfile(bytes).encoding {
      let text = try decodeWithICU(bytes, offsetBase: 0, as: wide)
      return DecodedText(text: text, encoding: wide)
    }
    if profile.looksBinary { throw DecodingError(.binary) }
    if profile.isValidUTF8 {
      return DecodedText(
        text: String(decoding: bytes, as: UTF8.self), encoding: .utf8)
    }
    let firstUTF8Error = DecodingError(
      .invalidBytes(offset: profile.firstInvalidUTF8Offset ?? 0, encoding: .utf8))
    if profile.looksLikeDamagedUTF8 { throw firstUTF8Error }

    // Chinese or not: ICU's detector decides when it is sure; otherwise the
    // share of common GB 2312 characters does.
    let verdict = detectorVerdict(bytes)
    do {
      let text = try decodeWithICU(bytes, offsetBase: 0, as: .gb18030)
      switch verdict {
      case .gb18030:
        return DecodedText(text: text, encoding: .gb18030)
      case .otherCJKCharset:
        break
      case .unsure:
        if GB18030Profile(bytes).isPlausibleChinese {
          return DecodedText(text: text, encoding: .gb18030)
        }
      }
    } catch {
      if case .invalidBytes(let offset, _) = error.reason {
        switch verdict {
        case .gb18030:
          throw error
        case .otherCJKCharset:
          break
        case .unsure:
          let prefix = GB18030Profile(
            UnsafeBufferPointer(rebasing: bytes[..<offset]))
          if prefix.isPlausibleChinese,
            prefix.doubleByteCount >= damagedGB18030Evidence
          {
            throw error
          }
        }
      }
    }

    if profile.isMostlyASCII
      || profile.multibyteUTF8Count >= profile.invalidUTF8Count
    {
      throw firstUTF8Error
    }
    throw DecodingError(.undetectableEncoding)
  }

  /// What ICU's charset detector makes of the start of some bytes.
  private enum DetectorVerdict {
    /// GB18030 (or GB 2312, GBK), with some confidence.
    case gb18030
    /// Confidently another double-byte East Asian charset (EUC-KR, Big5,
    /// Shift_JIS, EUC-JP), whose bytes GB18030 would also decode, into
    /// nonsense.
    case otherCJKCharset
    /// Anything else.
    case unsure
  }

  /// Charsets whose byte structure overlaps GB18030's.
  private static let otherCJKCharsets: Set<String> = [
    "Big5", "EUC-KR", "EUC-JP", "Shift_JIS", "ISO-2022-CN", "ISO-2022-KR",
    "ISO-2022-JP",
  ]

  /// Runs ICU's charset detector over the start of `bytes`.
  private static func detectorVerdict(
    _ bytes: UnsafeBufferPointer<UInt8>
  ) -> DetectorVerdict {
    guard let detector = try? ICU.CharsetDetector() else { return .unsure }
    let sample = UnsafeBufferPointer(
      rebasing: bytes[..<min(bytes.count, detectorSampleSize)])
    guard let match = detector.detect(sample),
      match.confidence >= detectorMinimumConfidence
    else { return .unsure }
    if match.name == "GB18030" { return .gb18030 }
    if otherCJKCharsets.contains(match.name) { return .otherCJKCharset }
    return .unsure
  }
}

// MARK: - Decoding

extension TextDecoder {
  /// Decodes well-formed UTF-8 or reports its first ill-formed sequence.
  private static func decodeUTF8(
    _ bytes: UnsafeBufferPointer<UInt8>, offsetBase: Int,
    as encoding: TextEncoding
  ) throws(DecodingError) -> String {
    let profile = ByteProfile(bytes)
    if profile.looksBinary { throw DecodingError(.binary) }
    if let offset = profile.firstInvalidUTF8Offset {
      throw DecodingError(
        .invalidBytes(offset: offsetBase + offset, encoding: encoding))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Decodes UTF-16 or GB18030 with an ICU converter, chunk by chunk.
  private static func decodeWithICU(
    _ bytes: UnsafeBufferPointer<UInt8>, offsetBase: Int,
    as encoding: TextEncoding
  ) throws(DecodingError) -> String {
    guard let name = encoding.icuConverterName,
      let converter = try? ICU.Converter(name: name)
    else { throw DecodingError(.undetectableEncoding) }

    var text = ""
    text.reserveCapacity(bytes.count + bytes.count / 2)
    var units = UTF16Profile()
    do {
      try converter.toUnicode(bytes) { chunk in
        units.scan(chunk)
        text.append(String(decoding: chunk, as: UTF16.self))
      }
    } catch {
      switch error {
      case .illegalSequence(let offset):
        throw DecodingError(
          .invalidBytes(offset: offsetBase + offset, encoding: encoding))
      case .icu:
        throw DecodingError(.undetectableEncoding)
      }
    }
    if units.looksBinary { throw DecodingError(.binary) }
    return text
  }

  /// Encodes with an ICU converter, a fixed-size chunk of UTF-16 at a time.
  private static func encodeWithICU(
    _ text: String, as encoding: TextEncoding, into bytes: inout [UInt8]
  ) throws(DecodingError) {
    guard let name = encoding.icuConverterName,
      let converter = try? ICU.Converter(name: name)
    else { throw DecodingError(.undetectableEncoding) }
    let chunkSize = 1 << 16
    var chunk: [UInt16] = []
    chunk.reserveCapacity(chunkSize)
    bytes.reserveCapacity(bytes.count + text.utf8.count)
    do {
      for unit in text.utf16 {
        chunk.append(unit)
        if chunk.count == chunkSize {
          try chunk.withUnsafeBufferPointer { (units) throws(ICU.Converter.Failure) in
            try converter.fromUnicode(units, flush: false, into: &bytes)
          }
          chunk.removeAll(keepingCapacity: true)
        }
      }
      try chunk.withUnsafeBufferPointer { (units) throws(ICU.Converter.Failure) in
        try converter.fromUnicode(units, flush: true, into: &bytes)
      }
    } catch {
      throw DecodingError(.undetectableEncoding)
    }
  }
}

/// NUL and control characters in decoded UTF-16, for the binary check on
/// text that came with a UTF-16 byte order mark.
private struct UTF16Profile {
  var count = 0
  var hasNUL = false
  var controlCount = 0

  /// Whether the text holds NULs or more than 5% stray control characters
  /// (the same rule as `ByteProfile.looksBinary`).
  var looksBinary: Bool { hasNUL || controlCount * 20 > count }

  mutating func scan(_ units: UnsafeBufferPointer<UInt16>) {
    count += units.count
    for unit in units where unit < 0x20 || unit == 0x7F {
      switch unit {
      case 0x00: hasNUL = true
      case 0x09...0x0D, 0x1B: break
      default: controlCount += 1
      }
    }
  }
}
