/// A language-independent fact in a paragraph that every translation must
/// carry: a number, a year, a date, a document symbol, a resolution number,
/// a reference to paragraphs.
///
/// The aligner uses anchors shared by two segments as evidence that they
/// correspond; `align check` reports anchors found on one side only.
public enum Anchor: Hashable, Sendable, Comparable {
  /// A number written with digits: "12", "2.5", "1,000" → "1000".
  case number(String)
  /// A calendar date: 2019 年 7 月 19 日, 19 July 2019.
  case date(year: Int, month: Int, day: Int)
  /// A document symbol: S/2018/1177, PRST/2018/9 (an "S/" before PRST is
  /// dropped, as drafts write both).
  case symbol(String)
  /// A resolution number with its year: 1267 (1999), 1267(1999).
  case resolution(number: Int, year: Int)
  /// A reference to a paragraph of the same document: 第 10 段, paragraph 10.
  case paragraph(String)

  /// A short human description: "number 12", "date 2019-07-19".
  public var description: String {
    switch self {
    case .number(let n): "number \(n)"
    case .date(let y, let m, let d): "date \(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    case .symbol(let s): "symbol \(s)"
    case .resolution(let n, let y): "resolution \(n) (\(y))"
    case .paragraph(let p): "paragraph \(p)"
    }
  }
}
