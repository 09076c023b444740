/// Cuts a paragraph into the segments the sentence aligner pairs: ICU
/// sentences, further cut after the clause breaks of legal drafting ("；"
/// and "; " between the items of an enumeration, the "：" that introduces a
/// list) and at the line breaks between the paragraphs (款) of an article.
enum SentenceSplitter {
  /// The segments of `text`, trimmed, none empty; their concatenation is the
  /// text without the whitespace at the cuts.
  ///
  /// - Complexity: O(*n*).
  static func segments(of text: String, language: Language) -> [String] {
    var pieces: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      let lineText = String(line)
      for range in Segmenter.sentences(in: lineText, language: language) {
        pieces += clauses(lineText[range])
      }
    }
    return pieces.map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
  }

  /// Cuts after "；", "：" and after "; " or ": " followed by more text.
  private static func clauses(_ sentence: Substring) -> [Substring] {
    var result: [Substring] = []
    var start = sentence.startIndex
    var i = sentence.startIndex
    while i < sentence.endIndex {
      let c = sentence[i]
      let next = sentence.index(after: i)
      let cut: Bool
      switch c {
      case "；", "：": cut = true
      case ";", ":": cut = next < sentence.endIndex && sentence[next] == " "
      default: cut = false
      }
      if cut, next < sentence.endIndex {
        result.append(sentence[start..<next])
        start = next
      }
      i = next
    }
    if start < sentence.endIndex { result.append(sentence[start...]) }
    return result
  }
}
