import ZlibShim

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The zip container of a Word file, read in memory, with every entry read
/// capped so that a zip bomb fails cleanly instead of filling memory.
///
/// The entries come from the zip's central directory (`ZipDirectory`); an
/// entry's bytes are inflated by zlib from exactly the range the directory
/// gives, bounded in input and output, and checked against the entry's
/// CRC-32.
struct WordArchive {
  /// The most bytes one entry may inflate to (256 MiB); a real
  /// `document.xml` of a 1,000-page law is a few megabytes.
  static let maximumEntrySize = 256 << 20

  private let directory: ZipDirectory
  private let bytes: Data

  /// Opens the zip held in `data`.
  ///
  /// - Throws: `WordProblem.corruptZip` when the zip's directory is
  ///   missing, or points outside the data (`ZipDirectory`).
  /// - Complexity: O(*n*) in the size of the zip's central directory.
  init(data: Data) throws(WordProblem) {
    guard let directory = ZipDirectory(data) else { throw .corruptZip }
    self.directory = directory
    bytes = data
  }

  /// The paths of the archive's entries.
  var paths: Dictionary<String, ZipDirectory.Location>.Keys { directory.locations.keys }

  /// The inflated bytes of the entry at `path`, or `nil` if there is none.
  ///
  /// - Throws: `WordProblem.entryTooLarge` past `limit` (counted while
  ///   inflating, not trusted from the header), `.corruptEntry` when the
  ///   entry cannot be inflated or fails its checksum.
  /// - Complexity: O(*n*) in the entry's inflated size.
  func data(at path: String, limit: Int = WordArchive.maximumEntrySize) throws(WordProblem) -> Data? {
    guard let location = directory.locations[path], location.isFile else {
      return nil
    }
    if location.uncompressedSize > UInt64(limit) { throw .entryTooLarge(path) }
    let content: Data
    switch location.method {
    case 0:
      content = bytes.subdata(
        in: bytes.startIndex + location.data.lowerBound..<bytes.startIndex + location.data.upperBound)
    case 8:
      content = try inflate(location.data, limit: limit, path: path)
    default:
      throw .corruptEntry(path)
    }
    guard content.count == location.uncompressedSize, crc32(content) == location.crc32 else {
      throw .corruptEntry(path)
    }
    return content
  }

  private func inflate(_ range: Range<Int>, limit: Int, path: String) throws(WordProblem) -> Data {
    var output: UnsafeMutablePointer<UInt8>?
    var length = 0
    let status = bytes.withUnsafeBytes { buffer -> Int32 in
      guard let base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return Int32(ZLIBSHIM_CORRUPT) }
      return zlibshim_inflate_raw(base + range.lowerBound, range.count, limit, &output, &length)
    }
    defer { zlibshim_free(output) }
    switch status {
    case Int32(ZLIBSHIM_OK):
      guard let output else { return Data() }
      return Data(bytes: output, count: length)
    case Int32(ZLIBSHIM_TOO_LARGE): throw .entryTooLarge(path)
    default: throw .corruptEntry(path)
    }
  }

  private func crc32(_ data: Data) -> UInt32 {
    data.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
      return zlibshim_crc32(base, buffer.count)
    }
  }

  /// What kind of zip this is when it is not a Word document, from the
  /// entries other office formats always carry ("an Excel workbook"), or
  /// `nil` when it is none of them.
  func otherKind() -> String? {
    let paths = self.paths
    if paths.contains("xl/workbook.xml") { return "an Excel workbook (.xlsx)" }
    if paths.contains("ppt/presentation.xml") { return "a PowerPoint presentation (.pptx)" }
    if paths.contains("mimetype"), let type = try? data(at: "mimetype", limit: 200) {
      let mime = String(decoding: type, as: UTF8.self).trimmingWhitespaceAndNewlines()
      switch mime {
      case "application/vnd.oasis.opendocument.text":
        return "an OpenDocument text (.odt); convert it to .docx first (libreoffice --headless --convert-to docx FILE)"
      case "application/vnd.oasis.opendocument.spreadsheet": return "an OpenDocument spreadsheet (.ods)"
      case "application/vnd.oasis.opendocument.presentation": return "an OpenDocument presentation (.odp)"
      case "application/epub+zip": return "an EPUB book"
      default: break
      }
    }
    if paths.contains("META-INF/MANIFEST.MF") { return "a Java archive (.jar)" }
    return nil
  }
}
