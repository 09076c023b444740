/// The preamble of a treaty or declaration, before its articles: a
/// "Preamble" heading in one of the six UN languages, or the paragraphs of
/// the classic opening ("Whereas …", "Considérant …", "Considerando …",
/// "Принимая во внимание …", "لما كان …", "鉴于 …"). The reader keeps it as
/// body (unnumbered paragraphs), not as front matter or the title.
enum TreatyPreamble {
  /// "Preamble", "Préambule", "Preámbulo", "Преамбула", "الديباجة", "序言"
  /// alone on a line (any case, spaces inside Chinese ignored).
  static let headings: Set<String> = [
    "preamble", "préambule", "preámbulo", "преамбула", "الديباجة", "ديباجة", "序言", "序文", "前言",
  ]

  static func isHeading(_ text: some StringProtocol) -> Bool {
    var trimmed = String(text.trimmingSpaces()).lowercased()
    if trimmed.unicodeScalars.contains(where: \.isHan) {
      trimmed = String(String.UnicodeScalarView(trimmed.unicodeScalars.filter { !$0.isSpace }))
    }
    return headings.contains(trimmed)
  }

  /// Openers of a treaty's or declaration's preambular paragraphs.
  static let openers: [String] = [
    "Whereas", "Considering", "Recognizing", "Considérant", "Reconnaissant", "Considerando", "Reconociendo",
    "Принимая во внимание", "Признавая", "Учитывая", "Считая", "لما كان", "لمّا كان", "ولما كان", "ولمّا كان",
    "鉴于", "鑒於",
  ]

  /// Whether `text` opens like a treaty's preambular paragraph and ends
  /// like one (a comma, semicolon or full stop: the UDHR's Arabic ends its
  /// "whereas" paragraphs with one).
  static func isParagraph(_ text: some StringProtocol) -> Bool {
    guard let last = text.unicodeScalars.last, ",，;；،.。".unicodeScalars.contains(last) else { return false }
    return openers.contains { opener in
      guard text.hasPrefix(opener) else { return false }
      let after = text.dropFirst(opener.count).first
      return after == nil || !(after?.isLetter ?? false) || opener.unicodeScalars.first?.isHan == true
    }
  }

  /// The first block of the preamble among `blocks` (those before the
  /// articles): a preamble heading, else the first of the preambular
  /// paragraphs that run up to the articles' start; `nil` if there is none.
  ///
  /// - Complexity: O(*n*) in the number of blocks.
  static func start(in blocks: [String]) -> Int? {
    if let heading = blocks.firstIndex(where: { isHeading($0) }) { return heading }
    return blocks.firstIndex(where: { isParagraph($0) })
  }
}
