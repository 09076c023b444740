import TestSupport
import Testing

@testable import Alignment

/// The plain-text reader's byte-level fast paths against the plain
/// definitions they stand for.
@Suite("Reader byte scanners")
struct ReaderByteScannerTests {
  /// Scalars that take each branch of the byte scanners: ASCII, Latin,
  /// combining marks, the Yijing hexagrams (U+4DC0, lead byte E4 like the
  /// first ideographs, one column and not normalisation-inert), the edges
  /// of the ideograph blocks, CJK and full-width punctuation, a tone mark,
  /// dashes and line separators (lead byte E2), Hangul and emoji.
  static let scalars: [String] = [
    "a", "Z", " ", "\t", "é", "e\u{301}", "\u{4DBF}", "\u{4DC0}", "\u{4DFF}", "\u{4E00}", "\u{4FFF}", "\u{5000}",
    "\u{9FFF}", "\u{A000}", "。", "，", "\u{302A}", "—", "…", "“", "\u{2028}", "\u{2029}", "\u{FF01}", "\u{FF61}",
    "한", "😀", "\u{0600}", "\r", "\n", "\r\n", "\u{000C}", "\u{3000}",
    "\u{2003}", "\u{FEFF}", "\u{0B}", "\u{303F}", "\u{FF60}",
  ]

  /// `count` strings of up to `length` of `scalars`, drawn from a fixed
  /// seed.
  static func generated(count: Int, length: Int, seed: UInt64) -> [String] {
    var random = SplitMix64(seed: seed)
    return (0..<count).map { _ in
      let size = Int.random(in: 0...length, using: &random)
      return (0..<size).map { _ in scalars[Int.random(in: 0..<scalars.count, using: &random)] }.joined()
    }
  }

  @Test func groupsByteStringsByTheirBytesInFirstSeenOrder() {
    // Enough distinct strings to grow the table several times, each seen
    // more than once, and strings that differ only in length or in a
    // trailing zero byte.
    var texts = (0..<3000).map { "line \($0 % 1100) 第\($0 % 7)页" }
    texts += ["", "a", "a\u{0}", "a\u{0}\u{0}", "abcdefgh", "abcdefgh\u{0}", "", "a"]
    var groups = LineBytesGroups(expectedGroups: 4)
    var reference: [String: Int] = [:]
    for text in texts {
      var copy = text
      let (group, isNew) = copy.withUTF8 { groups.group(of: $0) }
      let expected = reference[text] ?? reference.count
      #expect(group == expected, "\(text.debugDescription)")
      #expect(isNew == (reference[text] == nil), "\(text.debugDescription)")
      reference[text] = expected
    }
    #expect(groups.count == reference.count)
  }

  @Test func measuresWidthAndInertnessInOnePass() {
    for text in Self.generated(count: 2000, length: 24, seed: 11) + Self.scalars {
      var copy = text
      let measures = copy.withUTF8 { $0.utf8DisplayWidthAndInertness }
      let expectedWidth = text.unicodeScalars.reduce(0) { $0 + ($1.isCombiningMark ? 0 : $1.displayWidth) }
      #expect(measures.width == expectedWidth, "\(text.debugDescription)")
      #expect(measures.isNormalizationInert == Substring(text).isNormalizationInert, "\(text.debugDescription)")
      #expect(
        measures.isNormalizationInert == text.unicodeScalars.allSatisfy(\.isNormalizationInert),
        "\(text.debugDescription)")
    }
  }

  @Test func countsScalarsOnlyAsFarAsNeeded() {
    for text in Self.generated(count: 500, length: 40, seed: 12) {
      let count = text.unicodeScalars.count
      for threshold in [0, 1, count / 4, count - 1, count, count + 1, 4 * count, 4 * count + 1] where threshold >= 0 {
        #expect(text.unicodeScalars.hasAtLeast(threshold) == (count >= threshold), "\(text.debugDescription)")
      }
    }
  }

  /// Lines as `SourceLine.split` defines them, split scalar by scalar.
  static func referenceLines(_ text: String) -> [Substring] {
    var lines: [Substring] = []
    var start = text.unicodeScalars.startIndex
    var i = start
    let scalars = text.unicodeScalars
    while i < scalars.endIndex {
      let scalar = scalars[i]
      guard ["\n", "\u{000C}", "\r", "\u{2028}", "\u{2029}"].contains(scalar) else {
        i = scalars.index(after: i)
        continue
      }
      lines.append(text[start..<i])
      var next = scalars.index(after: i)
      if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
      i = next
      start = next
    }
    if start < scalars.endIndex { lines.append(text[start...]) }
    return lines
  }

  @Test func splitsLinesAtEveryTerminatorWhateverItsPlaceInAWord() {
    // Texts long enough for the eight-byte steps, with terminators at every
    // offset.
    for text in Self.generated(count: 400, length: 60, seed: 13) {
      let table = LineTable(text)
      let expected = Self.referenceLines(text).enumerated().map { SourceLine(number: $0.offset + 1, raw: $0.element) }
      #expect(table.count == expected.count, "\(text.debugDescription)")
      for (line, reference) in zip(table, expected) {
        #expect(line.content == reference.content, "\(text.debugDescription)")
        #expect(line.width == reference.width, "\(text.debugDescription)")
        #expect(line.indent == reference.indent, "\(text.debugDescription)")
      }
      for index in table.indices {
        #expect(table.lastScalar(at: index) == table[index].content.unicodeScalars.last)
        #expect(table.isNormalizationInert(at: index) == table[index].content.isNormalizationInert)
        #expect(table.indent(at: index) == table[index].indent)
        #expect(table.number(at: index) == table[index].number)
      }
    }
  }

  @Test(arguments: [
    ("2/6", true), ("- 3 -", true), ("3", true), ("3\u{3000}4", true), ("Page 2", true), ("Page 2 of 7", true),
    ("PAGE 2 OF 7", true), ("第 2 页", true), ("第2页 共6页", true), ("1234", false), ("2019年", false),
    ("1. 决定", false), ("Page two", false), ("第二页", false), ("- 3 -。", false),
  ])
  func recognisesPageNumbers(text: String, expected: Bool) {
    #expect(PageFurniture.isPageNumber(Substring(text)) == expected)
  }

  @Test(arguments: [
    ("19-12345 (C)", true), ("01-66657 (E) 291101", true), ("*0166657*", true), ("19-12345", true),
    ("19-12345 (Ä)", true), ("19-1234", false), ("1-12345 (C)", false), ("19–12345 (C)", false),
    ("*0166*", false), ("2019 年", false),
  ])
  func recognisesJobNumbers(text: String, expected: Bool) {
    #expect(PageFurniture.isJobNumber(Substring(text)) == expected)
  }

  @Test func measuresTheFullWidthOfVeryWideLines() {
    // Widths past the histogram's array: a flattened copy, one paragraph a
    // line.
    let text = (0..<10).map { String(repeating: "a", count: 600 + $0) }.joined(separator: "\n")
    let layout = Layout(measuring: LineTable(text))
    #expect(layout.fullWidth == 609)
    #expect(!layout.wrapped)
  }

  @Test func countsCharactersOnlyAsFarAsNeeded() {
    for text in Self.generated(count: 500, length: 40, seed: 14) {
      let count = text.count
      for limit in [0, 1, count - 1, count, count + 1] where limit >= 0 {
        #expect(text.hasAtMostCharacters(limit) == (count <= limit), "\(text.debugDescription)")
        #expect(Substring(text).hasAtMostCharacters(limit) == (count <= limit), "\(text.debugDescription)")
      }
    }
  }

  @Test func rulesOutChineseOpenersByTheirFirstScalar() {
    // The first-scalar filter relies on this: no opener starts with a
    // compatibility ideograph.
    #expect(
      PreambleOpeners.chinese.allSatisfy { opener in
        opener.unicodeScalars.first.map { $0.isHan && !PreambleOpeners.isCompatibilityIdeograph($0) } ?? false
      })
    #expect(PreambleOpeners.startsWithOpener("回顾其以往各项决议，"))
    #expect(PreambleOpeners.startsWithOpener("又重申其承诺，"))
    #expect(!PreambleOpeners.startsWithOpener("第一条 为了规范"))
    // U+F907 (龜) is canonically U+9F9C: compared in full, it matches
    // nothing here, as U+9F9C starts no opener.
    #expect(!PreambleOpeners.startsWithOpener("\u{F907}回顾"))
  }

  @Test func pairsQuotationMarks() {
    #expect(QuotedParagraphs.closingMark(for: "\u{201C}") == "\u{201D}")
    #expect(QuotedParagraphs.closingMark(for: "\u{201E}") == "\u{201C}")
    #expect(QuotedParagraphs.closingMark(for: "「") == "」")
    #expect(QuotedParagraphs.closingMark(for: "\"") == "\"")
    #expect(QuotedParagraphs.closingMark(for: "\u{201D}") == nil)
    #expect(QuotedParagraphs.opening(of: "“1. Decides to remain seized of the matter.”") == .closedAtEnd(43))
    #expect(QuotedParagraphs.opening(of: "“Recalling its resolutions,") == .open)
    #expect(QuotedParagraphs.opening(of: "“持牌人”指……") == .none)
  }
  /// Pieces the openings of paragraphs are made of: spaces, enumerator
  /// characters of every series, their punctuation, division words, Han
  /// text and lower- and upper-case Latin text.
  static let openingPieces: [String] = [
    " ", "  ", "\u{3000}", "\t", "\u{A0}", "1", "12", "0", "200", "1234", "a", "b", "i", "iv", "v", "x", "I", "B", "z",
    "aa", "(", ")", "（", "）", ".", "．", "、", "-", "–", ":", "第", "一", "十", "条", "章", "A", "Article ", "CHAPTER ",
    "ａ", "１", "٣", "а", "أ", "㈠", "促请", "text", "Text", "é", "\u{301}", "2", "5", "ª", "“",
  ]
  /// Pieces of Chinese openings after a 第 or a full-width parenthesis:
  /// numerals, units, 之, and what follows a label or a reference.
  static let chineseOpeningPieces: [String] = [
    " ", "\u{3000}", "一", "二", "十", "百", "千", "零", "〇", "两", "廿", "万", "1", "２", "条", "條", "章", "节", "節",
    "编", "編", "分", "部", "之", "：", "、", "）", ")", "规定", "的", "款", "国家",
  ]

  @Test func readsLabelsOffTheirBytesAsByScalars() {
    var random = SplitMix64(seed: 10)
    var openings = (0..<30_000).map { _ in
      (0..<Int.random(in: 0...6, using: &random)).map { _ in
        Self.openingPieces[Int.random(in: 0..<Self.openingPieces.count, using: &random)]
      }.joined()
    }
    openings += [
      "1. Decides", " 200. 促请", "(a) States", "(ii) second", "b) letter", "1 - Texte", "一、总则", "xl) forty",
      "第一百二十条之一 ", "第二分编 所有权", "第一部分", "第十五条规定的", "第 3 条　", "（一）国家", "（十二）", "２．", "а) пункт",
    ]
    // 第X条, 第X章 … and （一）, read apart from the enumerators above.
    openings += (0..<20_000).map { k in
      ["第", "（", "\u{3000}第"][k % 3]
        + (0..<Int.random(in: 1...5, using: &random)).map { _ in
          Self.chineseOpeningPieces[Int.random(in: 0..<Self.chineseOpeningPieces.count, using: &random)]
        }.joined()
    }
    var mismatches: [String] = []
    var labels = 0
    var divisions = 0
    var parenthesized = 0
    for opening in openings {
      // Alone, and as the tail of a longer string (offsets not from 0).
      for text in [Substring(opening), ("前言" + opening).dropFirst(2)] {
        let label = NumberingLabel.recognize(in: text)
        if label != NumberingLabel.recognizeByScalars(in: text) { mismatches.append(opening) }
        if label != nil { labels += 1 }
        if label?.text.hasPrefix("第") == true { divisions += 1 }
        if label?.text.hasPrefix("（") == true { parenthesized += 1 }
      }
    }
    #expect(mismatches.isEmpty)
    #expect(labels > 2000)
    #expect(divisions > 1000)
    #expect(parenthesized > 100)
  }
  @Test func talliesScriptsOffTheBytesAsScalarByScalar() {
    // Every branch of the byte loop: ASCII letters and not, Han on each
    // side of each range's bounds, Traditional- and Simplified-only
    // characters, CJK punctuation, two- and four-byte scalars.
    let pieces =
      Self.scalars + [
        "〇", "\u{3006}", "\u{3008}", "\u{3400}", "\u{F8FF}", "\u{F900}", "\u{FAFF}", "\u{FB00}", "國", "国", "這", "这",
        "\u{20000}", "\u{2FA1F}", "\u{2FA20}", "Ж", "ж", "ع", "ß", "`", "{", "@", "[",
      ]
    var random = SplitMix64(seed: 13)
    for _ in 0..<2000 {
      let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in
        pieces[Int.random(in: 0..<pieces.count, using: &random)]
      }.joined()
      for limit in [5, 200_000] {
        var bytes = LanguageDetector.ScriptTally()
        bytes.add(text, upTo: limit)
        var scalars = LanguageDetector.ScriptTally()
        for scalar in text.unicodeScalars.prefix(limit) { scalars.add(scalar) }
        #expect(bytes == scalars, "\(Array(text.unicodeScalars))")
      }
    }
  }
  @Test func countsScalarsEightBytesAtATime() {
    for text in Self.generated(count: 400, length: 40, seed: 12) + ["", "a", "第一条", "😀é\u{301}", "1234567"] {
      var copy = text
      let counted = copy.withUTF8 { $0.utf8ScalarCount }
      #expect(counted == text.unicodeScalars.count, "\(Array(text.utf8))")
      #expect(LanguageDetector.scalarCount(of: text) == text.unicodeScalars.count)
    }
  }
  @Test func countsLineFeedsEightBytesAtATime() {
    for text in Self.generated(count: 400, length: 40, seed: 11) + ["", "\n", "\n\n\n\n\n\n\n\n\n", "\u{8A}\n\u{0B}"] {
      var copy = text
      let counted = copy.withUTF8 { LineTable.lineFeedCount(in: $0) }
      #expect(counted == text.utf8.filter { $0 == 0x0A }.count, "\(Array(text.utf8))")
    }
  }
}
