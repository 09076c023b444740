/// Chinese numerals as written in legal numbering: 第十五条, 第二百零一条,
/// 第两百条, 廿一, 一〇二.
///
/// ICU's Chinese spell-out rules read 第十五条 as 15 but read 二百零一 as 200
/// and reject 两百, so `align` parses them itself.
public enum ChineseNumeral {
  /// The largest value `parse` accepts: 九千九百九十九万九千九百九十九. A
  /// longer run of digits (第99999999999999999999条) is not a label, and
  /// rejecting it here keeps every sum below `Int.max`.
  public static let largestValue = 99_999_999

  /// Parses a Chinese numeral from 〇/零 up to 九千九百九十九万九千九百九十九.
  ///
  /// Accepts the positional form (一〇二 = 102), the multiplicative form with
  /// 十/百/千/万 (and their financial forms 拾/佰/仟/萬), 两 for 2, a leading
  /// 十 (十五 = 15), 廿 (20) and 卅 (30), and ASCII or full-width digits.
  ///
  /// - Returns: The value, or `nil` if `text` is empty, not a well-formed
  ///   numeral, or above `largestValue`.
  /// - Complexity: O(*n*) in the length of `text`.
  public static func parse(_ text: some StringProtocol) -> Int? {
    let scalars = text.unicodeScalars
    guard !scalars.isEmpty else { return nil }
    if scalars.allSatisfy({ digitValue($0) != nil }) {
      // Positional: 一〇二, 2019, ２０１９; the value stays at or below
      // `largestValue` before each step, so nothing overflows.
      var value = 0
      for scalar in scalars {
        guard let digit = digitValue(scalar) else { return nil }
        value = value * 10 + digit
        if value > largestValue { return nil }
      }
      return value
    }
    var total = 0  // completed 万 groups
    var section = 0  // value below 万 so far
    var digit: Int? = nil  // pending digit, waiting for a unit
    var lastUnit = Int.max  // units must decrease inside a section
    var previousWasZero = false
    for scalar in scalars {
      if let value = digitValue(scalar) {
        if digit != nil { return nil }  // two digits in a row: 二三
        if value == 0 {
          previousWasZero = true
          continue
        }
        digit = value
      } else if let unit = unitValue(scalar) {
        if unit == 10_000 {
          section += digit ?? 0
          if section == 0 || total != 0 { return nil }
          total = section * 10_000
          section = 0
          digit = nil
          lastUnit = Int.max
          previousWasZero = false
          continue
        }
        if unit >= lastUnit { return nil }  // 十百, 百百
        let multiplier: Int
        if let pending = digit {
          multiplier = pending
        } else if unit == 10 {
          multiplier = 1  // 十五 = 15, 一百十 = 110, 一百零十 = 110
        } else {
          return nil  // 百 with no digit
        }
        section += multiplier * unit
        lastUnit = unit
        digit = nil
        previousWasZero = false
      } else if let tens = tensValue(scalar) {
        if digit != nil || section != 0 { return nil }
        section = tens
        lastUnit = 10
      } else {
        return nil
      }
    }
    if let pending = digit {
      // A trailing digit is units, or an abbreviated lower unit (二百五 = 250)
      // only where no 零 intervened.
      if lastUnit != Int.max, lastUnit > 10, !previousWasZero {
        section += pending * (lastUnit / 10)
      } else {
        section += pending
      }
    }
    let value = total + section
    if value == 0 && !scalars.contains(where: { digitValue($0) == 0 }) {
      return nil
    }
    return value
  }

  /// The value of a single digit character, or `nil`.
  static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "〇", "零", "○": 0
    case "一", "壹": 1
    case "二", "两", "兩", "贰", "貳": 2
    case "三", "叁", "參": 3
    case "四", "肆": 4
    case "五", "伍": 5
    case "六", "陆", "陸": 6
    case "七", "柒": 7
    case "八", "捌": 8
    case "九", "玖": 9
    case "0"..."9": Int(scalar.value - 0x30)
    case "０"..."９": Int(scalar.value - 0xFF10)
    default: nil
    }
  }

  private static func unitValue(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "十", "拾": 10
    case "百", "佰": 100
    case "千", "仟": 1000
    case "万", "萬": 10_000
    default: nil
    }
  }

  private static func tensValue(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "廿", "念": 20
    case "卅": 30
    case "卌": 40
    default: nil
    }
  }

  /// The length of the run of Chinese numeral characters (not Western
  /// digits) that starts at `i`, at most 12 characters.
  static func runLength(_ scalars: [Unicode.Scalar], from i: Int) -> Int {
    var j = i
    while j < scalars.count, j - i < 12, isNumeralCharacter(scalars[j]), !isWesternDigit(scalars[j]) {
      j += 1
    }
    return j - i
  }

  /// The value of a run found by `runLength(_:from:)`.
  static func value(_ run: ArraySlice<Unicode.Scalar>) -> Int? {
    parse(String(String.UnicodeScalarView(run)))
  }

  private static func isWesternDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
  }

  /// Whether `scalar` can be part of a Chinese numeral.
  static func isNumeralCharacter(_ scalar: Unicode.Scalar) -> Bool {
    digitValue(scalar) != nil || unitValue(scalar) != nil
      || tensValue(scalar) != nil
  }
}
