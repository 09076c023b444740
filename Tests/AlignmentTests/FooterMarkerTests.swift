import TestSupport
import Testing

@testable import Alignment

/// `FrontMatterClassifier.isFooterMarker` searches most blocks by bytes;
/// it must say what the search by characters says.
@Suite struct FooterMarkerTests {
  /// The search by characters, as `isFooterMarker` does for text that is
  /// not normalization-inert.
  static func byCharacters(_ text: String) -> Bool {
    guard text.count <= FrontMatterClassifier.footerMarkerLength else { return false }
    let lower = text.lowercased()
    return FrontMatterClassifier.footerMarkers.contains { lower.contains($0) }
  }

  @Test(arguments: [
    ("版权所有 © 2024 中国政府网", true),
    ("Copyright © United Nations", true),
    ("ALL RIGHTS RESERVED.", true),
    ("Texto bajo licencia CC BY", true),
    ("Все права защищены", true),
    ("جميع الحقوق محفوظة", true),
    ("第一条 为了规范商标注册，制定本法。", false),
    ("", false),
    // A decomposed é: not inert, searched by characters; "mentions le\u{301}gales" is
    // canonically "mentions légales".
    ("Mentions le\u{301}gales", true),
    // A combining mark after a marker's last letter makes another character.
    ("copyright\u{301} notice", false),
    // İ lower-cases to i + U+0307, which is not inert.
    ("İcopyright (c) 2024", true),
    ("copyright notice", false),
    ("under the Creative Commons licence\r\nsee", true),
    (String(repeating: "字", count: 301) + "版权所有", false),
  ])
  func agreesWithTheSearchByCharacters(text: String, expected: Bool) {
    #expect(FrontMatterClassifier.isFooterMarker(text) == expected)
    #expect(Self.byCharacters(text) == expected)
  }

  /// Every marker, alone, in a sentence and cut short, over inert and
  /// other text.
  @Test func everyMarker() {
    for marker in FrontMatterClassifier.footerMarkers {
      for text in ["\(marker)", "见 \(marker)。", "Page: \(marker.uppercased()) 2024", String(marker.dropLast())] {
        #expect(FrontMatterClassifier.isFooterMarker(text) == Self.byCharacters(text), "\(text)")
      }
    }
  }

  /// Every scalar `lowercasedByBytes` covers lower-cases as `lowercased()`
  /// does, alone and between ASCII capitals; a scalar outside is left to
  /// `lowercased()`.
  @Test func lowercasingByBytesAgreesOnEveryScalar() {
    var checked = 0
    for range in FrontMatterClassifier.byteLowercasingRanges {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let text = "A" + String(Character(scalar)) + "Z"
        #expect(FrontMatterClassifier.lowercasedByBytes(text) == text.lowercased(), "U+\(String(value, radix: 16))")
        checked += 1
      }
    }
    #expect(checked > 28_000)
    // The byte scan takes no scalar next to a range but outside them all,
    // so that the ranges checked above are those it takes.
    let ranges = FrontMatterClassifier.byteLowercasingRanges
    let neighbours = ranges.flatMap { [$0.lowerBound &- 1, $0.upperBound + 1] }
    for value in neighbours where !ranges.contains(where: { $0.contains(value) }) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(
        FrontMatterClassifier.lowercasedByBytes("AB" + String(Character(scalar))) == nil,
        "U+\(String(value, radix: 16))")
    }
    for outside in ["É", "Ω", "Я", "İ", "\u{1D400}", "\u{2C00}"] {
      #expect(FrontMatterClassifier.lowercasedByBytes("AB" + outside) == nil, "\(outside)")
    }
  }

  /// On text mixing the covered scalars (Han, full-width capitals, ASCII,
  /// quotation marks), the byte lower case is `lowercased()`.
  @Test func lowercasingByBytesOnMixedText() {
    let pieces = ["第", "条", "Ａ", "Ｚ", "ａ", "，", "“", "”", "A", "z", "Q", " ", "\r\n", "版权所有", "ＣＯＰＹＲＩＧＨＴ", "\u{3000}"]
    var random = SplitMix64(seed: 2026)
    for _ in 0..<2_000 {
      let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }
        .joined()
      #expect(FrontMatterClassifier.lowercasedByBytes(text) == text.lowercased(), "\(text)")
      let sub = Substring(text).dropFirst()
      #expect(FrontMatterClassifier.lowercasedByBytes(sub) == sub.lowercased(), "\(sub)")
    }
  }
}
