import Alignment
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One line of `align batch` output (schema `align.batch/1`, see
/// docs/batch.md): a set's result or its error.
struct BatchRecord: Codable, Equatable, Sendable {
  /// One input file.
  struct File: Codable, Equatable, Sendable {
    /// The manifest's role: a language tag, or `old` / `new`.
    var role: String
    var path: String
    /// `fnv1a64:` and the FNV-1a 64 hash of the bytes, when read.
    var hash: String?
    /// The language read (detected or forced), when parsed.
    var language: String?
  }

  /// One paragraph bead (a row, for more than two files): unit ids per
  /// file and the bead's cost.
  struct ParagraphBead: Codable, Equatable, Sendable {
    var units: [[Int]]
    var score: Double
  }

  /// One sentence bead with its texts.
  struct SentencePair: Codable, Equatable, Sendable {
    var units: [[Int]]
    /// The text of each file's side, sentences joined; empty for a side
    /// with no sentence (1:0, 0:1).
    var texts: [String]
    /// The bead's cost (lower is better).
    var score: Double
    /// The row's confidence (`ParallelText.Row.confidence`, 0...1: words,
    /// anchors and lengths agreeing); see docs/batch.md.
    var confidence: Double
  }

  /// One check finding between the pivot (the first file) and another.
  struct Finding: Codable, Equatable, Sendable {
    /// The index of the other file in `files`.
    var file: Int
    var kind: String
    var source: [Int]
    var target: [Int]
    var message: String
  }

  static let schema = "align.batch/1"

  var schema = BatchRecord.schema
  var id: String
  /// `ok` or `error`.
  var status: String
  /// `pair`, `diff` or `report`.
  var mode: String
  var files: [File]
  /// The one-line message of a failed set.
  var error: String?
  var warnings: [String]?
  var paragraphs: [ParagraphBead]?
  var sentences: [SentencePair]?
  /// With `--check`: the findings of `align check` (empty: none).
  var findings: [Finding]?
  /// In diff mode: the `align.diff/1` document.
  var diff: JSONValue?
  /// In report mode: the `align.report/1` document.
  var report: JSONValue?

  var failed: Bool { status == "error" }

  /// The record as one line of JSON, keys sorted, without the newline.
  func line() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self)
  }

  static func decode(_ line: String) throws -> BatchRecord {
    try JSONDecoder().decode(BatchRecord.self, from: Data(line.utf8))
  }

  /// A cost rounded to three decimals, as `align pair --format json` does.
  static func rounded(_ value: Double) -> Double {
    value.isFinite ? (value * 1000).rounded() / 1000 : 1e9
  }

  /// A row's confidence (`ParallelText.Row.confidence`, 0...1) rounded to
  /// three decimals, as `align pair --format json` does.
  static func confidence(_ row: ParallelText.Row) -> Double {
    (row.confidence * 1000).rounded() / 1000
  }
}
