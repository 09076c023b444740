#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The document sets of a batch, read from a manifest: one set per line,
/// as TSV or JSON Lines (the two may be mixed).
///
/// - TSV: the id, then one `role=path` field per file, separated by tabs
///   (or, on a line without tabs, by runs of spaces):
///   `S/RES/2482(2019)	zh=un/2482_zh.pdf	en=un/2482_en.pdf`.
/// - JSON Lines: `{"id": "…", "files": [{"lang": "zh", "path": "…"}, …]}`
///   (`role` may stand for `lang`; `old` and `new` are roles too).
///
/// Blank lines and lines starting with `#` are skipped. The order of the
/// files in a line is kept: the first is the pivot of a pairing.
public enum BatchManifest {
  /// A manifest the batch cannot run: one line, with the line number.
  public struct Problem: Error, CustomStringConvertible, Equatable {
    public var description: String

    public init(_ description: String) {
      self.description = description
    }
  }

  /// Parses a whole manifest.
  ///
  /// - Throws: `Problem` for a line that is neither form, a set without
  ///   files, a role given twice, or an id given twice.
  /// - Complexity: O(*n*) in the length of the text.
  public static func parse(_ text: String) throws(Problem) -> [BatchSet] {
    var sets: [BatchSet] = []
    var lineOfID: [String: Int] = [:]
    var number = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      var line = Substring(rawLine)
      if line.hasSuffix("\r") { line = line.dropLast() }
      if number == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
      let trimmed = line.trimmingWhitespace()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let set = try trimmed.hasPrefix("{") ? jsonLine(trimmed, number: number) : tsvLine(String(line), number: number)
      if let earlier = lineOfID[set.id] {
        throw Problem("manifest line \(number): the id '\(set.id)' was already used on line \(earlier)")
      }
      lineOfID[set.id] = number
      sets.append(set)
    }
    return sets
  }

  /// One TSV line.
  static func tsvLine(_ line: String, number: Int) throws(Problem) -> BatchSet {
    let fields: [String] =
      line.contains("\t")
      ? line.split(separator: "\t").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
      : line.split(whereSeparator: { $0 == " " }).map(String.init)
    guard let id = fields.first else { throw Problem("manifest line \(number): no id") }
    var files: [BatchSet.File] = []
    for field in fields.dropFirst() {
      guard let equals = field.firstIndex(of: "="), equals != field.startIndex else {
        throw Problem("manifest line \(number): '\(field)' is not role=path (such as zh=docs/a_zh.txt)")
      }
      files.append(BatchSet.File(role: String(field[..<equals]), path: String(field[field.index(after: equals)...])))
    }
    return try validated(BatchSet(id: id, files: files), number: number)
  }

  /// The JSON form of one line.
  struct JSONLine: Decodable {
    struct File: Decodable {
      var lang: String?
      var role: String?
      var path: String
    }
    var id: String
    var files: [File]
  }

  /// One JSON line.
  static func jsonLine(_ line: String, number: Int) throws(Problem) -> BatchSet {
    let decoded: JSONLine
    do {
      decoded = try JSONDecoder().decode(JSONLine.self, from: Data(line.utf8))
    } catch {
      throw Problem(
        "manifest line \(number): not a set of the form {\"id\": …, \"files\": [{\"lang\": …, \"path\": …}]}")
    }
    var files: [BatchSet.File] = []
    for file in decoded.files {
      guard let role = file.lang ?? file.role, !role.isEmpty else {
        throw Problem("manifest line \(number): a file without \"lang\" (or \"role\")")
      }
      files.append(BatchSet.File(role: role, path: file.path))
    }
    return try validated(BatchSet(id: decoded.id, files: files), number: number)
  }

  static func validated(_ set: BatchSet, number: Int) throws(Problem) -> BatchSet {
    guard !set.id.isEmpty else { throw Problem("manifest line \(number): an empty id") }
    guard !set.files.isEmpty else { throw Problem("manifest line \(number): the set '\(set.id)' has no files") }
    var seen = Set<String>()
    for file in set.files {
      guard !file.path.isEmpty else { throw Problem("manifest line \(number): an empty path for \(file.role)") }
      guard seen.insert(file.role).inserted else {
        throw Problem("manifest line \(number): the role '\(file.role)' is given twice in '\(set.id)'")
      }
    }
    return set
  }
}
