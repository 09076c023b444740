/// Writes whole numbers as Chinese numerals the way legal numbering does:
/// 十五, 二十, 一百零一, 一百一十, 一千零五.
///
/// The inverse of `Alignment.ChineseNumeral.parse` for 1...9999.
enum ChineseNumeralFormatter {
  private static let digits = Array("零一二三四五六七八九")
  private static let units = ["", "十", "百", "千"]

  /// The numeral for `value` (1...9999); a leading 一十 is written 十.
  static func string(_ value: Int) -> String {
    precondition((1...9999).contains(value), "only 1...9999 are written")
    var places: [Int] = []
    var rest = value
    while rest > 0 {
      places.append(rest % 10)
      rest /= 10
    }
    var result = ""
    var pendingZero = false
    for position in places.indices.reversed() {
      let digit = places[position]
      if digit == 0 {
        pendingZero = !result.isEmpty
        continue
      }
      if pendingZero { result.append("零") }
      pendingZero = false
      if !(digit == 1 && position == 1 && result.isEmpty) { result.append(digits[digit]) }
      result += units[position]
    }
    return result
  }

  /// An article label: 第一百四十三条.
  static func articleLabel(_ value: Int) -> String { "第\(string(value))条" }
}
