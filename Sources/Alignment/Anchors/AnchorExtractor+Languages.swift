/// Anchors written in ways particular to some of the six UN languages:
/// Arabic dates (day, Levantine and/or Egyptian month name, year, as the UN
/// writes "10 كانون الأول/ديسمبر 1948"), and General Assembly resolutions
/// cited with their session ("217 A (III)", "217 А (III)", "第217A(III)号",
/// "217 ألف (د-3)").
extension AnchorExtractor {
  /// Arabic dates and General Assembly citations in `scan` (text after
  /// `foldDigitsAndBrackets`), with their ranges in Characters.
  ///
  /// - Complexity: O(*n*) in the length of the text.
  static func languageAnchors(
    in scan: AnchorScanner, _ has: AnchorPrecheck
  ) -> [(Range<Int>, Anchor)] {
    var found: [(Range<Int>, Anchor)] = []
    let startsNumber: (UInt32) -> Bool = AnchorScanner.isDigit
    for (range, (d, m, y)) in has.fourDigits && has.arabic
      ? scan.matches(startingWhere: startsNumber, scan.arabicDateMatch) : []
    {
      let day = scan.value(d)
      if (1...31).contains(day), let month = arabicMonths[String(scan.string(m))] {
        found.append((range, .date(year: scan.value(y), month: month, day: day)))
      }
    }
    for (range, (number, letterRange, roman, digits)) in has.digit && has.parenthesis
      ? scan.matches(startingWhere: startsNumber, scan.sessionCitationMatch) : []
    {
      let session: Int?
      if let roman {
        session = RomanNumeral.parse(scan.string(roman))
      } else if let digits {
        session = scan.value(digits)
      } else {
        session = nil
      }
      guard let session, session > 0 else { continue }
      let letter = letterRange.flatMap { listLetters[String(scan.string($0))] } ?? ""
      let symbol =
        "A/RES/\(scan.value(number))(\(RomanNumeral.format(session)))" + (letter.isEmpty ? "" : "[\(letter)]")
      found.append((range, .symbol(symbol)))
    }
    return found
  }

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
}
