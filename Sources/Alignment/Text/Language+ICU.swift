extension Language {
  /// The ICU locale ID that selects this language's break rules and
  /// dictionaries.
  var icuLocaleID: String {
    switch self {
    case .chineseSimplified: "zh_Hans"
    case .chineseTraditional: "zh_Hant"
    case .english: "en"
    case .french: "fr"
    case .spanish: "es"
    case .russian: "ru"
    case .arabic: "ar"
    }
  }
}
