/// A `w:numFmt` value: how Word writes the counter of one list level.
///
/// Formats Word has that this does not know (Hebrew, Thai, Korean …) fall
/// back to decimal, as LibreOffice does when it imports them.
enum WordNumberFormat: Sendable, Equatable {
  case decimal, decimalZero, decimalFullWidth
  case decimalEnclosedCircle, decimalEnclosedFullstop, decimalEnclosedParen
  case lowerLetter, upperLetter, lowerRoman, upperRoman
  case chineseCounting, chineseCountingThousand, chineseLegalSimplified
  case ideographDigital, ideographTraditional, ideographZodiac, ideographEnclosedCircle
  case russianLower, russianUpper
  case ordinal
  /// `none`: the level shows no number.
  case none
  /// `bullet`: the level shows its `lvlText` glyph.
  case bullet

  init(_ value: String?) {
    switch value ?? "decimal" {
    case "decimalZero": self = .decimalZero
    case "decimalFullWidth", "decimalFullWidth2": self = .decimalFullWidth
    case "decimalEnclosedCircle", "decimalEnclosedCircleChinese": self = .decimalEnclosedCircle
    case "decimalEnclosedFullstop": self = .decimalEnclosedFullstop
    case "decimalEnclosedParen": self = .decimalEnclosedParen
    case "lowerLetter": self = .lowerLetter
    case "upperLetter": self = .upperLetter
    case "lowerRoman": self = .lowerRoman
    case "upperRoman": self = .upperRoman
    case "chineseCounting", "japaneseCounting", "taiwaneseCounting": self = .chineseCounting
    case "chineseCountingThousand", "taiwaneseCountingThousand", "japaneseDigitalTenThousand":
      self = .chineseCountingThousand
    case "chineseLegalSimplified": self = .chineseLegalSimplified
    case "ideographDigital", "taiwaneseDigital": self = .ideographDigital
    case "ideographTraditional": self = .ideographTraditional
    case "ideographZodiac": self = .ideographZodiac
    case "ideographEnclosedCircle": self = .ideographEnclosedCircle
    case "russianLower": self = .russianLower
    case "russianUpper": self = .russianUpper
    case "ordinal": self = .ordinal
    case "none": self = .none
    case "bullet": self = .bullet
    default: self = .decimal
    }
  }

  /// `value` written in this format ("iv", "十二", "⑶").
  ///
  /// - Complexity: O(log *value*).
  func format(_ value: Int) -> String {
    switch self {
    case .decimal, .bullet: return String(value)
    case .none: return ""
    case .decimalZero: return value < 10 && value >= 0 ? "0\(value)" : String(value)
    case .decimalFullWidth:
      return String(
        String.UnicodeScalarView(
          String(value).unicodeScalars.map { scalar in
            scalar.value >= 0x30 && scalar.value <= 0x39 ? Unicode.Scalar(scalar.value + 0xFEE0) ?? scalar : scalar
          }))
    case .decimalEnclosedCircle:
      return Self.enclosed(value, first: 0x2460, count: 20)
    case .decimalEnclosedFullstop: return Self.enclosed(value, first: 0x2488, count: 20)
    case .decimalEnclosedParen: return Self.enclosed(value, first: 0x2474, count: 20)
    case .ideographEnclosedCircle: return Self.enclosed(value, first: 0x3280, count: 10)
    case .lowerLetter: return Self.letters(value, alphabet: Self.latin)
    case .upperLetter: return Self.letters(value, alphabet: Self.latin).uppercased()
    case .russianLower: return Self.letters(value, alphabet: Self.cyrillic)
    case .russianUpper: return Self.letters(value, alphabet: Self.cyrillic).uppercased()
    case .lowerRoman: return Self.roman(value).lowercased()
    case .upperRoman: return Self.roman(value)
    case .chineseCounting, .chineseCountingThousand:
      return Self.chinese(value, digits: Self.countingDigits, units: ["", "十", "百", "千"])
    case .chineseLegalSimplified:
      return Self.chinese(value, digits: Self.legalDigits, units: ["", "拾", "佰", "仟"], bareTen: false)
    case .ideographDigital:
      return String(String(value).compactMap { Int(String($0)).map { Self.chineseDigits[$0] } })
    case .ideographTraditional: return Self.cycle(value, "甲乙丙丁戊己庚辛壬癸")
    case .ideographZodiac: return Self.cycle(value, "子丑寅卯辰巳午未申酉戌亥")
    case .ordinal: return Self.ordinal(value)
    }
  }

  private static let latin = Array("abcdefghijklmnopqrstuvwxyz")
  /// The Russian list alphabet: а–я without ё, й, ъ, ь (27 = э, as
  /// LibreOffice shows it).
  private static let cyrillic = Array("абвгдежзиклмнопрстуфхцчшщыэюя")
  /// Digit by digit (ideographDigital): 一〇五.
  private static let chineseDigits: [Character] = Array("〇一二三四五六七八九")
  /// Counting (chineseCounting): 一百零五, as Word and LibreOffice show it.
  private static let countingDigits: [Character] = Array("零一二三四五六七八九")
  private static let legalDigits: [Character] = Array("零壹贰叁肆伍陆柒捌玖")

  /// Word's letter lists: a … z, then aa … zz, aaa … (the letter repeated).
  private static func letters(_ value: Int, alphabet: [Character]) -> String {
    guard value > 0 else { return String(value) }
    let letter = alphabet[(value - 1) % alphabet.count]
    return String(repeating: letter, count: (value - 1) / alphabet.count + 1)
  }

  private static func roman(_ value: Int) -> String {
    guard value > 0, value < 4000 else { return String(value) }
    return RomanNumeral.format(value)
  }

  /// 十, 十一, 二十, 一百零一, 一千零二十 … up to 9,999; 一万 and beyond
  /// as 万 groups.
  private static func chinese(_ value: Int, digits: [Character], units: [String], bareTen: Bool = true) -> String {
    guard value > 0 else { return value == 0 ? "〇" : String(value) }
    if value >= 10_000 {
      let high = chinese(value / 10_000, digits: digits, units: units, bareTen: bareTen)
      let low = value % 10_000
      let wan = "万"
      if low == 0 { return high + wan }
      let lowText = chinese(low, digits: digits, units: units, bareTen: false)
      return high + wan + (low < 1000 ? String(digits[0]) : "") + lowText
    }
    var result = ""
    var pendingZero = false
    let places = [value / 1000 % 10, value / 100 % 10, value / 10 % 10, value % 10]
    for (index, digit) in places.enumerated() {
      let unit = units[3 - index]
      if digit == 0 {
        if !result.isEmpty { pendingZero = true }
        continue
      }
      if pendingZero { result.append(digits[0]) }
      pendingZero = false
      if bareTen, index == 2, digit == 1, result.isEmpty {
        result += unit  // 十一, not 一十一
      } else {
        result.append(digits[digit])
        result += unit
      }
    }
    return result
  }

  private static func cycle(_ value: Int, _ signs: String) -> String {
    let characters = Array(signs)
    guard value > 0 else { return String(value) }
    return String(characters[(value - 1) % characters.count])
  }

  private static func enclosed(_ value: Int, first: UInt32, count: Int) -> String {
    guard value >= 1, value <= count, let scalar = Unicode.Scalar(first + UInt32(value - 1)) else {
      return String(value)
    }
    return String(Character(scalar))
  }

  private static func ordinal(_ value: Int) -> String {
    let suffix: String
    switch (value % 100, value % 10) {
    case (11...13, _): suffix = "th"
    case (_, 1): suffix = "st"
    case (_, 2): suffix = "nd"
    case (_, 3): suffix = "rd"
    default: suffix = "th"
    }
    return "\(value)\(suffix)"
  }
}
