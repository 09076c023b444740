import Foundation

@testable import Alignment

/// The anchor extraction as it was written with Swift Regex patterns,
/// kept here as the reference `AnchorScannerTests` compares the
/// hand-written `AnchorScanner` matchers with (every pattern runs: no
/// prechecks).
enum RegexAnchors {
  static func anchors(in text: String) -> [Anchor] {
    let folded = AnchorExtractor.foldDigitsAndBrackets(text)
    let has = AnchorPrecheck.everything
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
      if let d = Int(match.output.1), let m = AnchorExtractor.month(String(match.output.2)), let y = Int(match.output.3)
      {
        add(match.range, .date(year: y, month: m, day: d))
      }
    }
    for match in has.fourDigits && has.capital && has.commaSpace ? folded.matches(of: monthDayYearPattern) : []
    where isFree(match.range) {
      if let m = AnchorExtractor.month(String(match.output.1)), let d = Int(match.output.2), let y = Int(match.output.3)
      {
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
      var digits = AnchorExtractor.canonicalNumber(String(match.output))
      while digits.count > 1, digits.first == "0", digits.dropFirst().first != "." { digits.removeFirst() }
      found.append((match.range, .number(digits)))
    }
    return found.sorted { $0.0.lowerBound < $1.0.lowerBound }.map(\.1)
  }

  static func languageAnchors(
    in folded: String, _ has: AnchorPrecheck
  ) -> [(Range<String.Index>, Anchor)] {
    var found: [(Range<String.Index>, Anchor)] = []
    for match in has.fourDigits && has.arabic ? folded.matches(of: arabicDatePattern) : [] {
      let monthName = String(match.output.2)
      if let d = Int(match.output.1), (1...31).contains(d), let m = AnchorExtractor.arabicMonths[monthName],
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
      let letter = match.output.2.flatMap { AnchorExtractor.listLetters[String($0)] } ?? ""
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

  /// Day, month name (a second name after "/" allowed: UN Arabic writes
  /// both series), year; "عام" or "سنة" before the year allowed.
  nonisolated(unsafe) static let arabicDatePattern =
    #/(\d{1,2}) ?(كانون الثاني|كانون الأول|كانون الاول|تشرين الأول|تشرين الاول|تشرين الثاني|شباط|آذار|نيسان|أيار|ايار|حزيران|تموز|آب|أيلول|ايلول|يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر)(?: ?/ ?(?:يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر))? (?:(?:عام|سنة) )?(\d{4})/#
    .asciiOnlyDigits()
}
