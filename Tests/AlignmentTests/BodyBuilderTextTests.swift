import Testing

@testable import Alignment

/// The body builder joins an article's further paragraphs (款) and the text
/// that continues it after its items into one paragraph's text, once the
/// paragraph is complete, and lets paragraphs with the same numbering share
/// one path.
@Suite("Body builder text")
struct BodyBuilderTextTests {
  static let law = """
    中华人民共和国测试法

    第一条 为了测试，制定本法。
    本法所称测试，是指检查。
    测试应当公开。
    第二条
    前款规定的测试，由国务院负责。
    第三条 测试人员应当：
    （一）遵守法律；
    （二）保守秘密。
    “测
    试”是指检查。
    第三块。
    第四块。
    第四条 本法自公布之日起施行。

    """

  static func document() throws -> Document {
    try #require(DocumentReader.parse(law))
  }

  @Test func furtherParagraphsJoinTheArticle() throws {
    let paragraphs = try Self.document().paragraphs
    #expect(paragraphs.map(\.label) == ["第一条", "第二条", "第三条", "（一）", "（二）", nil, nil, "第四条"])
    #expect(paragraphs[0].text == "为了测试，制定本法。\n本法所称测试，是指检查。\n测试应当公开。")
    #expect(paragraphs[0].lines == 3...5)
    // A label alone on its line: the text starts with the next line, no
    // line break before it.
    #expect(paragraphs[1].text == "前款规定的测试，由国务院负责。")
    #expect(paragraphs[1].lines == 6...7)
  }

  @Test func textAfterItemsContinuesUntilADefinition() throws {
    let paragraphs = try Self.document().paragraphs
    // The definition's quote closes only in its second line: once joined,
    // the text opens with a defined term and takes no more lines.
    #expect(paragraphs[5].text == "“测\n试”是指检查。")
    #expect(paragraphs[5].path == ["3"])
    #expect(paragraphs[5].lines == 11...12)
    #expect(paragraphs[6].text == "第三块。\n第四块。")
    #expect(paragraphs[6].path == ["3"])
    #expect(paragraphs[6].lines == 13...14)
  }

  @Test func equalPathsShareOneArray() throws {
    let paragraphs = try Self.document().paragraphs
    let storage = paragraphs.map { $0.path.withUnsafeBufferPointer { $0.baseAddress } }
    #expect(paragraphs[2].path == paragraphs[5].path)
    #expect(storage[2] == storage[5] && storage[5] == storage[6])
    #expect(storage[2] != storage[3])
  }

  @Test func aCompilationSharesEachArticlesPath() throws {
    // The same law twice: each article number is one array.
    let twice = try #require(
      DocumentReader.parse(Self.law + Self.law.split(separator: "\n").dropFirst().joined(separator: "\n")))
    let firsts = twice.paragraphs.indices.filter { twice.paragraphs[$0].label == "第一条" }
    try #require(firsts.count == 2)
    let storage = firsts.map { twice.paragraphs[$0].path.withUnsafeBufferPointer { $0.baseAddress } }
    #expect(storage[0] == storage[1])
  }

  @Test func theParagraphArrayHoldsNoGrowthRoom() throws {
    let text = (1...300).map { "第\($0)条 第\($0)条的文字。\n第二款。" }.joined(separator: "\n")
    let document = try #require(DocumentReader.parse(text))
    #expect(document.paragraphs.count == 300)
    // Doubling would leave room for 512; only malloc's rounding is left.
    #expect(document.paragraphs.capacity < 310)
  }

  /// The reader hands the builder the labels it read for the language
  /// detector; the blocks a quote is taken off are read again, so a quoted
  /// resolution is numbered as when the builder reads every label itself.
  @Test func labelsReadBeforeTheQuoteIsTakenOffAreReadAgain() throws {
    let texts = [
      "The Security Council adopted the following resolution:",
      "“The Security Council,", "“1. Decides to renew the mandate;", "“2. Requests a report;",
      "“3. Decides to remain seized of the matter.”", "The meeting rose at 10.15 a.m.",
    ]
    let blocks = texts.enumerated().map { Block(range: ($0.offset + 1)...($0.offset + 1), text: $0.element) }
    let known = blocks.map { NumberingLabel.recognize(in: Substring($0.text)) }
    // Quoted, the numbered paragraphs open with no label.
    #expect(known[2] == nil && known[3] == nil)
    func built(_ labels: [NumberingLabel?]?) -> [Paragraph] {
      var builder = BodyBuilder(blocks: blocks, labels: labels, language: .english)
      builder.build()
      return builder.paragraphs
    }
    let paragraphs = built(known)
    #expect(paragraphs == built(nil))
    #expect(paragraphs.compactMap(\.label) == ["1.", "2.", "3."])
  }
}
