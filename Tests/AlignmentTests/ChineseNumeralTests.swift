import Testing

@testable import Alignment

@Suite("Chinese numerals")
struct ChineseNumeralTests {
  @Test(arguments: [
    ("一", 1), ("十", 10), ("十五", 15), ("二十", 20), ("二十一", 21), ("一百", 100),
    ("一百零一", 101), ("一百一十", 110), ("一百十", 110), ("二百零一", 201), ("两百", 200),
    ("两千零五", 2005), ("一千零一十", 1010), ("九千九百九十九", 9999), ("三千", 3000),
    ("〇", 0), ("零", 0), ("一〇二", 102), ("二〇一九", 2019), ("廿", 20), ("廿一", 21),
    ("卅五", 35), ("一百四十三", 143), ("一万零一", 10001), ("壹佰贰拾", 120), ("两", 2),
  ])
  func parses(_ text: String, _ value: Int) {
    #expect(ChineseNumeral.parse(text) == value)
  }

  @Test(arguments: ["", "百", "十十", "百一", "第一", "abc", "一百百"])
  func rejects(_ text: String) {
    #expect(ChineseNumeral.parse(text) == nil)
  }

  /// Twenty digits overflowed `Int` and trapped; a number above
  /// `largestValue` is not a label.
  @Test(arguments: [
    String(repeating: "9", count: 20), String(repeating: "九", count: 20),
    String(repeating: "９", count: 20), String(repeating: "9", count: 400), "100000000",
  ])
  func rejectsNumbersTooLargeForALabel(_ text: String) {
    #expect(ChineseNumeral.parse(text) == nil)
  }

  @Test func acceptsTheLargestValue() {
    #expect(ChineseNumeral.parse("99999999") == ChineseNumeral.largestValue)
    #expect(ChineseNumeral.parse("九千九百九十九万九千九百九十九") == ChineseNumeral.largestValue)
  }

  @Test func fullWidthAndASCIIDigits() {
    #expect(ChineseNumeral.parse("１５") == 15)
    #expect(ChineseNumeral.parse("201") == 201)
  }

  @Test(arguments: [("IV", 4), ("vii", 7), ("XIX", 19), ("MCMXCIX", 1999)])
  func romanNumerals(_ text: String, _ value: Int) {
    #expect(RomanNumeral.parse(text) == value)
  }

  @Test func romanRejectsNonCanonical() {
    #expect(RomanNumeral.parse("IIII") == nil)
    #expect(RomanNumeral.parse("VX") == nil)
    #expect(RomanNumeral.parse("") == nil)
  }
}

@Suite("Chinese numeral runs")
struct ChineseNumeralRunTests {
  @Test func runStopsAtOtherCharacters() {
    let scalars = Array("第十五条".unicodeScalars)
    #expect(ChineseNumeral.runLength(scalars, from: 0) == 0)
    #expect(ChineseNumeral.runLength(scalars, from: 1) == 2)
    #expect(ChineseNumeral.value(scalars[1..<3]) == 15)
  }

  @Test func westernDigitsAreNotPartOfARun() {
    let scalars = Array("二〇一九年2019".unicodeScalars)
    #expect(ChineseNumeral.runLength(scalars, from: 0) == 4)
    #expect(ChineseNumeral.runLength(scalars, from: 5) == 0)
  }
}
