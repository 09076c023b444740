import Alignment
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file `align batch` writes as it goes (records stream out and the
/// journal, not an atomic rename, makes a killed run resumable): opened
/// (emptied) at the start,
/// appended to per set.
final class StreamingOutputFile {
  let path: String
  private let descriptor: Int32

  /// Standard output.
  init() {
    path = "-"
    descriptor = STDOUT_FILENO
  }

  init(path: String) throws {
    self.path = path
    descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      throw CommandFailure(description: "\(path): cannot be written (\(String(cString: strerror(errno))))")
    }
  }

  deinit {
    if descriptor != STDOUT_FILENO { close(descriptor) }
  }

  func write(_ text: String) throws {
    if let failure = FileDescriptorIO.writeAll(Data(text.utf8), to: descriptor) {
      throw CommandFailure(description: "\(path): cannot be written (\(String(cString: strerror(failure))))")
    }
  }
}

/// The translation-memory outputs of a batch, fed one record at a time in
/// manifest order: one TMX per set (`--tmx-dir`), one merged TMX
/// (`--tmx`), Moses-style parallel text (`--moses PREFIX`).
final class TranslationMemoryOutputs {
  private var tmxDirectory: String?
  private var merged: StreamingOutputFile?
  private var moses: [String: StreamingOutputFile] = [:]
  /// The roles of the Moses files, from the first set that has them.
  private var mosesRoles: [String]?
  private let mosesPrefix: String?
  private let minimumConfidence: Double
  private let fileNames: [String: String]
  /// Sets left out of the Moses files because their roles differ.
  private(set) var mosesSkipped = 0

  /// - Parameter ids: Every id of the batch, to give each set a TMX file
  ///   name of its own.
  init(tmxDirectory: String?, mergedTMX: String?, mosesPrefix: String?, minimumConfidence: Double, ids: [String]) throws
  {
    self.tmxDirectory = tmxDirectory
    self.mosesPrefix = mosesPrefix
    self.minimumConfidence = minimumConfidence
    fileNames = Self.fileNames(for: ids)
    if let tmxDirectory {
      do {
        try FileManager.default.createDirectory(atPath: tmxDirectory, withIntermediateDirectories: true)
      } catch {
        throw CommandFailure(description: "\(tmxDirectory): the directory cannot be made")
      }
    }
    if let mergedTMX {
      let file = try StreamingOutputFile(path: mergedTMX)
      try file.write(TMXWriter.header(sourceLanguage: nil, toolVersion: Align.version))
      merged = file
    }
  }

  var isEmpty: Bool { tmxDirectory == nil && merged == nil && mosesPrefix == nil }

  /// The file name of each id's TMX: the id with characters other than
  /// letters, digits, `.`, `-` and `_` made `_`; when two ids give one
  /// name, each of them gets its id's hash appended.
  static func fileNames(for ids: [String]) -> [String: String] {
    func clean(_ id: String) -> String {
      String(
        id.unicodeScalars.map { scalar -> Character in
          scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-"
            || scalar == "_"
            ? Character(scalar) : "_"
        })
    }
    var count: [String: Int] = [:]
    for id in ids { count[clean(id), default: 0] += 1 }
    var names: [String: String] = [:]
    for id in ids {
      let name = clean(id)
      names[id] = (count[name] ?? 0) > 1 || name.hasPrefix(".") ? name + "-" + StableHash.of(id.utf8).hex : name
    }
    return names
  }

  /// The sentence pairs of a record that translation memories keep: every
  /// side has text and the confidence is at least the threshold.
  func keptPairs(_ record: BatchRecord) -> [BatchRecord.SentencePair] {
    (record.sentences ?? []).filter { pair in
      pair.confidence >= minimumConfidence && pair.texts.allSatisfy { !$0.isEmpty }
    }
  }

  func add(_ record: BatchRecord) throws {
    guard !isEmpty, !record.failed, record.sentences != nil else { return }
    let languages = record.files.map { file in file.language.flatMap(Language.init(rawValue:)) ?? .english }
    let pairs = keptPairs(record)
    if tmxDirectory != nil || merged != nil {
      var units = ""
      for (n, pair) in pairs.enumerated() {
        units += TMXWriter.unit(
          id: "\(record.id)#\(n + 1)", segments: zip(languages, pair.texts).map { ($0, $1) })
      }
      if let tmxDirectory, let name = fileNames[record.id] {
        let text =
          TMXWriter.header(sourceLanguage: languages.first, toolVersion: Align.version) + units + TMXWriter.footer
        try OutputFile(tmxDirectory + "/" + name + ".tmx", inputs: []).write(Data(text.utf8))
      }
      try merged?.write(units)
    }
    if let mosesPrefix {
      let roles = record.files.map(\.role)
      if mosesRoles == nil {
        mosesRoles = roles
        for role in roles { moses[role] = try StreamingOutputFile(path: mosesPrefix + "." + role) }
      }
      guard roles == mosesRoles else {
        mosesSkipped += 1
        return
      }
      for (v, role) in roles.enumerated() {
        let lines = pairs.map { Self.oneLine($0.texts[v]) + "\n" }.joined()
        try moses[role]?.write(lines)
      }
    }
  }

  /// Closes the merged TMX.
  func finish() throws {
    try merged?.write(TMXWriter.footer)
  }

  /// Tabs and line breaks as spaces: one segment per line.
  static func oneLine(_ text: String) -> String {
    String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
  }
}
