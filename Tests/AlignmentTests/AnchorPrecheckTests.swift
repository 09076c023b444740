import Foundation
import TestSupport
import Testing

@testable import Alignment

/// The prechecks of `AnchorExtractor` only skip Regex scans that cannot
/// match: on every line of every text fixture, and on made-up edge cases,
/// the anchors are those of running every pattern.
@Suite("Anchor prechecks")
struct AnchorPrecheckTests {
  static func expectSame(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(
      AnchorExtractor.anchors(in: text) == AnchorExtractor.anchors(in: text, prechecked: false), "\(text)",
      sourceLocation: sourceLocation)
  }

  @Test(arguments: [
    "PARAGRAPH 3", "Párrafos 4 y 5", "PÁRRAFO 2", "ПУНКТ 7", "пунктах 1 и 2", "第 3 至 5 段", "一九四二年一月一日",
    "2019年3月1日", "2019-03-01", "January 1, 2019", "1er janvier 2019", "10 كانون الأول/ديسمبر 1948",
    "217 A (III)", "217 ألف (د-3)", "２４８２（２０１９）", "А/RES/73/1", "1 000,5", "no digits here", "",
  ])
  func edgeCases(_ text: String) { Self.expectSame(text) }

  @Test func everyFixtureLine() {
    let files = FixtureFiles.textFiles()
    #expect(files.count > 20)
    for file in files {
      guard let text = try? FixtureFiles.text(file) else { continue }
      for line in text.split(separator: "\n") { Self.expectSame(String(line)) }
    }
  }
}
