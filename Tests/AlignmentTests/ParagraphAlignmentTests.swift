import Testing

@testable import Alignment

@Suite("SegmentAligner.alignParagraphs")
struct ParagraphAlignmentTests {
  static func document(_ language: Language, _ items: [([String], String)]) -> Document {
    Document(
      language: language,
      paragraphs: items.enumerated().map { k, item in
        Paragraph(
          label: item.0.isEmpty ? nil : item.0.joined(separator: " "),
          path: item.0,
          kind: item.0.isEmpty ? .unnumbered : (item.0.count == 1 ? .numbered : .subparagraph),
          text: item.1, lines: (k + 1)...(k + 1))
      })
  }

  static let english = document(
    .english,
    [
      ([], "The Security Council,"),
      ([], "Recalling its resolution 2462 (2019),"),
      (["1"], "Decides to extend the mandate until 31 July 2020;"),
      (["2"], "Requests the Secretary-General to report every 90 days;"),
      (["2", "a"], "on the implementation of this resolution;"),
      (["3"], "Decides to remain seized of the matter."),
    ])

  static let chinese = document(
    .chineseSimplified,
    [
      ([], "安全理事会，"),
      ([], "回顾其第2462(2019)号决议，"),
      ([], "强调国际合作的重要性，"),
      (["1"], "决定将任务期限延长至2020年7月31日；"),
      (["2"], "请秘书长每90天提交报告；"),
      (["2", "a"], "关于本决议的执行情况；"),
      (["3"], "决定继续处理此案。"),
    ])

  /// The beads of `english` against `chinese`.
  static let expected = ["[0]:[0]", "[1]:[1]", "[]:[2]", "[2]:[3]", "[3]:[4]", "[4]:[5]", "[5]:[6]"]

  let aligner = SegmentAligner(source: .english, target: .chineseSimplified, lexicon: .cedict)

  @Test func numberedParagraphsAnchorTheAlignment() throws {
    let beads = aligner.alignParagraphs(Self.english, Self.chinese)
    try Bead.checkInvariants(beads, sourceCount: 6, targetCount: 7)
    // Numbers 1, 2, 2(a) and 3 pair English 2–5 with Chinese 3–6; the extra
    // Chinese preamble paragraph 2 has no English and becomes 0:1.
    #expect(beads.map(\.vecalignLine) == Self.expected)
  }

  @Test func crossingAnchorsAreDropped() throws {
    var chinese = Self.chinese
    // Number 1 and 3 swapped on the Chinese side: they cannot both anchor.
    chinese.paragraphs[3].path = ["3"]
    chinese.paragraphs[6].path = ["1"]
    let beads = aligner.alignParagraphs(Self.english, chinese)
    try Bead.checkInvariants(beads, sourceCount: 6, targetCount: 7)
    // Neither 1 (English 2 ↔ Chinese 6) nor 3 (English 5 ↔ Chinese 3) anchors;
    // 2 and 2(a) still do, and the text pairs the rest as before.
    let lines = beads.map(\.vecalignLine)
    #expect(!lines.contains("[2]:[6]") && !lines.contains("[5]:[3]"))
    #expect(lines == Self.expected)
  }

  @Test func repeatedPathsAndEmptyDocuments() throws {
    var english = Self.english
    english.paragraphs[5].path = ["2"]  // "2" now occurs twice: no anchor
    let beads = aligner.alignParagraphs(english, Self.chinese)
    try Bead.checkInvariants(beads, sourceCount: 6, targetCount: 7)
    // English 3 and 5 are both "2": the remaining anchors and the text still
    // give the same beads, the second "2" pairing with Chinese "3".
    #expect(beads.map(\.vecalignLine) == Self.expected)
    let empty = Document(language: .english, paragraphs: [])
    let onlyTarget = aligner.alignParagraphs(empty, Self.chinese)
    try Bead.checkInvariants(onlyTarget, sourceCount: 0, targetCount: 7)
    #expect(onlyTarget.map(\.vecalignLine) == (0..<7).map { "[]:[\($0)]" })
  }

  /// The numbering anchors before the chain is taken: unique paths present on
  /// both sides (English index, Chinese index).
  func numberingAnchors(_ a: Document, _ b: Document) -> [String] {
    candidates(a, b).map { "\($0.0)-\($0.1)" }
  }

  func candidates(_ a: Document, _ b: Document) -> [(Int, Int)] {
    let evidence = ParagraphEvidence(
      aligner: aligner, source: a.paragraphs.map(\.text), target: b.paragraphs.map(\.text))
    return aligner.numberingAnchors(a.paragraphs.map(\.path), b.paragraphs.map(\.path), evidence: evidence)
  }

  @Test func anchorsKeptAndDropped() {
    // 1, 2, 2(a), 3.
    #expect(numberingAnchors(Self.english, Self.chinese) == ["2-3", "3-4", "4-5", "5-6"])
    var repeated = Self.english
    repeated.paragraphs[5].path = ["2"]
    // "2" is on English 3 and 5: neither anchors; "3" is now English-less.
    #expect(numberingAnchors(repeated, Self.chinese) == ["2-3", "4-5"])
    var crossing = Self.chinese
    crossing.paragraphs[3].path = ["3"]
    crossing.paragraphs[6].path = ["1"]
    let candidates = candidates(Self.english, crossing)
    #expect(candidates.map { "\($0.0)-\($0.1)" } == ["2-6", "3-4", "4-5", "5-3"])
    // The chain keeps the consistent middle and drops both crossing ends.
    let chain = SegmentAligner.heaviestConsistentChain(candidates, gapPenalty: aligner.options.anchorSkewPenalty)
    #expect(chain.map { "\($0.0)-\($0.1)" } == ["3-4", "4-5"])
  }
}
