import Alignment
import TestSupport
import Testing

@testable import Diff

/// `DiffMarkdownRenderer.escape` looks at one-byte characters only; it must
/// escape what comparing every character with the marks escapes.
@Suite struct MarkdownEscapeTests {
  /// The escape by character comparison (canonical equivalence).
  static func byCharacters(_ text: String) -> String {
    var out = ""
    for c in text {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\\", "*", "_", "~", "`", "[", "]", "#", "|": out += "\\\(c)"
      case "\n": out += " "
      default: out.append(c)
      }
    }
    return out
  }

  @Test(arguments: [
    "第一条 a*b_c~d`e[f]g#h|i\\j&k<l>m", "line\nbreak", "crlf\r\nkept", "*\u{301} with an accent",
    "\u{1FEF} varia", "`grave`", "", "é\u{301}*", "\u{0600}*prepended", "👍🏽|", "#\n#",
  ])
  func agreesWithComparingCharacters(text: String) {
    #expect(DiffMarkdownRenderer.escape(text) == Self.byCharacters(text))
  }

  /// Every paragraph of a real law.
  @Test func realText() throws {
    let document = try DocumentReader.read(
      contentsOf: FixtureFiles.path("cn_law_versions/中华人民共和国宪法_2018-03-11_现行有效.txt"))
    for paragraph in document.paragraphs {
      #expect(DiffMarkdownRenderer.escape(paragraph.text) == Self.byCharacters(paragraph.text))
    }
  }
}
