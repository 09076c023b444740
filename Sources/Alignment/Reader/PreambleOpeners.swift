/// The phrases that open preambular paragraphs in UN resolutions: a
/// participle or an adjective phrase ("Recalling", "Taking note",
/// "Deeply concerned", "Rappelant", "Recordando", 回顾, 重申).
enum PreambleOpeners {
  /// Adjectives and fixed phrases; participles are recognised by ending.
  static let latinWords: Set<String> = [
    "Mindful", "Concerned", "Alarmed", "Convinced", "Aware", "Conscious", "Cognizant",
    "Determined", "Guided", "Bearing", "Deeply", "Gravely", "Seriously", "Fully", "Having",
    "Desirous", "Resolved", "Keen", "Appreciative", "Encouraged", "Disturbed", "Deploring",
    "Profondément", "Gravement", "Conscient", "Consciente", "Convaincu", "Convaincue",
    "Préoccupé", "Préoccupée", "Résolu", "Résolue", "Guidé", "Guidée", "Ayant",
    "Profundamente", "Gravemente", "Convencido", "Convencida", "Preocupado", "Preocupada",
    "Decidido", "Decidida", "Guiado", "Guiada", "Habiendo", "Teniendo",
  ]

  /// Chinese preambular openers (each paragraph ends with "，").
  static let chinese: [String] = [
    "回顾", "回頋", "重申", "欢迎", "歡迎", "表示关切", "深表关切", "严重关切", "关切", "注意到",
    "表示注意到", "认定", "認定", "根据", "根據", "强调", "強調", "确认", "確認", "认识到",
    "認識到", "承认", "承認", "申明", "铭记", "銘記", "决心", "決心", "赞扬", "讚揚", "赞赏",
    "谴责", "譴責", "遵循", "意识到", "意識到", "深信", "坚信", "堅信", "考虑到", "考慮到",
    "又回顾", "还回顾", "又重申", "还重申", "又强调", "还强调", "又注意到", "还注意到",
    "再次", "重点指出", "指出", "鼓励", "欣见", "欣悉", "深感", "震惊",
  ]

  /// Russian openers that are not participles ("Вновь подтверждая",
  /// "Будучи глубоко обеспокоен", "Глубоко обеспокоенный").
  static let cyrillicWords: Set<String> = [
    "Вновь", "Будучи", "Глубоко", "Серьезно", "Решительно", "Полностью", "Памятуя", "Исполненный", "Убежденный",
    "Обеспокоенный", "Преисполненный",
  ]

  /// Arabic openers: "إذ" and its forms with "و", and "وقد".
  static let arabic: [String] = ["إذ ", "وإذ ", "اذ ", "واذ ", "وقد "]

  /// Whether `text` starts with a preambular opener.
  static func startsWithOpener(_ text: some StringProtocol) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    if first.isHan { return chinese.contains { text.hasPrefix($0) } }
    // Arabic: "إذ يشير", "وإذ يؤكد" (as, while …), and the Council's verbs
    // after it; "وقد" (having) for the perfect.
    if (0x600...0x6FF).contains(first.value) { return arabic.contains { text.hasPrefix($0) } }
    guard first.properties.isUppercase else { return false }
    let word = text.prefix(while: { $0.isLetter })
    if latinWords.contains(String(word)) || cyrillicWords.contains(String(word)) { return true }
    if (0x400...0x4FF).contains(first.value) {
      // Russian adverbial participles: "Ссылаясь", "Отмечая", "Приветствуя",
      // "Признав" is rare in UN drafting; nouns in -ия ("Организация") are not.
      let lower = word.lowercased()
      return word.count >= 5 && ["ая", "яя", "уя", "ясь", "аясь", "вшись"].contains { lower.hasSuffix($0) }
    }
    guard word.count >= 5 else { return false }
    let lower = word.lowercased()
    // English -ing, French -ant, Spanish -ando/-iendo, Russian -я / -в.
    return lower.hasSuffix("ing") || lower.hasSuffix("ant") || lower.hasSuffix("ando")
      || lower.hasSuffix("iendo") || lower.hasSuffix("endo")
  }
}
