import Foundation
import ZIPFoundation

/// The zip container of a Word file, read in memory, with every entry read
/// capped so that a zip bomb fails cleanly instead of filling memory.
struct WordArchive {
  /// The most bytes one entry may inflate to (256 MiB); a real
  /// `document.xml` of a 1,000-page law is a few megabytes.
  static let maximumEntrySize = 256 << 20

  private let archive: Archive

  /// Opens the zip held in `data`.
  ///
  /// - Throws: `WordProblem.corruptZip` when ZIPFoundation finds no
  ///   readable central directory.
  /// - Complexity: O(*n*) in the size of the zip's central directory.
  init(data: Data) throws(WordProblem) {
    do {
      archive = try Archive(data: data, accessMode: .read)
    } catch {
      throw .corruptZip
    }
  }

  /// The paths of the archive's entries, in central-directory order.
  var paths: [String] { archive.map(\.path) }

  /// The inflated bytes of the entry at `path`, or `nil` if there is none.
  ///
  /// - Throws: `WordProblem.entryTooLarge` past `maximumEntrySize` (counted
  ///   while inflating, not trusted from the header), `.corruptZip` when the
  ///   entry cannot be inflated or fails its checksum.
  /// - Complexity: O(*n*) in the entry's inflated size.
  func data(at path: String, limit: Int = WordArchive.maximumEntrySize) throws(WordProblem) -> Data? {
    guard let entry = archive[path] else { return nil }
    guard entry.type == .file else { return nil }
    if entry.uncompressedSize > UInt64(limit) { throw .entryTooLarge(path) }
    var bytes = Data()
    var tooLarge = false
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        if bytes.count + chunk.count > limit {
          tooLarge = true
          throw Archive.ArchiveError.cancelledOperation
        }
        bytes.append(chunk)
      }
    } catch {
      if tooLarge { throw .entryTooLarge(path) }
      throw .corruptEntry(path)
    }
    return bytes
  }

  /// What kind of zip this is when it is not a Word document, from the
  /// entries other office formats always carry ("an Excel workbook"), or
  /// `nil` when it is none of them.
  func otherKind() -> String? {
    let paths = Set(self.paths)
    if paths.contains("xl/workbook.xml") { return "an Excel workbook (.xlsx)" }
    if paths.contains("ppt/presentation.xml") { return "a PowerPoint presentation (.pptx)" }
    if paths.contains("mimetype"), let type = try? data(at: "mimetype", limit: 200) {
      let mime = String(decoding: type, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
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
