import Alignment
import Foundation
import TestSupport

/// Test documents: the 宪法 fixtures and generated ones.
enum Fixtures {
  private struct ArticleRow: Decodable {
    var article_no: String
    var article_no_arabic: Int
    var article_text: String
  }

  /// A document of one numbered paragraph per JSON row of a law version.
  static func law(_ name: String) throws -> Document {
    let url = FixtureFiles.url("cn_law_versions").appendingPathComponent(name)
    let text = try String(contentsOf: url, encoding: .utf8)
    var paragraphs: [Paragraph] = []
    for (n, line) in text.split(separator: "\n").enumerated() {
      let row = try JSONDecoder().decode(ArticleRow.self, from: Data(line.utf8))
      paragraphs.append(
        Paragraph(
          label: row.article_no, path: [String(row.article_no_arabic)], kind: .numbered,
          text: row.article_text, lines: n + 1...n + 1))
    }
    return Document(language: .chineseSimplified, paragraphs: paragraphs)
  }

  /// A law version read from its text file as `align` reads it: articles
  /// with their items (项) and further 款 as paragraphs of their own.
  static func lawText(_ name: String) throws -> Document {
    let url = FixtureFiles.url("cn_law_versions").appendingPathComponent(name)
    return try DocumentReader.read(contentsOf: url.path)
  }

  static func constitution1982() throws -> Document {
    try law("中华人民共和国宪法_1982-12-04_历史版本.jsonl")
  }

  static func constitution2018() throws -> Document {
    try law("中华人民共和国宪法_2018-03-11_现行有效.jsonl")
  }
}

/// Random paragraphs of Chinese text for property tests.
struct DocumentGenerator {
  var rng: SplitMix64
  /// Han characters the generator draws from.
  static let han = Array(
    "国家人民法院检察委员会主席代表大会常务组织机构规定依照行使职权监督管理经济社会文化教育科学卫生体育"
      + "公民权利义务自由平等劳动保护财产继承婚姻家庭民族自治地方政府财政税收军事外交条约协定领导选举罢免")

  init(seed: UInt64) { rng = SplitMix64(seed: seed) }

  mutating func sentence() -> String {
    let count = Int.random(in: 12...30, using: &rng)
    var s = String((0..<count).map { _ in Self.han.randomElement(using: &rng)! })
    if Bool.random(using: &rng) {
      s.insert(contentsOf: String(Int.random(in: 1...2030, using: &rng)), at: s.index(s.startIndex, offsetBy: 5))
    }
    return s + "。"
  }

  /// A paragraph of two sentences.
  mutating func text() -> String { sentence() + sentence() }

  /// A document of numbered paragraphs 1...count.
  mutating func document(count: Int) -> Document {
    Document(language: .chineseSimplified, paragraphs: (0..<count).map { _ in paragraph(text()) }).renumbered()
  }

  func paragraph(_ text: String) -> Paragraph {
    Paragraph(label: nil, path: [], kind: .numbered, text: text, lines: 1...1)
  }

  /// Replaces a few characters of a text.
  mutating func edited(_ text: String) -> String {
    var characters = Array(text)
    for _ in 0..<2 {
      let k = Int.random(in: 0..<characters.count, using: &rng)
      if characters[k].isNumber || characters[k] == "。" { continue }
      characters[k] = Self.han.randomElement(using: &rng)!
    }
    return String(characters)
  }
}

extension Document {
  /// Numbers every paragraph by position: path ["1"], ["2"], … .
  func renumbered() -> Document {
    var copy = self
    for i in copy.paragraphs.indices {
      copy.paragraphs[i].path = [String(i + 1)]
      copy.paragraphs[i].label = "\(i + 1)."
    }
    return copy
  }
}
