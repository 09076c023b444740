#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ParallelText {
  /// The identifier of the JSON schema written by `jsonData()`.
  public static let jsonSchema = "align.alignment/1"

  /// The alignment as `align.alignment/1` JSON (see docs/json-schemas.md),
  /// keys sorted so the same input always gives the same bytes: those
  /// `JSONEncoder.alignOutput()` gives for `AlignmentJSON`.
  ///
  /// - Complexity: O(*n*) in the size of the texts.
  public func jsonData() throws -> Data {
    var data = Data()
    writeJSON(chunkSize: .max) { data.append(contentsOf: $0) }
    return data
  }

  /// Writes the alignment as `align.alignment/1` JSON, byte for byte what
  /// `jsonData()` returns, to `sink` in pieces of about `chunkSize` bytes,
  /// without building the JSON (or a tree of encoded values) in memory.
  ///
  /// - Parameters:
  ///   - chunkSize: Bytes gathered before each call of `sink` (a piece is
  ///     larger when one unit's text is).
  ///   - sink: Takes each piece; its error ends the writing.
  /// - Complexity: O(*n*) in the size of the texts; O(`chunkSize`) memory
  ///   beyond the alignment's rows and its longest text.
  public func writeJSON(chunkSize: Int = 1 << 16, to sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    var json = PrettyJSON(capacity: min(max(1, chunkSize), 1 << 16) + 4096)
    // Keys in sorted order, as `JSONEncoder`'s `.sortedKeys` writes them.
    try json.object { json in
      json.key("beads")
      try json.array { json in
        for row in rows {
          json.element()
          json.object { json in
            json.key("confidence")
            json.double(((row.confidence * 1000).rounded()) / 1000)
            json.key("score")
            json.double(((row.score * 1000).rounded()) / 1000)
            json.key("units")
            json.array { json in
              for ids in row.units {
                json.element()
                json.array(ids)
              }
            }
          }
          try json.flush(to: sink, ifAtLeast: chunkSize)
        }
      }
      json.key("level")
      json.string(level.rawValue)
      json.key("schema")
      json.string(Self.jsonSchema)
      json.key("versions")
      try json.array { json in
        for version in versions {
          json.element()
          try json.object { json in
            json.key("language")
            json.string(version.language.rawValue)
            json.key("source")
            json.string(version.name)
            json.member("symbol", ifPresent: version.symbol)
            json.member("title", ifPresent: version.title)
            json.key("units")
            try json.array { json in
              for (id, unit) in version.units.enumerated() {
                json.element()
                json.object { json in
                  json.key("id")
                  json.int(id)
                  json.member("label", ifPresent: unit.label)
                  if let paragraph = unit.paragraph {
                    json.key("paragraph")
                    json.int(paragraph)
                  }
                  json.key("text")
                  json.string(unit.text)
                }
                try json.flush(to: sink, ifAtLeast: chunkSize)
              }
            }
          }
        }
      }
      let found = warnings
      if !found.isEmpty {
        json.key("warnings")
        json.array { json in
          for warning in found {
            json.element()
            json.object { json in
              json.key("kind")
              json.string(warning.jsonKind)
              json.key("message")
              json.string(warning.description(in: self))
              json.key("version")
              json.int(warning.version)
            }
          }
        }
      }
    }
    try json.flush(to: sink)
  }
}

extension ParallelText.Warning {
  /// The warning's case name, as `align.alignment/1` records it.
  var jsonKind: String {
    switch self {
    case .sameLanguage: "sameLanguage"
    case .stopsEarly: "stopsEarly"
    case .littleInCommon: "littleInCommon"
    case .weakAlignment: "weakAlignment"
    }
  }

  /// The version the warning is about.
  var version: Int {
    switch self {
    case .sameLanguage(let version, _), .stopsEarly(let version, _, _, _), .littleInCommon(let version, _, _),
      .weakAlignment(let version, _):
      version
    }
  }
}

/// The `align.alignment/1` JSON form of a `ParallelText`, for
/// `JSONEncoder`: the reference `writeJSON` is tested against
/// (`Tests/AlignmentTests/AlignmentJSONTests.swift`).
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
