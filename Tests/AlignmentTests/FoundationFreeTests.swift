import Foundation
import Testing

@testable import Alignment

/// What the library does in place of Foundation's string APIs, which the
/// executable does without, checked against Foundation itself.
@Suite struct FoundationFreeTests {
  /// Every scalar either set could hold, and a few others.
  static let candidates: [Unicode.Scalar] =
    (0...0x3000).compactMap(Unicode.Scalar.init) + ["\u{FEFF}", "\u{180E}", "\u{301}", "a", "中"]

  @Test func whitespaceSetsAreFoundations() {
    for scalar in Self.candidates {
      #expect(scalar.isFoundationWhitespace == CharacterSet.whitespaces.contains(scalar), "\(scalar.value)")
      #expect(
        (scalar.isFoundationWhitespace || scalar.isFoundationNewline)
          == CharacterSet.whitespacesAndNewlines.contains(scalar), "\(scalar.value)")
    }
  }

  @Test func trimmingIsFoundations() {
    let texts = [
      "", " ", "\t a b \t", "\u{3000}第一条\u{3000}", "\u{200B}x\u{200B}", " \u{301}a ", "\r\na\r\n", "\u{85}a\u{2028}",
      "a", "  中 文  ", "\u{A0}\u{1680}\u{2000}x\u{202F}\u{205F}", "\n\n", "\u{FEFF}a",
    ]
    for text in texts {
      #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
      #expect(
        text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines),
        "\(text.debugDescription)")
      #expect(
        Array(text.trimmingWhitespace().unicodeScalars)
          == Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars), "\(text.debugDescription)")
      let substring = ("<" + text + ">").dropFirst().dropLast()
      #expect(substring.trimmingWhitespace() == substring.trimmingCharacters(in: .whitespaces))
    }
  }

  @Test func lineBreaksJoinAsFoundationsReplacementsDid() {
    for text in ["", "a", "a\r\nb", "a\nb\rc", "\r\r\n\n", "\r", "x\r\ny\rz\n", "中\n文", "e\u{301}\r\n"] {
      let foundation = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        .replacingOccurrences(of: "\r", with: " ")
      #expect(
        Array(Fragment.joiningLines(text).unicodeScalars) == Array(foundation.unicodeScalars),
        "\(text.debugDescription)")
    }
  }

  @Test func precomposedAsFoundation() {
    for text in ["e\u{301}", "A\u{30A}", "\u{1100}\u{1161}", "a", "\u{212B}", "\u{0344}"] {
      #expect(
        Array(Normalization.nfc(text).unicodeScalars)
          == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars),
        "\(text.debugDescription)")
    }
  }

  @Test func zipEntryKinds() {
    // Unix (3) and macOS (19): the mode decides; MS-DOS (0): attribute 0x10.
    #expect(ZipDirectory.isFile(path: "word/document.xml", madeBy: 0x0314, attributes: 0o100644 << 16))
    #expect(!ZipDirectory.isFile(path: "word/", madeBy: 0x0314, attributes: 0o040755 << 16))
    #expect(!ZipDirectory.isFile(path: "word", madeBy: 0x0314, attributes: 0o040755 << 16))
    #expect(!ZipDirectory.isFile(path: "link", madeBy: 0x1314, attributes: 0o120777 << 16))
    #expect(!ZipDirectory.isFile(path: "word/", madeBy: 0x0314, attributes: 0o100644 << 16))
    #expect(ZipDirectory.isFile(path: "a.xml", madeBy: 0x0314, attributes: 0))
    #expect(!ZipDirectory.isFile(path: "dir", madeBy: 0x0014, attributes: 0x10))
    #expect(ZipDirectory.isFile(path: "a.xml", madeBy: 0x0014, attributes: 0x20))
    #expect(!ZipDirectory.isFile(path: "dir/", madeBy: 0x0A14, attributes: 0))
    #expect(ZipDirectory.isFile(path: "a.xml", madeBy: 0x0A14, attributes: 0x10))
  }
}
