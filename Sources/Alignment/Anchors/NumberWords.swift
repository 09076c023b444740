/// Numbers written as words in French, Spanish, Russian and Arabic,
/// cardinal and ordinal ("quatrième", "cuarto", "четвёртый", "الرابعة"), so
/// that `align check` does not report "4" in one version as missing from a
/// version that spells it out. English words are in `ConsistencyCheck`.
enum NumberWords {
  /// The values of the number words in `text` (lower-cased words; Russian
  /// ё read as е, Arabic without the article "ال").
  ///
  /// - Complexity: O(*n*) in the length of the text.
  static func values(in text: String) -> Set<Int> {
    var result: Set<Int> = []
    let lower = String(text.lowercased().map { $0 == "ё" ? "е" : $0 })
    for word in lower.split(whereSeparator: { !$0.isLetter }) {
      var key = String(word)
      if let value = table[key] {
        result.insert(value)
        continue
      }
      // Arabic: the article and a conjunction or preposition before it.
      for prefix in ["وال", "بال", "ال", "و"] where key.hasPrefix(prefix) {
        key.removeFirst(prefix.count)
        if let value = table[key] { result.insert(value) }
        break
      }
    }
    return result
  }

  /// Word → value. Russian ordinals are listed by stem with their case
  /// endings generated; Arabic in masculine and feminine.
  static let table: [String: Int] = {
    var table: [String: Int] = [:]
    let french: [(Int, [String])] = [
      (1, ["premier", "première", "premiers", "premières"]), (2, ["deuxième", "second", "seconde"]),
      (3, ["troisième"]), (4, ["quatrième"]), (5, ["cinquième"]), (6, ["sixième"]), (7, ["septième"]),
      (8, ["huitième"]), (9, ["neuvième"]), (10, ["dixième"]), (11, ["onzième"]), (12, ["douzième"]),
      (20, ["vingt", "vingtième"]), (30, ["trente", "trentième"]), (40, ["quarante"]), (50, ["cinquante"]),
      (60, ["soixante"]), (100, ["cent", "centième"]), (1000, ["mille", "millième"]),
    ]
    let spanish: [(Int, [String])] = [
      (1, ["primero", "primera", "primer"]), (2, ["segundo", "segunda"]), (3, ["tercero", "tercera", "tercer"]),
      (4, ["cuarto", "cuarta"]), (5, ["quinto", "quinta"]), (6, ["sexto", "sexta"]), (7, ["séptimo", "séptima"]),
      (8, ["octavo", "octava"]), (9, ["noveno", "novena"]), (10, ["décimo", "décima"]),
      (20, ["veinte", "vigésimo", "vigésima"]), (30, ["treinta"]), (40, ["cuarenta"]), (50, ["cincuenta"]),
      (100, ["cien", "ciento"]), (1000, ["mil"]),
    ]
    let russianCardinals: [(Int, [String])] = [
      (1, ["один", "одна", "одно", "одного", "одной"]), (2, ["два", "две", "двух"]), (3, ["три", "трех"]),
      (4, ["четыре", "четырех"]), (5, ["пять", "пяти"]), (6, ["шесть", "шести"]), (7, ["семь", "семи"]),
      (8, ["восемь", "восьми"]), (9, ["девять", "девяти"]), (10, ["десять", "десяти"]),
      (20, ["двадцать", "двадцати"]), (30, ["тридцать", "тридцати"]), (100, ["сто"]), (1000, ["тысяча", "тысячи"]),
    ]
    // Ordinal stems and their adjective endings.
    let russianOrdinals: [(Int, String)] = [
      (1, "перв"), (2, "втор"), (3, "трет"), (4, "четверт"), (5, "пят"), (6, "шест"), (7, "седьм"),
      (8, "восьм"), (9, "девят"), (10, "десят"), (20, "двадцат"), (30, "тридцат"),
    ]
    let endings = [
      "ый", "ой", "ий", "ая", "ое", "ые", "ого", "ому", "ом", "ую", "ых", "ым", "ыми", "ей", "ья", "ье", "ьего", "ьей",
      "ьему", "ьем", "ью", "ьи", "ьих",
    ]
    let arabic: [(Int, [String])] = [
      (1, ["أول", "أولى", "اول", "اولى", "واحد", "واحدة"]), (2, ["ثاني", "ثانية", "اثنان", "اثنين", "اثنتان"]),
      (3, ["ثالث", "ثالثة", "ثلاث", "ثلاثة"]), (4, ["رابع", "رابعة", "أربع", "أربعة"]),
      (5, ["خامس", "خامسة", "خمس", "خمسة"]),
      (6, ["سادس", "سادسة", "ست", "ستة"]), (7, ["سابع", "سابعة", "سبع", "سبعة"]),
      (8, ["ثامن", "ثامنة", "ثماني", "ثمانية"]),
      (9, ["تاسع", "تاسعة", "تسع", "تسعة"]), (10, ["عاشر", "عاشرة", "عشر", "عشرة"]),
      (20, ["عشرون", "عشرين"]), (30, ["ثلاثون", "ثلاثين"]), (100, ["مائة", "مئة"]), (1000, ["ألف"]),
    ]
    for list in [french, spanish, russianCardinals, arabic] {
      for (value, words) in list {
        for word in words { table[word] = value }
      }
    }
    for (value, stem) in russianOrdinals {
      for ending in endings where table[stem + ending] == nil { table[stem + ending] = value }
    }
    return table
  }()
}
