import Alignment
import Foundation
import TestSupport
import Testing

/// Paragraph alignment of every real bilingual pair in `Fixtures/`.
///
/// Each test states which paragraphs must pair; the figures are in the
/// report of the `pairpara` branch and in Guides/SegmentAlignment.md.
@Suite("Paragraph pairing of real documents")
struct ParagraphPairingTests {
  static let aligner = SegmentAligner(source: .chineseSimplified, target: .english, lexicon: .cedict)

  /// The beads of `a` against `b`, as "source paths or indexes → target"
  /// strings are hard to read in failures; this gives "[i]:[j]" lines.
  static func lines(_ beads: [Bead]) -> [String] { beads.map(\.vecalignLine) }

  /// The bead holding source paragraph `i`.
  static func bead(ofSource i: Int, in beads: [Bead]) -> Bead? {
    beads.first { $0.source.contains(i) }
  }

  /// The bead holding target paragraph `j`.
  static func bead(ofTarget j: Int, in beads: [Bead]) -> Bead? {
    beads.first { $0.target.contains(j) }
  }

  /// Every numbered paragraph of `b` sits in a bead with the paragraph of
  /// `a` that has the same path and no other numbered paragraph (an
  /// unnumbered continuation may join); returns how many did.
  @discardableResult
  static func expectNumberedPairs(
    _ a: Document, _ b: Document, _ beads: [Bead], sourceLocation: SourceLocation = #_sourceLocation
  ) -> Int {
    func isNumbered(_ p: Paragraph) -> Bool { !p.path.isEmpty && p.kind != .unnumbered && p.kind != .heading }
    var correct = 0
    for (j, paragraph) in b.paragraphs.enumerated() where isNumbered(paragraph) {
      let bead = Self.bead(ofTarget: j, in: beads)
      let source = (bead?.source ?? []).filter { isNumbered(a.paragraphs[$0]) }
      let target = (bead?.target ?? []).filter { isNumbered(b.paragraphs[$0]) }
      let ok = target == [j] && source.count == 1 && a.paragraphs[source[0]].path == paragraph.path
      #expect(ok, "\(paragraph.path) \(paragraph.text.prefix(30)) → \(source)", sourceLocation: sourceLocation)
      if ok { correct += 1 }
    }
    return correct
  }

  // MARK: S/RES/2446 (2018), complete in both languages

  @Test func sres2446EveryParagraphPairs() throws {
    let zh = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_zh.txt")
    let en = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_en.txt")
    #expect(zh.paragraphs.count == 6 && en.paragraphs.count == 6)
    let beads = Self.aligner.alignParagraphs(zh, en)
    try Bead.checkInvariants(beads, sourceCount: 6, targetCount: 6)
    #expect(Self.lines(beads) == (0..<6).map { "[\($0)]:[\($0)]" })
  }

  @Test func sres2446FrontMatterPairs() throws {
    let zh = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_zh.txt")
    let en = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_en.txt")
    let text = try ParallelText.aligning(
      [("zh", zh), ("en", en)], level: .paragraph, lexicon: .cedict)
    let pairs = text.rows.map { row in
      (
        row.units[0].map { text.versions[0].units[$0].text },
        row.units[1].map { text.versions[1].units[$0].text }
      )
    }
    func paired(_ a: String?, _ b: String?) -> Bool {
      pairs.contains { $0.0 == [a ?? "?"] && $0.1 == [b ?? "?"] }
    }
    #expect(paired(zh.frontMatter.title, en.frontMatter.title))  // 第2446(2018)号决议 ↔ Resolution 2446 (2018)
    #expect(paired(zh.frontMatter.adoption, en.frontMatter.adoption))
    #expect(paired(zh.frontMatter.author, en.frontMatter.author))  // 安全理事会, ↔ The Security Council,
    // Body paragraphs: six 1:1 rows.
    for k in 0..<6 {
      #expect(paired(zh.paragraphs[k].text, en.paragraphs[k].text), "paragraph \(k)")
    }
  }

  // MARK: S/RES/2482 (2019): the seed against truncated English copies

  @Test(arguments: [
    "sres2482_en_unscr_partial/S_RES_2482_2019_en_partial.txt",
    "sres2482_en_scribd_partial/S_RES_2482_2019_en_partial.txt",
  ])
  func truncatedCounterpartPairsWhatIsThere(_ english: String) throws {
    let zh = try Fixtures.document(Fixtures.seed)
    let en = try Fixtures.document(english)
    #expect(en.paragraphs.count == 4)
    let beads = Self.aligner.alignParagraphs(zh, en)
    try Bead.checkInvariants(beads, sourceCount: zh.paragraphs.count, targetCount: 4)
    let lines = Self.lines(beads)
    #expect(Array(lines.prefix(4)) == ["[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]"])
    // The other 49 Chinese paragraphs are reported unmatched.
    #expect(Array(lines.dropFirst(4)) == (4..<zh.paragraphs.count).map { "[\($0)]:[]" })
  }

  @Test(arguments: [
    "sres2482_en_unscr_partial/S_RES_2482_2019_en_partial.txt",
    "sres2482_en_scribd_partial/S_RES_2482_2019_en_partial.txt",
  ])
  func truncatedCounterpartFrontMatter(_ english: String) throws {
    let zh = try Fixtures.document(Fixtures.seed)
    let en = try Fixtures.document(english)
    let text = try ParallelText.aligning([("zh", zh), ("en", en)], level: .paragraph, lexicon: .cedict)
    let pairs = text.rows.map { row in
      (
        row.units[0].map { text.versions[0].units[$0].text },
        row.units[1].map { text.versions[1].units[$0].text }
      )
    }
    #expect(pairs.contains { $0.0 == [zh.frontMatter.adoption!] && $0.1 == [en.frontMatter.adoption!] })
    #expect(pairs.contains { $0.0 == ["安全理事会，"] && $0.1 == ["The Security Council,"] })
  }

  @Test(arguments: 1...5)
  func sres2446CutShortOnEitherSide(keeping k: Int) throws {
    let zh = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_zh.txt")
    var en = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_en.txt")
    en.paragraphs.removeLast(6 - k)
    let beads = Self.aligner.alignParagraphs(zh, en)
    #expect(Self.lines(beads) == (0..<k).map { "[\($0)]:[\($0)]" } + (k..<6).map { "[\($0)]:[]" })
    // And the other way round: the Chinese cut short.
    var shortZh = zh
    shortZh.paragraphs.removeLast(6 - k)
    let full = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_en.txt")
    let reverse = Self.aligner.alignParagraphs(shortZh, full)
    #expect(Self.lines(reverse) == (0..<k).map { "[\($0)]:[\($0)]" } + (k..<6).map { "[]:[\($0)]" })
  }

  // MARK: UN Charter, chapters I-III, zh / es / en

  static let charter = "un_charter_ch1-3_zh_es_en"

  @Test(arguments: [1, 2, 3], ["es", "en"])
  func charterArticlesAndParagraphsPair(chapter: Int, language: String) throws {
    let zh = try Fixtures.document("\(Self.charter)/chapter\(chapter)_zh.txt")
    let other = try Fixtures.document("\(Self.charter)/chapter\(chapter)_\(language).txt")
    let beads = Self.aligner.alignParagraphs(zh, other)
    try Bead.checkInvariants(beads, sourceCount: zh.paragraphs.count, targetCount: other.paragraphs.count)
    // Every article and numbered paragraph of the Chinese has its
    // counterpart 1:1 (the Spanish list under Article 7(1) is a paragraph
    // of its own that stays unmatched; its path repeats "7").
    let correct = Self.expectNumberedPairs(other, zh, beads.map { Bead(source: $0.target, target: $0.source) })
    let numbered = zh.paragraphs.filter { !$0.path.isEmpty && $0.kind != .unnumbered && $0.kind != .heading }.count
    #expect(correct == numbered)
  }

  @Test func charterThreeWayRows() throws {
    for chapter in 1...3 {
      let documents = try ["zh", "es", "en"].map { language in
        (name: language, document: try Fixtures.document("\(Self.charter)/chapter\(chapter)_\(language).txt"))
      }
      let text = try ParallelText.aligning(documents, level: .paragraph, lexicon: .cedict)
      for row in text.rows {
        let paths = row.units.enumerated().map { v, units in
          units.compactMap { text.versions[v].units[$0].paragraph }
            .map { documents[v].document.paragraphs[$0] }
            .filter { $0.kind != .unnumbered && $0.kind != .heading }
            .map(\.path)
        }
        // A row with a numbered Chinese paragraph holds the same number
        // in Spanish and English.
        guard paths[0].count == 1 else { continue }
        #expect(paths[1] == paths[0] && paths[2] == paths[0], "chapter \(chapter): \(paths)")
      }
      // The chapter title (a heading paragraph in zh and es, front matter
      // in en) is one row of three.
      #expect(text.rows.first.map { row in row.units.allSatisfy { $0.count == 1 } } == true, "chapter \(chapter)")
      let zhNumbered = documents[0].document.paragraphs.filter { !$0.path.isEmpty && $0.kind != .heading }.count
      let fullRows = text.rows.filter { row in row.units.allSatisfy { !$0.isEmpty } }.count
      #expect(fullRows >= zhNumbered, "chapter \(chapter)")
    }
  }

  // MARK: PRC laws: English translations against the complete Chinese

  static let counterTerrorismZh = "cn_law_versions/中华人民共和国反恐怖主义法_2018-04-27_现行有效.txt"
  static let antiMoneyLaunderingZh = "cn_law_versions/中华人民共和国反洗钱法_2024-11-08_现行有效.txt"

  @Test(arguments: [
    ("prc_counterterrorism_law_en_zh_partial/lexiscn_2015_original_en_partial.txt", 2),
    ("prc_counterterrorism_law_en_zh_partial/lexiscn_2018_amended_en_partial.txt", 2),
    ("prc_counterterrorism_law_en_zh_partial/registrationchina_2018_amended_en_partial.txt", 5),
  ])
  func counterTerrorismArticlesPair(_ english: String, numbered: Int) throws {
    let zh = try Fixtures.document(Self.counterTerrorismZh)
    let en = try Fixtures.document(english)
    let beads = Self.aligner.alignParagraphs(zh, en)
    try Bead.checkInvariants(beads, sourceCount: zh.paragraphs.count, targetCount: en.paragraphs.count)
    // Article N ↔ 第N条 and (1) ↔ （一） for what the English has.
    let correct = Self.expectNumberedPairs(zh, en, beads)
    #expect(correct == numbered)
    // Chapter I ↔ 第一章 (the last "Chapter I" when a table of contents
    // repeats it); the table of contents' other chapters stay unmatched
    // rather than pairing with chapter headings 90 articles away.
    let chapterOne = try #require(en.paragraphs.lastIndex { $0.path == ["chapter", "1"] })
    let bead = try #require(Self.bead(ofTarget: chapterOne, in: beads))
    #expect(bead.source.map { zh.paragraphs[$0].path } == [["chapter", "1"]])
    for (j, paragraph) in en.paragraphs.enumerated() where j < chapterOne && paragraph.kind == .heading {
      #expect(Self.bead(ofTarget: j, in: beads)?.source == [], "\(paragraph.text)")
    }
  }

  @Test func counterTerrorismInterleavedPage() throws {
    // One web page with each Chinese article followed by its English: the
    // lines with Han characters are the Chinese version, the others the
    // English (a format conversion done here, words untouched).
    let page = try FixtureFiles.text(
      "prc_counterterrorism_law_en_zh_partial/fazonghui_2018_bilingual_interleaved_partial.txt")
    let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let hasHan = { (line: String) in line.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
    let zh = try #require(DocumentReader.parse(lines.filter(hasHan).joined(separator: "\n\n")))
    let en = try #require(DocumentReader.parse(lines.filter { !hasHan($0) }.joined(separator: "\n")))
    let beads = Self.aligner.alignParagraphs(zh, en)
    try Bead.checkInvariants(beads, sourceCount: zh.paragraphs.count, targetCount: en.paragraphs.count)
    #expect(Self.expectNumberedPairs(zh, en, beads) == 2)  // Article 1, Article 2
  }

  @Test(arguments: [
    "prc_laws_en_translations_partial/aml_law_2024_en_lexiscn_partial.txt",
    "prc_laws_en_translations_partial/aml_law_2024_en_emilyweilawfirm_partial.txt",
  ])
  func antiMoneyLaunderingArticlesPair(_ english: String) throws {
    let zh = try Fixtures.document(Self.antiMoneyLaunderingZh)
    let en = try Fixtures.document(english)
    let beads = Self.aligner.alignParagraphs(zh, en)
    try Bead.checkInvariants(beads, sourceCount: zh.paragraphs.count, targetCount: en.paragraphs.count)
    #expect(Self.expectNumberedPairs(zh, en, beads) >= 2)
    // The law firm's web page chrome ("Home", "Laws & Regulations", an
    // e-mail address) stays unmatched.
    for (j, paragraph) in en.paragraphs.enumerated()
    where ["Home", "Laws & Regulations", "You Here!"].contains(paragraph.text) {
      #expect(Self.bead(ofTarget: j, in: beads)?.source == [], "\(paragraph.text)")
    }
  }

  @Test func shenyangDraftAgainstAdoptedTraditional() throws {
    // Not a translation but a draft (Simplified) and the adopted text
    // (served in Traditional script): articles 1-3 pair across scripts,
    // the adopted text's article 4 (beyond the draft's cut) stays alone.
    let draft = try Fixtures.document(
      "cn_shenyang_social_credit_draft_vs_adopted_partial/draft_2022-12_shenyang_gov_cn_partial.txt")
    let adopted = try Fixtures.document(
      "cn_shenyang_social_credit_draft_vs_adopted_partial/adopted_2023-10_zenchang_partial_traditional.txt")
    let beads = Self.aligner.alignParagraphs(draft, adopted)
    try Bead.checkInvariants(beads, sourceCount: draft.paragraphs.count, targetCount: adopted.paragraphs.count)
    #expect(Self.expectNumberedPairs(adopted, draft, beads.map { Bead(source: $0.target, target: $0.source) }) == 3)
    let four = try #require(adopted.paragraphs.firstIndex { $0.path == ["4"] })
    #expect(Self.bead(ofTarget: four, in: beads)?.source == [])
  }

  // MARK: Hong Kong ordinances, line-aligned zh-Hant / en

  static func hongKongLines(_ file: String) throws -> (zh: [String], en: [String]) {
    let lines = try FixtureFiles.text("hk_lawcorpus3_aligned_zh-Hant_en/\(file)")
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      .filter { !$0.isEmpty }
    let zh = lines.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
    let en = lines.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
    return (zh, en)
  }

  @Test(arguments: ["HK0001_partial.txt", "HK0504_partial.txt", "HK0510_partial.txt", "HK1006_partial.txt"])
  func hongKongProvisionsAlignOneToOne(_ file: String) throws {
    let (zh, en) = try Self.hongKongLines(file)
    // The files are cut mid-line: the last line of each is incomplete, so
    // the last pair is not checked (and a Chinese line without its English
    // stays unmatched at paragraph level).
    let complete = min(zh.count, en.count) - 1
    let aligner = SegmentAligner(source: .chineseTraditional, target: .english, lexicon: .cedict)
    let sentences = aligner.align(zh, en)
    try Bead.checkInvariants(sentences, sourceCount: zh.count, targetCount: en.count)
    for k in 0..<complete {
      #expect(Self.bead(ofSource: k, in: sentences).map { $0.vecalignLine } == "[\(k)]:[\(k)]", "sentences \(file)")
    }
    func document(_ language: Language, _ lines: [String]) -> Document {
      Document(
        language: language,
        paragraphs: lines.enumerated().map { k, line in
          Paragraph(label: nil, path: [], kind: .unnumbered, text: line, lines: (k + 1)...(k + 1))
        })
    }
    let beads = aligner.alignParagraphs(document(.chineseTraditional, zh), document(.english, en))
    try Bead.checkInvariants(beads, sourceCount: zh.count, targetCount: en.count)
    for k in 0..<complete {
      #expect(
        Self.bead(ofSource: k, in: beads).map { $0.vecalignLine } == "[\(k)]:[\(k)]",
        "paragraphs \(file): \(Self.lines(beads))")
    }
  }

  // MARK: Noise and numbering faults (real texts, synthetic damage)

  @Test func pageFurnitureAndLicenceFooterStayUnmatched() throws {
    let zh = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_zh.txt")
    var en = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_en.txt")
    func noise(_ text: String) -> Paragraph {
      Paragraph(label: nil, path: [], kind: .unnumbered, text: text, lines: 99...99)
    }
    // A stray running header between two preambular paragraphs, a footer
    // at the end.
    en.paragraphs.insert(noise("18-19345 2/3"), at: 2)
    en.paragraphs.append(
      noise(
        "This document is reproduced under the terms of use of the website; all rights reserved. Printed on recycled paper. Please recycle"
      ))
    let beads = Self.aligner.alignParagraphs(zh, en)
    try Bead.checkInvariants(beads, sourceCount: 6, targetCount: 8)
    #expect(
      Self.lines(beads) == ["[0]:[0]", "[1]:[1]", "[]:[2]", "[2]:[3]", "[3]:[4]", "[4]:[5]", "[5]:[6]", "[]:[7]"])
  }

  @Test func renumberedParagraphsDoNotDragTheRestOutOfLine() throws {
    // Charter Article 2: the English skips number 5 (its 5, 6, 7 are
    // labelled 6, 7, 8), so same-number pairs after the skip are wrong.
    let zh = try Fixtures.document("\(Self.charter)/chapter1_zh.txt")
    var en = try Fixtures.document("\(Self.charter)/chapter1_en.txt")
    for k in en.paragraphs.indices where en.paragraphs[k].path.first == "2" && en.paragraphs[k].path.count == 2 {
      if let n = Int(en.paragraphs[k].path[1]), n >= 5 { en.paragraphs[k].path[1] = String(n + 1) }
    }
    let beads = Self.aligner.alignParagraphs(zh, en)
    try Bead.checkInvariants(beads, sourceCount: zh.paragraphs.count, targetCount: en.paragraphs.count)
    // Index k of the English is still the translation of Chinese k + 1
    // (the Chinese has a chapter heading the English keeps as its title).
    for k in en.paragraphs.indices {
      #expect(Self.bead(ofTarget: k, in: beads)?.vecalignLine == "[\(k + 1)]:[\(k)]", "\(en.paragraphs[k].path)")
    }
  }

  @Test func repeatedNumberDoesNotDragTheRestOutOfLine() throws {
    // The English labels Article 2(4) "3" again: "2.3" is no longer
    // unique, so neither copy anchors; the words still pair them.
    let zh = try Fixtures.document("\(Self.charter)/chapter1_zh.txt")
    var en = try Fixtures.document("\(Self.charter)/chapter1_en.txt")
    let four = try #require(en.paragraphs.firstIndex { $0.path == ["2", "4"] })
    en.paragraphs[four].path = ["2", "3"]
    let beads = Self.aligner.alignParagraphs(zh, en)
    try Bead.checkInvariants(beads, sourceCount: zh.paragraphs.count, targetCount: en.paragraphs.count)
    for k in en.paragraphs.indices {
      #expect(Self.bead(ofTarget: k, in: beads)?.vecalignLine == "[\(k + 1)]:[\(k)]", "\(en.paragraphs[k].path)")
    }
  }

  @Test func mergedParagraphsKeepTheRestInLine() throws {
    // A PDF merged Article 2(3) and 2(4) of the English into one paragraph.
    let zh = try Fixtures.document("\(Self.charter)/chapter1_zh.txt")
    var en = try Fixtures.document("\(Self.charter)/chapter1_en.txt")
    let three = try #require(en.paragraphs.firstIndex { $0.path == ["2", "3"] })
    en.paragraphs[three].text += " " + en.paragraphs[three + 1].text
    en.paragraphs.remove(at: three + 1)
    let beads = Self.aligner.alignParagraphs(zh, en)
    try Bead.checkInvariants(beads, sourceCount: zh.paragraphs.count, targetCount: en.paragraphs.count)
    let merged = try #require(Self.bead(ofTarget: three, in: beads))
    #expect(merged.source.map { zh.paragraphs[$0].path } == [["2", "3"], ["2", "4"]], "\(Self.lines(beads))")
    for k in (three + 1)..<en.paragraphs.count {
      #expect(Self.bead(ofTarget: k, in: beads)?.vecalignLine == "[\(k + 2)]:[\(k)]", "\(en.paragraphs[k].path)")
    }
  }
}

@Suite("Paragraph pairing: damaged versions (property test)")
struct ParagraphPairingPropertyTests {
  /// Real charter chapters with random damage on the English side —
  /// paragraphs dropped, noise lines inserted, numbers shifted, two
  /// paragraphs merged, the end cut off — always give beads that cover
  /// both documents exactly once, in order, and the noise lines stay
  /// unmatched.
  @Test func damagedVersionsKeepTheInvariants() throws {
    var random = SplitMix64(seed: 2026)
    let aligner = ParagraphPairingTests.aligner
    let noise = [
      "Page 3 of 12", "18-19345 (C)", "Printed on recycled paper",
      "© United Nations 2019. All rights reserved.", "Home | Laws & Regulations | Contact",
    ]
    var intact = 0
    var correct = 0
    for round in 0..<40 {
      let chapter = 1 + Int(random.next() % 3)
      let zh = try Fixtures.document("\(ParagraphPairingTests.charter)/chapter\(chapter)_zh.txt")
      var en = try Fixtures.document("\(ParagraphPairingTests.charter)/chapter\(chapter)_en.txt")
      let originalPaths = Dictionary(en.paragraphs.map { ($0.text, $0.path) }, uniquingKeysWith: { a, _ in a })
      for _ in 0..<(1 + Int(random.next() % 3)) {
        guard !en.paragraphs.isEmpty else { break }
        let k = Int(random.next() % UInt64(en.paragraphs.count))
        switch random.next() % 5 {
        case 0: en.paragraphs.remove(at: k)
        case 1:
          en.paragraphs.insert(
            Paragraph(
              label: nil, path: [], kind: .unnumbered, text: noise[Int(random.next() % UInt64(noise.count))],
              lines: 1...1), at: k)
        case 2:
          if let last = en.paragraphs[k].path.last, let n = Int(last) {
            en.paragraphs[k].path[en.paragraphs[k].path.count - 1] = String(n + 1)
          }
        case 3:
          if k + 1 < en.paragraphs.count {
            en.paragraphs[k].text += " " + en.paragraphs[k + 1].text
            en.paragraphs.remove(at: k + 1)
          }
        default:
          en.paragraphs.removeLast(en.paragraphs.count - k)
        }
      }
      let beads = aligner.alignParagraphs(zh, en)
      try Bead.checkInvariants(beads, sourceCount: zh.paragraphs.count, targetCount: en.paragraphs.count)
      // Numbered paragraphs whose text is untouched (216 of 217 when
      // written, a renumbered one included) pair with their own original
      // number's Chinese paragraph.
      for (j, paragraph) in en.paragraphs.enumerated() {
        guard let path = originalPaths[paragraph.text], !path.isEmpty else { continue }
        intact += 1
        let source = beads.first { $0.target.contains(j) }?.source ?? []
        if source.contains(where: { zh.paragraphs[$0].path == path }) { correct += 1 }
      }
      // Noise never pairs.
      for (j, paragraph) in en.paragraphs.enumerated() where noise.contains(paragraph.text) {
        #expect(beads.first { $0.target.contains(j) }?.source == [], "round \(round): \(paragraph.text)")
      }
    }
    #expect(Double(correct) >= 0.95 * Double(intact), "\(correct) of \(intact)")
  }
}
