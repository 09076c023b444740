/// How far a batch has got, and the one line that says so: sets done of
/// the total, the rate, the time left at that rate, failures so far.
public struct BatchProgress: Sendable, Hashable {
  public var total: Int
  public var done = 0
  public var failed = 0
  /// Sets taken from the journal of an earlier run (not counted in the rate).
  public var resumed = 0

  public init(total: Int) {
    self.total = total
  }

  /// "412/1000 sets · 23.5 sets/s · 0:25 left · 2 failed".
  ///
  /// - Parameter elapsed: Seconds since the batch started.
  public func line(elapsed: Double) -> String {
    let worked = done - resumed
    let rate = elapsed > 0 ? Double(worked) / elapsed : 0
    var parts = ["\(done)/\(total) sets"]
    if worked > 0 && elapsed > 0 {
      parts.append(Self.format(rate) + " sets/s")
      if done < total { parts.append(Self.duration(Double(total - done) / rate) + " left") }
    }
    if resumed > 0 { parts.append("\(resumed) resumed") }
    parts.append(failed == 1 ? "1 failed" : "\(failed) failed")
    return parts.joined(separator: " · ")
  }

  /// A rate with one decimal, or none from 100 up.
  static func format(_ value: Double) -> String {
    if value >= 100 { return String(Int(value.rounded())) }
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// "m:ss", or "h:mm:ss" from an hour up.
  public static func duration(_ seconds: Double) -> String {
    guard seconds.isFinite, seconds >= 0 else { return "?" }
    let total = Int(seconds.rounded())
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
  }
}
