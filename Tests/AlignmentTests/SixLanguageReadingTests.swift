import Testing

@testable import Alignment

/// Headings, ordinal article numbers, treaty preambles and language
/// identity in the six UN languages.
@Suite("Reading the six languages")
struct SixLanguageReadingTests {
  static func structure(_ text: String) throws -> [String] {
    let document = try #require(DocumentReader.parse(text))
    return document.paragraphs.map { ($0.path.isEmpty ? "-" : $0.path.joined(separator: ".")) + " " + $0.kind.rawValue }
  }

  @Test(arguments: [
    "Chapter I\n\nPurposes\n\nArticle 1\n\nThe Purposes are these.\n\nArticle 2\n\nThe Organization shall act.\n\nArticle 3\n\nText.\n",
    "Chapitre premier\n\nButs\n\nArticle premier\n\nLes buts sont les suivants.\n\nArticle 2\n\nL'Organisation agit.\n\nArticle 3\n\nTexte.\n",
    "Capítulo primero\n\nPropósitos\n\nArtículo primero\n\nLos propósitos son.\n\nArtículo segundo\n\nLa Organización procederá.\n\nArtículo 3\n\nTexto.\n",
    "Глава первая\n\nЦели\n\nСтатья первая\n\nЦели Организации.\n\nСтатья 2\n\nОрганизация действует.\n\nСтатья 3\n\nТекст.\n",
    "الفصل الأول\n\nمقاصد الهيئة\n\nالمادة الأولى\n\nمقاصد الأمم المتحدة هي.\n\nالمادة الثانية\n\nتعمل الهيئة.\n\nالمادة ٣\n\nنص.\n",
    "第一章\n\n宗旨及原则\n\n第一条\n\n联合国之宗旨为。\n\n第二条\n\n本组织应遵行。\n\n第三条\n\n文本。\n",
  ])
  func chapterAndArticlesWithOrdinalWords(_ text: String) throws {
    #expect(try Self.structure(text) == ["chapter.1 heading", "1 numbered", "2 numbered", "3 numbered"])
  }

  @Test func arabicTeenOrdinals() throws {
    let text =
      "الفصل الحادي عشر\n\nتصريح\n\nالمادة الحادية عشرة\n\nنص.\n\nالمادة الثانية عشرة\n\nنص.\n\nالمادة 13\n\nنص.\n"
    #expect(try Self.structure(text) == ["chapter.11 heading", "11 numbered", "12 numbered", "13 numbered"])
  }

  @Test(arguments: [
    ("ar", "الديباجة"), ("zh", "序言"), ("en", "Preamble"), ("fr", "Préambule"), ("ru", "ПРЕАМБУЛА"), ("es", "Preámbulo"),
  ])
  func treatyPreambleIsBodyNotFrontMatter(_ language: String, _ heading: String) throws {
    let document = try Fixtures.document("udhr_6lang/udhr_\(language).txt")
    let preamble = document.paragraphs.prefix { $0.path.isEmpty }
    #expect(preamble.first?.text == heading)
    #expect(preamble.count >= 8)  // heading, six or seven "whereas", the proclamation
    #expect(!document.frontMatter.lines.contains { $0.text == heading })
    #expect(document.frontMatter.title != heading)
  }

  @Test(arguments: [
    (
      "The Security Council, recalling its previous resolutions on the situation, decides to remain seized of the matter.",
      Language.english
    ),
    (
      "Le Conseil de sécurité, rappelant ses résolutions antérieures sur la situation, décide de rester saisi de la question.",
      .french
    ),
    (
      "El Consejo de Seguridad, recordando sus resoluciones anteriores sobre la situación, decide seguir ocupándose de la cuestión.",
      .spanish
    ),
    (
      "Совет Безопасности, ссылаясь на свои предыдущие резолюции, постановляет продолжать заниматься этим вопросом.",
      .russian
    ),
    ("إن مجلس الأمن، إذ يشير إلى قراراته السابقة بشأن الحالة، يقرر أن يبقي المسألة قيد نظره الفعلي.", .arabic),
    ("安全理事会，回顾其以往关于该局势的各项决议，决定继续积极处理此案。", .chineseSimplified),
  ])
  func languageFromTheText(_ text: String, _ language: Language) {
    #expect(Language.detect(in: text) == language)
  }

  @Test(arguments: ["ar", "zh", "en", "fr", "ru", "es"])
  func udhrLanguages(_ language: String) throws {
    let document = try Fixtures.document("udhr_6lang/udhr_\(language).txt")
    #expect(document.language == Language(tag: language))
  }
}

/// A Council resolution copied without its addressing line, in Russian
/// and Arabic: the preamble starts at the first preambular opener
/// ("ссылаясь", "إذ يشير"), not at the first numbered paragraph.
@Suite("Preambular openers in Russian and Arabic")
struct PreambularOpenerTests {
  @Test(arguments: [
    "Резолюция 2482 (2019)\n\nСсылаясь на свои предыдущие резолюции,\n\nВновь подтверждая свою приверженность,\n\n1. постановляет продолжать заниматься этим вопросом.\n\n2. просит Генерального секретаря представить доклад.\n",
    "القرار 2482 (2019)\n\nإذ يشير إلى قراراته السابقة،\n\nوإذ يؤكد من جديد التزامه،\n\n1 - يقرر أن يبقي المسألة قيد نظره.\n\n2 - يطلب إلى الأمين العام أن يقدم تقريرا.\n",
  ])
  func preambleWithoutAddressingLine(_ text: String) throws {
    let document = try #require(DocumentReader.parse(text))
    #expect(document.paragraphs.map(\.kind) == [.unnumbered, .unnumbered, .numbered, .numbered])
    #expect(document.frontMatter.lines.count == 1)
  }

  @Test(arguments: ["Ссылаясь на свои резолюции,", "Приветствуя усилия,", "Будучи глубоко обеспокоен,"])
  func russianOpeners(_ text: String) throws {
    let document = try #require(
      DocumentReader.parse("Резолюция 1 (2020)\n\n\(text)\n\n1. Постановляет.\n\n2. Просит.\n"))
    #expect(document.paragraphs.first?.kind == .unnumbered)
  }

  @Test func aRussianNounIsNoOpener() throws {
    let document = try #require(
      DocumentReader.parse("Резолюция 1 (2020)\n\nОрганизация Объединенных Наций,\n\n1. Постановляет.\n\n2. Просит.\n"))
    #expect(document.paragraphs.first?.kind == .numbered)
  }
}
