import Foundation

extension ParallelText {
  /// The identifier of the JSON schema written by `jsonData()`.
  public static let jsonSchema = "align.alignment/1"

  /// The alignment as `align.alignment/1` JSON (see docs/json-schemas.md),
  /// keys sorted so the same input always gives the same bytes.
  public func jsonData() throws -> Data {
    let encoder = JSONEncoder.alignOutput()
    return try encoder.encode(AlignmentJSON(self))
  }
}

/// The `align.alignment/1` JSON form of a `ParallelText`.
struct AlignmentJSON: Encodable {
  struct VersionJSON: Encodable {
    var source: String
    var language: String
    var title: String?
    var symbol: String?
    var units: [UnitJSON]
  }

  struct UnitJSON: Encodable {
    var id: Int
    var label: String?
    var text: String
    var paragraph: Int?
  }

  struct BeadJSON: Encodable {
    /// Unit ids per version, in the order of `versions`.
    var units: [[Int]]
    var score: Double
  }

  var schema = ParallelText.jsonSchema
  var level: String
  var versions: [VersionJSON]
  var beads: [BeadJSON]

  init(_ text: ParallelText) {
    level = text.level.rawValue
    versions = text.versions.map { version in
      VersionJSON(
        source: version.name, language: version.language.rawValue, title: version.title, symbol: version.symbol,
        units: version.units.enumerated().map { UnitJSON(id: $0, label: $1.label, text: $1.text, paragraph: $1.paragraph) })
    }
    beads = text.rows.map { BeadJSON(units: $0.units, score: (($0.score * 1000).rounded()) / 1000) }
  }
}
