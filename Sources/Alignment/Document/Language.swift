/// A language `align` knows how to read, identified by its BCP 47 tag.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
  /// Chinese in Simplified script.
  case chineseSimplified = "zh-Hans"
  /// Chinese in Traditional script.
  case chineseTraditional = "zh-Hant"
  case english = "en"
  case french = "fr"
  case spanish = "es"
  case russian = "ru"
  case arabic = "ar"

  /// Whether the language is written without spaces between words.
  public var isCJK: Bool {
    self == .chineseSimplified || self == .chineseTraditional
  }

  /// Parses a tag such as "zh", "zh-Hant", "en-GB" or "ar".
  public init?(tag: String) {
    let lower = tag.lowercased()
    switch lower {
    case "zh", "zh-hans", "zh-cn", "zh-sg", "cmn": self = .chineseSimplified
    case "zh-hant", "zh-tw", "zh-hk", "zh-mo": self = .chineseTraditional
    default:
      let primary = lower.split(separator: "-").first.map(String.init) ?? lower
      guard let language = Language(rawValue: primary) else { return nil }
      self = language
    }
  }
}

extension Language {
  /// Detects the language of `text` from its script and a few cues
  /// (characters found in only one Chinese script; frequent function words
  /// of English, French and Spanish).
  ///
  /// - Returns: `nil` when the text has no letters.
  /// - Complexity: O(min(*n*, 200 000)).
  public static func detect(in text: String) -> Language? {
    LanguageDetector.detect(text)
  }
}
