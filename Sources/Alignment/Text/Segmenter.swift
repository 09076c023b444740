/// Cuts text into words and sentences with ICU's boundary analysis
/// (Unicode Standard Annex #29, with dictionaries for Chinese).
///
/// ```swift
/// let text = "中华人民共和国宪法"
/// Segmenter.words(in: text, language: .chineseSimplified)
///   .map { text[$0.range] }  // ["中华人民共和国", "宪法"]
/// ```
public enum Segmenter {
  /// The word segments of `text`.
  ///
  /// Uses ICU's word break iterator for the language's locale, which finds
  /// Chinese words through its dictionary rather than cutting every
  /// character. The segments cover the text contiguously, in order:
  /// concatenating them gives `text` back, spaces and punctuation included
  /// (as `.other` segments).
  ///
  /// - Parameters:
  ///   - text: The text to cut.
  ///   - language: Selects the break rules (locale).
  /// - Returns: The segments; empty for empty text. If ICU cannot open a
  ///   break iterator, the whole text as one `.other` segment.
  /// - Complexity: O(*n*) in the length of the text.
  public static func words(in text: String, language: Language) -> [TextSegment] {
    guard !text.isEmpty else { return [] }
    let segments = try? ICU.BreakIterator.withIterator(
      .word, locale: language.icuLocaleID, utf16: text.utf16
    ) { iterator in
      var ranges = UTF16RangeMapper(text)
      var segments: [TextSegment] = []
      _ = iterator.first()
      while let offset = iterator.next() {
        let status = ICU.BreakIterator.WordStatus(ruleStatus: iterator.ruleStatus)
        segments.append(
          TextSegment(range: ranges.range(upTo: offset), kind: TextSegment.Kind(status)))
      }
      return segments
    }
    return segments ?? [TextSegment(range: text.startIndex..<text.endIndex, kind: .other)]
  }

  /// The sentences of `text`.
  ///
  /// Uses ICU's sentence break iterator for the language's locale ("。",
  /// "！" and "？" end Chinese sentences). The ranges cover the text
  /// contiguously, in order; trailing spaces and line breaks belong to the
  /// sentence before them.
  ///
  /// - Parameters:
  ///   - text: The text to cut.
  ///   - language: Selects the break rules (locale).
  /// - Returns: The sentence ranges; empty for empty text. If ICU cannot
  ///   open a break iterator, the whole text as one range.
  /// - Complexity: O(*n*) in the length of the text.
  public static func sentences(
    in text: String, language: Language
  ) -> [Range<String.Index>] {
    guard !text.isEmpty else { return [] }
    let sentences = try? ICU.BreakIterator.withIterator(
      .sentence, locale: language.icuLocaleID, utf16: text.utf16
    ) { iterator in
      var ranges = UTF16RangeMapper(text)
      var sentences: [Range<String.Index>] = []
      _ = iterator.first()
      while let offset = iterator.next() {
        sentences.append(ranges.range(upTo: offset))
      }
      return sentences
    }
    return sentences ?? [text.startIndex..<text.endIndex]
  }
}

extension TextSegment.Kind {
  init(_ status: ICU.BreakIterator.WordStatus) {
    switch status {
    case .none: self = .other
    case .number: self = .number
    case .letter: self = .word
    case .kana, .ideographic: self = .ideographic
    }
  }
}

/// Turns increasing UTF-16 offsets from ICU into consecutive ranges of
/// `String.Index`, walking the string's UTF-16 view once.
///
/// (`String.Index(utf16Offset:in:)` starts from the beginning on every call,
/// which makes a loop over boundaries quadratic on non-ASCII text.)
private struct UTF16RangeMapper {
  private let utf16: String.UTF16View
  private var index: String.Index
  private var offset = 0

  init(_ text: String) {
    utf16 = text.utf16
    index = text.startIndex
  }

  /// The range from the end of the previous range to the UTF-16 offset
  /// `end`, which must not be smaller than the previous one.
  ///
  /// - Complexity: O(*k*) in the distance from the previous offset.
  mutating func range(upTo end: Int) -> Range<String.Index> {
    let start = index
    index = utf16.index(index, offsetBy: end - offset)
    offset = end
    return start..<index
  }
}
