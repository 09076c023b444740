import Alignment
import Testing

/// `align check` on every real bilingual pair in `Fixtures/`: what it
/// reports is kept here as the expectation. Each finding was read by hand;
/// the notes say which are true differences between the versions.
@Suite("Translation check on real pairs")
struct TranslationCheckTests {
  /// The findings' messages for `source` against `target`, with the
  /// fixture folder left out of the file names.
  static func findings(_ source: String, _ target: String) throws -> [String] {
    let documents = try [source, target].map { (name: $0, document: try Fixtures.document($0)) }
    let check = TranslationCheck(try ParallelText.aligning(documents, level: .paragraph, lexicon: .cedict))
    return check.findings.map(\.message)
  }

  @Test func resolution2446AgreesFully() throws {
    let folder = "sres2446_zh_en_complete/"
    #expect(try Self.findings(folder + "S_RES_2446_2018_zh.txt", folder + "S_RES_2446_2018_en.txt").isEmpty)
  }

  @Test func truncatedEnglishOfTheSeed() throws {
    // The English copies stop after four preambular paragraphs: the rest of
    // the Chinese is one run without a counterpart, and the four agree.
    let seed = Fixtures.seed
    for english in [
      "sres2482_en_unscr_partial/S_RES_2482_2019_en_partial.txt",
      "sres2482_en_scribd_partial/S_RES_2482_2019_en_partial.txt",
    ] {
      #expect(try Self.findings(seed, english) == ["\(seed) ¶ #5 … ¶ 26 (49 paragraphs): no counterpart in \(english)"])
    }
  }

  @Test(arguments: 1...3)
  func charterChaptersAgree(chapter: Int) throws {
    // 一九四二年一月一日 in Article 3 is the date "1 January 1942".
    let folder = "un_charter_ch1-3_zh_es_en/chapter\(chapter)_"
    #expect(try Self.findings(folder + "zh.txt", folder + "en.txt").isEmpty)
    #expect(try Self.findings(folder + "zh.txt", folder + "es.txt").isEmpty)
  }

  @Test func counterTerrorismLawTranslation() throws {
    // A true difference: the database's metadata line gives the version
    // dates (2018-04-27, in force 2016-01-01), the translation's front
    // matter the adoption (2015-12-27) and amendment meetings; and the
    // English copy stops after Article 3 (2).
    let chinese = "cn_law_versions/中华人民共和国反恐怖主义法_2018-04-27_现行有效.txt"
    let english = "prc_counterterrorism_law_en_zh_partial/registrationchina_2018_amended_en_partial.txt"
    let found = try Self.findings(chinese, english)
    #expect(found.last == "\(chinese) 第三条（三） … 第九十七条 (167 paragraphs): no counterpart in \(english)")
    #expect(found.dropLast().allSatisfy { $0.hasPrefix("\(chinese) front matter ↔ \(english) front matter: ") })
    #expect(found.contains("\(chinese) front matter ↔ \(english) front matter: date 2015-12-27 only in \(english)"))
  }
}
