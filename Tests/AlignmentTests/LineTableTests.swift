import Testing

@testable import Alignment

/// The reader's byte scanners against the `Substring` code they replace.
@Suite("Line table and outline on bytes")
struct LineTableTests {
  /// Lines with tabs, ideographic and zero-width spaces, a byte order mark,
  /// combining marks, a prepended concatenation mark (U+0600, which takes
  /// the space after it into its character), Hangul and emoji.
  static let lines = [
    "  \t第一条　 ", "\u{3000}\u{3000}中文", "e\u{301}  ", "\u{0600} ", "  \u{0600}x \u{0600}  ", "", "   ",
    "abc\u{200B}", "\u{FEFF}x", "한국어 ", "😀 x 😀  ", "a\u{0301}\u{0302}", "\u{A0}Latin\u{A0}",
  ]

  @Test func measuresEachLineAsSourceLineDoes() throws {
    let table = LineTable(Self.lines.joined(separator: "\n"))
    try #require(table.count == Self.lines.count)
    for (index, raw) in Self.lines.enumerated() {
      let expected = SourceLine(number: index + 1, raw: Substring(raw))
      let line = table[index]
      #expect(line.number == expected.number)
      #expect(line.content == expected.content, "line \(index + 1)")
      #expect(line.content.utf8.count == expected.content.utf8.count, "line \(index + 1)")
      #expect(line.indent == expected.indent, "line \(index + 1)")
      #expect(line.width == expected.width, "line \(index + 1)")
    }
  }

  @Test func keepsTheSpaceThatAPrependedMarkTakesIn() {
    // "\u{0600} " is one character: trimming by characters keeps the space.
    let table = LineTable("\u{0600} \n")
    #expect(table[0].content.utf8.count == "\u{0600} ".utf8.count)
  }

  /// The outline's last line for one paragraph of `text`.
  private func shown(_ text: String) -> Substring? {
    let paragraph = Paragraph(label: nil, path: [], kind: .unnumbered, text: text, lines: 1...1)
    let outline = Document(language: .english, paragraphs: [paragraph]).outline(width: 40)
    return outline.split(separator: "\n").last?.split(separator: "L1  ", maxSplits: 1).last
  }

  @Test func cutsTheOutlineByCharacters() {
    let forty = String(repeating: "a", count: 40)
    #expect(shown(forty) == Substring(forty))
    #expect(shown(forty + "b") == Substring(forty + "…"))
    // The 41st character is two scalars: still one character past the cut.
    #expect(
      shown(String(repeating: "a", count: 39) + "e\u{301}") == Substring(String(repeating: "a", count: 39) + "e\u{301}")
    )
    #expect(shown(forty + "e\u{301}") == Substring(forty + "…"))
    #expect(shown(String(repeating: "中", count: 41)) == Substring(String(repeating: "中", count: 40) + "…"))
    #expect(shown("第一行\n第二行") == "第一行 ⏎ 第二行")
  }
}
