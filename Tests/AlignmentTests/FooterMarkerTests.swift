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
}
