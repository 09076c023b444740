/// A run of text between two word boundaries.
public struct TextSegment: Sendable, Hashable {
  /// Where the segment lies in the text it was cut from.
  public let range: Range<String.Index>
  /// What the segment holds.
  public let kind: Kind

  /// What a segment holds, from ICU's word-break rule status.
  public enum Kind: Sendable, Hashable {
    /// Letters: a word in an alphabetic script (`UBRK_WORD_LETTER`).
    case word
    /// A CJK word found through the dictionary: hanzi or kana
    /// (`UBRK_WORD_IDEO`, `UBRK_WORD_KANA`).
    case ideographic
    /// A number such as "2019" or "3.5" (`UBRK_WORD_NUMBER`).
    case number
    /// Spaces, punctuation, symbols (`UBRK_WORD_NONE`).
    case other
  }

  public init(range: Range<String.Index>, kind: Kind) {
    self.range = range
    self.kind = kind
  }
}
