import Foundation
import Report
import TestSupport
import Testing

@Suite struct ReportTimeTests {
  @Test(arguments: [
    (Int64(0), "1970-01-01T00:00:00Z"),
    (1_700_000_000, "2023-11-14T22:13:20Z"),
    (-1, "1969-12-31T23:59:59Z"),
    (951_782_400, "2000-02-29T00:00:00Z"),
    (951_868_800, "2000-03-01T00:00:00Z"),
    (-2_203_891_200, "1900-03-01T00:00:00Z"),
    (4_102_444_800, "2100-01-01T00:00:00Z"),
    (253_402_300_799, "9999-12-31T23:59:59Z"),
    (253_402_300_800, "10000-01-01T00:00:00Z"),
    (-62_135_596_800, "0001-01-01T00:00:00Z"),
    (-62_135_596_801, "0000-12-31T23:59:59Z"),
    (-62_198_755_200, "-0001-01-01T00:00:00Z"),
  ])
  func namedMoments(seconds: Int64, text: String) {
    #expect(ReportTime(secondsSince1970: seconds).iso8601 == text)
  }

  /// Foundation's formatter agrees from 1583 (its calendar is Julian before
  /// the Gregorian reform) to 9999.
  @Test func agreesWithFoundationsFormatter() {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    var random = SplitMix64(seed: 8601)
    let first: Int64 = -12_212_553_600  // 1583-01-01
    let last: Int64 = 253_402_300_799  // 9999-12-31T23:59:59
    for _ in 0..<5000 {
      let seconds = first + Int64(random.next() % UInt64(last - first + 1))
      let expected = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
      #expect(ReportTime(secondsSince1970: seconds).iso8601 == expected, "\(seconds)")
    }
  }

  @Test func fractionsRoundDown() throws {
    #expect(try #require(ReportTime(secondsSince1970: 1_700_000_000.999)).iso8601 == "2023-11-14T22:13:20Z")
    #expect(try #require(ReportTime(secondsSince1970: -0.5)).iso8601 == "1969-12-31T23:59:59Z")
  }

  @Test func extremesDoNotOverflow() {
    #expect(ReportTime(secondsSince1970: .nan) == nil)
    #expect(ReportTime(secondsSince1970: .infinity) == nil)
    #expect(ReportTime(secondsSince1970: 1e19) == nil)
    #expect(ReportTime(secondsSince1970: Int64.max).iso8601.hasSuffix("Z"))
    #expect(ReportTime(secondsSince1970: Int64.min).iso8601.hasPrefix("-"))
  }
}
