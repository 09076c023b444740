import Foundation
import TestSupport
import Testing

@testable import Alignment

/// `Vocabulary` collects words only for texts with a line ending in a
/// hyphen, and collects ASCII lines on their bytes: the same words as the
/// general path on every line of every text fixture.
@Suite("Vocabulary")
struct VocabularyTests {
  @Test func asciiPathCollectsTheWordsOfTheGeneralPath() {
    let files = FixtureFiles.textFiles()
    #expect(files.count > 20)
    var asciiLines = 0
    for file in files {
      guard let text = try? FixtureFiles.text(file) else { continue }
      for line in text.split(separator: "\n") where line.utf8.allSatisfy({ $0 < 0x80 }) {
        var general = Vocabulary()
        var ascii = Vocabulary()
        general.insertWords(of: line)
        ascii.insertASCIIWords(of: line)
        #expect(ascii.wordsForTesting == general.wordsForTesting, "\(file): \(line)")
        asciiLines += 1
      }
    }
    #expect(asciiLines > 1000)
  }

  @Test(arguments: [
    "Counter-Terrorism Committee", "A-B c-d -x- --", "MiXeD case, and\tTabs", "@[`{ edge bytes ~", "\r lone return",
  ])
  func asciiEdgeCases(_ line: String) {
    var general = Vocabulary()
    var ascii = Vocabulary()
    general.insertWords(of: line[...])
    ascii.insertASCIIWords(of: line[...])
    #expect(ascii.wordsForTesting == general.wordsForTesting)
  }

  @Test func wordsAreCollectedOnlyWhenALineEndsInAHyphen() {
    let plain = Vocabulary(lines: LineTable("The Security Council,\nRecalling its resolutions"))
    #expect(plain.wordsForTesting.isEmpty)
    let hyphenated = Vocabulary(lines: LineTable("Counter-\nterrorism and organ-\nized crime"))
    #expect(hyphenated.wordsForTesting == ["counter-", "terrorism", "and", "organ-", "ized", "crime"])
    let soft = Vocabulary(lines: LineTable("organ\u{00AD}\nized"))
    #expect(soft.wordsForTesting == ["organ", "ized"])
  }

  @Test(arguments: [("word-", true), ("word\u{00AD}", true), ("word", false), ("", false), ("\u{00AD}", true)])
  func hyphenEndings(_ line: String, _ expected: Bool) {
    #expect(Vocabulary.endsWithHyphen(line[...]) == expected)
  }
}
