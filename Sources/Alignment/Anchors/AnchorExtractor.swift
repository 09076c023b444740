/// Finds the anchors of a paragraph in any of the six UN languages.
///
/// Symbols, resolution numbers, dates and paragraph references are found
/// first; the digits they use are not reported again as bare numbers.
enum AnchorExtractor {
  /// The anchors of `text`, in order of appearance, duplicates kept.
  /// `prechecked: false` runs every pattern (the prechecks only skip scans
  /// that cannot match, so the anchors are the same; tests compare).
  ///
  /// - Complexity: O(*n*) in the length of the text (each pattern scans it
  ///   once).
  static func anchors(in text: String, prechecked: Bool = true) -> [Anchor] {
    let folded = foldDigitsAndBrackets(text)
    let has = prechecked ? AnchorPrecheck(folded) : .everything
    // Only Chinese numeral dates are written without digits.
    guard has.digit || has.nian else { return [] }
    var found: [(Range<String.Index>, Anchor)] = []
    var taken: [Range<String.Index>] = []
    func isFree(_ range: Range<String.Index>) -> Bool { !taken.contains { $0.overlaps(range) } }
    func add(_ range: Range<String.Index>, _ anchor: Anchor) {
      found.append((range, anchor))
      taken.append(range)
    }

    /// Whether the match starts a token: not preceded by a character in
    /// `set` (Swift's Regex has no lookbehind).
    func startsToken(_ range: Range<String.Index>, notAfter set: (Character) -> Bool) -> Bool {
      guard range.lowerBound > folded.startIndex else { return true }
      return !set(folded[folded.index(before: range.lowerBound)])
    }
    let digitOrPoint: (Character) -> Bool = { $0.isASCIIDigit || $0 == "." || $0 == "," }

    for match in has.digit && has.slash && has.capital ? folded.matches(of: symbolPattern) : []
    where startsToken(match.range, notAfter: { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "/" }) {
      var symbol = String(match.output)
      while let last = symbol.last, ".,;:".contains(last) { symbol.removeLast() }
      guard symbol.contains(where: { $0.isASCIIDigit }) else { continue }
      if symbol.hasPrefix("S/PRST/") { symbol.removeFirst(2) }
      add(match.range, .symbol(symbol))
    }
    for (range, anchor) in has.digit ? languageAnchors(in: folded, has) : [] where isFree(range) { add(range, anchor) }
    for match in has.fourDigits && has.parenthesis ? folded.matches(of: resolutionPattern) : []
    where isFree(match.range) && startsToken(match.range, notAfter: digitOrPoint) {
      if let number = Int(match.output.1), let year = Int(match.output.2) {
        add(match.range, .resolution(number: number, year: year))
      }
    }
    for match in has.fourDigits && has.hyphen ? folded.matches(of: isoDatePattern) : []
    where isFree(match.range) && startsToken(match.range, notAfter: digitOrPoint) {
      if let y = Int(match.output.1), let m = Int(match.output.2), let d = Int(match.output.3),
        (1...12).contains(m), (1...31).contains(d)
      {
        add(match.range, .date(year: y, month: m, day: d))
      }
    }
    for match in has.fourDigits && has.nian ? folded.matches(of: chineseDatePattern) : [] where isFree(match.range) {
      if let y = Int(match.output.1), let m = Int(match.output.2), let d = Int(match.output.3) {
        add(match.range, .date(year: y, month: m, day: d))
      }
    }
    for match in has.nian ? folded.matches(of: chineseNumeralDatePattern) : [] where isFree(match.range) {
      if let y = ChineseNumeral.parse(match.output.1), let m = ChineseNumeral.parse(match.output.2),
        let d = ChineseNumeral.parse(match.output.3), (1...12).contains(m), (1...31).contains(d)
      {
        add(match.range, .date(year: y, month: m, day: d))
      }
    }
    for match in has.fourDigits ? folded.matches(of: dayMonthYearPattern) : []
    where isFree(match.range) && startsToken(match.range, notAfter: digitOrPoint) {
      if let d = Int(match.output.1), let m = month(String(match.output.2)), let y = Int(match.output.3) {
        add(match.range, .date(year: y, month: m, day: d))
      }
    }
    for match in has.fourDigits && has.capital && has.commaSpace ? folded.matches(of: monthDayYearPattern) : []
    where isFree(match.range) {
      if let m = month(String(match.output.1)), let d = Int(match.output.2), let y = Int(match.output.3) {
        add(match.range, .date(year: y, month: m, day: d))
      }
    }
    for match in has.digit && has.di ? folded.matches(of: chineseParagraphPattern) : [] where isFree(match.range) {
      for number in match.output.1.split(whereSeparator: { !$0.isASCIIDigit }) {
        found.append((match.range, .paragraph(String(number))))
      }
      taken.append(match.range)
    }
    for match in has.digit && has.paragraphWord ? folded.matches(of: paragraphPattern) : [] where isFree(match.range) {
      for number in match.output.1.split(whereSeparator: { !$0.isASCIIDigit }) {
        found.append((match.range, .paragraph(String(number))))
      }
      taken.append(match.range)
    }
    for match in has.digit ? folded.matches(of: numberPattern) : []
    where isFree(match.range) && startsToken(match.range, notAfter: digitOrPoint) {
      // "08" and "8" are the same number; "1,000", "1.000" and "1 000" are
      // one thousand, "2,5" and "2.5" the same fraction.
      var digits = Self.canonicalNumber(String(match.output))
      while digits.count > 1, digits.first == "0", digits.dropFirst().first != "." { digits.removeFirst() }
      found.append((match.range, .number(digits)))
    }
    return found.sorted { $0.0.lowerBound < $1.0.lowerBound }.map(\.1)
  }

  /// Full-width digits and brackets as ASCII, so "１２（２０１９）" reads
  /// like "12(2019)". Every replacement is one character for one, so ranges
  /// stay meaningful.
  static func foldDigitsAndBrackets(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    let source = Array(text.unicodeScalars)
    for (i, scalar) in source.enumerated() {
      if let latin = latinSymbolLetter(source, at: i) {
        scalars.append(latin)
        continue
      }
      switch scalar.value {
      // Bidi marks that Arabic texts put around embedded Latin symbols
      // ("S/RES/2482\u{200F} (2019)") are not part of them.
      case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: continue
      case 0xFF10...0xFF19: scalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
      case 0xFF08: scalars.append("(")
      case 0xFF09: scalars.append(")")
      case 0xFF0F: scalars.append("/")
      case 0x0660...0x0669: scalars.append(Unicode.Scalar(scalar.value - 0x0660 + 0x30)!)
      case 0x06F0...0x06F9: scalars.append(Unicode.Scalar(scalar.value - 0x06F0 + 0x30)!)  // Eastern Arabic
      case 0x066B: scalars.append(".")  // Arabic decimal separator
      case 0x066C: scalars.append(",")  // Arabic thousands separator
      case 0x00A0, 0x202F, 0x2009: scalars.append(" ")  // no-break and thin spaces
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// Cyrillic capitals that look like the Latin letters of UN document
  /// symbols, as Russian texts sometimes type them ("А/RES/73/1",
  /// "Е/CN.6/2019/1"), with their Latin twins.
  static let cyrillicSymbolLetters: [UInt32: Unicode.Scalar] = [
    0x0410: "A", 0x0412: "B", 0x0415: "E", 0x041A: "K", 0x041C: "M", 0x041D: "H", 0x041E: "O",
    0x0420: "P", 0x0421: "C", 0x0422: "T", 0x0425: "X",
  ]

  /// The Latin letter for the Cyrillic look-alike at `i` when it belongs
  /// to a run of capitals (Latin or look-alike) directly followed by "/":
  /// the series prefix of a document symbol. Elsewhere Cyrillic stays.
  static func latinSymbolLetter(_ s: [Unicode.Scalar], at i: Int) -> Unicode.Scalar? {
    guard (0x0410...0x0425).contains(s[i].value), let latin = cyrillicSymbolLetters[s[i].value] else {
      return nil
    }
    var start = i
    while start > 0, i - start < 6, isSymbolCapital(s[start - 1]) { start -= 1 }
    if start > 0, s[start - 1].properties.isAlphabetic { return nil }
    var j = i
    while j < s.count, j - start < 7, isSymbolCapital(s[j]) { j += 1 }
    return j < s.count && s[j] == "/" && j - start <= 6 ? latin : nil
  }

  /// A Latin capital or a Cyrillic look-alike.
  static func isSymbolCapital(_ s: Unicode.Scalar) -> Bool {
    ("A"..."Z").contains(s) || cyrillicSymbolLetters[s.value] != nil
  }

  // MARK: Patterns

  nonisolated(unsafe) static let symbolPattern =
    #/(?:[A-Z]{1,6}(?:\.\d+)?/)+(?:[A-Za-z0-9.\-]+/)*[A-Za-z0-9.\-]*\d[A-Za-z0-9.\-]*/#.asciiOnlyDigits()
  nonisolated(unsafe) static let resolutionPattern = #/(\d{1,4}) ?\((\d{4})\)/#.asciiOnlyDigits()
  nonisolated(unsafe) static let isoDatePattern = #/(\d{4})-(\d{2})-(\d{2})(?!\d)/#.asciiOnlyDigits()
  /// 一九四二年一月一日, as older Chinese texts (the Charter) write dates.
  nonisolated(unsafe) static let chineseNumeralDatePattern =
    #/([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/#
  nonisolated(unsafe) static let chineseDatePattern = #/(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日/#.asciiOnlyDigits()
  nonisolated(unsafe) static let dayMonthYearPattern =
    #/(\d{1,2})(?:er|\.?º|°)? (?:de )?([A-Za-zéûÀ-ÿа-яА-Я]+),? (?:de )?(\d{4})/#.asciiOnlyDigits()
  nonisolated(unsafe) static let monthDayYearPattern = #/([A-Z][a-z]+) (\d{1,2}), (\d{4})/#.asciiOnlyDigits()
  nonisolated(unsafe) static let chineseParagraphPattern =
    #/第 ?(\d+(?: ?(?:、|和|及|至|到|-|,|，) ?\d+)*) ?段/#.asciiOnlyDigits()
  nonisolated(unsafe) static let paragraphPattern =
    #/(?i:paragraphs?|paragraphes?|párrafos?|пункт(?:ы|ах|ов|а)?) (\d+(?:(?:, | and | et | y | и | to | à | a |-)\d+)*)/#
    .asciiOnlyDigits()
  /// Digits with thousands separators as English (1,000), Spanish and
  /// Russian print (1.000, 1 000; the space often a no-break one, folded to
  /// a space above) and a decimal point or comma.
  nonisolated(unsafe) static let numberPattern =
    #/\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?(?![\d.])|[1-9]\d{0,2}(?: \d{3})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?/#
    .asciiOnlyDigits()

  /// A matched number without its thousands separators and with a decimal
  /// point: "1,000.5", "1.000,5" and "1 000,5" are all "1000.5".
  static func canonicalNumber(_ text: String) -> String {
    func groupedByThousands(_ separator: Character) -> Bool {
      let groups = text.split(separator: separator, omittingEmptySubsequences: false)
      return groups.count > 1 && groups.dropFirst().allSatisfy { $0.count == 3 }
    }
    /// `text` without `dropped`, with `decimal` as ".".
    func rewritten(dropping dropped: Set<Character>, decimal: Character?) -> String {
      String(text.compactMap { c in dropped.contains(c) ? nil : (c == decimal ? "." : c) })
    }
    if text.contains(" ") { return rewritten(dropping: [" "], decimal: ",") }  // 1 000,5
    if let comma = text.lastIndex(of: ","), let point = text.lastIndex(of: ".") {
      return point > comma
        ? rewritten(dropping: [","], decimal: nil)  // 1,000.5
        : rewritten(dropping: ["."], decimal: ",")  // 1.000,5
    }
    if text.contains(",") {
      return groupedByThousands(",") ? rewritten(dropping: [","], decimal: nil) : rewritten(dropping: [], decimal: ",")
    }
    if text.contains("."), groupedByThousands("."), text.first != "0" {
      return rewritten(dropping: ["."], decimal: nil)  // 1.000
    }
    return text
  }

  private static let months: [String: Int] = {
    var table: [String: Int] = [:]
    let names = [
      [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
      ],
      [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
      ],
      [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
        "diciembre",
      ],
      [
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
        "декабря",
      ],
    ]
    for list in names {
      for (index, name) in list.enumerated() { table[name] = index + 1 }
    }
    return table
  }()

  /// The number of a month named in English, French, Spanish or Russian.
  static func month(_ name: String) -> Int? { months[name.lowercased()] }
}
