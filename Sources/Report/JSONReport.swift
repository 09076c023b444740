import Alignment
import Diff
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A change report as JSON, schema `align.report/1`: the two documents'
/// particulars, the summary counts and the changes shown, each with its
/// paragraphs and word edits.
///
/// Keys are sorted, so the same input always gives the same bytes. With
/// `changesOnly`, `changes` holds only the rows shown and `elided` counts
/// the changes left out.
public struct JSONReport: Codable, Hashable, Sendable {
  public var schema = "align.report/1"
  public var generated: String?
  public var labels: ReportOptions.ColumnLabels
  public var old: DocumentInfo
  public var new: DocumentInfo
  public var summary: DocumentDiff.Summary
  public var changes: [ChangeInfo]
  /// How many changes were left out (`changesOnly`).
  public var elided: Int
  /// The translation of a three-way report, `nil` without one.
  public var translation: TranslationInfo?

  /// The translation of the new revision and the consistency findings.
  public struct TranslationInfo: Codable, Hashable, Sendable {
    public var file: String
    public var language: String
    /// Whether the translation's earlier version was given, so that
    /// `needs_revision` and `translation_only` mean something.
    public var comparedWithOld: Bool
    public var findings: [String]

    enum CodingKeys: String, CodingKey {
      case file, language, findings
      case comparedWithOld = "compared_with_old"
    }
  }

  /// The translation beside one change.
  public struct ChangeTranslation: Codable, Hashable, Sendable {
    /// The aligned translation text, `nil` when none is aligned.
    public var text: String?
    /// The source was revised and the translation was not.
    public var needsRevision: Bool
    /// The translation was revised and the source was not.
    public var translationOnly: Bool

    enum CodingKeys: String, CodingKey {
      case text
      case needsRevision = "needs_revision"
      case translationOnly = "translation_only"
    }
  }

  /// The particulars of one document.
  public struct DocumentInfo: Codable, Hashable, Sendable {
    public var file: String
    public var language: String
    public var title: String?
    public var symbol: String?
    public var adoption: String?
    public var paragraphs: Int
  }

  /// One paragraph of a change, with its index in its document.
  public struct ParagraphInfo: Codable, Hashable, Sendable {
    public var index: Int
    public var label: String?
    public var path: [String]
    public var kind: Paragraph.Kind
    public var text: String
  }

  /// One word edit: `op` is `equal`, `insert` or `delete`; `text` is the
  /// text shown (the old text of a deletion, otherwise the new).
  public struct EditInfo: Codable, Hashable, Sendable {
    public var op: Edit.Op
    public var text: String
  }

  /// One change: its index in the diff, kind, flags, paragraphs and edits.
  public struct ChangeInfo: Codable, Hashable, Sendable {
    public var index: Int
    public var op: Change.Op
    public var moved: Bool
    public var renumbered: Bool
    public var numbering: String?
    public var old: [ParagraphInfo]
    public var new: [ParagraphInfo]
    public var edits: [EditInfo]
    /// The translation beside the change in a three-way report.
    public var translation: ChangeTranslation?
  }

  /// Builds the report.
  ///
  /// - Complexity: O(*n*) in the total size of the documents and the diff.
  public init(_ report: ChangeReport, options: ReportOptions = ReportOptions()) {
    let input = ReportInput(report, options: options)
    self.init(particularsOf: input)
    changes.reserveCapacity(input.layout.rows.count)
    changes.append(contentsOf: Self.changes(of: input))
  }

  /// The report's members but its changes, which `changes(of:)` gives.
  private init(particularsOf input: ReportInput) {
    let (old, new, diff, options) = (input.old, input.new, input.diff, input.options)
    generated = options.generated
    labels = input.columns
    func info(_ document: Document, _ file: String) -> DocumentInfo {
      DocumentInfo(
        file: file, language: document.language.rawValue,
        title: document.frontMatter.title, symbol: document.frontMatter.symbol,
        adoption: document.frontMatter.adoption, paragraphs: document.paragraphs.count)
    }
    self.old = info(old, options.oldName)
    self.new = info(new, options.newName)
    summary = diff.summary
    changes = []
    elided = input.layout.rows.reduce(0) { total, row in
      if case .elided(let count) = row { total + count } else { total }
    }
    translation = input.translation.map {
      TranslationInfo(
        file: $0.name, language: $0.language.rawValue, comparedWithOld: $0.revised != nil,
        findings: $0.findings.map(ReportInput.describe))
    }
  }

  /// The changes shown, in the order of the report's rows, each made when
  /// it is read.
  private static func changes(of input: ReportInput) -> some Sequence<ChangeInfo> {
    func paragraphs(_ indices: [Int], _ document: Document) -> [ParagraphInfo] {
      indices.map {
        let p = document.paragraphs[$0]
        return ParagraphInfo(index: $0, label: p.label, path: p.path, kind: p.kind, text: p.text)
      }
    }
    return input.layout.rows.lazy.compactMap { row -> ChangeInfo? in
      guard case .change(let n) = row else { return nil }
      let change = input.diff.changes[n]
      return ChangeInfo(
        index: n, op: change.op, moved: change.moved, renumbered: change.renumbered,
        numbering: input.numbering(of: change),
        old: paragraphs(change.old, input.old), new: paragraphs(change.new, input.new),
        edits: change.edits.map { EditInfo(op: $0.op, text: $0.text) },
        translation: input.translation.map { column in
          let cell = input.translationCell(change, column)
          return ChangeTranslation(
            text: cell.text, needsRevision: cell.flag == .needsRevision,
            translationOnly: cell.flag == .translationOnly)
        })
    }
  }

  /// Writes the bytes `JSONReport(report, options: options).jsonData()`
  /// returns to `sink` in pieces of about `chunkSize` bytes, making each
  /// change as it is written: neither the JSON nor the report's list of
  /// changes is held whole.
  ///
  /// - Parameters:
  ///   - report: The revisions, their diff and the translation column.
  ///   - options: File names, column headings, changes-only and the time.
  ///   - chunkSize: Bytes gathered before each call of `sink` (a piece is
  ///     larger when one change is).
  ///   - sink: Takes each piece; its error ends the writing.
  /// - Complexity: O(*n*) in the total size of the documents and the diff;
  ///   O(`chunkSize`) memory beyond them, the report's rows and its largest
  ///   change.
  public static func write(
    _ report: ChangeReport, options: ReportOptions = ReportOptions(),
    chunkSize: Int = 1 << 16, to sink: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    let input = ReportInput(report, options: options)
    try JSONReport(particularsOf: input).writeJSON(changes: changes(of: input), chunkSize: chunkSize, to: sink)
  }

  /// The report as UTF-8 JSON, keys sorted, ending in a newline: the bytes
  /// `JSONEncoder.alignOutput()` gives for this value, written in one pass
  /// (`PrettyJSON`).
  ///
  /// - Complexity: O(*n*) in the size of the report.
  public func jsonData() throws -> Data {
    Data(jsonBytes())
  }

  /// `jsonData` as an array of bytes, so a caller can write it without
  /// another copy.
  ///
  /// - Complexity: As `jsonData`.
  package func jsonBytes() -> [UInt8] {
    // Room for the texts shown twice over and the markup: reserved but
    // untouched memory costs nothing, a regrowth copies everything.
    let texts = changes.reduce(0) { total, change in
      total + (change.old + change.new).reduce(0) { $0 + $1.text.utf8.count }
    }
    var json = PrettyJSON(capacity: 3 * texts + 256 * changes.count + 65_536)
    write(to: &json, changes: changes) { _ in }
    json.newline()
    return json.bytes
  }

  /// Writes the bytes `jsonData()` returns to `sink` in pieces of about
  /// `chunkSize` bytes, without building the JSON in memory.
  ///
  /// - Parameters:
  ///   - chunkSize: Bytes gathered before each call of `sink` (a piece is
  ///     larger when one change is).
  ///   - sink: Takes each piece; its error ends the writing.
  /// - Complexity: O(*n*) in the size of the report; O(`chunkSize`) memory
  ///   beyond the report and its largest change.
  public func writeJSON(
    chunkSize: Int = 1 << 16, to sink: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    try writeJSON(changes: changes, chunkSize: chunkSize, to: sink)
  }

  /// `writeJSON(chunkSize:to:)` with `changes` in place of the report's.
  private func writeJSON(
    changes: some Sequence<ChangeInfo>, chunkSize: Int, to sink: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    let chunkSize = max(1, chunkSize)
    var json = PrettyJSON(capacity: chunkSize + 4096)
    try write(to: &json, changes: changes) { try $0.flush(to: sink, ifAtLeast: chunkSize) }
    json.newline()
    try json.flush(to: sink)
  }

  /// Writes the report's members, keys sorted as `JSONEncoder` sorts them,
  /// with `changes` as its changes, calling `flush` after each change.
  func write(
    to json: inout PrettyJSON, changes: some Sequence<ChangeInfo>, flush: (inout PrettyJSON) throws -> Void
  ) rethrows {
    try json.object { json in
      json.key("changes")
      try json.array { json in
        for change in changes {
          json.element()
          change.write(to: &json)
          try flush(&json)
        }
      }
      json.key("elided")
      json.int(elided)
      json.member("generated", ifPresent: generated)
      json.key("labels")
      json.object { json in
        json.key("new")
        json.string(labels.new)
        json.key("old")
        json.string(labels.old)
      }
      json.key("new")
      new.write(to: &json)
      json.key("old")
      old.write(to: &json)
      json.key("schema")
      json.string(schema)
      json.key("summary")
      json.object { json in
        for (key, count) in [
          ("deleted", summary.deleted), ("inserted", summary.inserted), ("merged", summary.merged),
          ("modified", summary.modified), ("moved", summary.moved), ("renumbered", summary.renumbered),
          ("split", summary.split), ("unchanged", summary.unchanged),
        ] {
          json.key(key)
          json.int(count)
        }
      }
      if let translation {
        json.key("translation")
        json.object { json in
          json.key("compared_with_old")
          json.bool(translation.comparedWithOld)
          json.key("file")
          json.string(translation.file)
          json.key("findings")
          json.array(translation.findings)
          json.key("language")
          json.string(translation.language)
        }
      }
    }
  }
}

extension JSONReport.DocumentInfo {
  func write(to json: inout PrettyJSON) {
    json.object { json in
      json.member("adoption", ifPresent: adoption)
      json.key("file")
      json.string(file)
      json.key("language")
      json.string(language)
      json.key("paragraphs")
      json.int(paragraphs)
      json.member("symbol", ifPresent: symbol)
      json.member("title", ifPresent: title)
    }
  }
}

extension JSONReport.ChangeInfo {
  func write(to json: inout PrettyJSON) {
    json.object { json in
      json.key("edits")
      json.array { json in
        for edit in edits {
          json.element()
          json.object { json in
            json.key("op")
            json.string(edit.op.rawValue)
            json.key("text")
            json.string(edit.text)
          }
        }
      }
      json.key("index")
      json.int(index)
      json.key("moved")
      json.bool(moved)
      json.key("new")
      Self.write(new, to: &json)
      json.member("numbering", ifPresent: numbering)
      json.key("old")
      Self.write(old, to: &json)
      json.key("op")
      json.string(op.rawValue)
      json.key("renumbered")
      json.bool(renumbered)
      if let translation {
        json.key("translation")
        json.object { json in
          json.key("needs_revision")
          json.bool(translation.needsRevision)
          if let text = translation.text {
            json.key("text")
            json.string(text)
          }
          json.key("translation_only")
          json.bool(translation.translationOnly)
        }
      }
    }
  }

  static func write(_ paragraphs: [JSONReport.ParagraphInfo], to json: inout PrettyJSON) {
    json.array { json in
      for paragraph in paragraphs {
        json.element()
        json.object { json in
          json.key("index")
          json.int(paragraph.index)
          json.key("kind")
          json.string(paragraph.kind.rawValue)
          if let label = paragraph.label {
            json.key("label")
            json.string(label)
          }
          json.key("path")
          json.array(paragraph.path)
          json.key("text")
          json.string(paragraph.text)
        }
      }
    }
  }
}
