/// Compares two language versions of one paragraph for the facts every
/// translation must carry over unchanged: numbers, years, dates, document
/// symbols, resolution numbers and paragraph references.
enum ConsistencyCheck {
  /// One anchor present on one side of an aligned pair and not on the other.
  struct Mismatch: Hashable, Sendable {
    typealias Side = TranslationSide
    /// The side that has the anchor.
    var side: Side
    var anchor: Anchor

    init(side: Side, anchor: Anchor) {
      self.side = side
      self.anchor = anchor
    }
  }

  /// The anchors of `source` missing from `target` and the other way round.
  ///
  /// A bare number on one side counts as present on the other when that
  /// side spells it out ("twelve", 十二) or uses it inside a date or a
  /// resolution number, since translations legitimately do both.
  ///
  /// - Complexity: O(*n* + *m*) in the lengths of the two texts.
  static func mismatches(source: String, target: String) -> [Mismatch] {
    let a = anchorsWithWholeSymbols(in: source)
    let b = anchorsWithWholeSymbols(in: target)
    let coveredA = coveredNumbers(in: source, anchors: a)
    let coveredB = coveredNumbers(in: target, anchors: b)
    var result: [Mismatch] = []
    for anchor in missing(a, from: b, covered: coveredB) { result.append(Mismatch(side: .source, anchor: anchor)) }
    for anchor in missing(b, from: a, covered: coveredA) { result.append(Mismatch(side: .target, anchor: anchor)) }
    return result
  }

  /// Multiset difference `have - other`, forgiving bare numbers in `covered`.
  private static func missing(_ have: [Anchor], from other: [Anchor], covered: Set<String>) -> [Anchor] {
    var counts: [Anchor: Int] = [:]
    for anchor in other { counts[anchor, default: 0] += 1 }
    var result: [Anchor] = []
    for anchor in have {
      if let count = counts[anchor], count > 0 {
        counts[anchor] = count - 1
        continue
      }
      if case .number(let n) = anchor, covered.contains(n) { continue }
      if case .paragraph(let n) = anchor, covered.contains(n) { continue }
      result.append(anchor)
    }
    return result
  }

  /// Numbers a text states in other ways: spelled out in English or
  /// Chinese, as month names ("June" for 6月), or as parts of dates,
  /// resolution numbers and symbols.
  static func coveredNumbers(in text: String, anchors: [Anchor]) -> Set<String> {
    var covered: Set<String> = []
    for anchor in anchors {
      switch anchor {
      case .number(let n), .paragraph(let n): covered.insert(n)
      case .date(let y, let m, let d): covered.formUnion(["\(y)", "\(m)", "\(d)"])
      case .resolution(let n, let y): covered.formUnion(["\(n)", "\(y)"])
      case .symbol(let s): covered.formUnion(s.split(whereSeparator: { !$0.isASCIIDigit }).map(String.init))
      }
    }
    // Chinese numerals: runs of numeral characters.
    var run = ""
    for scalar in text.unicodeScalars {
      if ChineseNumeral.isNumeralCharacter(scalar), !("0"..."9").contains(scalar) {
        run.unicodeScalars.append(scalar)
      } else if !run.isEmpty {
        if let value = ChineseNumeral.parse(run) { covered.insert(String(value)) }
        run = ""
      }
    }
    if let value = ChineseNumeral.parse(run), !run.isEmpty { covered.insert(String(value)) }
    covered.formUnion(NumberWords.values(in: text).map(String.init))
    // English, French and Spanish number words up to twenty, and tens.
    let lower = text.lowercased()
    for word in lower.split(whereSeparator: { !$0.isLetter }) {
      if let value = numberWords[String(word)] ?? AnchorExtractor.month(String(word)) {
        covered.insert(String(value))
      }
    }
    return covered
  }

  private static let numberWords: [String: Int] = {
    var table: [String: Int] = [:]
    let english = [
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ]
    let french = [
      "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
      "onze", "douze", "treize", "quatorze", "quinze", "seize",
    ]
    let spanish = [
      "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
      "once", "doce", "trece", "catorce", "quince", "dieciséis",
    ]
    for list in [english, french, spanish] {
      for (value, word) in list.enumerated() { table[word] = value }
    }
    for (word, value) in [
      ("first", 1), ("second", 2), ("third", 3), ("thirty", 30), ("forty", 40), ("fifty", 50),
      ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90), ("hundred", 100), ("thousand", 1000),
      ("una", 1), ("une", 1), ("premier", 1), ("première", 1),
    ] {
      table[word] = value
    }
    return table
  }()
}
