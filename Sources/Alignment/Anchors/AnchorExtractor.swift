/// Finds the anchors of a paragraph in any of the six UN languages.
///
/// Symbols, resolution numbers, dates and paragraph references are found
/// first; the digits they use are not reported again as bare numbers.
enum AnchorExtractor {
  /// The anchors of `text`, in order of appearance, duplicates kept.
  /// `prechecked: false` runs every pattern (the prechecks only skip scans
  /// that cannot match, so the anchors are the same; tests compare).
  ///
  /// - Complexity: O(*n*) in the length of the text (each pattern's
  ///   matcher in `AnchorScanner` tries each position once, and a match
  ///   marks its Characters taken).
  static func anchors(in text: String, prechecked: Bool = true) -> [Anchor] {
    let folded = foldDigitsAndBrackets(text)
    let has = prechecked ? AnchorPrecheck(folded) : .everything
    // Only Chinese numeral dates are written without digits.
    guard has.digit || has.nian else { return [] }
    let scan = AnchorScanner(folded)
    var found: [(Range<Int>, Anchor)] = []
    // Which Characters earlier anchors took.
    var taken = [Bool](repeating: false, count: scan.count)
    func isFree(_ range: Range<Int>) -> Bool { !range.contains { taken[$0] } }
    func take(_ range: Range<Int>) {
      for i in range { taken[i] = true }
    }
    func add(_ range: Range<Int>, _ anchor: Anchor) {
      found.append((range, anchor))
      take(range)
    }
    /// Whether the match starts a token: not preceded by a code that
    /// `set` accepts.
    func startsToken(_ range: Range<Int>, notAfter set: (UInt32) -> Bool) -> Bool {
      range.lowerBound == 0 || !set(scan.codes[range.lowerBound - 1])
    }
    let digitOrPoint: (UInt32) -> Bool = {
      AnchorScanner.isDigit($0) || $0 == AnchorScanner.period || $0 == AnchorScanner.comma
    }
    let startsNumber: (UInt32) -> Bool = AnchorScanner.isDigit
    func int(_ range: Range<Int>) -> Int { scan.value(range) }

    let symbols =
      has.digit && has.slash && has.capital
      ? scan.matches(startingWhere: AnchorScanner.isCapital, scan.symbolMatch) : []
    for (range, _) in symbols
    where startsToken(range, notAfter: Self.continuesSymbol) {
      var symbol = String(scan.string(range))
      while let last = symbol.last, ".,;:".contains(last) { symbol.removeLast() }
      guard symbol.contains(where: { $0.isASCIIDigit }) else { continue }
      if symbol.hasPrefix("S/PRST/") { symbol.removeFirst(2) }
      add(range, .symbol(symbol))
    }
    for (range, anchor) in has.digit ? languageAnchors(in: scan, has) : [] where isFree(range) { add(range, anchor) }
    for (range, (number, year)) in has.fourDigits && has.parenthesis
      ? scan.matches(startingWhere: startsNumber, scan.resolutionMatch) : []
    where isFree(range) && startsToken(range, notAfter: digitOrPoint) {
      add(range, .resolution(number: int(number), year: int(year)))
    }
    for (range, (y, m, d)) in has.fourDigits && has.hyphen
      ? scan.matches(startingWhere: startsNumber, scan.isoDateMatch) : []
    where isFree(range) && startsToken(range, notAfter: digitOrPoint) {
      if (1...12).contains(int(m)), (1...31).contains(int(d)) {
        add(range, .date(year: int(y), month: int(m), day: int(d)))
      }
    }
    for (range, (y, m, d)) in has.fourDigits && has.nian
      ? scan.matches(startingWhere: startsNumber, scan.chineseDateMatch) : []
    where isFree(range) {
      add(range, .date(year: int(y), month: int(m), day: int(d)))
    }
    for (range, (y, m, d)) in has.nian
      ? scan.matches(startingWhere: AnchorScanner.yearNumerals.contains, scan.chineseNumeralDateMatch) : []
    where isFree(range) {
      if let y = ChineseNumeral.parse(scan.string(y)), let m = ChineseNumeral.parse(scan.string(m)),
        let d = ChineseNumeral.parse(scan.string(d)), (1...12).contains(m), (1...31).contains(d)
      {
        add(range, .date(year: y, month: m, day: d))
      }
    }
    for (range, (d, m, y)) in has.fourDigits ? scan.matches(startingWhere: startsNumber, scan.dayMonthYearMatch) : []
    where isFree(range) && startsToken(range, notAfter: digitOrPoint) {
      if let m = month(String(scan.string(m))) {
        add(range, .date(year: int(y), month: m, day: int(d)))
      }
    }
    for (range, (m, d, y)) in has.fourDigits && has.capital && has.commaSpace
      ? scan.matches(startingWhere: AnchorScanner.isCapital, scan.monthDayYearMatch) : []
    where isFree(range) {
      if let m = month(String(scan.string(m))) {
        add(range, .date(year: int(y), month: m, day: int(d)))
      }
    }
    for (range, numbers) in has.digit && has.di
      ? scan.matches(startingWhere: { $0 == AnchorScanner.di }, scan.chineseParagraphMatch) : []
    where isFree(range) {
      for number in scan.digitRuns(in: numbers) { found.append((range, .paragraph(number))) }
      take(range)
    }
    for (range, numbers) in has.digit && has.paragraphWord
      ? scan.matches(startingWhere: AnchorScanner.startsParagraphWord, scan.paragraphMatch) : []
    where isFree(range) {
      for number in scan.digitRuns(in: numbers) { found.append((range, .paragraph(number))) }
      take(range)
    }
    for (range, _) in has.digit ? scan.matches(startingWhere: startsNumber, scan.numberMatch) : []
    where isFree(range) && startsToken(range, notAfter: digitOrPoint) {
      // "08" and "8" are the same number; "1,000", "1.000" and "1 000" are
      // one thousand, "2,5" and "2.5" the same fraction.
      var digits = Self.canonicalNumber(String(scan.string(range)))
      while digits.count > 1, digits.first == "0", digits.dropFirst().first != "." { digits.removeFirst() }
      found.append((range, .number(digits)))
    }
    return found.sorted { $0.0.lowerBound < $1.0.lowerBound }.map(\.1)
  }

  /// Whether a Character with this code before a symbol makes it part of
  /// a longer token: an ASCII letter or digit, or "/".
  static func continuesSymbol(_ c: UInt32) -> Bool {
    AnchorScanner.isCapital(c) || AnchorScanner.isLowercase(c) || AnchorScanner.isDigit(c) || c == AnchorScanner.slash
  }

  /// Full-width digits and brackets as ASCII, so "１２（２０１９）" reads
  /// like "12(2019)". Every replacement is one character for one, so ranges
  /// stay meaningful.
  ///
  /// - Complexity: O(*n*) in the UTF-8 length of `text`; a text without a
  ///   Cyrillic look-alike capital is rewritten byte by byte.
  static func foldDigitsAndBrackets(_ text: String) -> String {
    let utf8 = text.utf8
    // "А" … "Х" (U+0410–U+0425) are D0 90 … D0 A5.
    var previous: UInt8 = 0
    for byte in utf8 {
      if previous == 0xD0 && (0x90...0xA5).contains(byte) { return foldDigitsAndBracketsByScalars(text) }
      previous = byte
    }
    var folded: [UInt8] = []
    folded.reserveCapacity(utf8.count)
    let bytes = Array(utf8)
    var i = 0
    /// The byte at `k`, 0 past the end.
    func at(_ k: Int) -> UInt8 { k < bytes.count ? bytes[k] : 0 }
    while i < bytes.count {
      let (b0, b1, b2) = (bytes[i], at(i + 1), at(i + 2))
      switch (b0, b1) {
      case (0xC2, 0xA0):  // no-break space
        folded.append(0x20)
        i += 2
      case (0xD8, 0x9C):  // Arabic letter mark
        i += 2
      case (0xD9, 0xA0...0xA9):  // Arabic-Indic digits
        folded.append(b1 - 0xA0 + 0x30)
        i += 2
      case (0xD9, 0xAB):  // Arabic decimal separator
        folded.append(UInt8(ascii: "."))
        i += 2
      case (0xD9, 0xAC):  // Arabic thousands separator
        folded.append(UInt8(ascii: ","))
        i += 2
      case (0xDB, 0xB0...0xB9):  // Eastern Arabic digits
        folded.append(b1 - 0xB0 + 0x30)
        i += 2
      case (0xE2, 0x80) where b2 == 0x8E || b2 == 0x8F || (0xAA...0xAE).contains(b2):  // bidi marks
        i += 3
      case (0xE2, 0x81) where (0xA6...0xA9).contains(b2):  // bidi isolates
        i += 3
      case (0xE2, 0x80) where b2 == 0xAF || b2 == 0x89:  // narrow no-break and thin spaces
        folded.append(0x20)
        i += 3
      case (0xEF, 0xBC) where (0x90...0x99).contains(b2):  // full-width digits
        folded.append(b2 - 0x90 + 0x30)
        i += 3
      case (0xEF, 0xBC) where b2 == 0x88:
        folded.append(UInt8(ascii: "("))
        i += 3
      case (0xEF, 0xBC) where b2 == 0x89:
        folded.append(UInt8(ascii: ")"))
        i += 3
      case (0xEF, 0xBC) where b2 == 0x8F:
        folded.append(UInt8(ascii: "/"))
        i += 3
      default:
        folded.append(b0)
        i += 1
      }
    }
    return String(decoding: folded, as: UTF8.self)
  }

  /// `foldDigitsAndBrackets` scalar by scalar, with the Cyrillic
  /// look-alikes of symbol series (`latinSymbolLetter`).
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  static func foldDigitsAndBracketsByScalars(_ text: String) -> String {
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
