import Testing

@testable import Alignment

/// `Document.outline(width:)` shows each paragraph's first `width`
/// characters, line feeds marked " ⏎ ", cut with "…": the same text
/// whether it is read off the UTF-8 bytes (scalars that are characters
/// alone) or by characters.
@Suite("Outline text")
struct OutlineTextTests {
  /// The outline's last line for one paragraph of `text`.
  private func line(_ text: String, path: [String] = [], kind: Paragraph.Kind = .unnumbered, width: Int) -> String {
    let paragraph = Paragraph(label: nil, path: path, kind: kind, text: text, lines: 7...7)
    let outline = Document(language: .english, paragraphs: [paragraph]).outline(width: width)
    return outline.split(separator: "\n", omittingEmptySubsequences: false).dropLast().last.map(String.init) ?? ""
  }

  /// What the outline shows of `text`, by characters.
  private func expected(_ text: String, width: Int) -> String {
    let head = text.prefix(width + 1)
    var flat = ""
    for character in head { flat += character == "\n" ? " ⏎ " : String(character) }
    return head.count > width ? String(flat.prefix(width)) + "…" : flat
  }

  @Test func lineFeedsAtEveryPlaceAroundTheCut() {
    for text in ["ab\ncd", "\nabc", "abc\n", "a\n\nb", "第一行\n第二行", "ab\n", "\n"] {
      for width in 0...6 {
        #expect(
          line(text, width: width) == "-        unnumbered   L7  " + expected(text, width: width), "\(text) \(width)")
      }
    }
  }

  @Test func scalarsThatAreNotCharactersAlone() {
    // A combining mark, CR LF, an emoji and a regional-indicator pair are
    // counted as characters; Latin-1, CJK and full-width forms as scalars.
    let samples = [
      "e\u{301}e\u{301}e\u{301}", "a\r\nb\r\nc", "😀😀😀😀", "🇫🇷🇨🇳", "café naïve", "中文，全角！", "\t\ttab",
      "x\u{3099}y", "ａｂｃｄｅ",
    ]
    for text in samples {
      for width in 0...5 {
        #expect(
          line(text, width: width) == "-        unnumbered   L7  " + expected(text, width: width), "\(text) \(width)")
      }
    }
  }

  /// A fixed pseudo-random mix of those scalars, against the character
  /// reading.
  @Test func mixedTexts() {
    let alphabet: [String] = ["a", "\n", "中", "é", "e\u{301}", "\r\n", "😀", " ", "\t", "，", "\u{3099}"]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<Int(state % 9) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += alphabet[Int(state >> 33) % alphabet.count]
      }
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let width = Int(state >> 60) % 7
      #expect(
        line(text, width: width) == "-        unnumbered   L7  " + expected(text, width: width), "\(text) \(width)")
    }
  }

  @Test func pathsAndKindsPaddedByCharacters() {
    #expect(line("text", path: ["15", "a"], kind: .subparagraph, width: 40) == "15.a     subparagraph L7  text")
    #expect(line("text", path: ["1", "aa", "b", "iv", "z"], width: 40) == "1.aa.b.iv.z unnumbered   L7  text")
    #expect(line("text", path: ["ch", "1"], kind: .heading, width: 40) == "ch.1     heading      L7  text")
    // A path component of another script is padded by its characters.
    #expect(line("text", path: ["é", "e\u{301}"], width: 40) == "é.e\u{301}      unnumbered   L7  text")
  }
}
