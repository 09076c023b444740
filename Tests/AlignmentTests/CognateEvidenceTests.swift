import Foundation
import TestSupport
import Testing

@testable import Alignment

/// Cognate keys through ICU transliteration between Russian and the
/// Latin-script languages, on words of the UDHR (`Fixtures/udhr_6lang`).
@Suite("Cognate evidence")
struct CognateEvidenceTests {
  @Test func appliesBetweenCyrillicAndLatinOnly() {
    #expect(CognateEvidence.applies(.english, .russian))
    #expect(CognateEvidence.applies(.russian, .spanish))
    #expect(CognateEvidence.applies(.french, .russian))
    #expect(!CognateEvidence.applies(.english, .french))
    #expect(!CognateEvidence.applies(.russian, .russian))
    #expect(!CognateEvidence.applies(.russian, .arabic))
    #expect(!CognateEvidence.applies(.english, .chineseSimplified))
    #expect(!CognateEvidence.applies(.russian, .chineseTraditional))
  }

  /// "Declaration" in the UDHR's four Latin and Cyrillic versions, and
  /// other cognates of its text: one key after transliteration.
  @Test func cognatesShareAPrefixKey() {
    var cognates = CognateEvidence()
    let keys = ["declaration", "déclaration", "declaración", "декларация"].map {
      cognates.key(of: $0)
    }
    #expect(keys == Array(repeating: "~dekl", count: 4))
    #expect(cognates.key(of: "социальному") == cognates.key(of: "social"))
    #expect(cognates.key(of: "тирании") == cognates.key(of: "tyranny"))
    #expect(cognates.key(of: "резолюцией") == cognates.key(of: "resolution"))
    #expect(cognates.key(of: "босния") == cognates.key(of: "bosnia"))
    #expect(cognates.key(of: "человека") != cognates.key(of: "human"))
    #expect(cognates.key(of: "мир") == nil)  // four letters needed
  }

  /// Articles 10, 11.1, 11.2 and 12 of the UDHR (lines 65, 69, 71, 75 of
  /// the fixtures, item markers cut).
  static func articles10to12(_ language: String) throws -> [String] {
    let lines = try FixtureFiles.text("udhr_6lang/udhr_\(language).txt")
      .split(separator: "\n", omittingEmptySubsequences: false)
    return [64, 68, 70, 74].map { index in
      let line = String(lines[index])
      return line.hasPrefix("1. ") || line.hasPrefix("2. ") ? String(line.dropFirst(3)) : line
    }
  }

  /// Without numbering, an English paragraph whose Russian counterpart
  /// is missing (article 11.2) must stand alone: the cognate prefixes the
  /// paragraphs share tell the aligner which English paragraphs the
  /// Russian 10 and 11.1 translate. Without them (measured before
  /// `CognateEvidence`) it merged 10 and 11.1 against the Russian 10 and
  /// paired 11.2 with 11.1.
  @Test func missingParagraphStandsAloneBetweenRussianAndEnglish() throws {
    let english = try Self.articles10to12("en")
    var russian = try Self.articles10to12("ru")
    #expect(english[1].hasPrefix("Everyone charged with a penal offence"))
    #expect(russian[2].hasPrefix("Никто не может быть осужден"))
    russian.remove(at: 2)
    let aligner = SegmentAligner(source: .english, target: .russian, lexicon: nil)
    let beads = aligner.align(english, russian)
    try Bead.checkInvariants(beads, sourceCount: 4, targetCount: 3)
    #expect(beads.map(\.vecalignLine) == ["[0]:[0]", "[1]:[1]", "[2]:[]", "[3]:[2]"])
  }

  /// The UDHR's title in English and Russian shares no token; after
  /// transliteration "Declaration" and "декларация" meet on one key.
  @Test func titlesShareOnlyTheTransliteratedCognate() throws {
    let english = ["Universal Declaration of Human Rights"]
    let russian = ["Всеобщая декларация прав человека"]
    var plain = FeatureExtractor(lexicon: nil, options: SegmentAligner.Options())
    let without = plain.features(
      source: english, sourceIsChinese: false, target: russian, targetIsChinese: false)
    #expect(without.source.keys.isEmpty)
    var cognate = FeatureExtractor(lexicon: nil, options: SegmentAligner.Options(), cognates: true)
    let with = cognate.features(
      source: english, sourceIsChinese: false, target: russian, targetIsChinese: false)
    #expect(with.source.keys.count == 1)
    #expect(with.source.keys == with.target.keys)
  }
}
