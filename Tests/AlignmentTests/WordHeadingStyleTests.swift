import Foundation
import Testing

@testable import Alignment

/// Headings that Word marks by paragraph style or outline level, without a
/// label such as "第一章" or "Chapter I" in their text.
@Suite("Word heading styles")
struct WordHeadingStyleTests {
  static let namespace = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

  static let styles = """
    <w:styles \(namespace)>
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="MyChapter"><w:name w:val="My chapter"/><w:basedOn w:val="Heading1"/></w:style>
    <w:style w:type="paragraph" w:styleId="a3"><w:name w:val="标题 2"/></w:style>
    </w:styles>
    """

  static func paragraph(_ text: String, style: String? = nil, outline: Int? = nil) -> String {
    var properties = ""
    if let style { properties += #"<w:pStyle w:val="\#(style)"/>"# }
    if let outline { properties += #"<w:outlineLvl w:val="\#(outline)"/>"# }
    return "<w:p><w:pPr>\(properties)</w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
  }

  static func read(_ paragraphs: [String]) throws -> (ExtractedText, Document) {
    let document = "<w:document \(namespace)><w:body>\(paragraphs.joined())</w:body></w:document>"
    let stylesRoot = try #require(XMLTree.xml(Data(styles.utf8))?.root)
    let tree = try #require(XMLTree.xml(Data(document.utf8)))
    let body = try #require(tree.root?.element(named: "body"))
    var reader = WordBody(
      styles: WordStyles(root: stylesRoot), numbering: WordNumbering(),
      changes: WordTrackedChanges(revisions: .accepted))
    reader.read(body)
    let extracted = ExtractedText(
      text: reader.lines.joined(separator: "\n"), format: .docx, layout: .paragraphPerLine,
      headingLines: reader.headingLines, reader: "test")
    return (extracted, try #require(DocumentReader.parse(extracted, options: .init(language: .english))))
  }

  @Test func styleNamesInheritanceAndOutlineLevelsMakeHeadings() throws {
    let (extracted, document) = try Self.read([
      Self.paragraph("Model Act on Appeals", style: "Heading1"),
      Self.paragraph("General provisions", style: "Heading1"),
      Self.paragraph("1. The purpose of this Act is to protect the rights of persons."),
      Self.paragraph("2. This Act applies to every person in the territory."),
      Self.paragraph("Rights and duties", style: "MyChapter"),
      Self.paragraph("3. Every person has the right to be heard."),
      Self.paragraph("Remedies", style: "a3"),
      Self.paragraph("4. A person may appeal a decision."),
      Self.paragraph("Final provisions", outline: 0),
      Self.paragraph("5. This Act enters into force on the day of its publication."),
      Self.paragraph("Body text despite the heading style", style: "Heading1", outline: 9),
    ])
    #expect(extracted.headingLines == [1, 2, 5, 7, 9])
    #expect(document.frontMatter.title == "Model Act on Appeals")
    let outline = document.paragraphs.map { "\($0.kind.rawValue) \($0.label ?? "-") \($0.text.prefix(17))" }
    #expect(
      outline == [
        "heading - General provision",
        "numbered 1. The purpose of th",
        "numbered 2. This Act applies ",
        "heading - Rights and duties",
        "numbered 3. Every person has ",
        "heading - Remedies",
        "numbered 4. A person may appe",
        "heading - Final provisions",
        "numbered 5. This Act enters i",
        "unnumbered - Body text despite",
      ])
  }

  @Test func plainParagraphsAreNotHeadings() throws {
    let (extracted, _) = try Self.read([
      Self.paragraph("1. The purpose of this Act is to protect the rights of persons."),
      Self.paragraph("2. This Act applies to every person.", style: "Normal"),
    ])
    #expect(extracted.headingLines.isEmpty)
  }
}
