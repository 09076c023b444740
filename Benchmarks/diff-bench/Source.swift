import Alignment
import Foundation

/// A real document the benchmark mutates, read from `Fixtures/`.
struct Source {
  /// A short name for the tables: 宪法2018, seed, …
  var name: String
  /// Laws are numbered 第X条 and keep the 款 of an article on lines of
  /// their own; resolutions are numbered "1." and flow their lines.
  var isLaw: Bool
  var document: Document
  /// Front-matter lines, written before the body when rendering.
  var front: [String]

  /// Reads a fixture, relative to the package root.
  init(name: String, path: String, isLaw: Bool) throws {
    self.name = name
    self.isLaw = isLaw
    document = try DocumentReader.read(contentsOf: path)
    front = document.frontMatter.lines.map(\.text)
  }

  /// Renders paragraphs as a plain-text document of this source's kind:
  /// laws as in `Fixtures/cn_law_versions` (`第一条　…`, items and later
  /// 款 on the following lines, a blank line between articles), resolutions
  /// one paragraph per block (`1. …`, `(a) …`).
  func render(_ paragraphs: [Paragraph]) -> String {
    var text = front.joined(separator: "\n\n") + "\n"
    for paragraph in paragraphs {
      let label = paragraph.label ?? ""
      if isLaw {
        switch paragraph.kind {
        case .heading: text += "\n\(label) \(paragraph.text)\n"
        case .numbered: text += "\n\(label)\u{3000}\(paragraph.text)\n"
        case .subparagraph, .unnumbered: text += "\(label)\(paragraph.text)\n"
        }
      } else {
        text += label.isEmpty ? "\n\(paragraph.text)\n" : "\n\(label) \(paragraph.text)\n"
      }
    }
    return text
  }

  /// Renders `paragraphs` and reads them back with `DocumentReader.parse`,
  /// as `align diff` would read them from a file.
  ///
  /// - Returns: The parsed document, or `nil` if it differs from
  ///   `paragraphs` in label, path, kind or text.
  func parsedBack(_ paragraphs: [Paragraph]) -> Document? {
    let options = DocumentReader.Options(language: document.language)
    guard let parsed = DocumentReader.parse(render(paragraphs), options: options),
      parsed.paragraphs.count == paragraphs.count,
      zip(parsed.paragraphs, paragraphs).allSatisfy({ Source.same($0, $1) })
    else { return nil }
    return parsed
  }

  /// The first paragraph that does not survive rendering and parsing, for
  /// diagnostics.
  func firstRoundTripDifference(_ paragraphs: [Paragraph]) -> String {
    let options = DocumentReader.Options(language: document.language)
    guard let parsed = DocumentReader.parse(render(paragraphs), options: options) else { return "no paragraphs" }
    for (k, (a, b)) in zip(parsed.paragraphs, paragraphs).enumerated() where !Source.same(a, b) {
      var where_ = ""
      if a.text != b.text {
        let common = zip(a.text, b.text).prefix { $0 == $1 }.count
        where_ =
          " — texts part at character \(common): wrote …\(b.text.dropFirst(max(0, common - 20)).prefix(50).debugDescription) read …\(a.text.dropFirst(max(0, common - 20)).prefix(50).debugDescription)"
      }
      return "paragraph \(k): wrote \(Source.describe(b)) read \(Source.describe(a))\(where_)"
    }
    return "wrote \(paragraphs.count) paragraphs, read \(parsed.paragraphs.count)"
  }

  static func same(_ a: Paragraph, _ b: Paragraph) -> Bool {
    a.label == b.label && a.path == b.path && a.kind == b.kind && a.text == b.text
  }

  static func describe(_ p: Paragraph) -> String {
    "\(p.kind) \(p.label ?? "-") \(p.path) \(p.text.prefix(30).debugDescription)"
  }
}

extension Source {
  /// The benchmark's documents: four laws and two resolutions.
  static func all(root: String) throws -> (documents: [Source], donors: [Source]) {
    func law(_ file: String) -> String { "\(root)/Fixtures/cn_law_versions/\(file)" }
    let documents = [
      try Source(name: "宪法 2018", path: law("中华人民共和国宪法_2018-03-11_现行有效.txt"), isLaw: true),
      try Source(name: "反恐怖主义法", path: law("中华人民共和国反恐怖主义法_2018-04-27_现行有效.txt"), isLaw: true),
      try Source(name: "反洗钱法 2024", path: law("中华人民共和国反洗钱法_2024-11-08_现行有效.txt"), isLaw: true),
      try Source(name: "商标法 2026", path: law("中华人民共和国商标法_2026-06-26_现行有效.txt"), isLaw: true),
      try Source(
        name: "S/RES/2482 zh", path: "\(root)/Fixtures/sres2482_2019_zh_seed/S_RES_2482_2019_zh.txt", isLaw: false),
      try Source(
        name: "GA draft en",
        path: "\(root)/Fixtures/ga_right_to_development_2001_draft_vs_adopted_en/undl_453500_draft_resolution_en.txt",
        isLaw: false),
    ]
    // Extra English text to insert into the GA draft: other resolutions.
    let donors = [
      try Source(
        name: "S/RES/2446 en", path: "\(root)/Fixtures/sres2446_zh_en_complete/S_RES_2446_2018_en.txt", isLaw: false),
      try Source(
        name: "S/RES/2482 en", path: "\(root)/Fixtures/sres2482_en_unscr_partial/S_RES_2482_2019_en_partial.txt",
        isLaw: false),
    ]
    return (documents, donors)
  }
}
