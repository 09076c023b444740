import Foundation

/// The files under the repository's `Fixtures/` folder: the one place the
/// tests and benchmarks find them.
///
/// The folder is located from this source file's path (`Sources/TestSupport/`
/// is two levels below the package root), so tests run from any working
/// directory, as SwiftPM and Xcode both do.
public enum FixtureFiles {
  /// The `Fixtures/` folder.
  public static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Sources/TestSupport
    .deletingLastPathComponent()  // Sources
    .deletingLastPathComponent()  // the package
    .appendingPathComponent("Fixtures")

  /// The URL of `Fixtures/<relative>`.
  public static func url(_ relative: String) -> URL {
    root.appendingPathComponent(relative)
  }

  /// The path of `Fixtures/<relative>`.
  public static func path(_ relative: String) -> String {
    url(relative).path
  }

  /// The bytes of `Fixtures/<relative>`.
  public static func bytes(_ relative: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: url(relative)))
  }

  /// The UTF-8 text of `Fixtures/<relative>`.
  public static func text(_ relative: String) throws -> String {
    try String(contentsOf: url(relative), encoding: .utf8)
  }

  /// Every text file under `Fixtures/` but the `SOURCE.txt` notes, as paths
  /// relative to it, sorted: the real texts that tests run line by line.
  public static func textFiles() -> [String] {
    let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
    return files.filter { $0.hasSuffix(".txt") && !$0.hasSuffix("SOURCE.txt") }.sorted()
  }
}
