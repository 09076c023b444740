/// A report's time stamp as ISO 8601 text in UTC, `2023-11-14T22:13:20Z`,
/// computed from a count of seconds, with no calendar or time-zone service.
///
/// The date is in the proleptic Gregorian calendar, as XML Schema's
/// `dateTime` (the type of a Word revision's `w:date`) defines it; years
/// before 1 are written with a sign (`-0001`), years past 9999 with as many
/// digits as they need.
public struct ReportTime: Hashable, Sendable {
  /// Seconds since 1970-01-01T00:00:00Z.
  public var secondsSince1970: Int64

  public init(secondsSince1970: Int64) {
    self.secondsSince1970 = secondsSince1970
  }

  /// The time stamp of a moment given as a floating-point count of seconds
  /// (a file's modification time), rounded down to the second; `nil` when
  /// the value is not finite or beyond an `Int64` of seconds.
  public init?(secondsSince1970 seconds: Double) {
    let whole = seconds.rounded(.down)
    guard whole.isFinite, whole >= -9.2e18, whole <= 9.2e18 else { return nil }
    self.secondsSince1970 = Int64(whole)
  }

  /// The text, `YYYY-MM-DDThh:mm:ssZ`.
  ///
  /// - Complexity: O(1).
  public var iso8601: String {
    let (days, second) = Self.floorDivision(secondsSince1970, 86_400)
    let date = Self.civilDate(daysSince1970: days)
    var text = ""
    if date.year < 0 { text += "-" }
    text += Self.padded(date.year.magnitude, width: 4) + "-"
    text += Self.padded(UInt64(date.month), width: 2) + "-"
    text += Self.padded(UInt64(date.day), width: 2) + "T"
    text += Self.padded(UInt64(second / 3600), width: 2) + ":"
    text += Self.padded(UInt64(second / 60 % 60), width: 2) + ":"
    text += Self.padded(UInt64(second % 60), width: 2) + "Z"
    return text
  }

  /// The year, month (1–12) and day (1–31) of a day counted from
  /// 1970-01-01, after Howard Hinnant's `civil_from_days` ("chrono-Compatible
  /// Low-Level Date Algorithms"), which counts in 400-year eras of 146,097
  /// days from 0000-03-01.
  static func civilDate(daysSince1970: Int64) -> (year: Int64, month: Int, day: Int) {
    let z = daysSince1970 + 719_468
    let (era, doe) = floorDivision(z, 146_097)  // day of era, 0...146096
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365  // 0...399
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)  // day of the year from March, 0...365
    let mp = (5 * doy + 2) / 153  // month from March, 0...11
    let day = Int(doy - (153 * mp + 2) / 5 + 1)
    let month = Int(mp < 10 ? mp + 3 : mp - 9)
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  /// The quotient rounded down and the remainder, which is never negative.
  static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
    let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
    return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
  }

  static func padded(_ value: UInt64, width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
