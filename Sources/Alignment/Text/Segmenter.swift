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
      .word, locale: language.icuLocaleID, utf16: UTF16RangeMapper.units(of: text)
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
      .sentence, locale: language.icuLocaleID, utf16: UTF16RangeMapper.units(of: text)
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
/// `String.Index`, walking the string once: on its UTF-8 bytes, counting
/// the UTF-16 units each scalar takes (a String's UTF-8 is valid), or on its
/// UTF-16 view when the bytes are not contiguous. ICU breaks only between
/// scalars. With `units(of:)`, this took the instructions `Segmenter.words`
/// spends beside ICU's on the ×1 diff of `Benchmarks/compare.sh` from 7.8M
/// to 5.3M (callgrind), the UTF-16 view's walk having cost about 180 a
/// boundary.
///
/// (`String.Index(utf16Offset:in:)` starts from the beginning on every call,
/// which makes a loop over boundaries quadratic on non-ASCII text.)
private struct UTF16RangeMapper {
  private let text: String
  private var index: String.Index
  /// The UTF-8 offset of `index`, and its UTF-16 offset.
  private var byte = 0
  private var offset = 0

  init(_ text: String) {
    self.text = text
    index = text.startIndex
  }

  /// The text's UTF-16 code units, transcoded from its UTF-8 bytes when
  /// they are contiguous, else read off its UTF-16 view (which copying
  /// into the iterator did for every text: 2.5M instructions on the ×1
  /// diff, against 1.2M now).
  ///
  /// - Complexity: O(*n*) in the text's length.
  static func units(of text: String) -> [UInt16] {
    let transcoded = text.utf8.withContiguousStorageIfAvailable { bytes in
      // At most one unit per byte.
      [UInt16](unsafeUninitializedCapacity: bytes.count) { units, count in
        var (i, k) = (0, 0)
        while i < bytes.count {
          let (value, length) = bytes.utf8ScalarValue(at: i)
          if value < 0x1_0000 {
            units[k] = UInt16(value)
            k += 1
          } else {
            units[k] = 0xD800 | UInt16((value - 0x1_0000) >> 10)
            units[k + 1] = 0xDC00 | UInt16(value & 0x3FF)
            k += 2
          }
          i += length
        }
        count = k
      }
    }
    return transcoded ?? Array(text.utf16)
  }

  /// The range from the end of the previous range to the UTF-16 offset
  /// `end`, which must not be smaller than the previous one.
  ///
  /// - Complexity: O(*k*) in the distance from the previous offset.
  mutating func range(upTo end: Int) -> Range<String.Index> {
    let start = index
    let walked: Int? = text.utf8.withContiguousStorageIfAvailable { bytes in
      var (i, k) = (byte, offset)
      while k < end, i < bytes.count {
        // The lead byte gives the length; four bytes are two UTF-16 units.
        let lead = bytes[i]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        i += length
        k += length == 4 ? 2 : 1
      }
      return i
    }
    if let walked {
      index = text.utf8.index(index, offsetBy: walked - byte)
      byte = walked
    } else {
      index = text.utf16.index(index, offsetBy: end - offset)
    }
    offset = end
    return start..<index
  }
}
