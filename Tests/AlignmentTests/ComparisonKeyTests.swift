import Alignment
import Testing

@Suite("ComparisonKey")
struct ComparisonKeyTests {
  @Test("spaces around digits in Chinese text disappear")
  func cjkSpacing() {
    #expect(ComparisonKey.make("2019 年 7 月 19 日") == "2019年7月19日")
    #expect(
      ComparisonKey.make("   2019 年 7 月 19 日安全理事会第 8582 次会议通过 ")
        == "2019年7月19日安全理事会第8582次会议通过")
  }

  @Test("spaces between CJK characters and after CJK punctuation disappear")
  func cjkSpacingPunctuation() {
    #expect(ComparisonKey.make("安全理事会， \n\n 回顾其决议") == "安全理事会,回顾其决议")
    #expect(ComparisonKey.make("包括 PRST/2018/9 号主席声明") == "包括prst/2018/9号主席声明")
  }

  @Test("spaces between Latin words stay, collapsed to one")
  func latinSpacing() {
    #expect(ComparisonKey.make("  The Security\n  Council,  ") == "the security council,")
    #expect(ComparisonKey.make("1267 (1999)") == "1267 (1999)")
  }

  @Test(
    "whitespace collapses to single spaces and is trimmed",
    arguments: [
      ("a \t b", "a b"), (" a", "a"), ("a ", "a"), ("a b", "a b"), ("a\r\nb", "a b"),
      ("\u{3000}a\u{A0}\u{A0}b\n", "a b"), ("   ", ""), ("a \u{301}b", "a \u{301}b"),
    ])
  func collapse(input: String, expected: String) {
    #expect(ComparisonKey.make(input, options: .collapseWhitespace) == expected)
  }

  @Test(
    "CJK spacing: which neighbours lose the space between them",
    arguments: [
      ("第 1 条", "第1条"), ("第\r\n1", "第1"), ("会议\n通过", "会议通过"),
      ("(a) 段", "(a) 段"), ("PRST/2018/9 号", "PRST/2018/9号"), ("a b", "a b"),
      ("１ 年", "１年"), ("安理会 ， 决定", "安理会，决定"), ("Совет 安理会", "Совет安理会"),
      (" 安理会 ", " 安理会 "),
    ])
  func cjkSpacingCases(input: String, expected: String) {
    #expect(ComparisonKey.make(input, options: .removeCJKSpacing) == expected)
  }

  @Test("case folds fully")
  func caseFolding() {
    #expect(ComparisonKey.make("SECURITY Council") == ComparisonKey.make("security council"))
    #expect(ComparisonKey.make("STRASSE") == ComparisonKey.make("Straße"))
    #expect(ComparisonKey.make("СОВЕТ", options: .foldCase) == "совет")
  }

  @Test("width folds")
  func widthFolding() {
    #expect(ComparisonKey.make("１２３ＡＢＣ（ａ）") == "123abc(a)")
    #expect(ComparisonKey.make("ＡＢＣ", options: .foldWidth) == "ABC")
  }

  @Test("without options the key is only NFC")
  func noOptions() {
    #expect(ComparisonKey.make("A  e\u{301} １", options: []) == "A  é １")
  }

  @Test("script folding turns Traditional into Simplified")
  func scriptFolding() {
    #expect(ComparisonKey.make("聯合國憲章", options: .foldScript) == "联合国宪章")
    #expect(
      ComparisonKey.make("聯合國 憲章", options: [.foldScript, .removeCJKSpacing])
        == "联合国宪章")
    // Not part of the standard options.
    #expect(ComparisonKey.make("聯合國") == "聯合國")
  }

  @Test("punctuation style folds quotes, dashes, ellipses and widths")
  func punctuationStyle() {
    let options: ComparisonKey.Options = .foldPunctuationStyle
    #expect(ComparisonKey.make("“決議”", options: options) == "\"決議\"")
    #expect(ComparisonKey.make("‘a’ – b — c…", options: options) == "'a' - b - c...")
    #expect(ComparisonKey.make("（ａ）；", options: options) == "(ａ);")
    #expect(ComparisonKey.make("｢会｣､", options: options) == "「会」、")
    #expect(
      ComparisonKey.make("«Conseil»", options: options)
        == ComparisonKey.make("\"Conseil\"", options: options))
  }

  @Test("the standard options are width, case, CJK spacing and whitespace")
  func standard() {
    #expect(
      ComparisonKey.Options.standard
        == [.foldWidth, .foldCase, .removeCJKSpacing, .collapseWhitespace])
    #expect(ComparisonKey.make("") == "")
  }
}
