/// A folded form of a text for deciding whether two texts say the same
/// thing, ignoring differences of width, case, script, spacing and
/// punctuation style that do not matter for legal content.
///
/// ```swift
/// ComparisonKey.make("2019 年 7 月 19 日")          // "2019年7月19日"
/// ComparisonKey.make("Ｓｅｃｕｒｉｔｙ  Council")   // "security council"
/// ComparisonKey.make("聯合國", options: [.foldScript])  // "联合国"
/// ```
///
/// A key is only for comparison: never show it to users.
public struct ComparisonKey {
  /// Which differences a key ignores.
  public struct Options: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) {
      self.rawValue = rawValue
    }

    /// Full-width and half-width forms, and other compatibility variants,
    /// become their plain forms: "１２ＡＢ" becomes "12AB", "，" becomes ","
    /// (NFKC).
    public static let foldWidth = Options(rawValue: 1 << 0)
    /// Upper and lower case become one (Unicode full case folding: "ß" and
    /// "SS" both become "ss").
    public static let foldCase = Options(rawValue: 1 << 1)
    /// Traditional Chinese characters become Simplified ones.
    public static let foldScript = Options(rawValue: 1 << 2)
    /// Whitespace between two CJK characters, or between a CJK character
    /// and a letter or digit, is removed: "2019 年 7 月" becomes
    /// "2019年7月". CJK characters here are hanzi, kana, Hangul, CJK
    /// punctuation ("，", "、", "《") and full-width forms.
    public static let removeCJKSpacing = Options(rawValue: 1 << 3)
    /// Runs of whitespace, line breaks included, become one space, and
    /// leading and trailing whitespace is removed.
    public static let collapseWhitespace = Options(rawValue: 1 << 4)
    /// Quotation marks, dashes and ellipses of every style become ASCII
    /// ("“”«»" become `"`, "‘’" become "'", "–—" become "-", "…" becomes
    /// "..."), full-width punctuation becomes ASCII, and half-width CJK
    /// punctuation ("｡", "､") becomes full-width ("。", "、").
    public static let foldPunctuationStyle = Options(rawValue: 1 << 5)

    /// Width, case, CJK spacing and whitespace: what any two renderings of
    /// the same text (a PDF extraction and a web page, say) differ in.
    public static let standard: Options = [
      .foldWidth, .foldCase, .removeCJKSpacing, .collapseWhitespace,
    ]
  }

  /// The comparison key of `s`.
  ///
  /// The steps run in a fixed order: script folding, CJK spacing (before
  /// width folding, so that "，" still counts as CJK), width and case
  /// folding (NFKC_Casefold when both are asked for; otherwise the text is
  /// at least put in NFC), punctuation style, whitespace.
  ///
  /// - Parameters:
  ///   - s: The text.
  ///   - options: The differences to ignore.
  /// - Returns: The key; equal keys mean equal texts up to `options`.
  /// - Complexity: O(*n*) in the length of the text.
  public static func make(_ s: String, options: Options = .standard) -> String {
    var key = s
    if options.contains(.foldScript) {
      key = Normalization.simplified(key)
    }
    if options.contains(.removeCJKSpacing) {
      key = removingCJKSpacing(key)
    }
    switch (options.contains(.foldWidth), options.contains(.foldCase)) {
    case (true, true): key = Normalization.nfkcCasefold(key)
    case (true, false): key = Normalization.nfkc(key)
    case (false, true): key = Normalization.nfc(Normalization.caseFolded(key))
    case (false, false): key = Normalization.nfc(key)
    }
    if options.contains(.foldPunctuationStyle) {
      key = foldingPunctuationStyle(key)
    }
    if options.contains(.collapseWhitespace) {
      key = collapsingWhitespace(key)
    }
    return key
  }
}

// MARK: - Steps

extension ComparisonKey {
  /// Drops each whitespace run whose neighbours are both CJK characters or
  /// letters and digits, at least one of them CJK.
  static func removingCJKSpacing(_ s: String) -> String {
    var result = String.UnicodeScalarView()
    var pendingSpace = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in s.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace.append(scalar)
        continue
      }
      if !pendingSpace.isEmpty {
        if let previous, joinsWithoutSpace(previous, scalar) {
          // Drop the run.
        } else {
          result.append(contentsOf: pendingSpace)
        }
        pendingSpace.removeAll(keepingCapacity: true)
      }
      result.append(scalar)
      previous = scalar
    }
    result.append(contentsOf: pendingSpace)
    return String(result)
  }

  /// Whether space between `left` and `right` carries no meaning.
  private static func joinsWithoutSpace(
    _ left: Unicode.Scalar, _ right: Unicode.Scalar
  ) -> Bool {
    let leftCJK = isCJK(left)
    let rightCJK = isCJK(right)
    switch (leftCJK, rightCJK) {
    case (true, true): return true
    case (true, false): return isLetterOrDigit(right)
    case (false, true): return isLetterOrDigit(left)
    case (false, false): return false
    }
  }

  /// Hanzi, kana, Bopomofo, Hangul, CJK punctuation and full-width forms.
  static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3000...0x303F,  // CJK Symbols and Punctuation
      0xFE10...0xFE1F,  // Vertical Forms
      0xFE30...0xFE4F,  // CJK Compatibility Forms
      0xFF00...0xFFEF:  // Halfwidth and Fullwidth Forms
      return true
    default:
      return ICU.Script(of: scalar).isCJK
    }
  }

  private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType == .decimal
  }

  /// Replaces each whitespace run with one space and trims both ends.
  static func collapsingWhitespace(_ s: String) -> String {
    var result = String.UnicodeScalarView()
    var inSpace = false
    for scalar in s.unicodeScalars {
      if scalar.properties.isWhitespace {
        inSpace = true
        continue
      }
      if inSpace, !result.isEmpty { result.append(" ") }
      inSpace = false
      result.append(scalar)
    }
    return String(result)
  }

  /// Applies the table documented at `Options.foldPunctuationStyle`.
  static func foldingPunctuationStyle(_ s: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in s.unicodeScalars {
      switch scalar.value {
      case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x301D, 0x301E,
        0x301F:
        result.append("\"")
      case 0x2018, 0x2019, 0x201A, 0x201B:
        result.append("'")
      case 0x2010...0x2015, 0x2212:
        result.append("-")
      case 0x2026, 0x22EF:
        result.append(contentsOf: "...".unicodeScalars)
      case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF5E:
        // Full-width ASCII punctuation sits 0xFEE0 above its ASCII form.
        result.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
      case 0xFF61: result.append("\u{3002}")  // ｡ -> 。
      case 0xFF62: result.append("\u{300C}")  // ｢ -> 「
      case 0xFF63: result.append("\u{300D}")  // ｣ -> 」
      case 0xFF64: result.append("\u{3001}")  // ､ -> 、
      default: result.append(scalar)
      }
    }
    return String(result)
  }
}
