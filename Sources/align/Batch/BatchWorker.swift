import Alignment
import Diff
import Report

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What `align batch` does to each set, and how: a plain value shared by
/// the worker threads.
struct BatchWorker: Sendable {
  enum Mode: String, Sendable, CaseIterable {
    case pair, diff, report
  }

  var mode: Mode
  /// `--check`: add `align check`'s findings to each pair.
  var check: Bool
  var comparison: Comparison
  /// The report's generation time (report mode).
  var generated: String?
  /// The generation time when the user pinned it (`--generated`,
  /// `SOURCE_DATE_EPOCH`): only a pinned time is part of the resume key, so
  /// a resumed report batch keeps the reports of the first run.
  var pinnedGeneration: String?
  /// The directory relative manifest paths are read from.
  var root: String?

  /// What makes records differ besides the inputs: align's version and
  /// the options. Part of every set's resume key.
  var salt: String {
    [
      BatchRecord.schema, "align " + Align.version, mode.rawValue, "check=\(check)",
      "ignore=" + comparison.ignoring.sorted().joined(separator: ","), "chars=\(comparison.characters)",
      "generated=" + (pinnedGeneration ?? ""),
    ].joined(separator: "\u{1F}")
  }

  /// The result of one set.
  struct Outcome: Sendable {
    var key: String
    /// The record line, without its newline.
    var line: String
    var record: BatchRecord
    /// Whether the record came from the journal of an earlier run.
    var resumed: Bool
  }

  /// Reads, aligns (or compares) one set; a set that fails becomes an
  /// error record. A set whose key is in `journal` is not redone.
  ///
  /// - Complexity: that of `ParallelText.aligning` (pair mode) or
  ///   `DocumentDiff` (diff and report modes) on the set's files.
  func process(_ set: BatchSet, journal: [String: String]) -> Outcome {
    let input = BatchInput(set, root: root)
    let key = input.key(salt: salt)
    if let line = journal[key], let record = try? BatchRecord.decode(line), record.id == set.id {
      return Outcome(key: key, line: line, record: record, resumed: true)
    }
    var record = BatchRecord(
      id: set.id, status: "ok", mode: mode.rawValue,
      files: input.files.map {
        BatchRecord.File(role: $0.role, path: $0.path, hash: $0.hash.map { "fnv1a64:" + $0.hex })
      })
    do {
      try fill(&record, from: input)
    } catch {
      record = BatchRecord(
        id: record.id, status: "error", mode: record.mode, files: record.files, error: error.description)
    }
    let line: String
    do {
      line = try record.line()
    } catch {
      record = BatchRecord(
        id: set.id, status: "error", mode: mode.rawValue, files: [], error: "the record cannot be encoded")
      line = (try? record.line()) ?? "{}"
    }
    return Outcome(key: key, line: line, record: record, resumed: false)
  }

  /// A set that cannot be done: one line.
  struct SetFailure: Error, CustomStringConvertible {
    var description: String
  }

  private func fill(_ record: inout BatchRecord, from input: BatchInput) throws(SetFailure) {
    var documents: [(name: String, document: Document)] = []
    for (index, file) in input.files.enumerated() {
      switch file.contents {
      case .failure(let error): throw SetFailure(description: error.description)
      case .success(let bytes):
        let forced = mode == .pair ? Language(tag: file.role) : nil
        do {
          let document = try DocumentReader.read(bytes: bytes, name: file.path, options: .init(language: forced))
          record.files[index].language = document.language.rawValue
          documents.append((file.path, document))
        } catch {
          throw SetFailure(description: error.description)
        }
      }
    }
    switch mode {
    case .pair: try pair(&record, documents)
    case .diff, .report: try compare(&record, documents, roles: input.files.map(\.role))
    }
  }

  private func pair(_ record: inout BatchRecord, _ documents: [(name: String, document: Document)]) throws(SetFailure) {
    guard documents.count >= 2 else {
      throw SetFailure(description: "\(record.id): a set to pair needs two files or more, such as zh=… en=…")
    }
    let paragraphs: ParallelText
    do {
      paragraphs = try ParallelText.aligning(documents, level: .paragraph, lexicon: .cedict)
    } catch {
      throw SetFailure(description: "\(record.id): \(error)")
    }
    let sentences = paragraphs.refinedToSentences(lexicon: .cedict)
    let warnings = paragraphs.warnings.map { $0.description(in: paragraphs) }
    record.warnings = warnings.isEmpty ? nil : warnings
    record.paragraphs = paragraphs.rows.map { .init(units: $0.units, score: BatchRecord.rounded($0.score)) }
    record.sentences = sentences.rows.map { row in
      let texts = row.units.enumerated().map { v, ids in
        ids.map { sentences.versions[v].units[$0].displayText }
          .joined(separator: sentences.versions[v].language.isCJK ? "" : " ")
      }
      return .init(
        units: row.units, texts: texts, score: BatchRecord.rounded(row.score),
        confidence: BatchRecord.confidence(row))
    }
    if check {
      // Each file against the pivot, as `align check PIVOT FILE` would.
      record.findings = paragraphs.beads.indices.flatMap { k in
        let pairText = ParallelText(
          level: .paragraph, versions: [paragraphs.versions[0], paragraphs.versions[k + 1]],
          beads: [paragraphs.beads[k]])
        return TranslationCheck(pairText).findings.map {
          BatchRecord.Finding(
            file: k + 1, kind: $0.kind.rawValue, source: $0.source, target: $0.target, message: $0.message)
        }
      }
    }
  }

  private func compare(
    _ record: inout BatchRecord, _ documents: [(name: String, document: Document)], roles: [String]
  ) throws(SetFailure) {
    guard let o = roles.firstIndex(of: "old"), let n = roles.firstIndex(of: "new"), documents.count == 2 else {
      throw SetFailure(description: "\(record.id): \(mode.rawValue) mode needs exactly the files old=… and new=…")
    }
    let (old, new) = (documents[o], documents[n])
    let options = comparison.options(for: old.document.language)
    do {
      if mode == .diff {
        let diff = DocumentDiff(from: old.document, to: new.document, options: options)
        record.diff = try JSONValue.parse(
          diff.jsonData(old: old.document, new: new.document, oldName: old.name, newName: new.name))
      } else {
        let report = JSONReport(
          ChangeReport(old: old.document, new: new.document, options: options),
          options: ReportOptions(oldName: old.name, newName: new.name, generated: generated))
        record.report = try JSONValue.parse(report.jsonData())
      }
    } catch {
      throw SetFailure(description: "\(record.id): the \(mode.rawValue) cannot be encoded as JSON")
    }
  }
}
