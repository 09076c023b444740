extension WordDiff {
  /// The tunables of a word-level diff.
  public struct Options: Sendable {
    /// What the diff compares.
    public enum Granularity: String, Sendable, Hashable, Codable {
      /// Tokens from `tokenizer`: words, numbers, symbols, Han characters
      /// or words, whitespace runs, punctuation marks.
      case word
      /// Single characters.
      case character
    }

    public var granularity: Granularity
    /// Cuts paragraphs into tokens in `.word` granularity. Inject ICU word
    /// segmentation here for dictionary-based Chinese words.
    public var tokenizer: Tokenizer
    /// The comparison key of a token: two tokens match when their keys are
    /// equal. A token whose key is empty is *ignorable*: it never causes an
    /// edit on its own. The shown text is always the original. Replacing
    /// it resets `textKey`.
    public var key: @Sendable (Substring) -> String {
      didSet { textKey = nil }
    }
    /// The key of a whole text, when it can be had without cutting the text
    /// into tokens: it must equal the keys of the text's tokens, joined.
    /// Set for the identity key (`key` left to its default); `nil` for any
    /// other key. The paragraph matcher uses it to pair unchanged
    /// paragraphs by their text without tokenizing them.
    public private(set) var textKey: (@Sendable (String) -> String)?
    /// Whether to run the clean-up passes that make the result readable.
    public var cleanup: Bool
    /// An equality between two replacements is folded into them when it
    /// has at most this many word or Han tokens (and is no longer than the
    /// changes around it). Equalities of only whitespace and punctuation
    /// between changes are always folded.
    public var maxFoldedEqualityWeight: Int
    /// Bounds Myers' search: a stretch needing more token edits than this
    /// is shown as one deletion and one insertion. Keeps a pair of huge,
    /// unrelated paragraphs from taking quadratic time; `nil` for no bound.
    public var costLimit: Int?

    public init(
      granularity: Granularity = .word,
      tokenizer: Tokenizer = Tokenizer(),
      key: (@Sendable (Substring) -> String)? = nil,
      cleanup: Bool = true,
      maxFoldedEqualityWeight: Int = 1,
      costLimit: Int? = 4000
    ) {
      self.granularity = granularity
      self.tokenizer = tokenizer
      // The tokens of a text cover it exactly, so the identity keys of its
      // tokens, joined, are the text itself.
      if let key {
        self.key = key
        self.textKey = nil
      } else {
        self.key = { (token: Substring) -> String in String(token) }
        self.textKey = { (text: String) -> String in text }
      }
      self.cleanup = cleanup
      self.maxFoldedEqualityWeight = maxFoldedEqualityWeight
      self.costLimit = costLimit
    }

    /// Options whose key ignores the given differences.
    ///
    /// - Parameters:
    ///   - whitespace: Whitespace tokens never count as edits.
    ///   - case: Letters compare case-insensitively.
    ///   - width: Full-width and half-width forms compare equal, and so do
    ///     Chinese and Western punctuation of the same function (`，` `,`).
    ///   - foldScript: An optional extra folding, for example Traditional
    ///     to Simplified script, applied last.
    public static func ignoring(
      whitespace: Bool = false, case ignoreCase: Bool = false,
      width: Bool = false,
      foldScript: (@Sendable (String) -> String)? = nil
    ) -> Options {
      Options(key: { token in
        var key = String(token)
        if whitespace && key.allSatisfy(\.isWhitespace) { return "" }
        if width { key = TextFolding.foldWidthAndPunctuation(key) }
        if ignoreCase { key = key.lowercased() }
        if let foldScript { key = foldScript(key) }
        return key
      })
    }
  }
}

/// Foldings used by comparison keys.
enum TextFolding {
  /// Maps full-width ASCII forms and the ideographic space to ASCII, and
  /// Chinese punctuation to its Western counterpart.
  ///
  /// - Complexity: O(*n*).
  static func foldWidthAndPunctuation(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v >= 0xFF01 && v <= 0xFF5E, let ascii = Unicode.Scalar(v - 0xFEE0) {
        scalars.append(ascii)
      } else if v == 0x3000 {
        scalars.append(" ")
      } else if let mapped = punctuation[scalar] {
        scalars.append(mapped)
      } else {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  static let punctuation: [Unicode.Scalar: Unicode.Scalar] = [
    "。": ".", "、": ",", "《": "\"", "》": "\"", "“": "\"", "”": "\"",
    "‘": "'", "’": "'", "「": "\"", "」": "\"", "【": "[", "】": "]",
    "〔": "[", "〕": "]", "—": "-", "–": "-", "…": ".",
  ]
}
