import Testing

@testable import Alignment

/// The preambular openers of the General Assembly's and the Security
/// Council's drafting in the six languages (`PreambleOpeners`).
@Suite("Preambular openers of the six languages")
struct PreambleOpenerListTests {
  @Test(arguments: [
    // English: participles by ending, adjectives and phrases by list.
    "Recalling its resolutions", "Confident that", "Further recalling", "Also noting",
    "Deeply concerned", "Bearing in mind", "Mindful of", "Having considered", "Alarmed by",
    // French
    "Rappelant ses résolutions", "Se félicitant de", "S’inquiétant de", "Vivement préoccupé",
    "Soucieuse de", "Ayant examiné", "Consciente de", "Prenant note",
    // Spanish
    "Recordando sus resoluciones", "Acogiendo con beneplácito", "Profundamente preocupada",
    "Teniendo presente", "Habiendo examinado", "Sumamente alarmado",
    // Russian
    "ссылаясь на свои резолюции", "Ссылаясь на свои резолюции", "С удовлетворением отмечая",
    "Рассмотрев доклад", "Вновь подтверждая", "Будучи глубоко обеспокоена", "Руководствуясь",
    "Признавая",
    // Arabic, with and without harakat
    "إذ يشير إلى", "وإذ تؤكد من جديد", "وقد نظرت في", "اقتناعا منها", "اقتناعًا منها",
    "وإدراكا منه",
    // Chinese, both scripts
    "回顾其以往决议", "回顧其以往決議", "忆及", "憶及", "满意地注意到", "深表关切", "遗憾地注意到",
  ])
  func recognised(_ text: String) {
    // Russian resolutions write the opener lowercased after the first
    // paragraph; the reader compares the capitalised form.
    let capitalised = text.prefix(1).uppercased() + text.dropFirst()
    #expect(PreambleOpeners.startsWithOpener(capitalised), "\(text)")
  }

  @Test(arguments: [
    "The Security Council", "Article 5", "Организация Объединенных Наций",
    "联合国大会", "对此表示", "الجمعية العامة", "Le Conseil de sécurité", "La Asamblea General",
  ])
  func notOpeners(_ text: String) {
    #expect(!PreambleOpeners.startsWithOpener(text), "\(text)")
  }
}
