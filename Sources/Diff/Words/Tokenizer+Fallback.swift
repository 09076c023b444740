extension Tokenizer {
  /// A segmentation needing no dictionary: each Han character alone, runs of
  /// letters and digits (other than Han), runs of whitespace, and every other
  /// character alone.
  ///
  /// - Complexity: O(*n*).
  @Sendable
  public static func fallbackSegmentation(_ text: String) -> [Range<String.Index>] {
    var result: [Range<String.Index>] = []
    var i = text.startIndex
    while i < text.endIndex {
      let c = text[i]
      var j = text.index(after: i)
      switch TokenClass(c) {
      case .word:
        while j < text.endIndex && TokenClass(text[j]) == .word { j = text.index(after: j) }
      case .space:
        while j < text.endIndex && TokenClass(text[j]) == .space { j = text.index(after: j) }
      case .han, .punctuation:
        break
      }
      result.append(i..<j)
      i = j
    }
    return result
  }

  /// Spans that must stay one token whatever the segmentation says.
  ///
  /// A span is a run of word characters (letters other than Han, digits),
  /// joined across `.`, `,`, `:` between digits (`1,000.5`), across an
  /// apostrophe between letters (`Council's`), and across `/` (and `.`)
  /// in a document symbol that starts with a capital letter
  /// (`S/2018/1177`, `A/C.3/75/L.1`). A run of two or more Chinese
  /// numerals (`一百二十二`, `十九`) is a span too.
  ///
  /// - Complexity: O(*n*).
  static func protectedSpans(in text: String) -> [Range<String.Index>] {
    var spans: [Range<String.Index>] = []
    var i = text.startIndex
    while i < text.endIndex {
      if chineseNumerals.contains(text[i]) {
        var j = text.index(after: i)
        while j < text.endIndex && chineseNumerals.contains(text[j]) { j = text.index(after: j) }
        if text.index(after: i) < j { spans.append(i..<j) }
        i = j
        continue
      }
      guard TokenClass(text[i]) == .word else {
        i = text.index(after: i)
        continue
      }
      let start = i
      let isSymbol = text[i].isUppercase
      var j = text.index(after: i)
      while j < text.endIndex {
        let c = text[j]
        if TokenClass(c) == .word {
          j = text.index(after: j)
          continue
        }
        // A joiner counts only between two word characters.
        let next = text.index(after: j)
        guard next < text.endIndex, TokenClass(text[next]) == .word else { break }
        let before = text[text.index(before: j)]
        let after = text[next]
        let joins: Bool
        switch c {
        case ".", ",", ":", "．":
          joins =
            before.isNumber && after.isNumber
            || (isSymbol && c == "." && spanHasSlash(text[start..<j]))
        case "'", "’":
          joins = before.isLetter && after.isLetter
        case "/", "／":
          joins = isSymbol
        default:
          joins = false
        }
        guard joins else { break }
        j = next
      }
      if text.index(after: start) < j { spans.append(start..<j) }
      i = j
    }
    return spans
  }

  /// Characters of Chinese numerals, common and financial forms.
  static let chineseNumerals: Set<Character> = Set("〇零一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾佰仟")

  private static func spanHasSlash(_ s: Substring) -> Bool {
    s.contains("/") || s.contains("／")
  }
}

/// The coarse class of a character for tokenizing and for scoring edit
/// boundaries.
enum TokenClass: Equatable {
  /// A Han character (ideograph): a token on its own in the fallback.
  case han
  /// A letter of another script or a digit: part of a word or number.
  case word
  case space
  /// Punctuation, symbols and anything else.
  case punctuation

  init(_ c: Character) {
    if c.isWhitespace {
      self = .space
    } else if let scalar = c.unicodeScalars.first, scalar.properties.isIdeographic {
      self = .han
    } else if c.isLetter || c.isNumber {
      self = .word
    } else {
      self = .punctuation
    }
  }
}
