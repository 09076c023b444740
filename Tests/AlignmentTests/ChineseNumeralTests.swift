@testable import Alignment
import Testing

@Suite("ChineseNumeral")
struct ChineseNumeralTests {
  @Test(arguments: [
    ("十五", 15), ("五十八", 58), ("二百零一", 201), ("一千零五", 1005),
    ("五万三千四百", 53400), ("二〇一九", 2019), ("三亿", 300_000_000), ("十", 10),
  ])
  func readsNumerals(text: String, value: Int) {
    #expect(ChineseNumeral.value(Array(text.unicodeScalars)[...]) == value)
  }

  @Test func runStopsAtOtherCharacters() {
    let scalars = Array("第十五条".unicodeScalars)
    #expect(ChineseNumeral.runLength(scalars, from: 0) == 0)
    #expect(ChineseNumeral.runLength(scalars, from: 1) == 2)
  }
}
