import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `align pair` of the UDHR's six language versions at once: rows with six
/// columns, TMX with a source in every `<tu>`, `--pivot`.
@Suite("align pair of six versions")
struct SixLanguageCommandTests {
  static let languages = ["ar", "zh", "en", "fr", "ru", "es"]
  static let files = languages.map { FixtureFiles.url("udhr_6lang/udhr_\($0).txt").path }

  @Test func tsvHasSixColumnsAndOneRowPerArticle() throws {
    let run = try AlignRun(["pair"] + Self.files + ["--format", "tsv"])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = run.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    #expect(rows.allSatisfy { $0.count == 8 })
    let article17 = try #require(rows.first { $0[0] == "المادة 17" })
    #expect(article17[1...5] == ["第十七条", "Article 17", "Article 17", "Статья 17", "Artículo 17"])
    let premier = try #require(rows.first { $0[3].hasPrefix("Article premier Tous les êtres humains") })
    #expect(premier[2].hasPrefix("Article 1 All human beings") && premier[4].hasPrefix("Статья 1 Все люди"))
    #expect(premier[0].hasPrefix("المادة 1 يولد") && premier[1].hasPrefix("第一条 人人生而自由"))
  }

  @Test func tmxGivesEveryUnitItsSourceAndUpToSixVariants() throws {
    // English as the pivot, named third.
    let run = try AlignRun(["pair"] + Self.files + ["--format", "tmx", "--pivot", "3"])
    #expect(run.status == 0, "\(run.stderr)")
    #if canImport(FoundationXML) || os(macOS)
    let document = try XMLDocument(data: Data(run.stdout.utf8))
    let header = try #require(try document.nodes(forXPath: "//header").first as? XMLElement)
    #expect(header.attribute(forName: "srclang")?.stringValue == "en")
    let units = try document.nodes(forXPath: "//tu").compactMap { $0 as? XMLElement }
    #expect(units.count > 60)
    var six = 0
    for unit in units {
      let languages = unit.elements(forName: "tuv").compactMap { $0.attribute(forName: "xml:lang")?.stringValue }
      #expect(languages.first == "en", "\(languages)")
      #expect(languages.count >= 2 && languages.count <= 6 && Set(languages).count == languages.count)
      if languages.count == 6 { six += 1 }
    }
    #expect(six >= 62)  // every article and item
    #endif
  }

  @Test func pivotComesFirstAndOutOfRangeIsRefused() throws {
    let run = try AlignRun(["pair"] + Self.files + ["--format", "tsv", "--pivot", "5"])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = run.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    let article17 = try #require(rows.first { $0[0] == "Статья 17" })
    #expect(article17[1...5] == ["المادة 17", "第十七条", "Article 17", "Article 17", "Artículo 17"])
    let bad = try AlignRun(["pair"] + Self.files + ["--pivot", "7"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("--pivot"))
  }

  @Test func diffIgnoringWidthIgnoresTatweelAndBidiMarks() throws {
    let directory = try Paths.temporaryDirectory()
    let old = directory.appendingPathComponent("old_ar.txt")
    let new = directory.appendingPathComponent("new_ar.txt")
    try Data(
      "المادة 1\n\nمقاصـد الأمم المتحدة هي\u{200F}:\n\nالمادة 2\n\nتعمل الهيئة وأعضاؤها وفقاً للمبادئ الآتية.\n".utf8
    )
    .write(to: old)
    try Data("المادة 1\n\nمقاصد الأمم المتحدة هي:\n\nالمادة 2\n\nتعمل الهيئة وأعضاؤها وفقاً للمبادئ الآتية.\n".utf8)
      .write(to: new)
    let plain = try AlignRun(["diff", old.path, new.path])
    #expect(plain.status == 1)
    #expect(plain.stdout.contains("[-مقاصـد-]{+مقاصد+}"))
    let ignoring = try AlignRun(["diff", old.path, new.path, "--ignore-width"])
    #expect(ignoring.status == 0, "\(ignoring.stdout)")
    #expect(!ignoring.stdout.contains("مقاصـد"))
  }
}
