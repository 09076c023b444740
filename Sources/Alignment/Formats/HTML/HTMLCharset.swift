#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finds the charset of an HTML page and decodes it, before libxml2 sees
/// it.
///
/// libxml2 2.9 reads a page's `<meta charset>` itself, but only for the
/// names its iconv knows, and it mis-decodes GB2312 pages that use GBK or
/// GB18030 characters (as most "GB2312" pages on the web do). So the page
/// is decoded here, as a browser's encoding sniffer would (WHATWG
/// "prescan"), and libxml2 is handed UTF-8:
///
/// 1. A byte order mark decides (UTF-8, UTF-16LE, UTF-16BE).
/// 2. Else the first `<meta charset=…>` or
///    `<meta http-equiv="Content-Type" content="…; charset=…">` in the first
///    `prescanLength` bytes. GB2312, GBK, CP936 and their aliases are read
///    as GB18030, their superset (as WHATWG reads them as GBK); other names
///    go to ICU's converter by name.
/// 3. Else, or when the declared name is unknown or wrong, `TextDecoder`'s
///    detection (UTF-8, UTF-16 with BOM, GB18030).
enum HTMLCharset {
  /// How far into the page the `meta` declaration is looked for (WHATWG
  /// uses 1024 bytes; saved pages often put scripts first, so look further).
  static let prescanLength = 8192

  /// The decoded page and the charset it was read as.
  struct Decoded {
    var text: String
    var charset: String
  }

  /// Why a page could not be decoded.
  enum Failure: Error {
    /// The page declares this charset, its bytes are not in it, and
    /// detection finds no other.
    case notInDeclaredCharset(String)
    /// No usable declaration, and `TextDecoder` says why the bytes are not
    /// text (empty, binary, invalid bytes at an offset).
    case decoding(DecodingError)
  }

  /// - Throws: `Failure`.
  /// - Complexity: O(*n*) in the size of the page.
  static func decode(_ bytes: Data) throws(Failure) -> Decoded {
    if let bom = byteOrderMark(bytes) {
      do {
        return Decoded(text: try TextDecoder.decode(bytes).text, charset: bom)
      } catch {
        throw .decoding(error)
      }
    }
    let declared = declaredCharset(bytes)
    if let declared, let converterName = converterName(for: declared) {
      if converterName == "UTF-8", let text = String(validatingUTF8Bytes: bytes) {
        return Decoded(text: text, charset: "UTF-8")
      }
      if converterName != "UTF-8", let text = decodeWithICU(bytes, converter: converterName) {
        return Decoded(text: text, charset: converterName)
      }
    }
    // No (usable) declaration, or the bytes are not in the declared
    // charset: detect, as for a text file.
    do {
      let detected = try TextDecoder.decode(bytes)
      return Decoded(text: detected.text, charset: detected.encoding.charsetName)
    } catch {
      if let declared, converterName(for: declared) != nil, error.reason != .empty {
        throw .notInDeclaredCharset(declared)
      }
      throw .decoding(error)
    }
  }

  /// "UTF-8", "UTF-16LE" or "UTF-16BE" when the page starts with that BOM.
  static func byteOrderMark(_ bytes: Data) -> String? {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
    if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
    if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
    return nil
  }

  /// The charset named by the first `meta` element that names one, as
  /// written (lower-cased).
  ///
  /// - Complexity: O(`prescanLength`).
  static func declaredCharset(_ bytes: Data) -> String? {
    let head = String(decoding: bytes.prefix(prescanLength).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
      .lowercased()
    var searchStart = head.startIndex
    while let meta = head[searchStart...].firstRange(of: "<meta") {
      let tagEnd = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
      let tag = head[meta.upperBound..<tagEnd]
      if let value = charsetValue(in: tag) { return value }
      searchStart = tagEnd
    }
    return nil
  }

  /// The value after `charset=` inside one `meta` tag, without quotes.
  private static func charsetValue(in tag: Substring) -> String? {
    guard let key = tag.firstRange(of: "charset") else { return nil }
    var rest = tag[key.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard rest.first == "=" else { return nil }
    rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
    let value = rest.prefix { !(" \"';>/\t\r\n".contains($0)) }
    return value.isEmpty ? nil : String(value)
  }

  /// The ICU converter to decode a declared charset with, or `nil` when
  /// the name is not one ICU knows.
  static func converterName(for declared: String) -> String? {
    switch declared {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "UTF-8"
    // GB 2312 and GBK pages: GB18030 is a superset of both.
    case "gb2312", "gb_2312", "gb_2312-80", "gbk", "x-gbk", "cp936", "ms936", "windows-936",
      "csgb2312", "chinese", "iso-ir-58", "csiso58gb231280", "euc-cn", "x-euc-cn", "gb18030":
      return "GB18030"
    // A page that says UTF-16 but has no BOM is, per WHATWG, UTF-8.
    case "utf-16", "utf-16le", "utf-16be": return "UTF-8"
    default:
      return (try? ICU.Converter(name: declared)) == nil ? nil : declared
    }
  }

  private static func decodeWithICU(_ bytes: Data, converter name: String) -> String? {
    guard let converter = try? ICU.Converter(name: name) else { return nil }
    var text = ""
    text.reserveCapacity(bytes.count)
    let failed = bytes.withUnsafeBytes { raw -> Bool in
      let buffer = raw.bindMemory(to: UInt8.self)
      do {
        try converter.toUnicode(buffer) { chunk in text.append(String(decoding: chunk, as: UTF16.self)) }
        return false
      } catch {
        return true
      }
    }
    return failed ? nil : text
  }
}

extension String {
  /// The bytes as UTF-8, or `nil` if they are not well-formed UTF-8.
  fileprivate init?(validatingUTF8Bytes bytes: Data) {
    guard let text = String(bytes: bytes, encoding: .utf8) else { return nil }
    self = text
  }
}
