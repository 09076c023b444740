import Testing

@testable import Alignment

@Suite("Anchors")
struct AnchorTests {
  @Test func chineseResolutionReferences() {
    let anchors = AnchorExtractor.anchors(in: "回顾其第 1267(1999)、1373(2001)号决议及 S/PRST/2018/9 号主席声明，")
    #expect(
      anchors == [.resolution(number: 1267, year: 1999), .resolution(number: 1373, year: 2001), .symbol("PRST/2018/9")])
  }

  @Test func englishCounterpartHasTheSameAnchors() {
    let zh = AnchorExtractor.anchors(in: "回顾其第 1267(1999)号决议和 PRST/2018/9 号主席声明，")
    let en = AnchorExtractor.anchors(
      in: "Recalling its resolution 1267 (1999) and its presidential statement PRST/2018/9,")
    let expected: [Anchor] = [.resolution(number: 1267, year: 1999), .symbol("PRST/2018/9")]
    #expect(zh == expected)
    #expect(en == expected)
  }

  @Test func dates() {
    #expect(
      AnchorExtractor.anchors(in: "2019 年 7 月 19 日安全理事会第 8582 次会议通过")
        == [.date(year: 2019, month: 7, day: 19), .number("8582")])
    #expect(
      AnchorExtractor.anchors(in: "Adopted at its 8582nd meeting, on 19 July 2019")
        == [.number("8582"), .date(year: 2019, month: 7, day: 19)])
    #expect(AnchorExtractor.anchors(in: "le 1er juillet 2019") == [.date(year: 2019, month: 7, day: 1)])
    #expect(AnchorExtractor.anchors(in: "el 19 de julio de 2019") == [.date(year: 2019, month: 7, day: 19)])
  }

  @Test func paragraphReferences() {
    #expect(AnchorExtractor.anchors(in: "消除和打击第 10 和 11 段所列的非法活动") == [.paragraph("10"), .paragraph("11")])
    #expect(
      AnchorExtractor.anchors(in: "the illicit activities listed in paragraphs 10 and 11")
        == [.paragraph("10"), .paragraph("11")])
  }

  @Test func symbolsAndNumbers() {
    #expect(
      AnchorExtractor.anchors(in: "the report (S/2018/922) within 12 months and 1,000 troops")
        == [.symbol("S/2018/922"), .number("12"), .number("1000")])
    #expect(AnchorExtractor.anchors(in: "在１２个月内") == [.number("12")])
  }
}

@Suite("Consistency check")
struct ConsistencyCheckTests {
  @Test func agreeingTranslation() {
    let zh = "请秘书长在 12 个月内向安全理事会提交报告，说明第 10 和 11 段的执行情况，并回顾第 2395(2017)号决议；"
    let en =
      "Requests the Secretary-General to report within 12 months on paragraphs 10 and 11, recalling resolution 2395 (2017);"
    // Both sides carry the same four anchors (so an empty mismatch list is
    // agreement, not two sides with nothing found).
    let expected: Set<Anchor> = [
      .number("12"), .paragraph("10"), .paragraph("11"), .resolution(number: 2395, year: 2017),
    ]
    #expect(Set(AnchorExtractor.anchors(in: zh)) == expected)
    #expect(Set(AnchorExtractor.anchors(in: en)) == expected)
    #expect(ConsistencyCheck.mismatches(source: zh, target: en).isEmpty)
  }

  @Test func spelledOutNumbersAreNotMismatches() {
    #expect(ConsistencyCheck.mismatches(source: "在 12 个月内", target: "within twelve months").isEmpty)
    #expect(ConsistencyCheck.mismatches(source: "在十二个月内", target: "within 12 months").isEmpty)
  }

  @Test func disagreeingNumbersAreReported() {
    let found = ConsistencyCheck.mismatches(
      source: "在 90 天内提交 S/2018/1177 号文件", target: "within 120 days, document S/2018/1177")
    #expect(found == [.init(side: .source, anchor: .number("90")), .init(side: .target, anchor: .number("120"))])
  }
}

@Suite("More anchors")
struct MoreAnchorTests {
  @Test func isoDatesAndLeadingZeros() {
    #expect(
      AnchorExtractor.anchors(in: "（全国人民代表大会 2018-04-27；施行 2018-04-27）")
        == [.date(year: 2018, month: 4, day: 27), .date(year: 2018, month: 4, day: 27)])
    #expect(AnchorExtractor.anchors(in: "No. 08 and 8") == [.number("8"), .number("8")])
    #expect(AnchorExtractor.anchors(in: "0.5") == [.number("0.5")])
    #expect(AnchorExtractor.anchors(in: "一九四二年一月一日联合国宣言") == [.date(year: 1942, month: 1, day: 1)])
  }
}
