import Foundation
import TestSupport
import Testing

@testable import Alignment

/// The hand-written matchers of `AnchorScanner` find the anchors the Regex
/// patterns found (`RegexAnchors`): on every line of every text fixture,
/// on edge cases of each pattern's backtracking, and on generated strings
/// made of the patterns' pieces.
@Suite("Anchor scanner")
struct AnchorScannerTests {
  static func expectSame(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(
      AnchorExtractor.anchors(in: text) == RegexAnchors.anchors(in: text), "\(text.debugDescription)",
      sourceLocation: sourceLocation)
  }

  @Test(arguments: [
    // Symbols: series, segments without digits, trailing punctuation.
    "S/RES/2482 (2019)", "E/CN.6/2019/1", "A/73/L.1/Rev.1.", "A/B/C", "A/1//2", "ABCDEFG/1", "xA/1", "1A/1",
    "A.5x/1", "S/PRST/2018/9,", "A/RES/a-b/c", "UNEP/GC.27/17/", "A/HRC/", "A/-/1-", "А/RES/73/1", "Е/CN.6/2019/1",
    // Resolutions and ISO dates.
    "12345 (2019)", "1267(1999)", "1267 (19999)", "1267  (1999)", "2019-07-19", "2019-07-190", "12019-07-19",
    "2019-13-01", "2019-1-01",
    // Chinese dates.
    "2019年7月19日", "2019 年 7 月 19 日", "2019年 7月19 日", "20190年7月19日", "2019年123月1日", "一九四二年一月一日",
    "一九四二年十二月三十一日", "一九四二年十二十月一日", "九四二年一月一日", "2019年\u{F9B2}月1日",
    // Day month year, month day year.
    "1er janvier 2019", "1 de de 2019", "5 de 2019", "19 de julio de 2019", "19 July, 2019", "3.º de mayo de 2020",
    "3º mayo 2020", "3° mayo 2020", "3. mayo 2020", "123 May 2019", "1 February 20190", "1 fe\u{301}vrier 2019",
    "19 ИЮЛЯ 2019", "January 1, 2019", "XMarch 1, 2019", "March 123, 2019", "March 12 2019", "May 5, 201",
    // Paragraph references.
    "PARAGRAPH 3", "Párrafos 4 y 5", "PÁRRAFO 2", "pa\u{301}rrafo 2", "ПУНКТ 7", "пунктах 1 и 2", "пункта 3",
    "пунктов 1-3", "paragraphes 3 et 4", "paragraphe 3", "paragraphs 1, 2 and 3", "paragraphs 1 and", "paragraph3",
    "subparagraph 4 to 6", "第 3 至 5 段", "第3、4和5段", "第 3 ，4 段", "第3 4段", "第3段第4段", "第 3 段", "第3-段",
    // Numbers.
    "1,000", "1,000.5", "1,0000", "1,000,0000", "1,000,000.25", "1.000", "1.000,5", "1.000,5.", "1.000.", "1.0000",
    "1.000.5", "0.000", "1 000", "1 000,5", "1 000 0000", "1 0000", "12,5", "1234,5", "08", "0.5", "2,5.3", "1.2.3",
    ",5", "3.", "10.000.000", "999,999,999", "1,00", "٢٠١٩", "１２（２０１９）",
    // Arabic dates and session citations.
    "10 كانون الأول/ديسمبر 1948", "10 كانون الأول / ديسمبر 1948", "10 ديسمبر عام 1948", "10ديسمبر 1948",
    "10 ديسمبر سنة 1948", "10 آب 1948", "10 كانون الأول/ شباط 1948", "217 A (III)", "217 ألف (د-3)",
    "217 (د 3)", "217 (الدورة 3)", "217 А (III)", "第217A(III)号", "217 A  (III)", "217  (III)", "217 (IIIa)",
    "217 (C)", "217 I (II)", "12345 (III)", "217 (د-1234)",
    // Canonical equivalents and characters that match nothing.
    "A\u{301}/RES/1", "\u{212A}/1", "1\u{301}2", "2019-07-1\u{301}9", "no digits here", "",
  ])
  func edgeCases(_ text: String) { Self.expectSame(text) }

  @Test func everyFixtureLine() {
    let files = FixtureFiles.textFiles()
    #expect(files.count > 20)
    var lines = 0
    var anchors = 0
    for file in files {
      guard let text = try? FixtureFiles.text(file) else { continue }
      for line in text.split(separator: "\n") {
        Self.expectSame(String(line))
        #expect(
          AnchorExtractor.foldDigitsAndBrackets(String(line))
            == AnchorExtractor.foldDigitsAndBracketsByScalars(String(line)))
        anchors += AnchorExtractor.anchors(in: String(line)).count
        lines += 1
      }
    }
    #expect(lines > 10_000)
    #expect(anchors > 1_500)
  }

  /// The byte-by-byte folding gives the scalar-by-scalar one.
  @Test(arguments: [
    "１２（２０１９）／３", "S/RES/2482\u{200F} (2019)", "\u{202B}217\u{202C} \u{2066}x\u{2069}\u{061C}",
    "٢٠١٩٫٥ ١٬٠٠٠ ۱۲", "1\u{00A0}000\u{202F}000\u{2009}5", "\u{200D}\u{2028}\u{FF0E}\u{FF1A}", "А/RES/73/1 Пункт",
    "é ü 年 🇺🇳", "",
  ])
  func folding(_ text: String) {
    #expect(AnchorExtractor.foldDigitsAndBrackets(text) == AnchorExtractor.foldDigitsAndBracketsByScalars(text))
  }

  /// Strings of the patterns' pieces in a fixed pseudo-random order: the
  /// places where a greedy choice must back off.
  @Test func generatedStrings() {
    let pieces = [
      "1", "2", "0", "9", "19", "2019", "123", ",", ", ", ".", " ", "/", "-", "(", ")", "A", "S", "RES", "CN.6", "a",
      "年", "月", "日", "第", "段", "、", "一", "十", "〇", "paragraph", "Párrafos", "пункт", "ах", " and ", " y ", "de ",
      "May", "July", "janvier", "er", "º", "°", "كانون الأول", "ديسمبر", "عام ", "د", "ألف", "III", "x",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<4000 {
      let text = (0..<(1 + next(12))).map { _ in pieces[next(pieces.count)] }.joined()
      Self.expectSame(text)
    }
  }
}
