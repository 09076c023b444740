import Alignment
import Diff
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The fixed parts of a minimal `.docx` package and the ZIP that holds
/// them with a document part.
enum WordPackage {
  /// The time stamped on every ZIP entry, so the same input gives the same
  /// bytes (1 January 2000, 00:00 UTC).
  static let entrySecondsSince1970 = 946_684_800

  static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
    <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
    <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
    <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
    </Types>

    """

  static let packageRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
    </Relationships>

    """

  static let documentRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
    </Relationships>

    """

  /// Track changes stays on, so a reviewer's own edits are tracked too.
  static let settings = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:trackRevisions/></w:settings>

    """

  /// Document defaults: CJK and Latin fonts, the language, spacing.
  static func styles(_ language: Language) -> String {
    let tag: String
    switch language {
    case .chineseSimplified: tag = "w:eastAsia=\"zh-CN\""
    case .chineseTraditional: tag = "w:eastAsia=\"zh-TW\""
    case .arabic: tag = "w:bidi=\"ar-SA\""
    default: tag = "w:val=\"\(language.rawValue)\""
    }
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
      <w:docDefaults><w:rPrDefault><w:rPr>\
      <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun" w:cs="Times New Roman"/>\
      <w:sz w:val="22"/><w:lang \(tag)/></w:rPr></w:rPrDefault>\
      <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault>\
      </w:docDefaults>\
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
      </w:styles>

      """
  }

  static func core(title: String?) -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
      xmlns:dc="http://purl.org/dc/elements/1.1/">
      """
    if let title {
      out += "<dc:title>"
      out.appendEscaped(title)
      out += "</dc:title>"
    }
    out += "<dc:creator>align</dc:creator></cp:coreProperties>\n"
    return out
  }

  /// Zips the parts; the document part is read piece by piece as the
  /// archive compresses it, so it is never held whole.
  static func docx(
    document: WordDocumentPart, language: Language, title: String?
  ) throws(WordRedlineError) -> Data {
    let before: [(String, String)] = [
      ("[Content_Types].xml", contentTypes),
      ("_rels/.rels", packageRelationships),
    ]
    let after: [(String, String)] = [
      ("word/_rels/document.xml.rels", documentRelationships),
      ("word/styles.xml", styles(language)),
      ("word/settings.xml", settings),
      ("docProps/core.xml", core(title: title)),
    ]
    var zip = ZipWriter(modified: entrySecondsSince1970)
    func add(_ path: String, _ text: String) throws(WordRedlineError) {
      let data = Data(text.utf8)
      try zip.add(path, size: data.count) { position, count in data.subdata(in: position..<position + count) }
    }
    for (path, text) in before { try add(path, text) }
    var document = document
    try zip.add("word/document.xml", size: document.size) { (position, count) throws(WordRedlineError) in
      try document.read(at: Int64(position), count: count)
    }
    try document.checkComplete()
    for (path, text) in after { try add(path, text) }
    return try zip.finish()
  }
}
