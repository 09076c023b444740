import Alignment
import Diff
import Foundation
import Report
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The Word redline's `word/document.xml`, parsed: revisions are real
/// tracked changes, and accepting or rejecting them all gives back each
/// revision's text. (scripts/check-docx.py checks the same with
/// python-docx and LibreOffice reads the file; this test needs neither.)
@Suite("Word redline")
struct WordRedlineTests {
  static let revision = WordRedline.Revision(author: "align", date: "2026-06-26T00:00:00Z")
  static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  func parse(_ old: Document, _ new: Document) throws -> (XMLDocument, DocumentDiff) {
    let diff = DocumentDiff(from: old, to: new)
    let xml = WordRedline.documentXML(try ChangeReport(old: old, new: new, diff: diff), revision: Self.revision)
    return (try XMLDocument(xmlString: xml, options: []), diff)
  }

  /// The text of every paragraph with all revisions accepted or rejected,
  /// spaces removed; paragraphs whose mark goes away are left out.
  func text(_ document: XMLDocument, accept: Bool) throws -> [String] {
    let gone = accept ? ["del", "moveFrom"] : ["ins", "moveTo"]
    var result: [String] = []
    for p in try document.nodes(forXPath: "//*[local-name()='p']") {
      guard let p = p as? XMLElement else { continue }
      let marks = try p.nodes(forXPath: "*[local-name()='pPr']/*[local-name()='rPr']/*").compactMap(\.localName)
      if marks.contains(where: gone.contains) { continue }
      var text = ""
      func walk(_ node: XMLNode) {
        for child in node.children ?? [] {
          guard let name = child.localName else { continue }
          if gone.contains(name) || name == "pPr" { continue }
          if name == "t" || name == "delText" { text += child.stringValue ?? "" } else { walk(child) }
        }
      }
      walk(p)
      let squeezed = text.filter { !$0.isWhitespace }
      if !squeezed.isEmpty { result.append(squeezed) }
    }
    return result
  }

  func expected(_ document: Document) -> [String] {
    document.paragraphs.map { (($0.kind == .unnumbered ? nil : $0.label) ?? "") + $0.text }
      .map { $0.filter { !$0.isWhitespace } }.filter { !$0.isEmpty }
  }

  @Test(arguments: [
    ("中华人民共和国宪法_1982-12-04_历史版本.txt", "中华人民共和国宪法_2018-03-11_现行有效.txt"),
    ("中华人民共和国商标法_2019-04-23_历史版本.txt", "中华人民共和国商标法_2026-06-26_现行有效.txt"),
  ])
  func acceptAllIsNewRejectAllIsOld(oldName: String, newName: String) throws {
    let old = try Fixtures.lawText(oldName)
    let new = try Fixtures.lawText(newName)
    let (document, diff) = try parse(old, new)
    #expect(try text(document, accept: true) == expected(new))
    #expect(try text(document, accept: false) == expected(old))
    // Every revision has an id, the author and the date; ids are unique.
    let revisions = try document.nodes(
      forXPath: "//*[local-name()='ins' or local-name()='del' or local-name()='moveFrom' or local-name()='moveTo']"
    )
    .compactMap { $0 as? XMLElement }
    #expect(revisions.count > 100)
    for revision in revisions {
      #expect(revision.attribute(forLocalName: "author", uri: Self.w)?.stringValue == "align")
      #expect(revision.attribute(forLocalName: "date", uri: Self.w)?.stringValue == "2026-06-26T00:00:00Z")
    }
    let ids = try document.nodes(
      forXPath: "//*[local-name()!='moveFromRangeEnd' and local-name()!='moveToRangeEnd']/@*[local-name()='id']"
    )
    .compactMap(\.stringValue)
    #expect(Set(ids).count == ids.count)
    // Deleted text is delText, only inside deletions and moves away.
    #expect(
      try document.nodes(
        forXPath: "//*[local-name()='delText'][not(ancestor::*[local-name()='del' or local-name()='moveFrom'])]"
      ).isEmpty)
    #expect(
      try document.nodes(forXPath: "//*[local-name()='del' or local-name()='moveFrom']//*[local-name()='t']").isEmpty)
    // One move range at each end of every moved paragraph.
    let from = try document.nodes(forXPath: "//*[local-name()='moveFromRangeStart']").count
    let to = try document.nodes(forXPath: "//*[local-name()='moveToRangeStart']").count
    #expect(from == diff.summary.moved && to == diff.summary.moved)
  }

  @Test func packageIsAZipAndDeterministic() throws {
    let old = try Fixtures.lawText("中华人民共和国宪法_1982-12-04_历史版本.txt")
    let new = try Fixtures.lawText("中华人民共和国宪法_2018-03-11_现行有效.txt")
    let diff = DocumentDiff(from: old, to: new)
    let a = try WordRedline.render(try ChangeReport(old: old, new: new, diff: diff), revision: Self.revision)
    let b = try WordRedline.render(try ChangeReport(old: old, new: new, diff: diff), revision: Self.revision)
    #expect(a == b)
    #expect(a.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
    // The ZIP's central directory names the document part.
    #expect(String(decoding: a, as: UTF8.self).contains("word/document.xml"))
  }

  @Test func markupInTheTextIsText() throws {
    func p(_ text: String) -> Paragraph {
      Paragraph(label: "1.", path: ["1"], kind: .numbered, text: text, lines: 1...1)
    }
    let old = Document(language: .english, paragraphs: [p("Keep A & B.")])
    let new = Document(language: .english, paragraphs: [p("Keep A & B <w:t>and</w:t> C.")])
    let (document, _) = try parse(old, new)
    let inserted = try document.nodes(forXPath: "//*[local-name()='ins']//*[local-name()='t']").compactMap(
      \.stringValue
    ).joined()
    #expect(inserted.contains("<w:t>and</w:t>"))
  }
}
