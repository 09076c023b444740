extension SegmentAligner {
  /// Gale & Church's length model for every pair of the six UN languages:
  /// c, the expected characters of one language per character of the
  /// other, and s², the variance per character, with one length measure
  /// throughout (`length(of:)`: Unicode scalars that are not whitespace).
  ///
  /// The table was estimated by `Benchmarks/length-ratios.py` from the
  /// parallel text in Fixtures/ as Gale & Church do, c = Σ l₂ / Σ l₁ and
  /// s² = mean((l₂ − c·l₁)² / l₁):
  ///
  /// - zh–en from the 4,000 line-aligned pairs of the UN Parallel Corpus
  ///   v1.0 development set (Fixtures/unpc_v1_devset_zh_en);
  /// - every other pair from the 50 gold paragraphs and list items of the
  ///   Universal Declaration of Human Rights (Fixtures/udhr_6lang), with
  ///   zh–es and en–es also from the 26 lines of chapters 1–2 of the UN
  ///   Charter (Fixtures/un_charter_ch1-3_zh_es_en).
  ///
  /// Simplified and Traditional Chinese share their entries. Two versions in
  /// one language get c = 1 and `sameLanguageVariance`. See
  /// Guides/SegmentAlignment.md.
  public struct LengthModel: Sendable, Hashable {
    /// The parameters for one ordered pair: `c` characters of the second
    /// language per character of the first, `s2` per character of the
    /// first.
    public struct Entry: Sendable, Hashable {
      public var c: Double
      public var s2: Double

      public init(c: Double, s2: Double) {
        self.c = c
        self.s2 = s2
      }

      /// The same model seen from the other language: l₁ = l₂ / c, and the
      /// variance of l₁ per character of the other language is s² / c³.
      var inverted: Entry { Entry(c: 1 / c, s2: s2 / (c * c * c)) }
    }

    /// Languages as far as lengths go: the two Chinese scripts are one.
    enum Family: Int, Sendable, Hashable, Comparable {
      case arabic, chinese, english, french, russian, spanish

      init(_ language: Language) {
        switch language {
        case .arabic: self = .arabic
        case .chineseSimplified, .chineseTraditional: self = .chinese
        case .english: self = .english
        case .french: self = .french
        case .russian: self = .russian
        case .spanish: self = .spanish
        }
      }

      static func < (a: Family, b: Family) -> Bool { a.rawValue < b.rawValue }
    }

    struct Pair: Sendable, Hashable {
      var first: Family
      var second: Family
    }

    /// Entries keyed by pairs with `first < second`.
    var entries: [Pair: Entry]

    /// s² for two versions in the same language (c = 1): Gale & Church's
    /// 6.8, measured on English, French and German characters.
    public var sameLanguageVariance: Double

    /// The parameters for `source` against `target`.
    public subscript(source: Language, target: Language) -> Entry {
      get {
        let a = Family(source)
        let b = Family(target)
        if a == b { return Entry(c: 1, s2: sameLanguageVariance) }
        let entry = entries[Pair(first: min(a, b), second: max(a, b))] ?? Entry(c: 1, s2: sameLanguageVariance)
        return a < b ? entry : entry.inverted
      }
      set {
        let a = Family(source)
        let b = Family(target)
        guard a != b else {
          sameLanguageVariance = newValue.s2
          return
        }
        entries[Pair(first: min(a, b), second: max(a, b))] = a < b ? newValue : newValue.inverted
      }
    }

    /// The Gale–Church model for aligning `source` (l₁) with `target` (l₂).
    func galeChurch(_ source: Language, _ target: Language) -> GaleChurch {
      let entry = self[source, target]
      return GaleChurch(c: entry.c, s2: entry.s2)
    }

    /// The aligner's one length measure: Unicode scalars that are not
    /// whitespace.
    @inline(__always)
    static func length(of text: String) -> Double {
      var count = 0
      for s in text.unicodeScalars where !FeatureExtractor.isWhitespace(s) { count += 1 }
      return Double(count)
    }

    /// The table of `Benchmarks/length-ratios.py` (rounded as it prints
    /// them), with the number of aligned units each entry rests on.
    public static let measured = LengthModel(
      entries: [
        Pair(first: .arabic, second: .chinese): Entry(c: 0.441, s2: 0.54),  // 50, UDHR
        Pair(first: .arabic, second: .english): Entry(c: 1.415, s2: 4.89),  // 50, UDHR
        Pair(first: .arabic, second: .french): Entry(c: 1.591, s2: 4.81),  // 50, UDHR
        Pair(first: .arabic, second: .russian): Entry(c: 1.660, s2: 7.99),  // 50, UDHR
        Pair(first: .arabic, second: .spanish): Entry(c: 1.591, s2: 7.59),  // 50, UDHR
        Pair(first: .chinese, second: .english): Entry(c: 3.19, s2: 17.7),  // 4,000, UNPC dev set
        Pair(first: .chinese, second: .french): Entry(c: 3.610, s2: 12.44),  // 50, UDHR
        Pair(first: .chinese, second: .russian): Entry(c: 3.767, s2: 14.13),  // 50, UDHR
        Pair(first: .chinese, second: .spanish): Entry(c: 3.711, s2: 9.81),  // 76, UDHR + Charter
        Pair(first: .english, second: .french): Entry(c: 1.124, s2: 2.02),  // 50, UDHR
        Pair(first: .english, second: .russian): Entry(c: 1.173, s2: 2.34),  // 50, UDHR
        Pair(first: .english, second: .spanish): Entry(c: 1.103, s2: 1.92),  // 76, UDHR + Charter
        Pair(first: .french, second: .russian): Entry(c: 1.043, s2: 1.88),  // 50, UDHR
        Pair(first: .french, second: .spanish): Entry(c: 1.000, s2: 1.56),  // 50, UDHR
        Pair(first: .russian, second: .spanish): Entry(c: 0.959, s2: 2.58),  // 50, UDHR
      ],
      sameLanguageVariance: 6.8)
  }
}
