/// Cuts a paragraph into the tokens a word-level diff compares: words,
/// numbers, document symbols, Han characters or words, runs of whitespace and
/// single punctuation marks.
///
/// The cutting itself is injected (`segmentation`), so that a caller can use
/// ICU's dictionary-based word break for Chinese without this module
/// depending on ICU; `Tokenizer.fallbackSegmentation` is used otherwise.
/// Whatever the segmentation returns, `tokens(in:)` then glues back together
/// the things a reader must never see split: numbers (`2025`, `1,000.5`),
/// Latin words and document symbols (`S/2018/1177`, `S/RES/2482`).
///
/// ```swift
/// // Dictionary-based Chinese words from ICU (module Alignment):
/// let tokenizer = Tokenizer(segmentation: { text in
///   Segmenter.words(in: text, language: .chineseSimplified).map(\.range)
/// })
/// ```
public struct Tokenizer: Sendable {
  /// A function returning ranges of its argument. The ranges should be in
  /// order; gaps and overlaps are repaired by `tokens(in:)`.
  public typealias Segmentation = @Sendable (String) -> [Range<String.Index>]

  /// The injected segmentation.
  public var segmentation: Segmentation

  /// Whether numbers, Latin words and document symbols are kept whole.
  public var protectsSpans: Bool

  /// Whether the segmentation is local at stops: it always breaks after a
  /// `HardStop`, and cuts the text after it as it would cut that text
  /// alone. Then `tokens(in:and:)` segments the stretch two texts share
  /// once, for both.
  public var breaksAtStops: Bool

  /// Creates a tokenizer over a segmentation.
  ///
  /// - Parameters:
  ///   - segmentation: Cuts a text into ranges; by default
  ///     `fallbackSegmentation`. Pass ICU word segmentation here.
  ///   - protectsSpans: Whether to glue back numbers, Latin words and
  ///     document symbols the segmentation split.
  ///   - breaksAtStops: Whether `segmentation` is local at stops (see the
  ///     property); claim it only for a segmentation that is.
  public init(
    segmentation: @escaping Segmentation = Tokenizer.fallbackSegmentation,
    protectsSpans: Bool = true,
    breaksAtStops: Bool = false
  ) {
    self.segmentation = segmentation
    self.protectsSpans = protectsSpans
    self.breaksAtStops = breaksAtStops
  }

  /// A tokenizer that makes every `Character` a token, numbers included.
  public static let characters = Tokenizer(
    segmentation: { text in
      var result: [Range<String.Index>] = []
      var i = text.startIndex
      while i < text.endIndex {
        let next = text.index(after: i)
        result.append(i..<next)
        i = next
      }
      return result
    }, protectsSpans: false)

  /// Returns the tokens of `text`: ranges that are contiguous, non-empty and
  /// cover `text` exactly, with no boundary inside a protected span
  /// (number, Latin word, document symbol).
  ///
  /// - Complexity: O(*n* log *n*) in the length of `text`, plus the
  ///   segmentation.
  public func tokens(in text: String) -> [Range<String.Index>] {
    tokens(in: text, segmented: segmentation(text), singletons: Unicode.Scalar.allGraphemeSingletons(text))
  }

  /// The tokens of `text` from the ranges its segmentation gave;
  /// `singletons` is `Unicode.Scalar.allGraphemeSingletons(text)`.
  func tokens(in text: String, segmented: [Range<String.Index>], singletons: Bool) -> [Range<String.Index>] {
    guard !text.isEmpty else { return [] }
    // Inner boundaries, sorted (the segmentation's are usually in order
    // already, which the sort takes in linear time), without duplicates.
    var boundaries: [String.Index] = []
    for range in segmented {
      if range.lowerBound > text.startIndex && range.lowerBound < text.endIndex {
        boundaries.append(range.lowerBound)
      }
      if range.upperBound > text.startIndex && range.upperBound < text.endIndex {
        boundaries.append(range.upperBound)
      }
    }
    boundaries.sort()
    // Drop boundaries inside protected spans and inside grapheme clusters;
    // both lists are sorted, so one merge-like walk suffices.
    // In a text whose every scalar is a character of its own, a boundary
    // on a scalar is one on a character: the cheaper test suffices.
    let spans = protectsSpans ? Tokenizer.protectedSpans(in: text, singletons: singletons) : []
    var s = 0
    var result: [Range<String.Index>] = []
    result.reserveCapacity(boundaries.count + 1)
    var start = text.startIndex
    for (k, boundary) in boundaries.enumerated() where k == 0 || boundaries[k - 1] != boundary {
      while s < spans.count && spans[s].upperBound <= boundary { s += 1 }
      if s < spans.count && spans[s].lowerBound < boundary { continue }
      let aligned =
        singletons
        ? String.Index(boundary, within: text.unicodeScalars) != nil : String.Index(boundary, within: text) != nil
      guard aligned, boundary > start else { continue }
      result.append(start..<boundary)
      start = boundary
    }
    result.append(start..<text.endIndex)
    return result
  }
}
