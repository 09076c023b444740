/// The phrases that open preambular paragraphs in UN resolutions: a
/// participle or an adjective phrase ("Recalling", "Taking note",
/// "Deeply concerned", "Rappelant", "Recordando", 回顾, 重申).
enum PreambleOpeners {
  /// Adjectives, adverbs and fixed phrases that open preambular
  /// paragraphs of the General Assembly and the Security Council in
  /// English, French and Spanish; participles ("Recalling", "Rappelant",
  /// "Recordando") are recognised by their ending.
  static let latinWords: Set<String> = [
    // English: "Alarmed by", "Aware of", "Bearing in mind", "Deeply
    // concerned", "Further recalling", "Also noting", "Guided by", "Having
    // considered", "Mindful", "Taking note" (a participle), …
    "Mindful", "Concerned", "Alarmed", "Convinced", "Aware", "Conscious", "Cognizant",
    "Determined", "Guided", "Bearing", "Deeply", "Gravely", "Seriously", "Fully", "Having",
    "Desirous", "Resolved", "Keen", "Appreciative", "Encouraged", "Disturbed", "Deploring",
    "Confident", "Further", "Also", "Anxious", "Grateful", "Pleased", "Satisfied", "Shocked",
    "Dismayed", "Outraged", "Troubled", "Strongly", "Noting", "Reiterating", "Acting",
    "Gratified", "Appalled", "Sharing", "Welcoming", "Affirming", "Emphasizing", "Stressing",
    "Underlining", "Commending", "Condemning", "Expressing", "Recognizing", "Reaffirming",
    "Acknowledging", "Regretting", "Taking", "Considering", "Believing", "Declaring",
    "Desiring", "Convened", "Committed", "Persuaded",
    // French: "Profondément préoccupé", "Vivement préoccupée", "Conscient
    // de", "Convaincue que", "Soucieuse de", "Se félicitant", "Sachant",
    // "Tenant compte", "Ayant examiné", "Notant également", …
    "Profondément", "Gravement", "Conscient", "Consciente", "Convaincu", "Convaincue",
    "Préoccupé", "Préoccupée", "Résolu", "Résolue", "Guidé", "Guidée", "Ayant",
    "Vivement", "Sérieusement", "Pleinement", "Alarmé", "Alarmée", "Inquiet", "Inquiète",
    "Déterminé", "Déterminée", "Soucieux", "Soucieuse", "Désireux", "Désireuse",
    "Persuadé", "Persuadée", "Attaché", "Attachée", "Encouragé", "Encouragée", "Satisfait",
    "Satisfaite", "Consterné", "Consternée", "Indigné", "Indignée", "Rappelant", "Notant",
    "Prenant", "Tenant", "Sachant", "Saluant", "Considérant", "Réaffirmant", "Soulignant",
    "Constatant", "Reconnaissant", "Exprimant", "Accueillant", "Agissant", "Déplorant",
    "Condamnant", "Demeurant", "Réitérant", "Insistant", "Affirmant", "Mesurant",
    "Rappelant", "Également", "Réitérant", "Fermement", "Constatant",
    // Spanish: "Profundamente preocupada", "Consciente de", "Convencida de",
    // "Teniendo presente", "Habiendo examinado", "Reconociendo", …
    "Profundamente", "Gravemente", "Convencido", "Convencida", "Preocupado", "Preocupada",
    "Decidido", "Decidida", "Guiado", "Guiada", "Habiendo", "Teniendo", "Sumamente",
    "Seriamente", "Plenamente", "Alarmado", "Alarmada", "Inquieto", "Inquieta", "Deseoso",
    "Deseosa", "Resuelto", "Resuelta", "Alentado", "Alentada", "Satisfecho", "Satisfecha",
    "Firmemente", "Observando", "Tomando", "Acogiendo", "Recordando", "Reafirmando",
    "Reconociendo", "Destacando", "Subrayando", "Poniendo", "Expresando", "Actuando",
    "Condenando", "Deplorando", "Considerando", "Afirmando", "Recordando", "Reiterando",
    "Haciendo", "Comprometido", "Comprometida", "Persuadido", "Persuadida",
  ]

  /// Openers whose first word is too short to be told by its ending:
  /// French "Se félicitant", "S'inquiétant"; Russian "С удовлетворением
  /// отмечая", "С озабоченностью".
  static let phrases: [String] = [
    "С удовлетворением", "С озабоченностью", "С глубокой", "С тревогой", "С признательностью",
    "С сожалением", "Со всей",
    "Se félicitant", "Se déclarant", "Se réjouissant", "Se disant", "S'inquiétant", "S’inquiétant",
    "S'étant", "S’étant", "Se fondant", "Se référant", "S'appuyant", "S’appuyant",
  ]

  /// Chinese preambular openers (each paragraph ends with "，"), in both
  /// scripts.
  static let chinese: [String] = [
    "回顾", "回頋", "回顧", "重申", "欢迎", "歡迎", "表示关切", "表示關切", "深表关切", "深表關切",
    "严重关切", "嚴重關切", "关切", "關切", "注意到", "表示注意到", "认定", "認定", "根据", "根據",
    "强调", "強調", "确认", "確認", "认识到", "認識到", "承认", "承認", "申明", "铭记", "銘記",
    "决心", "決心", "赞扬", "讚揚", "贊揚", "赞赏", "讚賞", "贊賞", "谴责", "譴責", "遵循", "意识到",
    "意識到", "深信", "坚信", "堅信", "考虑到", "考慮到", "满意地注意到", "滿意地注意到", "遗憾地注意到", "遺憾地注意到", "又回顾", "又回顧", "还回顾", "還回顧",
    "又重申", "还重申", "還重申", "又强调", "又強調", "还强调", "還強調", "又注意到", "还注意到",
    "還注意到", "再次", "重点指出", "重點指出", "指出", "鼓励", "鼓勵", "欣见", "欣見", "欣悉",
    "深感", "震惊", "震驚", "念及",
    "深为关切", "深為關切", "决意", "決意", "确信", "確信",

    "并回顾", "並回顧", "并重申", "並重申", "表示遗憾", "表示遺憾", "痛惜",
    "深表遗憾", "深表遺憾", "鉴于", "鑒於", "忆及", "憶及", "欢迎", "表示赞赏",
    "表示讚賞", "深切关注", "深切關注", "严重关注", "嚴重關注",
  ]

  /// Russian openers that are not adverbial participles ("Вновь
  /// подтверждая", "Будучи глубоко обеспокоен", "Глубоко
  /// обеспокоенный", "С удовлетворением отмечая", "Рассмотрев").
  static let cyrillicWords: Set<String> = [
    "Вновь", "Будучи", "Глубоко", "Серьезно", "Серьёзно", "Решительно", "Полностью", "Памятуя",
    "Исполненный", "Убежденный", "Убеждённый", "Обеспокоенный", "Преисполненный", "Твердо",
    "Твёрдо", "Настоятельно", "Особо", "Встревоженный", "Встревоженная", "Убежденная",
    "Обеспокоенная", "Преисполненная", "Исполненная", "Рассмотрев", "Приняв", "Признав",
    "Отметив", "Заслушав", "Изучив", "Выразив", "Напомнив", "Решив", "Сознавая", "Желая",
    "Далее", "Также", "Констатируя", "Руководствуясь", "Приветствуя",
  ]

  /// Arabic openers: "إذ" (as, while: the Assembly's "إذ تشير", the
  /// Council's "إذ يشير") and its forms with "و", "وقد" (having), and the
  /// verbal nouns of "convinced", "aware", "recognizing", "determined"
  /// ("اقتناعا منها", "وإدراكا منه"), compared without harakat.
  static let arabic: [String] = [
    "إذ ", "وإذ ", "اذ ", "واذ ", "وقد ", "وإذا ", "اقتناعا ", "واقتناعا ", "إدراكا ",
    "وإدراكا ", "ادراكا ", "اعترافا ", "واعترافا ", "تسليما ", "وتسليما ", "تصميما ",
    "وتصميما ", "تأكيدا ", "وتأكيدا ", "حرصا ", "وحرصا ", "رغبة ", "ورغبة ", "إيمانا ",
    "وإيمانا ", "إقرارا ", "وإقرارا ", "ترحيبا ", "وترحيبا ", "إذا ",
  ]

  /// CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F), each
  /// canonically equivalent to a unified one.
  static func isCompatibilityIdeograph(_ scalar: Unicode.Scalar) -> Bool {
    (0xF900...0xFAFF).contains(scalar.value) || (0x2F800...0x2FA1F).contains(scalar.value)
  }

  /// Whether `text` starts with a preambular opener.
  static func startsWithOpener(_ text: some StringProtocol) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    if first.isHan {
      // A Han scalar outside the compatibility blocks has no other
      // canonical form (and no opener starts with a compatibility
      // ideograph), so only an opener that starts with that very scalar can
      // match: the others are ruled out before `hasPrefix` compares
      // characters.
      let isCompatibility = Self.isCompatibilityIdeograph(first)
      return chinese.contains { opener in
        (isCompatibility || opener.unicodeScalars.first == first) && text.hasPrefix(opener)
      }
    }
    // Arabic: "إذ يشير", "وإذ يؤكد" (as, while …), and the Council's verbs
    // after it; "وقد" (having) for the perfect.
    if (0x600...0x6FF).contains(first.value) {
      // Harakat and tatweel ("اقتناعًا", "إذْ") do not change the word.
      var bare = ""
      for s in text.unicodeScalars.prefix(24)
      where !(0x064B...0x0652).contains(s.value) && s.value != 0x0640 {
        bare.unicodeScalars.append(s)
      }
      return arabic.contains { bare.hasPrefix($0) }
    }
    guard first.properties.isUppercase else { return false }
    if phrases.contains(where: { text.hasPrefix($0) }) { return true }
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
