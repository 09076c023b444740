/// The anchor patterns, each a matcher at one position that returns the
/// match Swift's Regex backtracking found for the pattern in its comment
/// (leftmost, then the first success in the pattern's order of greedy
/// choices), with its captures as Character ranges. `AnchorScannerTests`
/// compares them with the Regex patterns on every fixture line.
extension AnchorScanner {
  // MARK: Document symbols

  /// `(?:[A-Z]{1,6}(?:\.\d+)?/)+(?:[A-Za-z0-9.\-]+/)*[A-Za-z0-9.\-]*\d[A-Za-z0-9.\-]*`
  ///
  /// From `s` the text reads as segments, maximal runs of
  /// `[A-Za-z0-9.\-]` each followed by one "/", up to the first empty
  /// segment or one without "/" after it. The first segment must be a
  /// series ("A", "CN.6"); the match ends with the last segment after the
  /// first that holds a digit.
  func symbolMatch(at s: Int) -> (end: Int, captures: Void)? {
    // The first segment: 1–6 capitals, ".digits" optionally, then "/".
    let capitals = run(from: s, limit: 7, where: Self.isCapital)
    guard capitals >= 1, capitals <= 6 else { return nil }
    var p = s + capitals
    if code(p) == Self.period {
      let digits = digitRun(from: p + 1)
      guard digits >= 1 else { return nil }
      p += 1 + digits
    }
    guard code(p) == Self.slash else { return nil }
    var end: Int?
    var start = p + 1
    while true {
      var q = start
      var hasDigit = false
      while Self.isSymbolCharacter(code(q)) {
        if isDigit(q) { hasDigit = true }
        q += 1
      }
      if hasDigit { end = q }
      guard q > start, code(q) == Self.slash else { break }
      start = q + 1
    }
    return end.map { ($0, ()) }
  }

  static func isSymbolCharacter(_ c: UInt32) -> Bool {
    isCapital(c) || isLowercase(c) || isDigit(c) || c == period || c == hyphen
  }

  // MARK: Resolutions and dates

  /// `(\d{1,4}) ?\((\d{4})\)`: number and year.
  func resolutionMatch(at s: Int) -> (end: Int, captures: (Range<Int>, Range<Int>))? {
    let k = digitRun(from: s, limit: 4)
    guard k >= 1 else { return nil }
    var p = s + k
    if code(p) == Self.space { p += 1 }
    guard code(p) == Self.openParenthesis, digitRun(from: p + 1, limit: 4) == 4,
      code(p + 5) == Self.closeParenthesis
    else { return nil }
    return (p + 6, (s..<s + k, p + 1..<p + 5))
  }

  /// `(\d{4})-(\d{2})-(\d{2})(?!\d)`: year, month, day.
  func isoDateMatch(at s: Int) -> (end: Int, captures: (Range<Int>, Range<Int>, Range<Int>))? {
    guard digitRun(from: s, limit: 4) == 4, code(s + 4) == Self.hyphen, digitRun(from: s + 5, limit: 2) == 2,
      code(s + 7) == Self.hyphen, digitRun(from: s + 8, limit: 2) == 2, !isDigit(s + 10)
    else { return nil }
    return (s + 10, (s..<s + 4, s + 5..<s + 7, s + 8..<s + 10))
  }

  static let nian = codes("年")[0]
  static let yue = codes("月")[0]
  static let ri = codes("日")[0]
  static let yearNumerals = Set(codes("〇零○一二三四五六七八九"))
  static let dayNumerals = Set(codes("一二三四五六七八九十"))

  /// `([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日`
  func chineseNumeralDateMatch(at s: Int) -> (end: Int, captures: (Range<Int>, Range<Int>, Range<Int>))? {
    guard run(from: s, limit: 4, where: Self.yearNumerals.contains) == 4, code(s + 4) == Self.nian else {
      return nil
    }
    let m = s + 5
    let mk = run(from: m, limit: 3, where: Self.dayNumerals.contains)
    guard mk >= 1, code(m + mk) == Self.yue else { return nil }
    let d = m + mk + 1
    let dk = run(from: d, limit: 3, where: Self.dayNumerals.contains)
    guard dk >= 1, code(d + dk) == Self.ri else { return nil }
    return (d + dk + 1, (s..<s + 4, m..<m + mk, d..<d + dk))
  }

  /// `(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日`
  func chineseDateMatch(at s: Int) -> (end: Int, captures: (Range<Int>, Range<Int>, Range<Int>))? {
    guard digitRun(from: s, limit: 4) == 4 else { return nil }
    var p = s + 4
    /// ` ?(\d{1,2})` then ` ?` and `marker`, from `p`.
    func field(before marker: UInt32) -> Range<Int>? {
      if code(p) == Self.space { p += 1 }
      let k = digitRun(from: p, limit: 2)
      guard k >= 1 else { return nil }
      let digits = p..<p + k
      p += k
      if code(p) == Self.space { p += 1 }
      guard code(p) == marker else { return nil }
      p += 1
      return digits
    }
    if code(p) == Self.space { p += 1 }
    guard code(p) == Self.nian else { return nil }
    p += 1
    guard let month = field(before: Self.yue), let day = field(before: Self.ri) else { return nil }
    return (p, (s..<s + 4, month, day))
  }

  static let ordinalMarker = codes("º")[0]
  static let degree = codes("°")[0]
  static let de = codes("de ")

  static func isMonthLetter(_ c: UInt32) -> Bool {
    isCapital(c) || isLowercase(c) || (0xC0...0xFF).contains(c) || (0x410...0x44F).contains(c)
  }

  /// `(\d{1,2})(?:er|\.?º|°)? (?:de )?([A-Za-zéûÀ-ÿа-яА-Я]+),? (?:de )?(\d{4})`:
  /// day, month name, year.
  func dayMonthYearMatch(at s: Int) -> (end: Int, captures: (Range<Int>, Range<Int>, Range<Int>))? {
    let k = digitRun(from: s, limit: 2)
    guard k >= 1 else { return nil }
    var p = s + k
    if code(p) == 0x65 && code(p + 1) == 0x72 {  // "er"
      p += 2
    } else if code(p) == Self.period && code(p + 1) == Self.ordinalMarker {
      p += 2
    } else if code(p) == Self.ordinalMarker || code(p) == Self.degree {
      p += 1
    }
    guard code(p) == Self.space else { return nil }
    p += 1
    // "(?:de )?" is greedy: with it first, then without.
    for skipsDe in [true, false] {
      var q = p
      if skipsDe {
        guard has(Self.de, at: q) else { continue }
        q += 3
      }
      let letters = run(from: q, where: Self.isMonthLetter)
      guard letters >= 1 else { continue }
      var r = q + letters
      if code(r) == Self.comma { r += 1 }
      guard code(r) == Self.space else { continue }
      r += 1
      for skipsSecondDe in [true, false] {
        var t = r
        if skipsSecondDe {
          guard has(Self.de, at: t) else { continue }
          t += 3
        }
        if digitRun(from: t, limit: 4) == 4 { return (t + 4, (s..<s + k, q..<q + letters, t..<t + 4)) }
      }
    }
    return nil
  }

  /// `([A-Z][a-z]+) (\d{1,2}), (\d{4})`: month name, day, year.
  func monthDayYearMatch(at s: Int) -> (end: Int, captures: (Range<Int>, Range<Int>, Range<Int>))? {
    guard Self.isCapital(code(s)) else { return nil }
    let letters = run(from: s + 1, where: Self.isLowercase)
    guard letters >= 1 else { return nil }
    let month = s..<s + 1 + letters
    var p = month.upperBound
    guard code(p) == Self.space else { return nil }
    p += 1
    let k = digitRun(from: p, limit: 2)
    guard k >= 1 else { return nil }
    let day = p..<p + k
    p += k
    guard code(p) == Self.comma, code(p + 1) == Self.space, digitRun(from: p + 2, limit: 4) == 4 else { return nil }
    return (p + 6, (month, day, p + 2..<p + 6))
  }

  // MARK: Paragraph references

  static let di = codes("第")[0]
  static let duan = codes("段")[0]
  static let chineseListSeparators = Set(codes("、和及至到-,，"))

  /// `第 ?(\d+(?: ?(?:、|和|及|至|到|-|,|，) ?\d+)*) ?段`: the numbers.
  func chineseParagraphMatch(at s: Int) -> (end: Int, captures: Range<Int>)? {
    guard code(s) == Self.di else { return nil }
    var p = s + 1
    if code(p) == Self.space { p += 1 }
    let first = p
    let k = digitRun(from: p)
    guard k >= 1 else { return nil }
    p += k
    while true {
      var q = p
      if code(q) == Self.space { q += 1 }
      guard Self.chineseListSeparators.contains(code(q)) else { break }
      q += 1
      if code(q) == Self.space { q += 1 }
      let digits = digitRun(from: q)
      guard digits >= 1 else { break }
      p = q + digits
    }
    let numbers = first..<p
    if code(p) == Self.space { p += 1 }
    guard code(p) == Self.duan else { return nil }
    return (p + 1, numbers)
  }

  /// The words of `paragraphMatch`, lower case, each followed by a space
  /// in a match: `paragraphs?|paragraphes?|párrafos?|пункт(?:ы|ах|ов|а)?`.
  static let paragraphWords: [[UInt32]] = [
    "paragraph", "paragraphs", "paragraphe", "paragraphes", "párrafo", "párrafos", "пункт", "пункты", "пунктах",
    "пунктов", "пункта",
  ].map { codes($0) }
  static let paragraphListSeparators: [[UInt32]] = [", ", " and ", " et ", " y ", " и ", " to ", " à ", " a ", "-"]
    .map { codes($0) }

  static func startsParagraphWord(_ c: UInt32) -> Bool {
    let lower = lowercased(c)
    return lower == 0x70 || lower == 0x43F  // "p", "п"
  }

  /// `(?i:paragraphs?|paragraphes?|párrafos?|пункт(?:ы|ах|ов|а)?) (\d+(?:(?:, | and | et | y | и | to | à | a |-)\d+)*)`:
  /// the numbers.
  func paragraphMatch(at s: Int) -> (end: Int, captures: Range<Int>)? {
    guard
      let word = Self.paragraphWords.first(where: {
        hasIgnoringCase($0, at: s) && code(s + $0.count) == Self.space
      })
    else { return nil }
    let first = s + word.count + 1
    let k = digitRun(from: first)
    guard k >= 1 else { return nil }
    var p = first + k
    while let separator = Self.paragraphListSeparators.first(where: { has($0, at: p) }) {
      let digits = digitRun(from: p + separator.count)
      guard digits >= 1 else { break }
      p += separator.count + digits
    }
    return (p, first..<p)
  }

  // MARK: Numbers

  /// `\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?(?![\d.])|[1-9]\d{0,2}(?: \d{3})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?`:
  /// digits with thousands separators (English, Spanish, Russian) and a
  /// decimal part, or plain digits.
  func numberMatch(at s: Int) -> (end: Int, captures: Void)? {
    let digits = digitRun(from: s)
    guard digits >= 1 else { return nil }
    let p = s + digits
    if digits <= 3 {
      if let end = groupedNumber(from: p, separator: Self.comma, decimal: Self.period) { return (end, ()) }
      if Self.isNonZeroDigit(code(s)) {
        if let end = pointGroupedNumber(from: p) { return (end, ()) }
        if let end = groupedNumber(from: p, separator: Self.space, decimal: Self.comma) { return (end, ()) }
      }
    }
    // `\d+(?:[.,]\d+)?`
    if code(p) == Self.period || code(p) == Self.comma, isDigit(p + 1) { return (p + 1 + digitRun(from: p + 1), ()) }
    return (p, ())
  }

  /// How many groups of `separator` and three digits follow from `p`.
  func groups(from p: Int, separator: UInt32) -> Int {
    var t = 0
    while code(p + 4 * t) == separator && digitRun(from: p + 4 * t + 1, limit: 3) == 3 { t += 1 }
    return t
  }

  /// `(?:S\d{3})+(?:D\d+)?(?!\d)` from `p`, for separator S and decimal
  /// mark D: the groups back off one by one until no digit follows.
  func groupedNumber(from p: Int, separator: UInt32, decimal: UInt32) -> Int? {
    let most = groups(from: p, separator: separator)
    guard most >= 1 else { return nil }
    let q = p + 4 * most
    if code(q) == decimal && isDigit(q + 1) { return q + 1 + digitRun(from: q + 1) }
    if !isDigit(q) { return q }
    // With a group fewer, the separator of the last group follows.
    return most >= 2 ? q - 4 : nil
  }

  /// `(?:\.\d{3})+(?:,\d+)?(?![\d.])` from `p`: fewer groups always leave
  /// a "." next, so only all of them can match.
  func pointGroupedNumber(from p: Int) -> Int? {
    let most = groups(from: p, separator: Self.period)
    guard most >= 1 else { return nil }
    let q = p + 4 * most
    if code(q) == Self.comma && isDigit(q + 1) {
      let end = q + 1 + digitRun(from: q + 1)
      return code(end) == Self.period ? q : end
    }
    return isDigit(q) || code(q) == Self.period ? nil : q
  }
}
