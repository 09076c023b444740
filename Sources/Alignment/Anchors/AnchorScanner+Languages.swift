/// The matchers of `AnchorExtractor+Languages`: Arabic dates and General
/// Assembly citations with their session, as `AnchorScanner+Patterns`
/// describes.
extension AnchorScanner {
  /// The Levantine and Egyptian month names in the order the Regex
  /// alternation tried them.
  static let arabicMonthNames: [[UInt32]] =
    [
      "كانون الثاني", "كانون الأول", "كانون الاول", "تشرين الأول", "تشرين الاول", "تشرين الثاني", "شباط", "آذار",
      "نيسان", "أيار", "ايار", "حزيران", "تموز", "آب", "أيلول", "ايلول",
    ].map { codes($0) } + egyptianMonthNames
  static let egyptianMonthNames: [[UInt32]] = [
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس",
    "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر",
  ].map { codes($0) }
  static let yearWords: [[UInt32]] = ["عام ", "سنة "].map { codes($0) }

  /// `(\d{1,2}) ?(month)(?: ?/ ?(?:Egyptian month))? (?:(?:عام|سنة) )?(\d{4})`
  /// (the names of `arabicMonthNames`): day, month name, year.
  func arabicDateMatch(at s: Int) -> (end: Int, captures: (Range<Int>, Range<Int>, Range<Int>))? {
    let k = digitRun(from: s, limit: 2)
    guard k >= 1 else { return nil }
    var p = s + k
    if code(p) == Self.space { p += 1 }
    for name in Self.arabicMonthNames where has(name, at: p) {
      let month = p..<p + name.count
      // The second name, then without it; the year word, then without it.
      var afterMonth: [Int] = []
      var q = month.upperBound
      if code(q) == Self.space { q += 1 }
      if code(q) == Self.slash {
        q += 1
        if code(q) == Self.space { q += 1 }
        if let second = Self.egyptianMonthNames.first(where: { has($0, at: q) }) {
          afterMonth.append(q + second.count)
        }
      }
      afterMonth.append(month.upperBound)
      for r in afterMonth where code(r) == Self.space {
        var starts = [r + 1]
        if let word = Self.yearWords.first(where: { has($0, at: r + 1) }) { starts.insert(r + 1 + word.count, at: 0) }
        for t in starts where digitRun(from: t, limit: 4) == 4 {
          return (t + 4, (s..<s + k, month, t..<t + 4))
        }
      }
    }
    return nil
  }

  static let cyrillicListLetters = Set(codes("АБВГДЕ"))
  static let arabicListLetters: [[UInt32]] = ["ألف", "باء", "جيم", "دال", "هاء"].map { codes($0) }
  static let romanDigits = Set(codes("IVXLC"))
  static let sessionWords: [[UInt32]] = ["د", "الدورة"].map { codes($0) }
  static let sessionDashes = Set(codes("-‐‑–"))

  /// `(\d{1,4}) ?([A-H]|[АБВГДЕ]|ألف|باء|جيم|دال|هاء)? ?\((?:([IVXLC]+)|(?:د|الدورة) ?[-‐‑–]? ?(\d{1,3}))\)`:
  /// number, part letter, session in Roman numerals or in digits.
  func sessionCitationMatch(
    at s: Int
  ) -> (end: Int, captures: (Range<Int>, Range<Int>?, Range<Int>?, Range<Int>?))? {
    let k = digitRun(from: s, limit: 4)
    guard k >= 1 else { return nil }
    var p = s + k
    if code(p) == Self.space { p += 1 }
    var letter: Range<Int>?
    let c = code(p)
    if (0x41...0x48).contains(c) || Self.cyrillicListLetters.contains(c) {
      letter = p..<p + 1
    } else if let word = Self.arabicListLetters.first(where: { has($0, at: p) }) {
      letter = p..<p + word.count
    }
    if let letter { p = letter.upperBound }
    if code(p) == Self.space { p += 1 }
    guard code(p) == Self.openParenthesis else { return nil }
    p += 1
    let roman = run(from: p, where: Self.romanDigits.contains)
    if roman >= 1 {
      guard code(p + roman) == Self.closeParenthesis else { return nil }
      return (p + roman + 1, (s..<s + k, letter, p..<p + roman, nil))
    }
    guard let word = Self.sessionWords.first(where: { has($0, at: p) }) else { return nil }
    p += word.count
    if code(p) == Self.space { p += 1 }
    if Self.sessionDashes.contains(code(p)) { p += 1 }
    if code(p) == Self.space { p += 1 }
    let digits = digitRun(from: p, limit: 3)
    guard digits >= 1, code(p + digits) == Self.closeParenthesis else { return nil }
    return (p + digits + 1, (s..<s + k, letter, nil, p..<p + digits))
  }
}
