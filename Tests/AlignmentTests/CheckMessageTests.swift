import Alignment
import Testing

/// How `align check` words its findings: one per difference, symbols as
/// the document writes them.
@Suite("Check messages")
struct CheckMessageTests {
  static func findings(_ source: String, _ target: String) throws -> [String] {
    let a = try #require(DocumentReader.parse(source))
    let b = try #require(DocumentReader.parse(target))
    let check = TranslationCheck(
      ParallelText.aligning(("zh.txt", a), ("en.txt", b), level: .paragraph, lexicon: .cedict))
    return check.findings.map(\.message)
  }

  @Test func symbolsAreQuotedWhole() throws {
    let zh = "1. 回顾S/RES/2482 (2019)号决议。\n2. 回顾S/RES/2482（2019）号决议。\n3. 见S/2019/570号文件。\n"
    let en = "1. Recalling the resolution.\n2. Recalling the resolution.\n3. See the document.\n"
    #expect(
      try Self.findings(zh, en) == [
        "zh.txt ¶ 1 ↔ en.txt ¶ 1: symbol S/RES/2482 (2019) only in zh.txt",
        "zh.txt ¶ 2 ↔ en.txt ¶ 2: symbol S/RES/2482 (2019) only in zh.txt",
        "zh.txt ¶ 3 ↔ en.txt ¶ 3: symbol S/2019/570 only in zh.txt",
      ])
    // Written whole on both sides, the symbol agrees.
    let both = "1. Recalling S/RES/2482 (2019).\n2. Recalling S/RES/2482 (2019).\n3. See S/2019/570.\n"
    #expect(try Self.findings(zh, both).isEmpty)
  }

  @Test func oneFindingPerDifference() throws {
    let zh = "1. 见S/2019/570号文件。\n2. 决定继续处理此案。\n"
    let en = "1. See S/2019/571 and S/2019/571 again.\n2. Decides to remain seized of the matter.\n"
    #expect(
      try Self.findings(zh, en) == [
        "zh.txt ¶ 1 ↔ en.txt ¶ 1: symbol S/2019/570 only in zh.txt",
        "zh.txt ¶ 1 ↔ en.txt ¶ 1: symbol S/2019/571 only in en.txt (2 times)",
      ])
  }
}
