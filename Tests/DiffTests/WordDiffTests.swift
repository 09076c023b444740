import Diff
import TestSupport
import Testing

@Suite("Word diff")
struct WordDiffTests {
  static func render(_ old: String, _ new: String, _ options: WordDiff.Options = .init()) -> String {
    let edits = WordDiff.edits(from: old, to: new, options: options)
    #expect(WordDiff.invariantViolations(of: edits, old: old, new: new) == [])
    return edits.wdiffDescription
  }

  @Test func chineseResolutionEdit() {
    let old = "请秘书长根据第2段在2025年…在90天内提交报告"
    let new = "请秘书长根据第2段和第3段在2026年…在120天内提交一份书面报告"
    #expect(
      Self.render(old, new)
        == "请秘书长根据第2段{+和第3段+}在[-2025-]{+2026+}年…在[-90-]{+120+}天内提交{+一份书面+}报告")
  }

  @Test(arguments: [
    (
      "The Council decides to renew", "The Council decides to extend",
      "The Council decides to [-renew-]{+extend+}"
    ),
    (
      "requests the Secretary-General to report", "requests the Secretary-General to report in writing",
      "requests the Secretary-General to report{+ in writing+}"
    ),
    (
      "pursuant to S/2018/1177 of 2019", "pursuant to S/2019/1178 of 2019",
      "pursuant to [-S/2018/1177-]{+S/2019/1178+} of 2019"
    ),
    ("1,000.5 dollars", "1,000.7 dollars", "[-1,000.5-]{+1,000.7+} dollars"),
    ("the red cat", "the blue dog", "the [-red cat-]{+blue dog+}"),
    ("", "new text", "{+new text+}"),
    ("old text", "", "[-old text-]"),
    ("same", "same", "same"),
  ])
  func englishAndNumbers(old: String, new: String, expected: String) {
    #expect(Self.render(old, new) == expected)
  }

  @Test func numbersAreNeverSplit() {
    #expect(Self.render("第2025号", "第2026号") == "第[-2025-]{+2026+}号")
    #expect(Self.render("决议1267(1999)", "决议1267(2000)") == "决议1267([-1999-]{+2000+})")
  }

  @Test func ignoringWidthShowsOriginal() {
    let options = WordDiff.Options.ignoring(width: true)
    let edits = WordDiff.edits(from: "第２段，", to: "第2段,", options: options)
    #expect(edits.map(\.op) == [.equal])
    #expect(edits.oldText == "第２段，")
    #expect(edits.newText == "第2段,")
    let symbol = WordDiff.edits(from: "见Ｓ／２０１８／１１７７号", to: "参见S/2018/1177号", options: options)
    #expect(symbol.wdiffDescription == "{+参+}见S/2018/1177号")
  }

  @Test func ignoringWhitespace() {
    let options = WordDiff.Options.ignoring(whitespace: true)
    let edits = WordDiff.edits(from: "a  b c", to: "a b\nc d", options: options)
    #expect(WordDiff.invariantViolations(of: edits, old: "a  b c", new: "a b\nc d") == [])
    #expect(edits.wdiffDescription == "a b\nc{+ d+}")
  }

  @Test func ignoringCase() {
    let options = WordDiff.Options.ignoring(case: true)
    #expect(WordDiff.edits(from: "The Council", to: "the council", options: options).map(\.op) == [.equal])
  }

  @Test func characterMode() {
    let options = WordDiff.Options(granularity: .character)
    #expect(Self.render("在2025年", "在2026年", options) == "在202[-5-]{+6+}年")
  }

  @Test func tokenizerKeepsSymbolsAndNumbers() {
    let text = "见S/RES/2482号决议和S/2018/1177，2025年3.5%"
    let tokens = Tokenizer().tokens(in: text).map { String(text[$0]) }
    #expect(tokens.contains("S/RES/2482"))
    #expect(tokens.contains("S/2018/1177"))
    #expect(tokens.contains("2025"))
    #expect(tokens.contains("3.5"))
    #expect(tokens.joined() == text)
  }

  @Test func injectedSegmentationIsRepaired() {
    // A segmentation that cuts every character still yields whole numbers.
    let tokenizer = Tokenizer(segmentation: Tokenizer.characters.segmentation)
    let text = "在2025年"
    #expect(tokenizer.tokens(in: text).map { String(text[$0]) } == ["在", "2025", "年"])
  }

  /// Random token soups and random mutations: the edits always spell both
  /// texts, in word and character mode, with and without clean-up.
  @Test(arguments: 0..<150)
  func roundTrip(seed: Int) {
    var rng = SplitMix64(seed: UInt64(seed))
    let vocabulary = [
      "在", "年", "第", "段", "2025", "90", " ", "，", "the", "Council", "S/2018/1177", "\n", "。", "decides", "１２",
    ]
    let old = (0..<Int.random(in: 0...30, using: &rng)).map { _ in vocabulary.randomElement(using: &rng)! }
    var new = old
    for _ in 0..<Int.random(in: 0...6, using: &rng) {
      let position = Int.random(in: 0...new.count, using: &rng)
      if Bool.random(using: &rng) || new.isEmpty || position == new.count {
        new.insert(vocabulary.randomElement(using: &rng)!, at: position)
      } else {
        new.remove(at: position)
      }
    }
    let a = old.joined()
    let b = new.joined()
    for options in [
      WordDiff.Options(), WordDiff.Options(cleanup: false),
      WordDiff.Options(granularity: .character),
      WordDiff.Options.ignoring(whitespace: true, case: true, width: true),
    ] {
      let edits = WordDiff.edits(from: a, to: b, options: options)
      #expect(WordDiff.invariantViolations(of: edits, old: a, new: b) == [])
    }
  }
}

@Suite("Word diff: Chinese numerals")
struct ChineseNumeralTests {
  @Test func itemNumbersStayWhole() {
    let edits = WordDiff.edits(from: "（十九）决定全国总动员", to: "（二十）决定全国总动员")
    #expect(edits.wdiffDescription == "（[-十九-]{+二十+}）决定全国总动员")
  }
}

@Suite("Tokenizer")
struct TokenizerTests {
  static func tokens(_ text: String, _ tokenizer: Tokenizer = Tokenizer()) -> [String] {
    tokenizer.tokens(in: text).map { String(text[$0]) }
  }

  @Test(arguments: [
    ("", [String]()),
    ("Security Council", ["Security", " ", "Council"]),
    ("２０２５年", ["２０２５", "年"]),
    ("résumé café", ["résumé", " ", "café"]),
    ("e\u{301}te\u{301}", ["e\u{301}te\u{301}"]),
    ("مجلس الأمن", ["مجلس", " ", "الأمن"]),
    ("第一百二十二条", ["第", "一百二十二", "条"]),
    ("Council's 3.5%", ["Council's", " ", "3.5", "%"]),
    ("A/C.3/75/L.1 ", ["A/C.3/75/L.1", " "]),
    ("a\r\nb", ["a", "\r\n", "b"]),
  ])
  func cases(text: String, expected: [String]) {
    #expect(Self.tokens(text) == expected)
  }

  /// A segmentation returning arbitrary, overlapping, gappy ranges still
  /// yields a contiguous cover with protected spans whole.
  @Test(arguments: 0..<50)
  func arbitrarySegmentationIsRepaired(seed: Int) {
    let text = "在2025年S/2018/1177号文件中，Council's 1,000.5 美元"
    let tokenizer = Tokenizer(segmentation: { text in
      var rng = SplitMix64(seed: UInt64(seed))
      let indices = Array(text.indices) + [text.endIndex]
      return (0..<10).map { _ in
        let a = Int.random(in: 0..<indices.count, using: &rng)
        let b = Int.random(in: a..<indices.count, using: &rng)
        return indices[a]..<indices[b]
      }
    })
    let ranges = tokenizer.tokens(in: text)
    #expect(ranges.map { String(text[$0]) }.joined() == text)
    #expect(ranges.allSatisfy { !$0.isEmpty })
    for span in ["2025", "S/2018/1177", "Council's", "1,000.5"] {
      guard let range = text.firstRange(of: span) else {
        Issue.record("no \(span)")
        continue
      }
      #expect(!ranges.contains { range.lowerBound < $0.lowerBound && $0.lowerBound < range.upperBound })
    }
  }
}

@Suite("Word diff with an injected dictionary segmentation")
struct InjectedSegmentationTests {
  /// Greedy longest match against a small dictionary, one character
  /// otherwise: a stand-in for ICU's dictionary-based word break.
  static let dictionary: Set<String> = ["秘书长", "根据", "提交", "报告", "一份", "书面", "天内"]
  static let tokenizer = Tokenizer(segmentation: { text in
    let characters = Array(text.indices)
    var result: [Range<String.Index>] = []
    var k = 0
    while k < characters.count {
      var length = 1
      for candidate in stride(from: min(3, characters.count - k), to: 1, by: -1) {
        let end = k + candidate < characters.count ? characters[k + candidate] : text.endIndex
        if dictionary.contains(String(text[characters[k]..<end])) {
          length = candidate
          break
        }
      }
      let end = k + length < characters.count ? characters[k + length] : text.endIndex
      result.append(characters[k]..<end)
      k += length
    }
    return result
  })

  @Test func chineseResolutionEditWithWords() {
    let old = "请秘书长根据第2段在2025年…在90天内提交报告"
    let new = "请秘书长根据第2段和第3段在2026年…在120天内提交一份书面报告"
    let edits = WordDiff.edits(from: old, to: new, options: WordDiff.Options(tokenizer: Self.tokenizer))
    #expect(WordDiff.invariantViolations(of: edits, old: old, new: new) == [])
    #expect(
      edits.wdiffDescription
        == "请秘书长根据第2段{+和第3段+}在[-2025-]{+2026+}年…在[-90-]{+120+}天内提交{+一份书面+}报告")
  }

  @Test func wordReplacedWhole() {
    let edits = WordDiff.edits(from: "提交报告", to: "提交书面", options: WordDiff.Options(tokenizer: Self.tokenizer))
    #expect(edits.wdiffDescription == "提交[-报告-]{+书面+}")
  }
}

@Suite("Word diff: confetti")
struct ConfettiTests {
  @Test(arguments: [
    ("经国务院工商行政管理部门批准", "经国务院商标管理部门批准", "经国务院[-工商行政-]{+商标+}管理部门批准"),
    ("第二段在二〇二五年", "第二段和第三段在二〇二六年", "第二段{+和第三段+}在[-二〇二五-]{+二〇二六+}年"),
  ])
  func loneHanCharacterBetweenHanChangesIsFolded(old: String, new: String, expected: String) {
    let edits = WordDiff.edits(from: old, to: new)
    #expect(WordDiff.invariantViolations(of: edits, old: old, new: new) == [])
    #expect(edits.wdiffDescription == expected)
  }
}
