import Alignment
import Foundation
import TestSupport

/// Real texts copied from the shared corpus into `Fixtures/` (found by
/// `FixtureFiles`), read as `align` reads them.
enum Fixtures {
  static func document(_ relative: String, language: Language? = nil) throws -> Document {
    try DocumentReader.read(contentsOf: FixtureFiles.path(relative), options: .init(language: language))
  }

  static let seed = "sres2482_2019_zh_seed/S_RES_2482_2019_zh.txt"
  static let constitution2018 = "cn_law_versions/中华人民共和国宪法_2018-03-11_现行有效.txt"
  static let constitution1982 = "cn_law_versions/中华人民共和国宪法_1982-12-04_历史版本.txt"
}

extension Document {
  /// One line per paragraph: "path kind", for structure assertions.
  var structureDump: [String] {
    paragraphs.map { ($0.path.isEmpty ? "-" : $0.path.joined(separator: ".")) + " " + $0.kind.rawValue }
  }
}
