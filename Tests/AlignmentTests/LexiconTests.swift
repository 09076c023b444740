import Foundation
import TestSupport
import Testing

@testable import Alignment

@Suite("Lexicon")
struct LexiconTests {
  @Test func readsTheBuildScriptsFormat() {
    let lexicon = Lexicon(tsv: "国家 國家\tcountry nation state\n和平\tpeace\n")
    #expect(lexicon.count == 3)
    #expect(lexicon.contains("國家"))
    #expect(lexicon.translations(of: "国家") == ["country", "nat", "stat"])  // stems
    #expect(!lexicon.contains("国"))
  }

  @Test func shipsCCCEDICTWithSimplifiedAndTraditionalHeadwords() throws {
    let lexicon = try #require(Lexicon.cedict)
    #expect(lexicon.count > 150_000)
    #expect(lexicon.translations(of: "安理会").contains("council"))
    #expect(lexicon.translations(of: "聯合國") == ["nat", "unit"])
  }

  /// The build script stems glosses with a port of `EnglishStemmer`; the
  /// file keeps every gloss word with its stem, so the two are compared on
  /// all 45 000 of them (a change to one stemmer without the other fails).
  @Test func buildScriptStemsEveryGlossWordAsTheAlignerDoes() throws {
    let lexicon = try #require(Lexicon.cedict)
    let pairs = lexicon.glossWordsAndStems
    #expect(pairs.count > 40_000)
    let stemmer = EnglishStemmer()
    let disagreeing = pairs.filter { stemmer.stem($0.word) != $0.stem }
    #expect(disagreeing.isEmpty, "\(disagreeing.prefix(5))")
  }

  /// `Lexicon(tsv:)` writes the binary form byte for byte as the script
  /// does (Fixtures/lexicon_format: 170 lines of the shipped lexicon and
  /// the script's output for them).
  @Test func swiftBuilderWritesTheScriptsBytes() throws {
    let tsv = try String(contentsOfFile: FixtureFiles.path("lexicon_format/sample.tsv"), encoding: .utf8)
    let expected = try Data(contentsOf: URL(fileURLWithPath: FixtureFiles.path("lexicon_format/sample.bin")))
    var builder = LexiconBuilder()
    for line in tsv.split(separator: "\n") {
      let parts = line.split(separator: "\t")
      builder.add(headwords: parts[0].split(separator: " "), words: parts[1].split(separator: " "))
    }
    #expect(builder.bytes() == Array(expected))
    let mapped = try Lexicon(contentsOfFile: FixtureFiles.path("lexicon_format/sample.bin"))
    let built = Lexicon(tsv: tsv)
    #expect(mapped.count == built.count)
    for line in tsv.split(separator: "\n") {
      for head in line.split(separator: "\t")[0].split(separator: " ") {
        #expect(mapped.translations(of: String(head)) == built.translations(of: String(head)))
      }
    }
  }

  /// `FeatureExtractor.longestEntry` narrows the sorted headwords one
  /// scalar at a time; it must find, at every Han position of real text,
  /// the headword that trying each length from the longest down finds.
  @Test func prefixNarrowingFindsTheLongestHeadwordAsTryingEachLengthDoes() throws {
    let lexicon = try #require(Lexicon.cedict)
    let text = try FixtureFiles.text("unpc_v1_devset_zh_en/UNv1.0.devset.zh")
    var extractor = FeatureExtractor(lexicon: lexicon, options: SegmentAligner.Options())
    var positions = 0
    var found = 0
    for line in text.split(separator: "\n").prefix(200) {
      let scalars = Array(line.unicodeScalars)
      for i in scalars.indices where FeatureExtractor.isHan(scalars[i]) {
        var runEnd = i
        while runEnd < scalars.count && FeatureExtractor.isHan(scalars[runEnd]) { runEnd += 1 }
        let longest = Int(lexicon.longestHeadword[scalars[i].value] ?? 0)
        let limit = min(longest, HeadwordKey.maximumLength, runEnd - i)
        var expected = 0
        for length in stride(from: limit, through: 1, by: -1) {
          if let key = HeadwordKey(scalars[i..<(i + length)]), lexicon.glossIDs(of: key) != nil {
            expected = length
            break
          }
        }
        let first = extractor.firstScalar(scalars[i], in: lexicon)
        #expect(Int(first.longest) == longest)
        let match = extractor.longestEntry(scalars, at: i, limit: limit, first: first, in: lexicon)
        #expect((match?.length ?? 0) == expected, "\(String(String.UnicodeScalarView(scalars[i..<runEnd])))")
        positions += 1
        if expected > 0 { found += 1 }
      }
    }
    #expect(positions > 5_000)
    #expect(found > positions / 2)
  }

  /// `LexiconStrings.prefixRange` on a small built lexicon: the headwords
  /// starting with a prefix, none for a prefix no headword has.
  @Test func prefixRangeHoldsExactlyTheHeadwordsWithThePrefix() {
    let lexicon = Lexicon(tsv: "国\tcountry\n国家\tnation\n国家队\tteam\n和平\tpeace\n")
    func heads(_ prefix: String) -> [String] {
      var prefix = prefix
      let range = prefix.withUTF8 {
        lexicon.headRange(ofPrefix: UnsafeRawBufferPointer($0), in: 0..<lexicon.headCount)
      }
      return range.map { lexicon.tables.heads.string($0) }
    }
    #expect(heads("国") == ["国", "国家", "国家队"])
    #expect(heads("国家") == ["国家", "国家队"])
    #expect(heads("和") == ["和平"])
    #expect(heads("中").isEmpty)
    #expect(heads("国家队员").isEmpty)
  }

  /// Forward maximum matching finds the same words through the mapped
  /// tables as the readable form gives.
  @Test func headwordKeysFindTheirEntries() throws {
    let lexicon = try #require(Lexicon.cedict)
    for word in ["安全理事会", "联合国", "決議", "中非共和国", "和平"] {
      let scalars = Array(word.unicodeScalars)
      let key = try #require(HeadwordKey(scalars[...]))
      #expect(lexicon.glossIDs(of: key) != nil, "\(word)")
      #expect(Int(lexicon.longestHeadword[scalars[0].value] ?? 0) >= scalars.count)
    }
    #expect(lexicon.wordID(of: "council") != nil)
    #expect(lexicon.wordID(of: "zzzzqx") == nil)
  }
}

/// A lexicon file that is missing, empty, cut short or not a lexicon is a
/// typed error with one line naming it, never a trap.
@Suite("Lexicon file problems")
struct LexiconFileTests {
  func temporaryFile(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("lexicon-\(UUID().uuidString).bin").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func missingFile() {
    #expect(throws: LexiconFileProblem.self) { try Lexicon(contentsOfFile: "/nonexistent/lexicon.bin") }
  }

  @Test(arguments: [0, 3, 8, 100, 1000, 25_000])
  func truncatedFile(length: Int) throws {
    let full = try Data(contentsOf: URL(fileURLWithPath: FixtureFiles.path("lexicon_format/sample.bin")))
    let path = try temporaryFile(Array(full.prefix(length)))
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
      _ = try Lexicon(contentsOfFile: path)
      Issue.record("a lexicon cut to \(length) bytes was accepted")
    } catch {
      #expect("\(error)".hasPrefix(path + ": "))
      #expect(!"\(error)".contains("\n"))
    }
  }

  @Test func notALexicon() throws {
    let path = try temporaryFile(Array("国家\tcountry\n".utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: LexiconFileProblem.damaged(path: path, reason: "no ALXB header")) {
      try Lexicon(contentsOfFile: path)
    }
  }

  /// Offsets pointing outside their tables (bytes flipped inside the
  /// arrays) give wrong look-ups, not reads outside the file.
  @Test func corruptedOffsetsStayInBounds() throws {
    var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: FixtureFiles.path("lexicon_format/sample.bin"))))
    var rng = SplitMix64(seed: 11)
    for _ in 0..<400 {
      let i = Int.random(in: 64..<bytes.count, using: &rng)
      bytes[i] = 0xFF
    }
    let path = try temporaryFile(bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard let lexicon = try? Lexicon(contentsOfFile: path) else { return }
    for word in ["国家", "和平", "A片", "x"] { _ = lexicon.translations(of: word) }
    let scalars = Array("国家".unicodeScalars)
    if let key = HeadwordKey(scalars[...]) { _ = lexicon.glossIDs(of: key) }
    _ = lexicon.wordID(of: "country")
    _ = lexicon.glossWordsAndStems
  }
}
