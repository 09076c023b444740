/// Which characters that the anchor patterns cannot match without occur in
/// a text, found in one pass over its UTF-8, so that `AnchorExtractor`
/// skips the Regex scans that cannot find anything (most paragraphs have
/// no "/", no "年", no Arabic letter…).
///
/// Each flag is a necessary condition only: a pattern runs whenever its
/// characters are present, so the anchors found are those of running every
/// pattern.
struct AnchorPrecheck {
  /// An ASCII digit (every pattern but Chinese numeral dates needs one).
  var digit = false
  /// Four ASCII digits in a row (every date, resolutions with their year).
  var fourDigits = false
  /// "aragraph" or "rrafo" in ASCII letters of any case, or "п" / "П": what
  /// every paragraph word ("paragraphs", "paragraphe", "párrafo", "пункт")
  /// holds under case-insensitive matching.
  var paragraphWord = false
  /// "/" (document symbols).
  var slash = false
  /// A capital A–Z (document symbols, English month names).
  var capital = false
  /// "(" (resolutions with their year, session citations).
  var parenthesis = false
  /// "-" (ISO dates).
  var hyphen = false
  /// ", " (English dates "January 1, 2019").
  var commaSpace = false
  /// "年" (Chinese dates).
  var nian = false
  /// "第" (Chinese paragraph references).
  var di = false
  /// A letter of the Arabic block (Arabic month names).
  var arabic = false

  /// Every flag set: every pattern runs.
  static let everything = AnchorPrecheck(
    digit: true, fourDigits: true, paragraphWord: true, slash: true, capital: true, parenthesis: true,
    hyphen: true, commaSpace: true, nian: true, di: true, arabic: true)

  init(
    digit: Bool, fourDigits: Bool, paragraphWord: Bool, slash: Bool, capital: Bool, parenthesis: Bool,
    hyphen: Bool, commaSpace: Bool, nian: Bool, di: Bool, arabic: Bool
  ) {
    (self.digit, self.fourDigits, self.paragraphWord, self.slash, self.capital) =
      (digit, fourDigits, paragraphWord, slash, capital)
    (self.parenthesis, self.hyphen, self.commaSpace, self.nian, self.di, self.arabic) =
      (parenthesis, hyphen, commaSpace, nian, di, arabic)
  }

  /// - Complexity: O(*n*) in the UTF-8 length of `text`.
  init(_ text: String) {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    var digitRun = 0
    // The last ASCII bytes, letters lowercased, newest in the low byte.
    var window: UInt64 = 0
    let aragraph = Self.packed("aragraph")
    let rrafo = Self.packed("rrafo")
    for byte in text.utf8 {
      window = window << 8 | UInt64(Self.isASCIILetter(byte) ? byte | 0x20 : byte)
      if window == aragraph || window & 0xFF_FFFF_FFFF == rrafo { paragraphWord = true }
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        digitRun += 1
        if digitRun >= 4 { fourDigits = true }
      } else {
        digitRun = 0
      }
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = true
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): capital = true
      case UInt8(ascii: "/"): slash = true
      case UInt8(ascii: "("): parenthesis = true
      case UInt8(ascii: "-"): hyphen = true
      case UInt8(ascii: " "): if previous == UInt8(ascii: ",") { commaSpace = true }
      case 0xD8...0xDB: arabic = true  // lead byte of U+0600–U+06FF
      // "п" is D0 BF, "П" is D0 9F.
      case 0xBF, 0x9F:
        if previous == 0xD0 { paragraphWord = true }
      // "年" is E5 B9 B4, "第" is E7 AC AC.
      case 0xB4: if previous == 0xB9 && beforePrevious == 0xE5 { nian = true }
      case 0xAC: if previous == 0xAC && beforePrevious == 0xE7 { di = true }
      default: break
      }
      beforePrevious = previous
      previous = byte
    }
  }

  static func isASCIILetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
  }

  /// `word`'s ASCII bytes packed as `window` holds them.
  static func packed(_ word: StaticString) -> UInt64 {
    var value: UInt64 = 0
    for i in 0..<word.utf8CodeUnitCount { value = value << 8 | UInt64(word.utf8Start[i]) }
    return value
  }
}
