import Testing

@testable import Alignment

/// Numbers, dates and comparison keys in the six UN languages.
@Suite("Numbers, dates and comparison keys in the six languages")
struct SixLanguageTextTests {
  @Test(arguments: [
    ("19 juillet 2019", Anchor.date(year: 2019, month: 7, day: 19)),
    ("1er janvier 2020", .date(year: 2020, month: 1, day: 1)),
    ("19 de julio de 2019", .date(year: 2019, month: 7, day: 19)),
    ("1.º de enero de 2020", .date(year: 2020, month: 1, day: 1)),
    ("19 июля 2019 года", .date(year: 2019, month: 7, day: 19)),
    ("19 تموز/يوليه 2019", .date(year: 2019, month: 7, day: 19)),
    ("10 كانون الأول / ديسمبر 1948", .date(year: 1948, month: 12, day: 10)),
    ("١٩ يوليو ٢٠١٩", .date(year: 2019, month: 7, day: 19)),
    ("۱۹ يوليو ۲۰۱۹", .date(year: 2019, month: 7, day: 19)),
    ("2019年7月19日", .date(year: 2019, month: 7, day: 19)),
  ])
  func datesInEveryLanguage(_ text: String, _ date: Anchor) {
    #expect(AnchorExtractor.anchors(in: text) == [date])
  }

  @Test(arguments: ["1,000", "1.000", "1 000", "1\u{00A0}000", "1\u{202F}000", "١٬٠٠٠", "1000"])
  func thousandsSeparators(_ text: String) {
    #expect(AnchorExtractor.anchors(in: "\(text) votes") == [.number("1000")])
  }

  @Test func decimalCommaAndPoint() {
    #expect(AnchorExtractor.anchors(in: "2,5 %") == [.number("2.5")])
    #expect(AnchorExtractor.anchors(in: "2.5 %") == [.number("2.5")])
    #expect(AnchorExtractor.anchors(in: "1 250,75") == [.number("1250.75")])
    #expect(AnchorExtractor.anchors(in: "1.250,75") == [.number("1250.75")])
    #expect(AnchorExtractor.anchors(in: "1,250.75") == [.number("1250.75")])
  }

  @Test(arguments: [
    "resolution 217 A (III)", "résolution 217 A (III)", "резолюцией 217 А (III)", "第217A(III)号决议", "قرار 217 ألف (د-3)",
  ])
  func generalAssemblyCitationsWithTheirSession(_ text: String) {
    #expect(AnchorExtractor.anchors(in: text) == [.symbol("A/RES/217(III)[A]")])
  }

  @Test func spelledOrdinalsCoverDigits() {
    let pairs = [
      ("at its 4th session", "à sa quatrième session"), ("at its 4th session", "en su cuarto período de sesiones"),
      ("at its 4th session", "на своей четвёртой сессии"), ("at its 4th session", "في دورتها الرابعة"),
    ]
    for (a, b) in pairs { #expect(ConsistencyCheck.mismatches(source: a, target: b).isEmpty, "\(b)") }
    #expect(!ConsistencyCheck.mismatches(source: "at its 5th session", target: "à sa quatrième session").isEmpty)
  }

  @Test func writingMarksFoldWithWidth() {
    let key = { (s: String) in ComparisonKey.make(s, options: [.foldWidth]) }
    #expect(key("مقاصـد") == key("مقاصد"))
    #expect(key("\u{200F}مقاصد\u{200F}") == key("مقاصد"))
    #expect(key("مُقَاصِد") == key("مقاصد"))
    #expect(key("\u{061C}1") == key("1"))
    #expect(key("её") == key("ее"))
    #expect(key("Ёлка") == key("Елка"))
    #expect(key("« paix »") == key("\u{00AB}\u{00A0}paix\u{00A0}\u{00BB}"))
    #expect(key("مقاصد") != key("مقاصة"))
  }
}
