import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
import TestSupport
#endif

/// `align pair` end to end: the built binary on real fixtures, every output
/// format, warnings and errors.
@Suite("align pair")
struct PairCommandTests {
  static func fixture(_ relative: String) -> String {
    FixtureFiles.url(relative).path
  }

  static let zh2446 = fixture("sres2446_zh_en_complete/S_RES_2446_2018_zh.txt")
  static let en2446 = fixture("sres2446_zh_en_complete/S_RES_2446_2018_en.txt")
  static let en2482 = fixture("sres2482_en_unscr_partial/S_RES_2482_2019_en_partial.txt")
  static func charter(_ chapter: Int, _ language: String) -> String {
    fixture("un_charter_ch1-3_zh_es_en/chapter\(chapter)_\(language).txt")
  }

  /// Writes `contents` to a fresh temporary file.
  static func file(_ name: String, _ contents: String) throws -> String {
    let url = try Paths.temporaryDirectory().appendingPathComponent(name)
    try Data(contents.utf8).write(to: url)
    return url.path
  }

  @Test func tsvHasOneColumnPerVersionAScoreAndAConfidence() throws {
    let run = try AlignRun(["pair", Self.zh2446, Self.en2446, "--format", "tsv"])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty, "\(run.stderr)")
    let rows = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    for row in rows {
      let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
      #expect(columns.count == 4, "\(row)")
      #expect(Double(columns[2]) != nil, "\(row)")
      let confidence = try #require(Double(columns[3]), "\(row)")
      #expect((0...1).contains(confidence))
      // An unmatched unit has confidence 0.
      if columns[0].isEmpty || columns[1].isEmpty { #expect(confidence == 0, "\(row)") }
    }
    #expect(rows.contains { $0.hasPrefix("第2446(2018)号决议\tResolution 2446 (2018)\t0\t") })
    #expect(rows.contains { $0.hasPrefix("2. 决定继续积极处理此案。\t2. Decides to remain actively seized of the matter") })
    // Unmatched English front matter: an empty first column.
    #expect(rows.contains { $0.hasPrefix("\tS/RES/2446 (2018)\t") })
  }

  @Test func tsvJoinsSeveralUnitsWithTildes() throws {
    // The Spanish sets Article 7(1)'s list of organs apart; the Chinese
    // keeps it in the paragraph: one row, the Spanish joined by " ~~~ ".
    let run = try AlignRun(["pair", Self.charter(3, "zh"), Self.charter(3, "es"), "--format", "tsv"])
    #expect(run.status == 0)
    let row = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("1. 兹设联合国之主要机关") })
    let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
    #expect(
      columns[1].contains("1. Se establecen como órganos principales de las Naciones Unidas: ~~~ una Asamblea General"))
  }

  @Test func beadsAreVecalignLines() throws {
    let run = try AlignRun(["pair", Paths.seed, Self.en2482, "--format", "beads"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    let pattern = #/^\[(\d+(,\d+)*)?\]:\[(\d+(,\d+)*)?\]:\d+(\.\d+)?$/#
    for line in lines { #expect(line.wholeMatch(of: pattern) != nil, "\(line)") }
    // Front matter: 2 Chinese lines, 5 English; then the four preambles
    // 1:1 and the rest of the Chinese unmatched.
    #expect(lines.contains { $0.hasPrefix("[0]:[3]:") })  // adoption ↔ adoption
    #expect(lines.contains { $0.hasPrefix("[1]:[4]:") })  // 安全理事会， ↔ The Security Council,
    for k in 0..<4 { #expect(lines.contains { $0.hasPrefix("[\(k + 2)]:[\(k + 5)]:") }, "preamble \(k)") }
    #expect(lines.filter { $0.contains(":[]:") }.count == 49)
    // The truncated copy is reported as such, on one line.
    #expect(
      run.stderr
        == "align: warning: \(Self.en2482) stops early: the last 49 of 55 units of \(Paths.seed) have no counterpart (a truncated copy?)\n"
    )
  }

  @Test func jsonSchema() throws {
    let run = try AlignRun(["pair", Self.zh2446, Self.en2446, "--format", "json"])
    #expect(run.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(json["schema"] as? String == "align.alignment/1")
    #expect(json["level"] as? String == "paragraph")
    let versions = try #require(json["versions"] as? [[String: Any]])
    #expect(versions.map { $0["language"] as? String } == ["zh-Hans", "en"])
    #expect(versions[0]["source"] as? String == Self.zh2446)
    let units = try #require(versions[1]["units"] as? [[String: Any]])
    #expect(units.first?["id"] as? Int == 0)
    let beads = try #require(json["beads"] as? [[String: Any]])
    for bead in beads {
      let ids = try #require(bead["units"] as? [[Int]])
      #expect(ids.count == 2)
      #expect(bead["score"] is Double)
      let confidence = try #require(bead["confidence"] as? Double)
      #expect((0...1).contains(confidence))
    }
    // Every unit of both versions appears exactly once.
    for v in 0..<2 {
      let count = (versions[v]["units"] as? [Any])?.count ?? -1
      let seen = beads.flatMap { (($0["units"] as? [[Int]]) ?? [])[v] }
      #expect(seen.sorted() == Array(0..<count))
    }
  }

  @Test func tmxIsWellFormedAndEscaped() throws {
    let zh = try Self.file("zh.txt", "安全理事会，\n1. 决定 A&B <注意> 继续处理此案。\n")
    let en = try Self.file("en.txt", "The Security Council,\n1. Decides A&B <note> to remain seized of the matter.\n")
    let run = try AlignRun(["pair", zh, en, "--format", "tmx"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("A&amp;B &lt;"))
    // Every translation unit carries its confidence.
    let units = run.stdout.components(separatedBy: "<tu ").count - 1
    #expect(units > 0)
    #expect(run.stdout.components(separatedBy: "<prop type=\"x-confidence\">").count - 1 == units)
    #if canImport(FoundationXML) || os(macOS)
    let document = try XMLDocument(data: Data(run.stdout.utf8))
    let root = try #require(document.rootElement())
    #expect(root.name == "tmx")
    let tuvs = try document.nodes(forXPath: "//tuv").compactMap { $0 as? XMLElement }
    let languages = Set(tuvs.compactMap { $0.attribute(forName: "xml:lang")?.stringValue })
    #expect(languages == ["zh-CN", "en"])
    let segs = try document.nodes(forXPath: "//seg").compactMap(\.stringValue)
    #expect(segs.contains("1. Decides A&B <note> to remain seized of the matter."))
    #expect(segs.contains("1. 决定 A&B <注意> 继续处理此案。"))
    #endif
  }

  @Test func threeWayCharterHasOneColumnPerLanguage() throws {
    let run = try AlignRun(
      ["pair", Self.charter(1, "zh"), Self.charter(1, "es"), Self.charter(1, "en"), "--format", "tsv"])
    #expect(run.status == 0)
    let rows = run.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    #expect(rows.allSatisfy { $0.count == 5 })
    let article2 = try #require(rows.first { $0[0].hasPrefix("第二条") })
    #expect(article2[1].hasPrefix("Artículo 2"))
    #expect(article2[2].hasPrefix("Article 2"))
    let seven = try #require(rows.first { $0[0].hasPrefix("7. 本宪章不得认为授权") })
    #expect(seven[1].hasPrefix("7. Ninguna disposición"))
    #expect(seven[2].hasPrefix("7. Nothing contained in the present Charter"))
  }

  @Test func beadsRefuseThreeFiles() throws {
    let run = try AlignRun(
      ["pair", Self.charter(2, "zh"), Self.charter(2, "es"), Self.charter(2, "en"), "--format", "beads"])
    #expect(run.status != 0)
    #expect(run.stderr.contains("exactly two files"))
  }

  @Test func sameLanguageWarns() throws {
    let run = try AlignRun(["pair", Self.en2446, Self.en2482])
    #expect(run.status == 0)
    let warnings = run.stderr.split(separator: "\n")
    #expect(warnings.contains { $0.hasPrefix("align: warning: ") && $0.contains("are both in en") })
  }

  @Test func missingFileIsOneLineAndExitTwo() throws {
    let run = try AlignRun(["pair", Self.zh2446, "/nonexistent/en.txt"])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
    #expect(run.stderr.contains("/nonexistent/en.txt"))
  }

  @Test func segmentedLinesAreNeitherSplitNorMerged() throws {
    let zh = try Self.file(
      "zh.txt",
      "本條例可引稱為《釋義及通則條例》。\n本條例旨在保障香港的稅收。\n安全理事會決定繼續處理此案。\n")
    let en = try Self.file(
      "en.txt",
      "This Ordinance may be cited as the Interpretation and General Clauses Ordinance.\nTo protect the revenue of the Colony.\nThe Security Council decides to remain seized of the matter.\n"
    )
    let run = try AlignRun(["pair", "--segmented", zh, en, "--format", "beads"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map { $0.split(separator: ":").prefix(2).joined(separator: ":") }
    #expect(lines == ["[0]:[0]", "[1]:[1]", "[2]:[2]"])
  }

  /// CR LF line ends: each line is still one segment (in Swift "\r\n" is
  /// one Character, so splitting on "\n" alone would see one segment).
  @Test func segmentedCRLFLines() throws {
    let zh = try Self.file("zh-crlf.txt", "本條例旨在保障香港的稅收。\r\n安全理事會決定繼續處理此案。\r\n")
    let en = try Self.file(
      "en-crlf.txt",
      "To protect the revenue of the Colony.\r\nThe Security Council decides to remain seized of the matter.\r\n")
    let run = try AlignRun(["pair", "--segmented", zh, en, "--format", "beads"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map { $0.split(separator: ":").prefix(2).joined(separator: ":") }
    #expect(lines == ["[0]:[0]", "[1]:[1]"])
  }
}
