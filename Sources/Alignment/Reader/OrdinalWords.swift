/// Ordinal words that number articles and divisions in the six UN
/// languages' Latin, Cyrillic and Arabic scripts: "Article premier",
/// "Artículo segundo", "Capítulo primero", "Глава первая", "المادة الأولى",
/// "الفصل الحادي عشر".
enum OrdinalWords {
  /// The value of an ordinal word (any case), or `nil`.
  static func value(_ word: some StringProtocol) -> Int? { table[word.lowercased()] }

  /// Arabic "عشر"/"عشرة" after a unit ordinal: "الحادي عشر" is 11.
  static func isArabicTeen(_ word: some StringProtocol) -> Bool { word == "عشر" || word == "عشرة" }

  static let table: [String: Int] = {
    var table: [String: Int] = [:]
    let lists: [[[String]]] = [
      // English
      [
        ["first"], ["second"], ["third"], ["fourth"], ["fifth"], ["sixth"], ["seventh"], ["eighth"], ["ninth"],
        ["tenth"],
      ],
      // French
      [
        ["premier", "première"], ["deuxième", "second", "seconde"], ["troisième"], ["quatrième"], ["cinquième"],
        ["sixième"], ["septième"], ["huitième"], ["neuvième"], ["dixième"],
      ],
      // Spanish
      [
        ["primero", "primera", "primer"], ["segundo", "segunda"], ["tercero", "tercera"], ["cuarto", "cuarta"],
        ["quinto", "quinta"], ["sexto", "sexta"], ["séptimo", "séptima"], ["octavo", "octava"], ["noveno", "novena"],
        ["décimo", "décima"],
      ],
      // Russian
      [
        ["первая", "первый", "первое"], ["вторая", "второй", "второе"], ["третья", "третий", "третье"],
        ["четвертая", "четвёртая", "четвертый", "четвёртый"], ["пятая", "пятый"], ["шестая", "шестой"],
        ["седьмая", "седьмой"], ["восьмая", "восьмой"], ["девятая", "девятый"], ["десятая", "десятый"],
      ],
      // Arabic, masculine and feminine, with the article; 11 "الحادي" / "الحادية"
      [
        ["الأول", "الأولى", "الاول", "الاولى"], ["الثاني", "الثانية"], ["الثالث", "الثالثة"], ["الرابع", "الرابعة"],
        ["الخامس", "الخامسة"], ["السادس", "السادسة"], ["السابع", "السابعة"], ["الثامن", "الثامنة"],
        ["التاسع", "التاسعة"], ["العاشر", "العاشرة"],
      ],
    ]
    for list in lists {
      for (index, words) in list.enumerated() {
        for word in words { table[word] = index + 1 }
      }
    }
    table["الحادي"] = 1
    table["الحادية"] = 1
    for (word, value) in [("undécimo", 11), ("duodécimo", 12), ("onzième", 11), ("douzième", 12)] {
      table[word] = value
    }
    return table
  }()
}
