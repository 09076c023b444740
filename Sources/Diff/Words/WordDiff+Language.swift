import Alignment

extension Tokenizer {
  /// Tokens from ICU word segmentation in `language` (dictionary-based for
  /// Chinese), with numbers, Latin words and document symbols kept whole.
  /// The segmentation is local at stops (`breaksAtStops`).
  public static func words(in language: Language) -> Tokenizer {
    // UAX #29, which ICU follows, breaks after a line feed (WB3a) and
    // around the marks `HardStop` names (Word_Break Other, WB999), but for
    // an Extend, Format or ZWJ after them (WB4), which `HardStop` leaves
    // out; its dictionary runs are of Han and Kana, which stop there.
    Tokenizer(
      segmentation: { text in Segmenter.words(in: text, language: language).map(\.range) },
      breaksAtStops: true)
  }
}

extension WordDiff.Options {
  /// Differences a comparison can be told to ignore.
  public struct Ignoring: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Whitespace never counts as an edit.
    public static let whitespace = Ignoring(rawValue: 1 << 0)
    /// Full-width and half-width forms, and punctuation styles ("，" and
    /// ",", “ and "), compare equal.
    public static let width = Ignoring(rawValue: 1 << 1)
    /// Letters compare case-insensitively.
    public static let `case` = Ignoring(rawValue: 1 << 2)
    /// Traditional and Simplified Chinese characters compare equal.
    public static let script = Ignoring(rawValue: 1 << 3)
  }

  /// Word-diff options for documents in `language`: ICU word tokens (or
  /// single characters), compared on a `ComparisonKey` that ignores what
  /// `ignoring` names; the original text is what is shown.
  public static func forLanguage(
    _ language: Language, ignoring: Ignoring = [], granularity: Granularity = .word
  ) -> WordDiff.Options {
    var keyOptions: ComparisonKey.Options = []
    if ignoring.contains(.width) { keyOptions.formUnion([.foldWidth, .foldPunctuationStyle]) }
    if ignoring.contains(.case) { keyOptions.insert(.foldCase) }
    if ignoring.contains(.script) { keyOptions.insert(.foldScript) }
    let ignoresWhitespace = ignoring.contains(.whitespace)
    let folding = keyOptions
    // Nothing ignored: the identity (the default), so paragraphs compare by
    // their text.
    var key: (@Sendable (Substring) -> String)?
    if ignoresWhitespace || !folding.isEmpty {
      key = { token in
        if ignoresWhitespace, token.allSatisfy(\.isWhitespace) { return "" }
        return folding.isEmpty ? String(token) : ComparisonKey.make(String(token), options: folding)
      }
    }
    return WordDiff.Options(
      granularity: granularity,
      tokenizer: granularity == .word ? .words(in: language) : .characters,
      key: key)
  }
}

extension WordDiff {
  /// Loads ICU's word break rules and dictionary for `language` before the
  /// first word diff needs them (`TextServices.prepareWords`; for Chinese
  /// about 7.6M instructions, most of them ICU building the Han sets of its
  /// dictionary engine). On a thread that would otherwise wait, this takes
  /// them off the diff; `prepareTable()` is the other half of the loading.
  ///
  /// - Complexity: O(1).
  public static func prepareSegmentation(for language: Language) {
    TextServices.prepareWords(for: language)
  }

  /// Builds the table of scalar classes (`ScalarTable`) that every word
  /// diff reads, whatever the language: marks the numerals among the
  /// ideographs (the blocks are constant data).
  ///
  /// - Complexity: O(1).
  public static func prepareTable() {
    _ = ScalarTable.shared
  }
}
