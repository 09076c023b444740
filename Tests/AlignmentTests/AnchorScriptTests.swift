import Testing

@testable import Alignment

/// Document symbols and resolution numbers as each of the six languages
/// writes them reduce to one anchor.
@Suite("Symbols and resolution numbers in each script")
struct AnchorScriptTests {
  static func anchors(_ text: String) -> Set<Anchor> { Set(AnchorExtractor.anchors(in: text)) }

  @Test(arguments: [
    ("in document A/RES/73/1,", "en"),
    ("dans le document A/RES/73/1,", "fr"),
    ("en el documento A/RES/73/1,", "es"),
    ("в документе А/RES/73/1,", "ru"),  // Cyrillic А, as typed in Russian texts
    ("في الوثيقة A/RES/73/1\u{200F}،", "ar"),  // with a right-to-left mark
    ("见A/RES/73/1号文件", "zh"),
  ])
  func symbol(_ text: String, _ language: String) {
    #expect(Self.anchors(text).contains(.symbol("A/RES/73/1")), "\(language): \(Self.anchors(text))")
  }

  @Test func cyrillicSeriesLetters() {
    #expect(Self.anchors("документ Е/CN.6/2019/1").contains(.symbol("E/CN.6/2019/1")))
    #expect(Self.anchors("доклад С/2019/100").contains(.symbol("C/2019/100")))
  }

  /// Cyrillic letters elsewhere stay Cyrillic: in a word, or not before "/".
  @Test func cyrillicWordsAreNotSymbols() {
    #expect(Self.anchors("Организация Объединенных Наций").isEmpty)
    #expect(Self.anchors("МВФ/2019").allSatisfy { if case .symbol = $0 { false } else { true } })
    #expect(AnchorExtractor.foldDigitsAndBrackets("ТАСС сообщил") == "ТАСС сообщил")
    #expect(AnchorExtractor.foldDigitsAndBrackets("А/73/1") == "A/73/1")
  }

  @Test(arguments: [
    "resolution 2482 (2019)", "résolution 2482 (2019)", "resolución 2482 (2019)",
    "резолюции 2482 (2019)", "القرار ٢٤٨٢ (٢٠١٩)", "القرار 2482\u{200F} (2019)", "第2482(2019)号决议",
    "第２４８２（２０１９）号決議",
  ])
  func resolution(_ text: String) {
    #expect(Self.anchors(text).contains(.resolution(number: 2482, year: 2019)), "\(text): \(Self.anchors(text))")
  }
}
