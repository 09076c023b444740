import Alignment
import TestSupport

/// Word edits inside one paragraph: replace a number, insert a phrase,
/// delete a phrase.
extension Revision {
  /// Han numerals as written in running text (十五日, 两个月, 三分之二).
  static let hanNumerals = Set("零〇一二三四五六七八九十百千万两")
  /// What follows a Han numeral that is a quantity rather than part of a
  /// word such as 统一.
  static let counters = Set("年月日个条款项人次倍元周分岁名届")

  /// Makes one word edit of the given kind in item `j`, recording it.
  ///
  /// - Returns: Whether the paragraph had a place for it.
  mutating func editWords(at j: Int, _ mutation: Mutation, using rng: inout SplitMix64) -> Bool {
    let text = items[j].paragraph.text
    let edit: (range: Range<String.Index>, replacement: String)?
    switch mutation {
    case .replaceNumber: edit = numberReplacement(in: text, using: &rng)
    case .insertPhrase: edit = phraseInsertion(in: text, using: &rng)
    case .deletePhrase: edit = phraseDeletion(in: text, using: &rng)
    default: edit = nil
    }
    guard let edit else { return false }
    let deleted = String(text[edit.range])
    let offset = text.utf8.distance(from: text.startIndex, to: edit.range.lowerBound)
    var newText = text
    newText.replaceSubrange(edit.range, with: edit.replacement)
    items[j].paragraph.text = newText
    items[j].touched = true
    items[j].wordEdit = WordEditTruth(
      mutation: mutation, deleted: deleted, inserted: edit.replacement, oldOffset: offset, newOffset: offset)
    return true
  }

  /// A number written in digits (not inside a symbol such as S/2018/1177
  /// or 1,000) or in Han numerals before a counter, and another number to
  /// put in its place.
  func numberReplacement(
    in text: String, using rng: inout SplitMix64
  ) -> (range: Range<String.Index>, replacement: String)? {
    var found: [(Range<String.Index>, String)] = []
    let characters = Array(text.indices)
    var k = 0
    while k < characters.count {
      let c = text[characters[k]]
      let isDigit = c.isASCII && c.isNumber
      let isHan = Revision.hanNumerals.contains(c)
      guard isDigit || isHan else {
        k += 1
        continue
      }
      var end = k
      while end < characters.count,
        isDigit
          ? (text[characters[end]].isASCII && text[characters[end]].isNumber)
          : Revision.hanNumerals.contains(text[characters[end]])
      {
        end += 1
      }
      let range = characters[k]..<(end < characters.count ? characters[end] : text.endIndex)
      let before: Character? = k > 0 ? text[characters[k - 1]] : nil
      let after: Character? = end < characters.count ? text[characters[end]] : nil
      let run = String(text[range])
      if isDigit {
        let attached: (Character?) -> Bool = { c in
          guard let c else { return false }
          return c.isLetter || c.isNumber || "./,:-\u{FF0F}".contains(c)
        }
        if !attached(before), !attached(after), run.count <= 4, run.first != "0" {
          var value: Int
          let low = run.count == 1 ? 2 : Int(pow10(run.count - 1))
          let high = Int(pow10(run.count)) - 1
          repeat { value = Int.random(in: low...high, using: &rng) } while String(value) == run
          found.append((range, String(value)))
        }
      } else if let after, Revision.counters.contains(after), run != "一", run != "〇",
        let value = ChineseNumeral.parse(run), value >= 1, value < 10_000
      {
        var replacement: Int
        repeat { replacement = Int.random(in: 2...(value > 30 ? 99 : 30), using: &rng) } while replacement == value
        found.append((range, ChineseNumeralFormatter.string(replacement)))
      }
      k = end
    }
    return found.randomElement(using: &rng).map { (range: $0.0, replacement: $0.1) }
  }

  private func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { r, _ in r * 10 } }

  /// Clauses of a text: for Chinese, what lies between two punctuation
  /// marks (4 to 14 characters, no digits); for English, runs of two to
  /// four lowercase words.
  static func phrases(in text: String, chinese: Bool) -> [String] {
    if chinese {
      let separators = Set<Character>("，。；：、（）《》“”\n ")
      let clauses: [Substring] = text.split(whereSeparator: { separators.contains($0) })
      return clauses.filter { (4...14).contains($0.count) && !$0.contains(where: \.isNumber) }
        .map { String($0) }
    }
    let words = text.split(separator: " ")
    var result: [String] = []
    var k = 0
    while k + 3 <= words.count {
      let run = words[k..<k + 3]
      if run.allSatisfy({ $0.allSatisfy { $0.isLowercase && $0.isLetter } }) {
        result.append(run.joined(separator: " "))
      }
      k += 3
    }
    return result
  }

  /// A phrase from another document, put after a comma (Chinese) or
  /// before a lowercase word (English).
  func phraseInsertion(
    in text: String, using rng: inout SplitMix64
  ) -> (range: Range<String.Index>, replacement: String)? {
    guard let phrase = donorPhrases.randomElement(using: &rng) else { return nil }
    var points: [String.Index] = []
    for i in text.indices {
      let next = text.index(after: i)
      guard next < text.endIndex else { break }
      if isChinese ? text[i] == "，" : (text[i] == " " && text[next].isLowercase) { points.append(next) }
    }
    guard let point = points.randomElement(using: &rng) else { return nil }
    return (point..<point, isChinese ? phrase + "，" : phrase + " ")
  }

  /// A clause with its comma (Chinese: from after one "，" through the
  /// next), or two or three lowercase words with the space after them.
  func phraseDeletion(
    in text: String, using rng: inout SplitMix64
  ) -> (range: Range<String.Index>, replacement: String)? {
    var spans: [Range<String.Index>] = []
    if isChinese {
      let commas = text.indices.filter { text[$0] == "，" }
      for (a, b) in zip(commas, commas.dropFirst()) {
        let start = text.index(after: a)
        let clause = text[start..<b]
        if (3...20).contains(clause.count), !clause.contains("\n") {
          spans.append(start..<text.index(after: b))
        }
      }
    } else {
      let spaces = text.indices.filter { text[$0] == " " }
      let count = Int.random(in: 2...3, using: &rng)
      for k in spaces.indices.dropLast(count) {
        let start = text.index(after: spaces[k])
        let end = text.index(after: spaces[k + count])
        if text[start..<spaces[k + count]].allSatisfy({ ($0.isLetter && $0.isLowercase) || $0 == " " }) {
          spans.append(start..<end)
        }
      }
    }
    return spans.randomElement(using: &rng).map { ($0, "") }
  }
}
