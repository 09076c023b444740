/// A character encoding `align` reads and writes.
///
/// The raw value is the name shown to users.
public enum TextEncoding: String, Sendable, Hashable, Codable, CaseIterable {
  /// UTF-8 without a byte order mark.
  case utf8 = "UTF-8"
  /// UTF-8 preceded by the byte order mark EF BB BF.
  case utf8WithBOM = "UTF-8 (BOM)"
  /// Little-endian UTF-16, preceded by the byte order mark FF FE (or
  /// recognised without one by its NUL bytes, see `WideTextProfile`).
  case utf16LE = "UTF-16LE"
  /// Big-endian UTF-16, preceded by the byte order mark FE FF (or
  /// recognised without one).
  case utf16BE = "UTF-16BE"
  /// Little-endian UTF-32, with or without the byte order mark FF FE 00 00.
  case utf32LE = "UTF-32LE"
  /// Big-endian UTF-32, with or without the byte order mark 00 00 FE FF.
  case utf32BE = "UTF-32BE"
  /// The Chinese national standard GB 18030, a superset of GBK and GB 2312.
  case gb18030 = "GB18030"

  /// The byte order mark written before text in this encoding (empty for
  /// `.utf8` and `.gb18030`).
  public var byteOrderMark: [UInt8] {
    switch self {
    case .utf8, .gb18030: []
    case .utf8WithBOM: [0xEF, 0xBB, 0xBF]
    case .utf16LE: [0xFF, 0xFE]
    case .utf16BE: [0xFE, 0xFF]
    case .utf32LE: [0xFF, 0xFE, 0x00, 0x00]
    case .utf32BE: [0x00, 0x00, 0xFE, 0xFF]
    }
  }

  /// The encoding's name without the BOM qualifier, as used in messages
  /// about its byte sequences ("UTF-8", "UTF-16LE", "GB18030").
  var charsetName: String {
    self == .utf8WithBOM ? "UTF-8" : rawValue
  }

  /// The ICU converter name, for the encodings ICU converts.
  var icuConverterName: String? {
    switch self {
    case .utf8, .utf8WithBOM: nil
    case .utf16LE: "UTF-16LE"
    case .utf16BE: "UTF-16BE"
    case .utf32LE: "UTF-32LE"
    case .utf32BE: "UTF-32BE"
    case .gb18030: "GB18030"
    }
  }
}
