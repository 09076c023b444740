import Testing

@testable import Alignment

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
  @Test(arguments: [
    ("", Language.english, [String]()),
    (
      "Decides to extend the mandate; requests a report. Decides to remain seized.", .english,
      ["Decides to extend the mandate;", "requests a report.", "Decides to remain seized."]
    ),
    ("安全理事会，回顾其决议；请秘书长提交报告。决定继续处理此案。", .chineseSimplified, ["安全理事会，回顾其决议；", "请秘书长提交报告。", "决定继续处理此案。"]),
    ("国家采取下列措施：\n（一）保护环境；\n（二）防治污染。", .chineseSimplified, ["国家采取下列措施：", "（一）保护环境；", "（二）防治污染。"]),
    ("Ends with a colon: nothing after it.", .english, ["Ends with a colon:", "nothing after it."]),
    ("A list follows: ", .english, ["A list follows:"]),
  ])
  func segments(text: String, language: Language, expected: [String]) {
    #expect(SentenceSplitter.segments(of: text, language: language) == expected)
  }
}

@Suite("Sentence-level pairing")
struct SentencePairingTests {
  static let english = ParagraphAlignmentTests.document(
    .english,
    [
      ([], "The Security Council,"),
      (
        ["1"],
        "Decides to extend the mandate until 31 July 2020. Requests the Secretary-General to report every 90 days."
      ),
      (["2"], "Decides to remain seized of the matter."),
    ])

  static let chinese = ParagraphAlignmentTests.document(
    .chineseSimplified,
    [
      ([], "安全理事会，"),
      (["1"], "决定将任务期限延长至2020年7月31日。请秘书长每90天提交报告。"),
      (["2"], "决定继续处理此案。"),
    ])

  @Test func sentencesPairInsideParagraphs() throws {
    let text = try ParallelText.aligning(
      [("en", Self.english), ("zh", Self.chinese)], level: .sentence, lexicon: .cedict)
    #expect(text.level == .sentence)
    // Paragraph 1 holds two sentences on each side: four units, one to one.
    #expect(
      text.versions.map { $0.units.map(\.text) } == [
        [
          "The Security Council,", "Decides to extend the mandate until 31 July 2020.",
          "Requests the Secretary-General to report every 90 days.", "Decides to remain seized of the matter.",
        ],
        ["安全理事会，", "决定将任务期限延长至2020年7月31日。", "请秘书长每90天提交报告。", "决定继续处理此案。"],
      ])
    #expect(text.versions[0].units.map(\.paragraph) == [0, 1, 1, 2])
    #expect(text.versions[0].units.map(\.label) == [nil, "1", nil, "2"])
    #expect(text.beads[0].map(\.vecalignLine) == ["[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]"])
  }

  /// `align pair`'s default output: columns of equal width, the label
  /// before a paragraph's first sentence, a blank line between beads, and
  /// no line wider than asked (CJK characters count two).
  @Test func sideBySide() throws {
    let text = try ParallelText.aligning(
      [("en", Self.english), ("zh", Self.chinese)], level: .sentence, lexicon: .cedict)
    let output = text.sideBySide(width: 80)
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0.reversed().drop { $0 == " " }.reversed())
    }
    #expect(
      lines == [
        "en (en)                                │ zh (zh-Hans)",
        "───────────────────────────────────────┼───────────────────────────────────────",
        "The Security Council,                  │ 安全理事会，",
        "",
        "1 Decides to extend the mandate until  │ 1 决定将任务期限延长至2020年7月31日。",
        "31 July 2020.                          │",
        "",
        "Requests the Secretary-General to      │ 请秘书长每90天提交报告。",
        "report every 90 days.                  │",
        "",
        "2 Decides to remain seized of the      │ 2 决定继续处理此案。",
        "matter.                                │",
        "",
        "",
      ])
    let widest = output.split(separator: "\n").map { line in
      line.unicodeScalars.reduce(0) {
        $0 + ($1.properties.isIdeographic || ("\u{FF00}"..."\u{FFEF}").contains($1) || $1 == "，" || $1 == "。" ? 2 : 1)
      }
    }.max()
    #expect(widest == 79)
  }
}
