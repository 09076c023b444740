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
    /// `ParallelText.Row.confidence`, 0...1, three decimals.
    var confidence: Double
  }

  /// A `ParallelText.Warning`: its case name, the version it is about and
  /// the CLI's wording.
  struct WarningJSON: Encodable {
    var kind: String
    var version: Int
    var message: String
  }

  var schema = ParallelText.jsonSchema
  var level: String
  var versions: [VersionJSON]
  var beads: [BeadJSON]
  /// Absent when there is nothing to warn about.
  var warnings: [WarningJSON]?

  init(_ text: ParallelText) {
    level = text.level.rawValue
    versions = text.versions.map { version in
      VersionJSON(
        source: version.name, language: version.language.rawValue, title: version.title, symbol: version.symbol,
        units: version.units.enumerated().map {
          UnitJSON(id: $0, label: $1.label, text: $1.text, paragraph: $1.paragraph)
        })
    }
    let found = text.warnings.map { warning in
      switch warning {
      case .sameLanguage(let version, _):
        WarningJSON(kind: "sameLanguage", version: version, message: warning.description(in: text))
      case .stopsEarly(let version, _, _, _):
        WarningJSON(kind: "stopsEarly", version: version, message: warning.description(in: text))
      case .littleInCommon(let version, _, _):
        WarningJSON(kind: "littleInCommon", version: version, message: warning.description(in: text))
      case .weakAlignment(let version, _):
        WarningJSON(kind: "weakAlignment", version: version, message: warning.description(in: text))
      }
    }
    warnings = found.isEmpty ? nil : found
    beads = text.rows.map {
      BeadJSON(
        units: $0.units, score: (($0.score * 1000).rounded()) / 1000,
        confidence: (($0.confidence * 1000).rounded()) / 1000)
    }
  }
}
