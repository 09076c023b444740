import Alignment
import Diff
import Foundation
import TestSupport
import Testing

/// Inputs found by the fuzz targets (Fixtures/fuzz_regressions/), run
/// through the checks of the target that found them.
@Suite("fuzz regressions")
struct FuzzRegressionTests {
  static let folder = FixtureFiles.url("fuzz_regressions")

  static let inputs: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0 != "SOURCE.txt" }.sorted()
  }()

  @Test func theFolderHoldsInputs() {
    #expect(!Self.inputs.isEmpty)
  }

  @Test(arguments: inputs)
  func input(_ name: String) throws {
    let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
    if name.hasPrefix("reader-") {
      Self.checkReader(bytes)
    } else if name.hasPrefix("word-diff-") {
      Self.checkWordDiff(bytes)
    } else if name.hasPrefix("aligner-") {
      try Self.checkAligner(bytes)
    } else {
      Issue.record("\(name) names no fuzz target")
    }
  }

  /// Splits as `FuzzSupport.splitInTwo` does.
  static func splitInTwo(_ bytes: [UInt8]) -> ([UInt8], [UInt8]) {
    if let nul = bytes.firstIndex(of: 0) {
      return (Array(bytes[..<nul]), Array(bytes[(nul + 1)...]))
    }
    let middle = bytes.count / 2
    return (Array(bytes[..<middle]), Array(bytes[middle...]))
  }

  /// fuzz-reader: a document with paragraphs, or a one-line error.
  static func checkReader(_ bytes: [UInt8]) {
    do throws(ReadError) {
      let document = try DocumentReader.read(bytes: bytes, name: "fuzz.txt")
      #expect(!document.paragraphs.isEmpty)
    } catch {
      #expect(!error.description.contains("\n"))
    }
  }

  /// fuzz-word-diff: edits satisfy the invariants for the selected options.
  static func checkWordDiff(_ bytes: [UInt8]) {
    guard let selector = bytes.first else { return }
    let (a, b) = splitInTwo(Array(bytes.dropFirst()))
    let old = String(decoding: a, as: UTF8.self)
    let new = String(decoding: b, as: UTF8.self)
    let language = Language.allCases[Int(selector) % Language.allCases.count]
    let ignoring = WordDiff.Options.Ignoring(rawValue: Int(selector >> 4) & 0xF)
    let granularity: WordDiff.Options.Granularity = selector & 0x8 == 0 ? .word : .character
    let options = WordDiff.Options.forLanguage(language, ignoring: ignoring, granularity: granularity)
    let edits = WordDiff.edits(from: old, to: new, options: options)
    #expect(WordDiff.invariantViolations(of: edits, old: old, new: new) == [])
  }

  /// fuzz-aligner: paragraph beads, sentence beads and the document diff
  /// satisfy their invariants.
  static func checkAligner(_ bytes: [UInt8]) throws {
    let (a, b) = splitInTwo(bytes)
    guard let old = DocumentReader.parse(String(decoding: a, as: UTF8.self)),
      let new = DocumentReader.parse(String(decoding: b, as: UTF8.self))
    else { return }
    let aligner = SegmentAligner(source: old.language, target: new.language, lexicon: .cedict)
    try Bead.checkInvariants(
      aligner.alignParagraphs(old, new), sourceCount: old.paragraphs.count, targetCount: new.paragraphs.count)
    let text = ParallelText.aligning(("a", old), ("b", new), level: .sentence, lexicon: .cedict)
    for (index, beads) in text.beads.enumerated() {
      try Bead.checkInvariants(
        beads, sourceCount: text.versions[0].units.count, targetCount: text.versions[index + 1].units.count)
    }
    let diff = DocumentDiff(from: old, to: new)
    #expect(diff.invariantViolations(old: old.paragraphs, new: new.paragraphs) == [])
  }
}
