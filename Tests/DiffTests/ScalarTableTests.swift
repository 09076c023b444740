import Testing

@testable import Diff

@Suite("ScalarTable")
struct ScalarTableTests {
  /// The class a character had before the table: from `Character`'s own
  /// properties.
  static func characterClass(_ c: Character) -> TokenClass {
    if c.isWhitespace { return .space }
    if let scalar = c.unicodeScalars.first, scalar.properties.isIdeographic { return .han }
    if c.isLetter || c.isNumber { return .word }
    return .punctuation
  }

  @Test("every covered scalar has the class and numeral flag of its Character, alone and with a combining mark")
  func tableAgreesWithCharacterProperties() throws {
    var covered = 0
    for value in UInt32(0)..<0x1_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let alone = Character(scalar)
      #expect(TokenClass(alone) == Self.characterClass(alone), "U+\(String(value, radix: 16))")
      #expect(Tokenizer.isChineseNumeral(alone) == Tokenizer.chineseNumerals.contains(alone))
      let markedText = String(scalar) + "\u{301}"
      if markedText.count == 1 {
        let marked = Character(markedText)
        #expect(TokenClass(marked) == Self.characterClass(marked))
        #expect(Tokenizer.isChineseNumeral(marked) == Tokenizer.chineseNumerals.contains(marked))
      }
      if let entry = ScalarTable.shared[scalar] {
        covered += 1
        #expect(entry.tokenClass == TokenClass(properties: scalar))
      }
    }
    // The ideographs and the filled blocks.
    #expect(covered == 0x5200 + 0x19C0 + 0x590 + 0x40 + 0xF0 + 0x70 + 0x100)
  }

  @Test("numerals are found in the table, and a compatibility ideograph equal to one by the set")
  func numerals() {
    #expect(Tokenizer.isChineseNumeral("十"))
    #expect(Tokenizer.isChineseNumeral("〇"))
    #expect(!Tokenizer.isChineseNumeral("条"))
    // U+F9B2 is canonically equivalent to 零.
    #expect(Tokenizer.isChineseNumeral("\u{F9B2}") == Tokenizer.chineseNumerals.contains("\u{F9B2}"))
  }
}
