import Foundation
import TestSupport
import Testing

@testable import Alignment

/// Web copies carry more than the document: site chrome, licence footers,
/// the press release that quotes it. Each test reads a real text in the
/// frame a real copy gives it (`Fixtures/web_copy_frames/SOURCE.txt` says
/// which text and how the frame was made).
@Suite("Web copies read right")
struct WebCopyTests {
  static let frames = "web_copy_frames/"

  /// Every paragraph's label and text, for "nothing else got in" checks.
  static func bodyText(_ document: Document) -> String {
    document.paragraphs.map { ($0.label ?? "") + " " + $0.text }.joined(separator: "\n")
  }

  // MARK: Licence and attribution footers

  @Test(arguments: ["en", "fr", "es", "ru", "ar", "zh"])
  func licenceFooterStaysOutOfTheBody(language: String) throws {
    let framed = try Fixtures.document(Self.frames + "udhr_\(language)_licence_footer.txt")
    let plain = try Fixtures.document("udhr_6lang/udhr_\(language).txt")
    // The same 30 articles and 32 numbered paragraphs as the text without
    // the footer, the footer's own "1. 2. 3." among them nowhere.
    #expect(framed.structureDump == plain.structureDump)
    #expect(framed.paragraphs.filter { $0.kind == .numbered }.map(\.path) == (1...30).map { [String($0)] })
    #expect(framed.paragraphs.filter { $0.kind == .subparagraph }.count == 32)
    #expect(framed.paragraphs.map(\.text) == plain.paragraphs.map(\.text))
    // Every footer line is kept as discarded text.
    let plainLines = Set(try FixtureFiles.text("udhr_6lang/udhr_\(language).txt").components(separatedBy: "\n"))
    let footer = try FixtureFiles.text(Self.frames + "udhr_\(language)_licence_footer.txt")
      .components(separatedBy: "\n").filter { !$0.isEmpty && !plainLines.contains($0) }
    #expect(!footer.isEmpty)
    let discarded = framed.discarded.map(\.text).joined(separator: "\n")
    for line in footer { #expect(discarded.contains(line), "\(line)") }
  }

  @Test func footerNumberedListAfterOperativeParagraphs() throws {
    // S/RES/2446 has operative paragraphs 1 and 2; the footer's "1." and
    // "2." restart the count and are not operative paragraphs.
    let document = try Fixtures.document(Self.frames + "sres2446_en_licence_footer.txt")
    #expect(document.structureDump == Array(repeating: "- unnumbered", count: 4) + ["1 numbered", "2 numbered"])
    #expect(document.paragraphs.last?.text.hasPrefix("Decides to remain actively seized of the matter") == true)
    #expect(!Self.bodyText(document).contains("Creative Commons"))
    #expect(document.discarded.contains { $0.text.hasPrefix("1. Attribution") })
  }

  @Test func articleMentioningALicenceIsNotAFooter() throws {
    // A real last paragraph that names a copyright phrase is body text
    // when numbering goes on after it.
    let text = try FixtureFiles.text("udhr_6lang/udhr_en.txt")
      .replacingOccurrences(of: "Article 30", with: "This text is in the public domain.\n\nArticle 30")
    let document = try #require(DocumentReader.parse(text))
    #expect(document.paragraphs.filter { $0.kind == .numbered }.count == 30)
    #expect(document.paragraphs.contains { $0.text.contains("public domain") })
  }

  // MARK: Site chrome in another language

  @Test(arguments: [
    "udhr_ru_partial_in_un_english_chrome.txt", "udhr_ru_partial_in_chinese_site_chrome.txt",
  ])
  func russianTextInForeignChrome(_ file: String) throws {
    let document = try Fixtures.document(Self.frames + file)
    #expect(document.language == .russian)
    let articles = file.contains("english") ? 4 : 6
    // The preamble (its heading, seven "whereas", the proclamation) kept
    // as body before the articles.
    let preamble = document.paragraphs.prefix { $0.kind == .unnumbered }
    #expect(preamble.first?.text == "ПРЕАМБУЛА")
    #expect(preamble.count == 10)
    #expect(document.structureDump.dropFirst(preamble.count) == ArraySlice((1...articles).map { "\($0) numbered" }))
    #expect(document.frontMatter.title == "Всеобщая декларация прав человека")
    // No menu item, button or footer of the site in the body or front matter.
    let kept = Self.bodyText(document) + document.frontMatter.lines.map(\.text).joined()
    // (Latin letters only in the Roman numeral of "217 А (III)".)
    for scalar in kept.unicodeScalars where scalar != "I" {
      #expect(
        !(scalar.properties.isAlphabetic && scalar.isASCII) && !(0x4E00...0x9FFF).contains(scalar.value),
        "foreign letter \(scalar) kept")
    }
    for chrome in ["Skip to main content", "Terms of Use", "首页", "京ICP备12345678号", "Share this page"] {
      let source = try FixtureFiles.text(Self.frames + file)
      guard source.contains(chrome) else { continue }
      #expect(document.discarded.contains { $0.text == chrome })
    }
  }

  @Test func lawFirmPageChromeBeforeTwoArticles() throws {
    // A copy cut after Article 2: the site's menu and the promulgation
    // notice above "Chapter I General Provisions" are not body paragraphs.
    let document = try Fixtures.document("prc_laws_en_translations_partial/aml_law_2024_en_emilyweilawfirm_partial.txt")
    #expect(document.structureDump == ["chapter.1 heading", "1 numbered", "2 numbered"])
    #expect(!document.paragraphs.contains { ["Home", "Laws & Regulations", "You Here!"].contains($0.text) })
  }

  // MARK: Press releases quoting a resolution

  @Test(arguments: [
    "sres2446_en_press_release_quoted.txt", "sres2446_zh_press_release_quoted.txt",
    "sres2446_zh_press_release_corner_brackets.txt",
  ])
  func pressReleaseQuotingAResolution(_ file: String) throws {
    let document = try Fixtures.document(Self.frames + file)
    let original = try Fixtures.document(
      "sres2446_zh_en_complete/S_RES_2446_2018_\(file.contains("_zh_") ? "zh" : "en").txt")
    #expect(document.structureDump == original.structureDump)
    #expect(document.paragraphs.map(\.label) == original.paragraphs.map(\.label))
    // The quotation marks are not text: the paragraphs read as the resolution.
    #expect(document.paragraphs.map(\.text) == original.paragraphs.map(\.text))
    #expect(document.frontMatter.author == original.frontMatter.author)
    // The press release around the quote is not in the body.
    let body = Self.bodyText(document)
    for frame in ["For information media", "本新闻稿不是正式记录", "The meeting began", "会议于上午"] {
      #expect(!body.contains(frame))
    }
  }

  @Test func russianQuotedParagraphsWithGuillemets() throws {
    let document = try Fixtures.document(Self.frames + "udhr_ru_press_release_article29_quoted.txt")
    let udhr = try Fixtures.document("udhr_6lang/udhr_ru.txt")
    #expect(document.language == .russian)
    #expect(document.paragraphs.map(\.label) == ["1.", "2.", "3."])
    #expect(
      document.paragraphs.map(\.text)
        == udhr.paragraphs.filter { $0.path.first == "29" && $0.kind == .subparagraph }.map(\.text))
    #expect(!Self.bodyText(document).contains("«") && !Self.bodyText(document).contains("»"))
    #expect(!Self.bodyText(document).contains("Поделиться"))
  }

  @Test func amendingLawKeepsItsQuotationMarks() throws {
    // 刑法修正案（十一） quotes the new text of each article it amends, run
    // after run ("将刑法第十七条修改为：\"……", "\"（一）……"): those marks
    // are the law's own and every one of them is kept.
    let file = "cn_law_versions/中华人民共和国刑法修正案（十一）_2020-12-26_现行有效.txt"
    let document = try Fixtures.document(file)
    let read =
      Self.bodyText(document) + document.frontMatter.lines.map(\.text).joined()
      + document.discarded.map(\.text).joined()
    let marks = try FixtureFiles.text(file).filter { $0 == "\"" }.count
    #expect(marks > 100)
    #expect(read.filter { $0 == "\"" }.count == marks)
  }

  @Test func definitionsInQuotesAreNotQuotedParagraphs() throws {
    // "licensee" (持牌人) includes …: the quote closes after the term and
    // belongs to the text.
    let document = try Fixtures.document(Self.frames + "hk0510_en_definitions_blank_lines.txt")
    #expect(document.paragraphs.filter { $0.text.hasPrefix("\"") }.count == 5)
  }

  // MARK: Author lines without their comma

  @Test func chineseAuthorLineWithoutComma() throws {
    let document = try Fixtures.document(Self.frames + "sres2446_zh_author_without_comma.txt")
    let original = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_zh.txt")
    #expect(document.frontMatter.author == "安全理事会")
    #expect(document.structureDump == original.structureDump)
    #expect(document.paragraphs.map(\.text) == original.paragraphs.map(\.text))
  }

  @Test func englishAuthorLineWithoutComma() throws {
    let document = try Fixtures.document(Self.frames + "sres2482_en_scribd_author_without_comma.txt")
    let original = try Fixtures.document("sres2482_en_scribd_partial/S_RES_2482_2019_en_partial.txt")
    #expect(document.frontMatter.author == "The Security Council")
    #expect(document.paragraphs.count == 4)
    #expect(document.paragraphs.map(\.text) == original.paragraphs.map(\.text))
    #expect(document.paragraphs.first?.text.hasPrefix("Recalling its resolutions 1267 (1999)") == true)
  }

  @Test func organNameAsCoverHeadingIsNotTheAuthor() throws {
    // "Security Council" alone above "Distr.: General" is the cover page's
    // heading, not the addressing line.
    let document = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_en.txt")
    #expect(document.frontMatter.author == "The Security Council,")
    #expect(document.structureDump == Array(repeating: "- unnumbered", count: 4) + ["1 numbered", "2 numbered"])
  }

  // MARK: Definitions separated only by blank lines

  @Test(arguments: ["en", "zh"])
  func definitionsAreParagraphsOfTheirOwn(language: String) throws {
    let document = try Fixtures.document(Self.frames + "hk0510_\(language)_definitions_blank_lines.txt")
    let source = try FixtureFiles.text("hk_lawcorpus3_aligned_zh-Hant_en/HK0510_partial.txt")
      .components(separatedBy: "\n").filter { !$0.isEmpty }
    let terms =
      language == "en"
      ? ["\"licensee\"", "\"lines\"", "\"market\"", "\"mobile library\"", "\"mortuary\""]
      : ["“持牌人”", "“臨時宿舍”", "“街市”", "“流動圖書館”", "“殮房”"]
    let definitions = document.paragraphs.filter { paragraph in terms.contains { paragraph.text.hasPrefix($0) } }
    #expect(definitions.count == 5)
    for (term, paragraph) in zip(terms, definitions) {
      #expect(paragraph.text.hasPrefix(term))
      #expect(!paragraph.text.contains("\n"), "\(term) holds more than one definition")
    }
    // The items of "refuse" stay items of section 2.
    #expect(document.paragraphs.filter { $0.kind == .subparagraph }.map(\.path) == [["2", "b"], ["2", "e"]])
    #expect(source.count == 14)
  }

  @Test func definitionsInADoubleSpacedWrappedCopy() throws {
    // A PDF-style copy wrapped at a margin, every line followed by a blank
    // line: a definition starts a paragraph after the ";" that ends the
    // previous one.
    let english = try FixtureFiles.text("hk_lawcorpus3_aligned_zh-Hant_en/HK1006_partial.txt")
      .components(separatedBy: "\n").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
    // The corpus's CSV quoting: ' ""term"" means …"' → '"term" means …'.
    let definitions = english.filter { $0.hasPrefix("\" \"\"") }.map { line in
      var text = line.dropFirst(2)
      if text.hasSuffix("\"") && !text.hasSuffix("\"\"") { text = text.dropLast() }
      return text.replacingOccurrences(of: "\"\"", with: "\"")
    }
    try #require(definitions.count == 2)
    var lines = ["2. Interpretation", "In this Ordinance, unless the context otherwise requires-"]
    for definition in definitions {
      // Wrap at 70 columns on word boundaries.
      var line = ""
      for word in definition.split(separator: " ") {
        if line.count + word.count + 1 > 70 {
          lines.append(line)
          line = ""
        }
        line += line.isEmpty ? String(word) : " " + word
      }
      lines.append(line)
    }
    let document = try #require(DocumentReader.parse(lines.joined(separator: "\n\n") + "\n"))
    let read = document.paragraphs.filter { $0.text.hasPrefix("\"") }
    #expect(read.map(\.text) == definitions)
  }

  // MARK: A copy that stops early, in every language pair

  static let languages = ["en", "fr", "es", "ru", "ar", "zh"]
  static let pairs: [(String, String)] = languages.flatMap { a in languages.filter { $0 != a }.map { (a, $0) } }

  @Test(arguments: pairs.map { "\($0.0)-\($0.1)" })
  func truncatedCopyIsReported(pair: String) throws {
    let parts = pair.split(separator: "-").map(String.init)
    let full = try Fixtures.document("udhr_6lang/udhr_\(parts[0]).txt")
    // The other copy stops seven tenths of the way through, mid-paragraph.
    let text = try FixtureFiles.text("udhr_6lang/udhr_\(parts[1]).txt")
    let short = try #require(DocumentReader.parse(String(text.prefix(text.count * 7 / 10))))
    let names = ("udhr_\(parts[0]).txt", "udhr_\(parts[1])_partial.txt")
    let aligned = ParallelText.aligning((names.0, full), (names.1, short), level: .paragraph, lexicon: .cedict)
    let stopsEarly = try #require(aligned.warnings.first { if case .stopsEarly = $0 { true } else { false } })
    guard case .stopsEarly(let version, let against, _, _) = stopsEarly else { return }
    #expect(version == 1 && against == 0)
    let warning = stopsEarly.description(in: aligned)
    #expect(warning.hasPrefix("\(names.1) stops early: the last "))
    #expect(warning.hasSuffix(" units of \(names.0) have no counterpart (a truncated copy?)"))
  }

  @Test(arguments: pairs.map { "\($0.0)-\($0.1)" })
  func completeCopiesAreNotTruncated(pair: String) throws {
    let parts = pair.split(separator: "-").map(String.init)
    let documents = try parts.map { ("udhr_\($0).txt", try Fixtures.document("udhr_6lang/udhr_\($0).txt")) }
    let aligned = ParallelText.aligning(documents[0], documents[1], level: .paragraph, lexicon: .cedict)
    #expect(!aligned.warnings.contains { if case .stopsEarly = $0 { true } else { false } })
  }
}
