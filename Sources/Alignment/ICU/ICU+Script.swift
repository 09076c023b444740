internal import ICUShim

extension ICU {
  /// The Unicode Script property.
  ///
  /// Only the scripts `align` distinguishes are named; everything else is
  /// `.other`.
  enum Script: Sendable, Hashable {
    case han, hiragana, katakana, bopomofo, hangul
    /// Characters shared by many scripts: digits, punctuation, symbols.
    case common
    /// Combining marks that take the script of their base.
    case inherited
    case latin
    case other

    /// Whether the script is one of those written without spaces between
    /// words (Han, kana, Bopomofo) or Hangul.
    var isCJK: Bool {
      switch self {
      case .han, .hiragana, .katakana, .bopomofo, .hangul: true
      default: false
      }
    }

    /// The Script property of `scalar`.
    ///
    /// The corresponding ICU function is `uscript_getScript`.
    init(of scalar: Unicode.Scalar) {
      var status = U_ZERO_ERROR
      let code = icu_uscript_getScript(Int32(scalar.value), &status)
      guard status.isSuccess else {
        self = .other
        return
      }
      switch code {
      case USCRIPT_HAN: self = .han
      case USCRIPT_HIRAGANA: self = .hiragana
      case USCRIPT_KATAKANA: self = .katakana
      case USCRIPT_BOPOMOFO: self = .bopomofo
      case USCRIPT_HANGUL: self = .hangul
      case USCRIPT_COMMON: self = .common
      case USCRIPT_INHERITED: self = .inherited
      case USCRIPT_LATIN: self = .latin
      default: self = .other
      }
    }
  }
}
