import Alignment
import TestSupport
import Testing

@testable import Diff

/// Segmenting the ends two texts share once gives the tokens segmenting
/// each text whole gives.
@Suite struct SharedSegmentationTests {
  /// Real revisions, read as `align` reads them: Chinese laws (text and
  /// Markdown) and an English draft against the adopted resolution.
  @Test(arguments: [
    ("cn_law_versions/中华人民共和国宪法_1982-12-04_历史版本.txt", "cn_law_versions/中华人民共和国宪法_2018-03-11_现行有效.txt"),
    ("cn_law_versions/中华人民共和国商标法_2019-04-23_历史版本.txt", "cn_law_versions/中华人民共和国商标法_2026-06-26_现行有效.txt"),
    ("prc_law_revisions_md_antimonopoly/反垄断法(2007-08-30).md", "prc_law_revisions_md_antimonopoly/反垄断法(2022-06-24).md"),
    (
      "ga_right_to_development_2001_draft_vs_adopted_en/undl_453500_draft_resolution_en.txt",
      "ga_right_to_development_2001_draft_vs_adopted_en/A_RES_56_150_page3_partial_en.txt"
    ),
  ])
  func sameTokensAsSegmentingEachWhole(old: String, new: String) throws {
    let old = try DocumentReader.read(contentsOf: FixtureFiles.path(old))
    let new = try DocumentReader.read(contentsOf: FixtureFiles.path(new))
    let tokenizer = Tokenizer.words(in: old.language)
    let diff = DocumentDiff(from: old, to: new, options: DocumentDiff.Options(words: .forLanguage(old.language)))
    var shared = 0
    for change in diff.changes where change.op == .modified {
      let a = old.paragraphs[change.old[0]].text
      let b = new.paragraphs[change.new[0]].text
      let together = tokenizer.tokens(in: a, and: b)
      #expect(offsets(together.old, in: a) == offsets(tokenizer.tokens(in: a), in: a), "old paragraph \(change.old[0])")
      #expect(offsets(together.new, in: b) == offsets(tokenizer.tokens(in: b), in: b), "new paragraph \(change.new[0])")
      if SharedEnds(a, b) != nil { shared += 1 }
    }
    // The shared path is the one taken.
    #expect(shared >= 2)
  }

  /// Each sentence of a paragraph changed in turn: the cuts fall on every
  /// side of the change.
  @Test func everySentenceChanged() throws {
    let paragraphs = try DocumentReader.read(
      contentsOf: FixtureFiles.path("cn_law_versions/中华人民共和国商标法_2026-06-26_现行有效.txt")
    ).paragraphs.map(\.text).filter { $0.split(separator: "。").count >= 3 }
    #expect(paragraphs.count > 10)
    let tokenizer = Tokenizer.words(in: .chineseSimplified)
    for text in paragraphs.prefix(40) {
      let sentences = text.split(separator: "。", omittingEmptySubsequences: false).map(String.init)
      for k in sentences.indices where !sentences[k].isEmpty {
        var changed = sentences
        changed[k] = "经国务院批准，" + changed[k].dropFirst()
        let new = changed.joined(separator: "。")
        let together = tokenizer.tokens(in: text, and: new)
        #expect(offsets(together.old, in: text) == offsets(tokenizer.tokens(in: text), in: text))
        #expect(offsets(together.new, in: new) == offsets(tokenizer.tokens(in: new), in: new), "\(new)")
      }
    }
  }

  /// A stop followed by a combining mark, a format character or a digit
  /// after a full-width comma is no cut.
  @Test func noCutWhereTheRulesJoin() {
    #expect(SharedEnds("甲。\u{0301}乙丙", "甲。\u{0301}乙丁") == nil)
    #expect(SharedEnds("甲。\u{200D}乙丙", "甲。\u{200D}乙丁") == nil)
    // U+FF0C is MidNum, not a stop.
    #expect(SharedEnds("1，2丙", "1，2丁") == nil)
    let cut = SharedEnds("甲。乙丙", "甲。乙丁")
    #expect(cut?.head == "甲。".utf8.count)
    #expect(cut?.suffix.old.isEmpty == true)
    // Two spaces are one token (WB3d): no cut between them.
    #expect(SharedEnds("a  b c", "a  b d")?.head == "a  b ".utf8.count)
    #expect(SharedEnds("a  bc", "a  bd")?.head == "a  ".utf8.count)
    #expect(SharedEnds("a \u{0301}bc", "a \u{0301}bd") == nil)
    let tail = SharedEnds("丙，甲。乙。", "丁，甲。乙。")
    #expect(tail?.head == 0)
    #expect(tail?.suffix.old == "丙，".utf8.count..<"丙，甲。乙。".utf8.count)
    // A clause mark is a cut only before an ideograph: a digit or a
    // letter after it may join (WB11, WB7).
    #expect(SharedEnds("甲，乙丙", "甲，乙丁")?.head == "甲，".utf8.count)
    #expect(SharedEnds("甲；乙丙", "甲；乙丁")?.head == "甲；".utf8.count)
    #expect(SharedEnds("1，2丙", "1，2丁") == nil)
    #expect(SharedEnds("甲，1丙", "甲，1丁") == nil)
    #expect(SharedEnds("a：b丙", "a：b丁") == nil)
    #expect(SharedEnds("甲，乙丙", "甲，1丁") == nil)
  }

  /// Every cut `SharedEnds` may make in a real paragraph is one where ICU's
  /// segmentation is local: the two sides segmented apart give the tokens
  /// of the whole.
  @Test(arguments: [
    "cn_law_versions/中华人民共和国宪法_2018-03-11_现行有效.txt",
    "cn_law_versions/中华人民共和国商标法_2026-06-26_现行有效.txt",
    "cn_law_versions/中华人民共和国反恐怖主义法_2018-04-27_现行有效.txt",
  ])
  func segmentationIsLocalAtEveryCut(path: String) throws {
    let document = try DocumentReader.read(contentsOf: FixtureFiles.path(path))
    let segmentation = Tokenizer.words(in: document.language).segmentation
    func boundaries(_ text: String) -> [Int] {
      segmentation(text).map { text.utf8.distance(from: text.startIndex, to: $0.upperBound) }
    }
    var (cuts, clauseCuts) = (0, 0)
    for paragraph in document.paragraphs {
      var text = paragraph.text
      let positions = text.withUTF8 { bytes in
        (1..<max(1, bytes.count)).filter { k in
          HardStop.length(endingAt: k, in: bytes) != 0 && HardStop.freshStart(at: k, in: bytes)
            || HardStop.clauseMarkLength(endingAt: k, in: bytes) != 0 && HardStop.ideographStart(at: k, in: bytes)
        }.map { k in (k, HardStop.clauseMarkLength(endingAt: k, in: bytes) != 0) }
      }
      let whole = boundaries(text)
      for (k, afterClauseMark) in positions {
        let utf8 = text.utf8
        let cut = utf8.index(utf8.startIndex, offsetBy: k)
        let apart = boundaries(String(text[..<cut])) + boundaries(String(text[cut...])).map { $0 + k }
        #expect(apart == whole, "\(path): cut at byte \(k) of \(text)")
        cuts += 1
        if afterClauseMark { clauseCuts += 1 }
      }
    }
    #expect(clauseCuts > 100 && cuts > clauseCuts)
  }

  /// A segmentation that does not claim to break at stops is run on each
  /// text whole.
  @Test func onlyWhereTheSegmentationIsLocal() {
    let calls = Counter()
    let tokenizer = Tokenizer(segmentation: { text in
      calls.add(text)
      return [text.startIndex..<text.endIndex]
    })
    _ = tokenizer.tokens(in: "甲。乙丙", and: "甲。乙丁")
    #expect(calls.texts == ["甲。乙丙", "甲。乙丁"])
  }

  private func offsets(_ ranges: [Range<String.Index>], in text: String) -> [Int] {
    ranges.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
  }
}

/// The texts a segmentation was called with.
private final class Counter: @unchecked Sendable {
  private(set) var texts: [String] = []
  func add(_ text: String) { texts.append(text) }
}
