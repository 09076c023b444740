import Testing

@testable import Alignment

@Suite("Normalization")
struct NormalizationTests {
  @Test("NFC composes combining marks")
  func nfc() {
    #expect(Normalization.nfc("se\u{301}curite\u{301}").unicodeScalars.count == 8)
    #expect(Normalization.nfc("se\u{301}curite\u{301}") == "sécurité")
    #expect(Normalization.nfc("") == "")
    #expect(Normalization.nfc("安全理事会，") == "安全理事会，")
  }

  @Test("NFKC turns full-width digits, letters and punctuation into ASCII")
  func nfkcFullWidth() {
    #expect(Normalization.nfkc("１２３ＡＢＣ（ａ）") == "123ABC(a)")
    // Chinese full-width punctuation is folded too.
    #expect(Normalization.nfkc("安全理事会，") == "安全理事会,")
    // The ideographic space becomes a plain space.
    #expect(Normalization.nfkc("第\u{3000}1") == "第 1")
  }

  @Test("NFKC expands compatibility characters")
  func nfkcExpands() {
    #expect(Normalization.nfkc("㍿①ﬁ") == "株式会社1fi")
    // Longer than the input in UTF-16: exercises the buffer retry.
    let expanding = String(repeating: "㍿", count: 200)
    #expect(Normalization.nfkc(expanding) == String(repeating: "株式会社", count: 200))
  }

  @Test("Traditional to Simplified")
  func simplified() {
    #expect(Normalization.simplified("聯合國憲章") == "联合国宪章")
    #expect(Normalization.simplified("安全理事會決議") == "安全理事会决议")
    // Simplified and Latin text pass through.
    #expect(Normalization.simplified("联合国 Charter 1945") == "联合国 Charter 1945")
    #expect(Normalization.simplified("") == "")
  }

  @Test("Traditional to Simplified from many tasks at once")
  func simplifiedConcurrently() async {
    let results = await withTaskGroup(of: String.self) { group in
      for _ in 0..<32 {
        group.addTask { Normalization.simplified("聯合國安全理事會") }
      }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results == Array(repeating: "联合国安全理事会", count: 32))
  }
}
