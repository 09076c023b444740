import Testing

@testable import Diff

/// `WordDiff.boundaryScore` tells newlines and sentence ends by their
/// scalars; it must agree with comparing `Character`s.
@Suite struct BoundaryScoreTests {
  /// Tokens holding newlines, sentence ends and their look-alikes: CR LF,
  /// NEL, the line and paragraph separators, a combining mark after a mark,
  /// the Greek question mark (canonically a semicolon), full-width and
  /// compatibility forms.
  static let tokens: [String] = [
    "a", "\n", "a\nb", "\r\n", "\r", "\u{0B}", "\u{0C}", "x\u{85}", "\u{2028}", "\u{2029}", "\u{2027}", "\u{2030}",
    "\u{A8}", "\u{C2}\u{A8}", "。", "！", "？", "；", ".", "!", "?", ";", "\u{37E}", "x\u{37E}", ".\u{301}", "。\u{301}",
    "\u{FE52}", "\u{FE57}", "\u{FF0E}", "，", "、", "文", "第一条", "e\u{301}", "👍🏽", "a.", "…", "\u{85}\u{301}",
  ]

  @Test func newlinesAgreeWithCharacters() {
    for token in Self.tokens {
      #expect(
        WordDiff.containsNewline(Substring(token)) == token.contains(where: \.isNewline),
        "\(token.unicodeScalars.map(\.value))")
    }
  }

  @Test func sentenceEndsAgreeWithCharacters() {
    for token in Self.tokens {
      let byCharacters = token.last.map { WordDiff.sentenceEnds.contains($0) } ?? false
      #expect(WordDiff.endsSentence(Substring(token)) == byCharacters, "\(token.unicodeScalars.map(\.value))")
    }
  }

  /// Every scalar of the first planes alone, and after a letter.
  @Test func everyScalarAgrees() {
    for value in UInt32(0)..<0x3_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      for token in [String(Character(scalar)), "a" + String(Character(scalar))] {
        let text = Substring(token)
        #expect(WordDiff.containsNewline(text) == token.contains(where: \.isNewline))
        #expect(WordDiff.endsSentence(text) == (token.last.map { WordDiff.sentenceEnds.contains($0) } ?? false))
      }
    }
  }
}
