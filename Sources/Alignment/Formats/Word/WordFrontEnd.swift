#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Why a Word file could not be read.
public enum WordProblem: Error, Sendable, Hashable, CustomStringConvertible {
  /// A Word 97–2003 `.doc`.
  case legacyFormat
  /// The bytes start like a zip but its directory cannot be read.
  case corruptZip
  /// An entry cannot be inflated or fails its checksum.
  case corruptEntry(String)
  /// An entry inflates past `WordArchive.maximumEntrySize`.
  case entryTooLarge(String)
  /// A zip without `word/document.xml`; what it is instead, if known.
  case notWord(String?)
  /// A part that is not well-formed XML, or has not the expected root.
  case malformedPart(String)

  public var description: String {
    switch self {
    case .legacyFormat:
      "a Word 97-2003 .doc file, which align does not read; convert it to .docx first (libreoffice --headless --convert-to docx FILE)"
    case .corruptZip: "a damaged zip archive (its directory cannot be read); is the .docx file complete?"
    case .corruptEntry(let path): "a damaged .docx: \(path) in the zip cannot be unpacked"
    case .entryTooLarge(let path):
      "\(path) in the zip unpacks to more than \(WordArchive.maximumEntrySize >> 20) MiB; not read (a zip bomb?)"
    case .notWord(let kind?): "a zip archive, but not a Word document: \(kind)"
    case .notWord(nil): "a zip archive, but not a Word document (it has no word/document.xml)"
    case .malformedPart(let path): "a damaged .docx: \(path) is not well-formed WordprocessingML"
    }
  }
}

/// Reads a Word (`.docx`) file: its paragraphs, with the numbering Word
/// generates resolved to labels, one paragraph per line.
///
/// The parts read are `word/document.xml` (the body), `word/numbering.xml`
/// (lists), `word/styles.xml` (numbering carried by styles) and
/// `word/footnotes.xml` / `word/endnotes.xml` (notes, kept out of the body
/// and attached to the paragraph that cites them).
enum WordFrontEnd {
  static let reader = "docx (zlib, libxml2)"

  /// - Complexity: O(*n*) in the inflated size of the parts read.
  static func extract(_ data: Data, name: String, revisions: DocumentReader.Options.Revisions) throws(ReadError)
    -> ExtractedText
  {
    do {
      return try extract(data, revisions: revisions)
    } catch {
      throw ReadError(file: name, reason: .format(.word(error)))
    }
  }

  static func extract(_ data: Data, revisions: DocumentReader.Options.Revisions) throws(WordProblem) -> ExtractedText {
    let archive = try WordArchive(data: data)
    guard let documentData = try archive.data(at: documentPath) else {
      throw .notWord(archive.otherKind())
    }
    guard let document = XMLTree.xml(documentData), let root = document.root, root.name == "document",
      let body = root.element(named: "body")
    else { throw .malformedPart(documentPath) }

    let styles = try part("word/styles.xml", in: archive, root: "styles").map(WordStyles.init(root:)) ?? WordStyles()
    let numbering =
      try part("word/numbering.xml", in: archive, root: "numbering").map(WordNumbering.init(root:)) ?? WordNumbering()
    let changes = WordTrackedChanges(revisions: revisions)
    var reader = WordBody(styles: styles, numbering: numbering, changes: changes)
    if let footnotes = try part("word/footnotes.xml", in: archive, root: "footnotes") {
      reader.footnotes = notes(footnotes, element: "footnote", changes: changes)
    }
    if let endnotes = try part("word/endnotes.xml", in: archive, root: "endnotes") {
      reader.endnotes = notes(endnotes, element: "endnote", changes: changes)
    }
    reader.read(body)
    return ExtractedText(
      text: reader.lines.joined(separator: "\n"), format: .docx, layout: .paragraphPerLine,
      notes: reader.notes, headingLines: reader.headingLines, reader: Self.reader)
  }

  static let documentPath = "word/document.xml"

  /// The root of an optional part; a part that is present but broken is
  /// an error (a damaged file should not read as a plausible wrong text).
  private static func part(_ path: String, in archive: WordArchive, root name: String) throws(WordProblem) -> XMLTree
    .Node?
  {
    guard let data = try archive.data(at: path) else { return nil }
    guard let tree = XMLTree.xml(data), let root = tree.root, root.name == name else {
      throw .malformedPart(path)
    }
    return root
  }

  /// Each note's text by id; Word's separator notes are not notes.
  private static func notes(_ root: XMLTree.Node, element name: String, changes: WordTrackedChanges) -> [String: String]
  {
    var texts: [String: String] = [:]
    for note in root.elements(named: name) {
      guard let id = note.attribute("id") else { continue }
      if let type = note.attribute("type"), type != "normal" { continue }
      var reader = WordBody(styles: WordStyles(), numbering: WordNumbering(), changes: changes)
      reader.read(note)
      texts[id] = reader.lines.map { $0.trimmingWhitespace() }.joined(separator: " ")
    }
    return texts
  }
}
