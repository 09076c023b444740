/// Roman numerals as used in UN numbering: "Chapter VII", "(iv)".
enum RomanNumeral {
  /// Parses a Roman numeral in either case (I … MMMCMXCIX).
  ///
  /// - Returns: The value, or `nil` if `text` is not a canonical numeral
  ///   ("IIII" and "VX" are rejected).
  /// - Complexity: O(*n*).
  static func parse(_ text: some StringProtocol) -> Int? {
    var total = 0
    var previous = 0
    let values = text.unicodeScalars.map { value(of: $0) }
    guard !values.isEmpty, !values.contains(nil) else { return nil }
    for value in values.reversed().compactMap({ $0 }) {
      if value < previous { total -= value } else { total += value }
      previous = max(previous, value)
    }
    guard total > 0, format(total) == text.uppercased() else { return nil }
    return total
  }

  /// The canonical upper-case numeral for 1…3999.
  static func format(_ number: Int) -> String {
    var rest = number
    var result = ""
    for (value, numeral) in table {
      while rest >= value {
        result += numeral
        rest -= value
      }
    }
    return result
  }

  /// The numerals of `format`, largest first.
  private static let table: [(Int, String)] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
    (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
    (4, "IV"), (1, "I"),
  ]

  private static func value(of scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "I", "i": 1
    case "V", "v": 5
    case "X", "x": 10
    case "L", "l": 50
    case "C", "c": 100
    case "D", "d": 500
    case "M", "m": 1000
    default: nil
    }
  }
}
