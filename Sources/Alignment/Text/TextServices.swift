/// Checks that the text services a run will use are there, so that a
/// missing one is an error rather than a silent fallback.
///
/// ```swift
/// try TextServices.check(.init(languages: [.chineseSimplified, .english], foldsScript: true))
/// ```
public enum TextServices {
  /// What a run needs.
  public struct Requirements: Hashable, Sendable {
    /// Languages whose word and sentence break iterators are used.
    public var languages: Set<Language>
    /// Whether Traditional and Simplified Chinese are folded
    /// (`ComparisonKey.Options.foldScript`, `--fold-script`).
    public var foldsScript: Bool
    /// Whether the zh–en lexicon (`Lexicon.cedict`) is used.
    public var lexicon: Bool

    public init(languages: Set<Language> = [], foldsScript: Bool = false, lexicon: Bool = false) {
      self.languages = languages
      self.foldsScript = foldsScript
      self.lexicon = lexicon
    }
  }

  /// Loads what segmenting `language` into words takes (its break rules
  /// and, for Chinese, ICU's dictionary engine, shared by every iterator)
  /// before the first paragraph needs it, and leaves the iterator pooled.
  /// On a thread that would otherwise wait, this takes its few milliseconds
  /// off the first word diff.
  ///
  /// - Complexity: O(1).
  public static func prepareWords(for language: Language) {
    _ = Segmenter.words(in: language.isCJK ? "中文" : "a", language: language)
  }

  /// Throws the first requirement this installation cannot meet. The
  /// normalizers are always checked (every comparison key uses them).
  ///
  /// - Throws: `TextServiceProblem` naming the missing service.
  /// - Complexity: O(1) per language; the lexicon is memory-mapped on
  ///   first use, O(1) too.
  public static func check(_ requirements: Requirements) throws(TextServiceProblem) {
    for (form, normalizer) in [
      ("NFC", ICU.Normalizer.nfc), ("NFKC", ICU.Normalizer.nfkc),
      ("NFKC_Casefold", ICU.Normalizer.nfkcCasefold),
    ] {
      if case .failure(let error) = normalizer {
        throw .normalizer(form: form, icuError: error.description)
      }
    }
    for language in requirements.languages.sorted(by: { $0.rawValue < $1.rawValue }) {
      for (name, kind) in [("word", ICU.BreakIterator.Kind.word), ("sentence", .sentence)] {
        do {
          _ = try ICU.BreakIterator(kind, locale: language.icuLocaleID, utf16: "a".utf16)
        } catch {
          throw .breakIterator(kind: name, locale: language.icuLocaleID, icuError: error.description)
        }
      }
    }
    if requirements.foldsScript, case .failure(let error) = Normalization.traditionalToSimplified {
      throw .transliterator(id: Normalization.traditionalToSimplifiedID, icuError: error.description)
    }
    if requirements.lexicon, case .failure(let problem) = Lexicon.loadedCEDICT {
      throw problem
    }
  }
}
