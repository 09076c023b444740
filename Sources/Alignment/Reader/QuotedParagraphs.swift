/// Finds a document quoted paragraph by paragraph, as press releases and
/// news pages quote a resolution: each paragraph opens with a quotation
/// mark (`“1. Decides …`, `“Recalling …`, `«1. Постановляет…`, `「一、…`)
/// that is never closed inside it, and only the last one closes the quote
/// (`… of the matter.”`). The marks are not the document's text: they are
/// taken off, so that "1." is read as a label.
///
/// A paragraph that opens with a quoted term closed a few words later
/// (`"licensee" includes …`, `“持牌人”指……`) is a definition, not a quote,
/// and is left alone.
enum QuotedParagraphs {
  /// A run of quoted paragraphs shorter than this is left as it is.
  static let minimumRun = 2

  /// The mark that closes a quote opened by `mark`; `nil` if `mark` opens
  /// none.
  static func closingMark(for mark: Unicode.Scalar) -> Unicode.Scalar? {
    switch mark {
    case "\u{201C}": "\u{201D}"  // “ ”
    case "\u{201E}": "\u{201C}"  // „ “
    case "\u{00AB}": "\u{00BB}"  // « »
    case "\u{300C}": "\u{300D}"  // 「 」
    case "\u{300E}": "\u{300F}"  // 『 』
    case "\u{FE41}": "\u{FE42}"  // ﹁ ﹂
    case "\"": "\""
    default: nil
    }
  }

  /// How a paragraph relates to a quotation mark at its start.
  enum Opening: Equatable {
    /// Not a quoted paragraph.
    case none
    /// The quote stays open to the end: drop the opening mark.
    case open
    /// The quote closes at the end (scalar offset of the closing mark):
    /// drop both marks.
    case closedAtEnd(Int)
  }

  /// Classifies `text` by the quotation mark it opens with.
  ///
  /// - Complexity: O(*n*) in the length of the paragraph.
  static func opening(of text: String) -> Opening {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, let close = closingMark(for: first) else { return .none }
    let symmetric = first == close
    var depth = 1
    var count = 1
    // The first closing mark: its scalar offset and its index.
    var firstMatch: (offset: Int, index: String.Index)?
    var offset = 1
    var index = scalars.index(after: scalars.startIndex)
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if symmetric {
        if scalar == close {
          count += 1
          if firstMatch == nil { firstMatch = (offset, index) }
        }
      } else if scalar == first {
        depth += 1
      } else if scalar == close {
        depth -= 1
        if depth == 0 {
          firstMatch = (offset, index)
          break
        }
      }
      offset += 1
      index = scalars.index(after: index)
    }
    guard let match = firstMatch else { return .open }
    let rest = scalars[scalars.index(after: match.index)...]
    let closesAtEnd = rest.allSatisfy { $0.isSpace || ".。;；".unicodeScalars.contains($0) }
    if closesAtEnd, !symmetric || count == 2 { return .closedAtEnd(match.offset) }
    if !symmetric { return .none }
    // A straight quote closed early and followed by a letter opens an inner
    // quote ("1. Decides that "X" …); followed by a space or punctuation it
    // closes a term ("X" means …).
    let next = rest.first ?? " "
    if next.properties.isAlphabetic || NumberingLabel.isDigit(next) {
      if count % 2 == 1 { return .open }
      if let last = scalars.lastIndex(of: close),
        scalars[scalars.index(after: last)...].allSatisfy({ $0.isSpace || $0 == "." })
      {
        return .closedAtEnd(scalars.distance(from: scalars.startIndex, to: last))
      }
    }
    return .none
  }

  /// Takes the quotation marks off the run of at least `minimumRun` quoted
  /// paragraphs that quotes a resolution or a numbered list (see
  /// `quotesADocument`), when the text has exactly one such run, and
  /// returns it (block indices; empty when nothing was unquoted).
  ///
  /// - Complexity: O(*n*) in the total length of the blocks.
  static func unquote(_ blocks: inout [Block]) -> [Range<Int>] {
    let openings = blocks.map { opening(of: $0.text) }
    var runs: [Range<Int>] = []
    var index = 0
    while index < blocks.count {
      guard openings[index] != .none else {
        index += 1
        continue
      }
      var end = index
      // The quote continues while paragraphs open without closing; a
      // paragraph that closes at its end ends the run (or is one more item
      // quoted by itself, as in 「一、……」).
      while end < blocks.count, openings[end] != .none { end += 1 }
      if end - index >= minimumRun, quotesADocument(stripped(blocks[index].text, openings[index])) {
        runs.append(index..<end)
      }
      index = end
    }
    // One quote holds the document. Many quoted runs between unquoted
    // lines are an amending law's new text ("将第十七条修改为：“……"), whose
    // marks are the amendment's own.
    guard runs.count == 1, let run = runs.first else { return [] }
    for i in run { blocks[i].text = stripped(blocks[i].text, openings[i]) }
    return [run]
  }

  /// Whether `text` opens with a quoted term closed within
  /// `definedTermLength` scalars and followed (after an optional
  /// parenthesis) by a word: `"licensee" includes …`, `“持牌人”(licensee)
  /// 包括……`, `« Membre » désigne …`. Definitions are paragraphs of their
  /// own even when only a blank line separates them.
  ///
  /// - Complexity: O(`definedTermLength`).
  static func opensWithDefinedTerm(_ text: some StringProtocol) -> Bool {
    guard let first = text.unicodeScalars.first, let close = closingMark(for: first) else { return false }
    let s = Array(text.unicodeScalars.prefix(definedTermWindow))
    var i = 1
    while i < s.count, i <= definedTermLength, s[i] != close { i += 1 }
    guard i < s.count, s[i] == close, i > 1 else { return false }
    i += 1
    while i < s.count, s[i].isSpace { i += 1 }
    // "(licensee)", "（持牌人）"
    if i < s.count, s[i] == "(" || s[i] == "（" {
      while i < s.count, s[i] != ")" && s[i] != "）" { i += 1 }
      i += 1
      while i < s.count, s[i].isSpace { i += 1 }
    }
    guard i < s.count else { return false }
    let next = s[i]
    return next.isHan || (next.properties.isAlphabetic && next.properties.isLowercase)
      || (0x0600...0x06FF).contains(next.value)
  }

  /// The longest quoted term a definition opens with.
  static let definedTermLength = 60

  /// The scalars at the start of a text that `opensWithDefinedTerm` reads:
  /// texts that agree on these get the same answer.
  static let definedTermWindow = definedTermLength + 40

  /// Whether a quote that opens with `text` quotes a resolution or a
  /// numbered list: it starts with the addressing line ("The Security
  /// Council,"), a preambular opener ("Recalling") or an enumerator
  /// ("1.", "(a)", "一、"). An amending law's quoted articles ("第十七条
  /// …", "Article 5 …") and quoted sentences keep their marks.
  private static func quotesADocument(_ text: String) -> Bool {
    if FrontMatterClassifier.isAuthorLine(text) || FrontMatterClassifier.isBareAuthorLine(text)
      || PreambleOpeners.startsWithOpener(text)
    {
      return true
    }
    guard let label = NumberingLabel.recognize(in: Substring(text)) else { return false }
    if case .enumerator = label.readings[0].style { return true }
    return false
  }

  /// `text` without the marks `opening` found, and without surrounding
  /// spaces.
  private static func stripped(_ text: String, _ opening: Opening) -> String {
    let scalars = text.unicodeScalars
    guard opening != .none, !scalars.isEmpty else { return String(text.trimmingSpaces()) }
    let start = scalars.index(after: scalars.startIndex)
    var inner: String
    // The closing mark is after the opening one (offset 1 or more).
    if case .closedAtEnd(let offset) = opening,
      let mark = scalars.index(scalars.startIndex, offsetBy: offset, limitedBy: scalars.endIndex),
      mark >= start, mark < scalars.endIndex
    {
      inner = String(scalars[start..<mark])
      inner.unicodeScalars.append(contentsOf: scalars[scalars.index(after: mark)...])
    } else {
      inner = String(scalars[start...])
    }
    return String(inner.trimmingSpaces())
  }
}
