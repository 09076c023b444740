/// Anchors written in ways particular to some of the six UN languages:
/// Arabic dates (day, Levantine and/or Egyptian month name, year, as the UN
/// writes "10 كانون الأول/ديسمبر 1948"), and General Assembly resolutions
/// cited with their session ("217 A (III)", "217 А (III)", "第217A(III)号",
/// "217 ألف (د-3)").
extension AnchorExtractor {
  /// Arabic dates and General Assembly citations in `folded` (text after
  /// `foldDigitsAndBrackets`), with their ranges.
  ///
  /// - Complexity: O(*n*) in the length of the text.
  static func languageAnchors(
    in folded: String, _ has: AnchorPrecheck
  ) -> [(Range<String.Index>, Anchor)] {
    var found: [(Range<String.Index>, Anchor)] = []
    for match in has.fourDigits && has.arabic ? folded.matches(of: arabicDatePattern) : [] {
      let monthName = String(match.output.2)
      if let d = Int(match.output.1), (1...31).contains(d), let m = arabicMonths[monthName],
        let y = Int(match.output.3)
      {
        found.append((match.range, .date(year: y, month: m, day: d)))
      }
    }
    for match in has.digit && has.parenthesis ? folded.matches(of: sessionCitationPattern) : [] {
      guard let number = Int(match.output.1) else { continue }
      let session: Int?
      if let roman = match.output.3 {
        session = RomanNumeral.parse(roman)
      } else if let digits = match.output.4 {
        session = Int(digits)
      } else {
        session = nil
      }
      guard let session, session > 0 else { continue }
      let letter = match.output.2.flatMap { listLetters[String($0)] } ?? ""
      let symbol = "A/RES/\(number)(\(RomanNumeral.format(session)))" + (letter.isEmpty ? "" : "[\(letter)]")
      found.append((match.range, .symbol(symbol)))
    }
    return found
  }

  /// "217 A (III)": the number, an optional part letter (Latin, Cyrillic or
  /// Arabic letter name), the session as a Roman numeral or as Arabic
  /// "د-3" (الدورة, session) with digits.
  nonisolated(unsafe) static let sessionCitationPattern =
    #/(\d{1,4}) ?([A-H]|[АБВГДЕ]|ألف|باء|جيم|دال|هاء)? ?\((?:([IVXLC]+)|(?:د|الدورة) ?[-‐‑–]? ?(\d{1,3}))\)/#
    .asciiOnlyDigits()

  /// Part letters of a resolution ("217 A", "217 А", "217 ألف") as Latin.
  static let listLetters: [String: String] = [
    "A": "A", "B": "B", "C": "C", "D": "D", "E": "E", "F": "F", "G": "G", "H": "H",
    "А": "A", "Б": "B", "В": "C", "Г": "D", "Д": "E", "Е": "F",
    "ألف": "A", "باء": "B", "جيم": "C", "دال": "D", "هاء": "E",
  ]

  /// Arabic month names: the Levantine (كانون الثاني …) and the Egyptian
  /// (يناير …) series, in the spellings UN texts use.
  static let arabicMonths: [String: Int] = {
    var table: [String: Int] = [:]
    let levantine = [
      ["كانون الثاني"], ["شباط"], ["آذار"], ["نيسان"], ["أيار", "ايار"], ["حزيران"], ["تموز"], ["آب"],
      ["أيلول", "ايلول"], ["تشرين الأول", "تشرين الاول"], ["تشرين الثاني"], ["كانون الأول", "كانون الاول"],
    ]
    let egyptian = [
      ["يناير"], ["فبراير"], ["مارس"], ["أبريل", "ابريل", "إبريل"], ["مايو"], ["يونيو", "يونيه"],
      ["يوليو", "يوليه"], ["أغسطس", "اغسطس"], ["سبتمبر"], ["أكتوبر", "اكتوبر"], ["نوفمبر"], ["ديسمبر"],
    ]
    for series in [levantine, egyptian] {
      for (index, names) in series.enumerated() {
        for name in names { table[name] = index + 1 }
      }
    }
    return table
  }()

  /// Day, month name (a second name after "/" allowed: UN Arabic writes
  /// both series), year; "عام" or "سنة" before the year allowed.
  nonisolated(unsafe) static let arabicDatePattern =
    #/(\d{1,2}) ?(كانون الثاني|كانون الأول|كانون الاول|تشرين الأول|تشرين الاول|تشرين الثاني|شباط|آذار|نيسان|أيار|ايار|حزيران|تموز|آب|أيلول|ايلول|يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر)(?: ?/ ?(?:يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر))? (?:(?:عام|سنة) )?(\d{4})/#
    .asciiOnlyDigits()
}
