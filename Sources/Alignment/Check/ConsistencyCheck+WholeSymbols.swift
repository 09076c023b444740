#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ConsistencyCheck {
  /// The anchors of `text` with each document symbol quoted whole: a symbol
  /// followed by its year in brackets, `S/RES/2482 (2019)` (or
  /// `S/RES/2482（2019）`), is the one anchor "S/RES/2482 (2019)" rather
  /// than the symbol S/RES/2482 and the number 2019, so a finding names the
  /// symbol as the document writes it.
  ///
  /// - Complexity: O(*n* · *s*) for a text of length *n* with *s* symbols.
  static func anchorsWithWholeSymbols(in text: String) -> [Anchor] {
    var anchors = AnchorExtractor.anchors(in: text)
    let folded = AnchorExtractor.foldDigitsAndBrackets(text)
    var merged: [String: String] = [:]
    for anchor in anchors {
      guard case .symbol(let symbol) = anchor, merged[symbol] == nil, let year = year(after: symbol, in: folded) else {
        continue
      }
      merged[symbol] = year
    }
    guard !merged.isEmpty else { return anchors }
    var yearsToDrop: [String: Int] = [:]
    anchors = anchors.map { anchor in
      guard case .symbol(let symbol) = anchor, let year = merged[symbol] else { return anchor }
      yearsToDrop[year, default: 0] += 1
      return .symbol("\(symbol) (\(year))")
    }
    // The years now inside the symbols are not bare numbers too.
    return anchors.filter { anchor in
      guard case .number(let n) = anchor, let count = yearsToDrop[n], count > 0 else { return true }
      yearsToDrop[n] = count - 1
      return false
    }
  }

  /// The year in "(2019)" right after `symbol` (one optional space between),
  /// in text whose digits and brackets are folded to ASCII.
  private static func year(after symbol: String, in folded: String) -> String? {
    var search = folded[...]
    while let range = search.firstRange(of: symbol) {
      var rest = search[range.upperBound...]
      if rest.first == " " { rest = rest.dropFirst() }
      if rest.first == "(" {
        let digits = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
        if digits.count == 4, rest.dropFirst(5).first == ")" { return String(digits) }
      }
      search = search[range.upperBound...]
    }
    return nil
  }
}
