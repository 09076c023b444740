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
    /// (NFKC); writing marks go too (Arabic tatweel and harakat, bidi
    /// marks, Russian "ё" read as "е": `Normalization.withoutWritingMarks`).
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
    if options.contains(.foldWidth) { key = Normalization.withoutWritingMarks(key) }
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
    var edit = ScalarEditor(s)
    var runStart: String.Index?
    var previous: Unicode.Scalar?
    let scalars = s.unicodeScalars
    var i = scalars.startIndex
    while i < scalars.endIndex {
      let scalar = scalars[i]
      if isWhitespace(scalar) {
        if runStart == nil { runStart = i }
      } else {
        if let start = runStart, let previous, joinsWithoutSpace(previous, scalar) {
          edit.replace(start..<i, with: "")
        }
        runStart = nil
        previous = scalar
      }
      scalars.formIndex(after: &i)
    }
    return edit.finish()
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
    case 0..<0x2E80:
      return false
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
    if scalar.isASCII {
      let value = scalar.value
      return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
        || (0x61...0x7A).contains(value)
    }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType == .decimal
  }

  /// The Unicode White_Space property, with a fast path for ASCII.
  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
    }
    return scalar.properties.isWhitespace
  }

  /// Replaces each whitespace run with one space and trims both ends.
  static func collapsingWhitespace(_ s: String) -> String {
    var edit = ScalarEditor(s)
    let scalars = s.unicodeScalars
    var runStart: String.Index?
    var i = scalars.startIndex
    while i < scalars.endIndex {
      let scalar = scalars[i]
      if isWhitespace(scalar) {
        if runStart == nil { runStart = i }
      } else if let start = runStart {
        let isSingleSpace = scalars[start] == " " && scalars.index(after: start) == i
        if start == scalars.startIndex {
          edit.replace(start..<i, with: "")
        } else if !isSingleSpace {
          edit.replace(start..<i, with: " ")
        }
        runStart = nil
      }
      scalars.formIndex(after: &i)
    }
    if let start = runStart {
      edit.replace(start..<scalars.endIndex, with: "")
    }
    return edit.finish()
  }

  /// Applies the table documented at `Options.foldPunctuationStyle`.
  static func foldingPunctuationStyle(_ s: String) -> String {
    var edit = ScalarEditor(s)
    let scalars = s.unicodeScalars
    var i = scalars.startIndex
    while i < scalars.endIndex {
      let next = scalars.index(after: i)
      if let replacement = punctuationStyleFold(scalars[i]) {
        edit.replace(i..<next, with: replacement)
      }
      i = next
    }
    return edit.finish()
  }

  /// The replacement for `scalar` under `.foldPunctuationStyle`, or `nil`
  /// to keep it.
  private static func punctuationStyleFold(_ scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0..<0xAB:
      return nil
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x301D, 0x301E,
      0x301F:
      return "\""
    case 0x2018, 0x2019, 0x201A, 0x201B:
      return "'"
    case 0x2010...0x2015, 0x2212:
      return "-"
    case 0x2026, 0x22EF:
      return "..."
    case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF5E:
      // Full-width ASCII punctuation sits 0xFEE0 above its ASCII form.
      return Unicode.Scalar(scalar.value - 0xFEE0).map { String($0) }
    case 0xFF61: return "\u{3002}"  // ｡ -> 。
    case 0xFF62: return "\u{300C}"  // ｢ -> 「
    case 0xFF63: return "\u{300D}"  // ｣ -> 」
    case 0xFF64: return "\u{3001}"  // ､ -> 、
    default: return nil
    }
  }
}

/// Builds an edited copy of a string from replacements of scalar ranges,
/// copying the untouched stretches in between whole rather than scalar by
/// scalar.
private struct ScalarEditor {
  private let original: String
  private var result = ""
  private var copied: String.Index
  private var isEdited = false

  init(_ original: String) {
    self.original = original
    copied = original.startIndex
  }

  /// Replaces `range`, which must start at or after the end of the previous
  /// replacement and lie on scalar boundaries.
  mutating func replace(_ range: Range<String.Index>, with replacement: String) {
    if result.isEmpty { result.reserveCapacity(original.utf8.count) }
    result += String(original.unicodeScalars[copied..<range.lowerBound])
    result += replacement
    copied = range.upperBound
    isEdited = true
  }

  /// The edited string.
  consuming func finish() -> String {
    if !isEdited { return original }
    result += String(original.unicodeScalars[copied...])
    return result
  }
}
