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
  /// "p", "P", "п" or "П", the first letter of every paragraph word.
  var letterP = false
  /// A letter of the Arabic block (Arabic month names).
  var arabic = false

  /// - Complexity: O(*n*) in the UTF-8 length of `text`.
  init(_ text: String) {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = true
      case UInt8(ascii: "A")...UInt8(ascii: "Z"):
        capital = true
        if byte == UInt8(ascii: "P") { letterP = true }
      case UInt8(ascii: "p"): letterP = true
      case UInt8(ascii: "/"): slash = true
      case UInt8(ascii: "("): parenthesis = true
      case UInt8(ascii: "-"): hyphen = true
      case UInt8(ascii: " "): if previous == UInt8(ascii: ",") { commaSpace = true }
      case 0xD8...0xDB: arabic = true  // lead byte of U+0600–U+06FF
      // "п" is D0 BF, "П" is D0 9F.
      case 0xBF, 0x9F: if previous == 0xD0 { letterP = true }
      // "年" is E5 B9 B4, "第" is E7 AC AC.
      case 0xB4: if previous == 0xB9 && beforePrevious == 0xE5 { nian = true }
      case 0xAC: if previous == 0xAC && beforePrevious == 0xE7 { di = true }
      default: break
      }
      beforePrevious = previous
      previous = byte
    }
  }
}
