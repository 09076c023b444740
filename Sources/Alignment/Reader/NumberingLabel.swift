/// A numbering label recognised at the start of a paragraph: "1.", "(a)",
/// "第十五条", "（一）", "㈠", "Article 5", "а)", "(أ)", "١.".
struct NumberingLabel: Hashable, Sendable {
  /// How the label is written, which decides its level in the outline.
  enum Style: Hashable, Sendable {
    /// 第X条, Article N, Artículo N, Статья N, المادة N.
    case article
    /// A division heading; the associated value names the division
    /// ("part", "chapter", "section").
    case heading(String)
    /// A number, letter or Roman numeral with its punctuation.
    case enumerator(Series, Punctuation)
  }

  /// The counting series of an enumerator.
  enum Series: Hashable, Sendable {
    case arabic, latinLetter, roman, chinese, cyrillicLetter, arabicLetter
  }

  /// The punctuation around an enumerator: "1." "1)" "(1)" "1 -" "一、".
  enum Punctuation: Hashable, Sendable {
    case period, closingParenthesis, parentheses, dash, ideographicComma
  }

  /// One reading of the label; "(i)" reads as the letter i or Roman one.
  struct Reading: Hashable, Sendable {
    var style: Style
    /// The canonical path component: "15", "a", "ii".
    var component: String
    /// The ordinal value in its series, used to check sequences.
    var ordinal: Int
  }

  /// The label as written, without surrounding spaces.
  var text: String
  /// Possible readings, most likely first.
  var readings: [Reading]
  /// The offset, in unicode scalars, where the paragraph text starts.
  var textStart: String.UnicodeScalarView.Index
}

extension NumberingLabel {
  /// Recognises a label at the start of `text` (leading spaces skipped).
  ///
  /// - Complexity: O(*k*) in the length of the label.
  static func recognize(in text: Substring) -> NumberingLabel? {
    // Most paragraphs open with a Han character or an ASCII enumerator,
    // which are read off the UTF-8 bytes; the rest go by scalars.
    let byBytes = text.utf8.withContiguousStorageIfAvailable { bytes in
      ByteReading.read(text, bytes: bytes)
    }
    switch byBytes {
    case .label(let label)?: return label
    case .notLabel?: return nil
    case .undecided?, nil: return recognizeByScalars(in: text)
    }
  }

  /// `recognize(in:)` read scalar by scalar, for every opening.
  ///
  /// - Complexity: O(*k*) in the length of the label.
  static func recognizeByScalars(in text: Substring) -> NumberingLabel? {
    let scalars = text.unicodeScalars
    var i = scalars.startIndex
    var first: Unicode.Scalar = " "
    while i < scalars.endIndex {
      first = scalars[i]
      guard first.isSpace else { break }
      i = scalars.index(after: i)
    }
    guard i < scalars.endIndex, mayOpenLabel(first) else { return nil }
    let start = i
    // Each reader is asked only when the first scalar may open its label.
    if first == "第", let label = chineseDivision(scalars, from: start) { return label }
    if opensDivisionWord(first), let label = westernDivision(scalars, from: start) { return label }
    return enumerator(scalars, from: start, first: first)
  }

  /// The first letters of `articleWords` and `headingWords`: A C G P S Ç ا
  /// Г С.
  static func opensDivisionWord(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x41, 0x43, 0x47, 0x50, 0x53, 0xC7, 0x627, 0x413, 0x421: true
    default: false
    }
  }

  /// Whether a label can start with `c`: 第, the first letter of a
  /// division word, an opening parenthesis, ㈠ … ㈩, or a character of an
  /// enumerator. Most paragraphs start with none of them, and are told
  /// from this one look.
  static func mayOpenLabel(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    // 第; the initials of `articleWords` and `headingWords` (A C G P S Ç ا Г С);
    // ( and （; ㈠ … ㈩.
    case 0x7B2C, 0x41, 0x43, 0x47, 0x50, 0x53, 0xC7, 0x627, 0x413, 0x421, 0x28, 0xFF08, 0x3220...0x3229:
      true
    default: isEnumeratorCharacter(c)
    }
  }

  // MARK: 第X条, 第X章

  private static func chineseDivision(
    _ s: Substring.UnicodeScalarView, from start: Substring.UnicodeScalarView.Index
  ) -> NumberingLabel? {
    guard s[start] == "第" else { return nil }
    var i = s.index(after: start)
    while i < s.endIndex, s[i] == " " { i = s.index(after: i) }
    let numberStart = i
    while i < s.endIndex, ChineseNumeral.isNumeralCharacter(s[i]) {
      i = s.index(after: i)
    }
    let numberEnd = i
    while i < s.endIndex, s[i] == " " { i = s.index(after: i) }
    guard numberStart < numberEnd, i < s.endIndex,
      let value = ChineseNumeral.parse(String(s[numberStart..<numberEnd])),
      value > 0
    else { return nil }
    let style: Style
    var unitEnd = s.index(after: i)
    switch s[i] {
    case "条", "條": style = .article
    case "章": style = .heading("chapter")
    case "节", "節": style = .heading("section")
    case "编", "編": style = .heading("part")
    case "分":
      // 第二分编 所有权: the sub-parts of the Civil Code's books.
      guard unitEnd < s.endIndex, s[unitEnd] == "编" || s[unitEnd] == "編" else { return nil }
      unitEnd = s.index(after: unitEnd)
      style = .heading("subpart")
    case "部":
      guard unitEnd < s.endIndex, s[unitEnd] == "分" else { return nil }
      unitEnd = s.index(after: unitEnd)
      style = .heading("part")
    default: return nil
    }
    // 第一百二十条之一: an article inserted after 第一百二十条 by an
    // amendment, numbered "120-1".
    var component = String(value)
    if style == .article, unitEnd < s.endIndex, s[unitEnd] == "之" {
      var k = s.index(after: unitEnd)
      let subStart = k
      while k < s.endIndex, ChineseNumeral.isNumeralCharacter(s[k]) { k = s.index(after: k) }
      if subStart < k, let sub = ChineseNumeral.parse(String(Substring(s[subStart..<k]))), sub > 0 {
        component += "-\(sub)"
        unitEnd = k
      }
    }
    // A reference such as "第十五条规定的" is text, not a label: a label is
    // followed by a space, a colon, the end of the line, or (for headings)
    // directly by its title.
    var textStart = unitEnd
    if unitEnd < s.endIndex {
      let next = s[unitEnd]
      if next.isSpace || next == "：" || next == ":" || next == "、" {
        textStart = s.index(after: unitEnd)
        while textStart < s.endIndex, s[textStart].isSpace {
          textStart = s.index(after: textStart)
        }
      } else if style == .article, isReferenceContinuation(next) {
        return nil
      }
    }
    return NumberingLabel(
      text: String(Substring(s[start..<unitEnd])),
      readings: [Reading(style: style, component: component, ordinal: value)],
      textStart: textStart)
  }

  /// Characters that continue a cross-reference ("第十条第二款", "第五条的规定").
  static func isReferenceContinuation(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "第", "规", "規", "的", "至", "、", "和", "或", "中", "所", "之", "款", "项",
      "項", "及", "以", "（", "(", "，", ",", "。", "；":
      true
    default: false
    }
  }

  // MARK: Article 5, Chapter VII

  private static let articleWords: [String] = [
    "Article", "ARTICLE", "Artículo", "ARTÍCULO", "Articulo", "Статья", "СТАТЬЯ", "المادة",
  ]
  private static let headingWords: [(String, String)] = [
    ("Chapter", "chapter"), ("CHAPTER", "chapter"), ("Chapitre", "chapter"),
    ("CHAPITRE", "chapter"), ("Capítulo", "chapter"), ("CAPÍTULO", "chapter"),
    ("Глава", "chapter"), ("ГЛАВА", "chapter"), ("الفصل", "chapter"),
    ("Part", "part"), ("PART", "part"), ("Partie", "part"), ("Parte", "part"),
    ("Section", "section"), ("SECTION", "section"), ("Sección", "section"),
  ]

  private static func westernDivision(
    _ s: Substring.UnicodeScalarView, from start: Substring.UnicodeScalarView.Index
  ) -> NumberingLabel? {
    // Every division word starts with one of these letters.
    guard opensDivisionWord(s[start]) else { return nil }
    let rest = Substring(s[start...])
    var style: Style?
    var wordEnd = rest.startIndex
    for word in articleWords where rest.hasPrefix(word) {
      style = .article
      wordEnd = rest.index(rest.startIndex, offsetBy: word.count)
      break
    }
    if style == nil {
      for (word, division) in headingWords where rest.hasPrefix(word) {
        style = .heading(division)
        wordEnd = rest.index(rest.startIndex, offsetBy: word.count)
        break
      }
    }
    guard let style else { return nil }
    var i = wordEnd
    guard i < rest.endIndex, rest[i] == " " || rest[i] == "\u{A0}" else { return nil }
    while i < rest.endIndex, rest[i] == " " || rest[i] == "\u{A0}" { i = rest.index(after: i) }
    let numberStart = i
    while i < rest.endIndex, rest[i].isLetter || rest[i].isNumber { i = rest.index(after: i) }
    let token = rest[numberStart..<i]
    let value: Int?
    if let n = Int(token) {
      value = n
    } else if let n = westernDigits(token) {
      value = n
    } else if var n = OrdinalWords.value(token) {
      // "الحادي عشر": a unit ordinal and "عشر" make 11 … 19.
      var j = i
      while j < rest.endIndex, rest[j] == " " { j = rest.index(after: j) }
      var k = j
      while k < rest.endIndex, rest[k].isLetter { k = rest.index(after: k) }
      if j > i, OrdinalWords.isArabicTeen(rest[j..<k]) {
        n += 10
        i = k
      }
      value = n
    } else if let n = RomanNumeral.parse(token), token.uppercased() == token {
      value = n
    } else {
      value = nil
    }
    guard let value, value > 0 else { return nil }
    var labelEnd = i
    if labelEnd < rest.endIndex, rest[labelEnd] == "." || rest[labelEnd] == ":" {
      labelEnd = rest.index(after: labelEnd)
    }
    // "Article 5 of the Charter provides…" is a sentence; a label is
    // followed by the end, punctuation, or a capitalised title or text.
    var textStart = labelEnd
    while textStart < rest.endIndex, rest[textStart].isWhitespace {
      textStart = rest.index(after: textStart)
    }
    if textStart < rest.endIndex, labelEnd == i {
      let next = rest[textStart]
      if next.isLowercase { return nil }
      if textStart == i { return nil }  // "Article 5bis" handled as not a label
    }
    return NumberingLabel(
      text: String(rest[rest.startIndex..<i]),
      readings: [Reading(style: style, component: String(value), ordinal: value)],
      textStart: textStart)
  }

  // MARK: 1.  (a)  a)  （一）  一、  ١.  (أ)  а)

  /// An enumerator at `start`, whose scalar is `first`.
  private static func enumerator(
    _ s: Substring.UnicodeScalarView, from start: Substring.UnicodeScalarView.Index, first: Unicode.Scalar
  ) -> NumberingLabel? {
    var i = start
    // "㈠" … "㈩": a parenthesised Chinese numeral in one character.
    if (0x3220...0x3229).contains(first.value) {
      let value = Int(first.value - 0x3220) + 1
      var textStart = s.index(after: i)
      while textStart < s.endIndex, s[textStart].isSpace { textStart = s.index(after: textStart) }
      return NumberingLabel(
        text: String(first),
        readings: [.init(style: .enumerator(.chinese, .parentheses), component: String(value), ordinal: value)],
        textStart: textStart)
    }
    let opened = first == "(" || first == "（"
    if opened { i = s.index(after: i) }
    let tokenStart = i
    while i < s.endIndex, isEnumeratorCharacter(s[i]) { i = s.index(after: i) }
    let tokenEnd = i
    guard tokenStart < tokenEnd else { return nil }
    let punctuation: Punctuation
    if opened {
      guard i < s.endIndex, s[i] == ")" || s[i] == "）" else { return nil }
      punctuation = .parentheses
      i = s.index(after: i)
    } else if i < s.endIndex {
      switch s[i] {
      case ".", "．":
        punctuation = .period
        i = s.index(after: i)
        // "2.5" is a number, not a label.
        if i < s.endIndex, isDigit(s[i]) { return nil }
      case ")", "）":
        punctuation = .closingParenthesis
        i = s.index(after: i)
      case "、":
        punctuation = .ideographicComma
        i = s.index(after: i)
      case " ", "-", "–":
        // "1 - Text" as in some French and Spanish documents.
        var j = i
        while j < s.endIndex, s[j] == " " { j = s.index(after: j) }
        guard j < s.endIndex, s[j] == "-" || s[j] == "–" else { return nil }
        j = s.index(after: j)
        guard j < s.endIndex, s[j] == " " else { return nil }
        punctuation = .dash
        i = j
      default: return nil
      }
    } else {
      return nil
    }
    let labelEnd = i
    // The label is followed by a space, the end, or (in CJK text) directly by
    // the paragraph.
    if i < s.endIndex {
      let next = s[i]
      if !(next.isSpace || next.joinsWithoutSpace || (opened && !next.properties.isLowercase)) {
        if !(punctuation == .ideographicComma) { return nil }
      }
    }
    var textStart = i
    while textStart < s.endIndex, s[textStart].isSpace { textStart = s.index(after: textStart) }
    // The token is copied out only now that the punctuation after it fits.
    let token = String(Substring(s[tokenStart..<tokenEnd]))
    let readings = readingsOf(token, punctuation: punctuation)
    guard !readings.isEmpty else { return nil }
    return NumberingLabel(
      text: String(Substring(s[start..<labelEnd])),
      readings: readings, textStart: textStart)
  }

  static func readingsOf(_ token: String, punctuation: Punctuation) -> [Reading] {
    if token.utf8.allSatisfy({ $0 < 0x80 }) { return asciiReadingsOf(token, punctuation: punctuation) }
    var readings: [Reading] = []
    let scalars = Array(token.unicodeScalars)
    if scalars.allSatisfy(isDigit) {
      guard scalars.count <= 3, let value = westernDigits(Substring(token)), value > 0,
        punctuation != .ideographicComma || true
      else { return [] }
      readings.append(.init(style: .enumerator(.arabic, punctuation), component: String(value), ordinal: value))
      return readings
    }
    if scalars.allSatisfy({ ChineseNumeral.isNumeralCharacter($0) }) {
      guard punctuation == .parentheses || punctuation == .ideographicComma,
        let value = ChineseNumeral.parse(token), value > 0
      else { return [] }
      return [.init(style: .enumerator(.chinese, punctuation), component: String(value), ordinal: value)]
    }
    guard punctuation != .period || scalars.count == 1 else { return [] }
    let lower = token.lowercased()
    let lowerScalars = Array(lower.unicodeScalars)
    // Enumerators use small Roman numerals (i … xxxix); "(c)" and "(d)" are
    // letters, never 100 and 500.
    if lowerScalars.allSatisfy({ $0 == "i" || $0 == "v" || $0 == "x" }),
      let roman = RomanNumeral.parse(lower)
    {
      readings.append(.init(style: .enumerator(.roman, punctuation), component: lower, ordinal: roman))
    }
    if lowerScalars.count <= 2, let first = lowerScalars.first,
      lowerScalars.allSatisfy({ $0 == first })
    {
      if let ordinal = latinOrdinal(first), lower == token || punctuation == .parentheses {
        // "aa" follows "z".
        let value = ordinal + 26 * (lowerScalars.count - 1)
        let letter = Reading(
          style: .enumerator(.latinLetter, punctuation), component: latinLetter(value), ordinal: value)
        // A single i, v or x reads first as a letter only when it is not
        // also a Roman numeral; the outline decides from the sequence.
        readings.append(letter)
      } else if let ordinal = cyrillicOrdinal(first) {
        readings.append(
          .init(
            style: .enumerator(.cyrillicLetter, punctuation),
            component: latinLetter(ordinal), ordinal: ordinal))
      } else if let ordinal = arabicOrdinal(first), lowerScalars.count == 1 {
        readings.append(
          .init(
            style: .enumerator(.arabicLetter, punctuation),
            component: latinLetter(ordinal), ordinal: ordinal))
      }
    }
    // Upper-case letters and Roman numerals with a period ("A.", "IV.") are
    // section headings in UN documents, not enumerators.
    if punctuation == .period, token.uppercased() == token {
      return []
    }
    return readings
  }

  /// `readingsOf` for an ASCII token ("1", "a", "iv", "B"), read off its
  /// bytes: the same readings, without copying the token into arrays.
  static func asciiReadingsOf(_ token: String, punctuation: Punctuation) -> [Reading] {
    let utf8 = token.utf8
    guard let firstByte = utf8.first else { return [] }
    let isDigitByte = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
    if utf8.allSatisfy(isDigitByte) {
      guard utf8.count <= 3, let value = westernDigits(Substring(token)), value > 0 else { return [] }
      return [.init(style: .enumerator(.arabic, punctuation), component: String(value), ordinal: value)]
    }
    guard punctuation != .period || utf8.count == 1 else { return [] }
    let lowerByte = { (byte: UInt8) in byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
    let hasLowercase = utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
    let hasUppercase = utf8.contains { $0 >= 0x41 && $0 <= 0x5A }
    var readings: [Reading] = []
    // Enumerators use small Roman numerals (i … xxxix); "(c)" and "(d)" are
    // letters, never 100 and 500.
    if utf8.allSatisfy({ lowerByte($0) == 0x69 || lowerByte($0) == 0x76 || lowerByte($0) == 0x78 }) {  // i v x
      let lower = hasUppercase ? token.lowercased() : token
      if let roman = RomanNumeral.parse(lower) {
        readings.append(.init(style: .enumerator(.roman, punctuation), component: lower, ordinal: roman))
      }
    }
    let first = lowerByte(firstByte)
    if utf8.count <= 2, first >= 0x61, first <= 0x7A, utf8.allSatisfy({ lowerByte($0) == first }),
      !hasUppercase || punctuation == .parentheses
    {
      // "aa" follows "z".
      let value = Int(first - 0x60) + 26 * (utf8.count - 1)
      readings.append(
        Reading(style: .enumerator(.latinLetter, punctuation), component: latinLetter(value), ordinal: value))
    }
    // Upper-case letters and Roman numerals with a period ("A.", "IV.") are
    // section headings in UN documents, not enumerators.
    if punctuation == .period, !hasLowercase { return [] }
    return readings
  }

  static func isEnumeratorCharacter(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    // a-z, A-Z, ａ-ｚ, а-я, the Arabic letters.
    case 0x41...0x5A, 0x61...0x7A, 0xFF41...0xFF5A, 0x0430...0x044F, 0x0621...0x064A: true
    default: isDigit(c) || ChineseNumeral.isNumeralCharacter(c)
    }
  }

  static func isDigit(_ c: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(c) || ("０"..."９").contains(c) || (0x0660...0x0669).contains(c.value)
      || (0x06F0...0x06F9).contains(c.value)
  }

  /// Parses ASCII, full-width, Arabic-Indic or Persian digits.
  static func westernDigits(_ token: Substring) -> Int? {
    var value = 0
    for c in token.unicodeScalars {
      let digit: UInt32
      switch c.value {
      case 0x30...0x39: digit = c.value - 0x30
      case 0xFF10...0xFF19: digit = c.value - 0xFF10
      case 0x0660...0x0669: digit = c.value - 0x0660
      case 0x06F0...0x06F9: digit = c.value - 0x06F0
      default: return nil
      }
      value = value * 10 + Int(digit)
      if value > 1_000_000 { return nil }
    }
    return token.isEmpty ? nil : value
  }

  private static func latinOrdinal(_ c: Unicode.Scalar) -> Int? {
    switch c.value {
    case 0x61...0x7A: Int(c.value - 0x60)
    case 0xFF41...0xFF5A: Int(c.value - 0xFF40)
    default: nil
    }
  }

  /// Russian enumerations skip ё, й, ъ, ы, ь (а б в г д е ж з и к л м …).
  private static let cyrillicSeries = Array("абвгдежзиклмнопрстуфхцчшщэюя".unicodeScalars)
  private static func cyrillicOrdinal(_ c: Unicode.Scalar) -> Int? {
    cyrillicSeries.firstIndex(of: c).map { $0 + 1 }
  }

  /// Arabic enumerations follow the abjad order (أ ب ج د هـ و ز ح ط ي ك ل م ن …).
  private static let abjadSeries = Array("أبجدهوزحطيكلمنسعفصقرشتثخذضظغ".unicodeScalars)
  private static func arabicOrdinal(_ c: Unicode.Scalar) -> Int? {
    abjadSeries.firstIndex(of: c).map { $0 + 1 }
  }

  /// The Latin letter with the same ordinal: 1 → "a", 27 → "aa".
  private static func latinLetter(_ ordinal: Int) -> String {
    let letter = Character(Unicode.Scalar(UInt8(96 + (ordinal - 1) % 26 + 1)))
    return String(repeating: letter, count: (ordinal - 1) / 26 + 1)
  }
}
