import FoundationEssentials

/// Files under the repository's `Fixtures/` folder, found relative to this
/// source file.
enum Fixture {
  /// The repository root: two folders above `Tests/AlignmentTests/`.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The bytes of `Fixtures/<path>`.
  static func bytes(_ path: String) throws -> [UInt8] {
    let url = root.appendingPathComponent("Fixtures").appendingPathComponent(path)
    return [UInt8](try Data(contentsOf: url))
  }

  /// The Chinese seed document: UN Security Council resolution 2482 (2019),
  /// UTF-8 without a byte order mark.
  static let seedPath = "sres2482_2019_zh_seed/S_RES_2482_2019_zh.txt"
}
