import Testing

@testable import Alignment

/// `FrontMatterClassifier.isWebNoise` looks for arrows and markers by their
/// bytes before it asks `contains`; it must say what `contains` alone says.
@Suite struct WebNoiseByBytesTests {
  /// The search by characters alone.
  static func byCharacters(_ text: String) -> Bool {
    if text.filter({ $0 == "|" }).count >= 2 || text.hasSuffix("|") { return true }
    if text.contains("->") || text.contains("←") || text.contains("→") || text.hasPrefix("[") { return true }
    guard text.count <= FrontMatterClassifier.webNoiseMarkerLength else { return false }
    let lower = text.lowercased()
    return FrontMatterClassifier.webNoiseMarkers.contains { lower.contains($0) }
      || FrontMatterClassifier.isFooterMarker(text)
  }

  @Test(arguments: [
    ("首页 > 政策 > 法律", true),
    ("返回顶部", true),
    ("This page was last edited on 5 May 2024", true),
    ("第一条 -> 第二条", true),
    ("← 上一篇", true),
    ("第一条 为了规范商标注册，制定本法。", false),
    // A combining mark after a marker's last letter makes another character.
    ("licence\u{301} terms", false),
    // > and U+0338 compose to ≯: no arrow.
    ("a ->\u{338} b", false),
    // U+FAAE is canonically 类, U+F9B4 領.
    ("分\u{FAAE}：法律", true),
    ("公有\u{F9B4}域", true),
    ("分\u{FAAE}", false),
    (String(repeating: "字", count: 201) + "首页", false),
  ])
  func agreesWithTheSearchByCharacters(text: String, expected: Bool) {
    #expect(FrontMatterClassifier.isWebNoise(text) == expected)
    #expect(Self.byCharacters(text) == expected)
  }

  /// Every marker, alone, in a sentence, upper-cased and cut short.
  @Test func everyMarker() {
    for marker in FrontMatterClassifier.webNoiseMarkers {
      for text in ["\(marker)", "见 \(marker)。", "Page: \(marker.uppercased()) 2024", String(marker.dropLast())] {
        #expect(FrontMatterClassifier.isWebNoise(text) == Self.byCharacters(text), "\(text)")
      }
    }
  }
}
