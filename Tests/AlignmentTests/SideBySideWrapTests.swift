import Testing

@testable import Alignment

/// The side-by-side view of `align pair` wraps CJK text between any two
/// characters, but never puts closing punctuation at the start of a line.
@Suite("Side-by-side wrapping")
struct SideBySideWrapTests {
  @Test(arguments: [
    // Five Han characters fill 10 columns; 。 would open the next line.
    ("一二三四五。", 10, ["一二三四", "五。"]),
    ("决定继续积极处理此案，并请秘书长报告。", 20, ["决定继续积极处理此", "案，并请秘书长报告。"]),
    ("一二三四五六", 10, ["一二三四五", "六"]),
    ("（一）国家安全）", 6, ["（一）", "国家安", "全）"]),
    // Resolution numbers and symbols are not cut.
    ("回顾第2121(2013)号决议", 14, ["回顾第", "2121(2013)号决", "议"]),
    ("以及S/PRST/2014/28号", 12, ["以及", "S/PRST/2014/", "28号"]),
  ])
  func closingPunctuationNeverOpensALine(text: String, width: Int, expected: [String]) {
    let lines = ParallelText.wrap(text, width: width)
    #expect(lines == expected)
    #expect(lines.allSatisfy { $0.displayWidth <= width })
    #expect(lines.joined() == text)
  }
}
