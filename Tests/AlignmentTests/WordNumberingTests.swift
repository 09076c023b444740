import Foundation
import Testing

@testable import Alignment

/// Word's list numbering, tracked changes and run content, on small
/// documents built here, where the real fixtures do not reach.
@Suite("Word numbering and revisions")
struct WordNumberingTests {
  // MARK: Number formats

  @Test func formatsAsWordWritesThem() {
    #expect(WordNumberFormat.decimal.format(12) == "12")
    #expect(WordNumberFormat.decimalZero.format(7) == "07")
    #expect(WordNumberFormat.lowerLetter.format(1) == "a")
    #expect(WordNumberFormat.lowerLetter.format(27) == "aa")
    #expect(WordNumberFormat.upperLetter.format(28) == "BB")
    #expect(WordNumberFormat.lowerRoman.format(14) == "xiv")
    #expect(WordNumberFormat.upperRoman.format(1994) == "MCMXCIV")
    #expect(WordNumberFormat.decimalFullWidth.format(10) == "１０")
    #expect(WordNumberFormat.decimalEnclosedCircle.format(3) == "③")
    #expect(WordNumberFormat.decimalEnclosedCircle.format(21) == "21")
    #expect(WordNumberFormat.decimalEnclosedParen.format(2) == "⑵")
    #expect(WordNumberFormat.ideographTraditional.format(3) == "丙")
    #expect(WordNumberFormat.ideographDigital.format(105) == "一〇五")
    #expect(WordNumberFormat.chineseLegalSimplified.format(12) == "壹拾贰")
    #expect(WordNumberFormat.russianLower.format(3) == "в")
    #expect(WordNumberFormat("chineseCountingThousand") == .chineseCountingThousand)
    #expect(WordNumberFormat("hebrew1") == .decimal)
  }

  @Test func chineseCountingAsArticleNumbers() {
    let format = WordNumberFormat.chineseCounting
    let expected = [
      1: "一", 10: "十", 11: "十一", 20: "二十", 21: "二十一", 100: "一百", 101: "一百零一",
      110: "一百一十", 452: "四百五十二", 1001: "一千零一", 1260: "一千二百六十",
    ]
    for (value, text) in expected { #expect(format.format(value) == text) }
    // Every number up to 9,999 reads back as itself.
    for value in 1...9_999 { #expect(ChineseNumeral.parse(format.format(value)) == value) }
  }

  // MARK: Lists

  static let numbering = """
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:lvlText w:val="%1.%2"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="2">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Chapter %1"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="3">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="第%1章"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="4">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
    <w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
    <w:num w:numId="5"><w:abstractNumId w:val="0"/>
      <w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>
    <w:num w:numId="6"><w:abstractNumId w:val="4"/></w:num>
    <w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>
    """

  static let styles = """
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
      <w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter"/><w:basedOn w:val="Heading1"/></w:style>
    """

  static func p(_ text: String, num: Int? = nil, level: Int = 0, style: String? = nil, extra: String = "") -> String {
    var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
    if let num { properties += "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(num)\"/></w:numPr>" }
    properties += extra
    return "<w:p><w:pPr>\(properties)</w:pPr><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
  }

  static func lines(_ body: String, revisions: DocumentReader.Options.Revisions = .accepted) throws -> [String] {
    let data = TestDocx.make(body: body, numbering: numbering, styles: styles)
    return try WordFrontEnd.extract(data, revisions: revisions).text.split(separator: "\n").map(String.init)
  }

  @Test func levelsRestartWhenAHigherLevelAdvances() throws {
    let body = [
      Self.p("Decides", num: 1), Self.p("first", num: 1, level: 1), Self.p("sub", num: 1, level: 2),
      Self.p("second", num: 1, level: 1), Self.p("Requests", num: 1), Self.p("again", num: 1, level: 1),
    ].joined()
    #expect(try Self.lines(body) == ["1. Decides", "(a) first", "(i) sub", "(b) second", "2. Requests", "(a) again"])
  }

  @Test func lvlRestartZeroNeverRestartsAndTemplatesShowHigherLevels() throws {
    let body = [
      Self.p("A", num: 2), Self.p("a1", num: 2, level: 1), Self.p("B", num: 2), Self.p("b1", num: 2, level: 1),
    ].joined()
    #expect(try Self.lines(body) == ["1 A", "1.1 a1", "2 B", "2.2 b1"])
  }

  @Test func legalNumberingWritesHigherLevelsInDecimal() throws {
    let body = [Self.p("General", num: 3), Self.p("Scope", num: 3, level: 1)].joined()
    #expect(try Self.lines(body) == ["Chapter I General", "1.1 Scope"])
  }

  @Test func startOverrideRestartsASharedListAndInstancesShareCounters() throws {
    let body = [
      Self.p("one", num: 1), Self.p("two", num: 1),
      Self.p("ten", num: 5), Self.p("eleven", num: 5),
      Self.p("continues", num: 7),
    ].joined()
    #expect(try Self.lines(body) == ["1. one", "2. two", "10. ten", "11. eleven", "12. continues"])
  }

  @Test func numberingFromTheStyleAndItsBase() throws {
    let body = [
      Self.p("总则", style: "Heading1"), Self.p("第一条", num: nil), Self.p("附则", style: "Chapter"),
      Self.p("没有编号", style: "Heading1", extra: "<w:numPr><w:numId w:val=\"0\"/></w:numPr>"),
    ].joined()
    #expect(try Self.lines(body) == ["第一章 总则", "第一条", "第二章 附则", "没有编号"])
  }

  @Test func bulletsAndEmptyParagraphsGiveNoLabelButCount() throws {
    let body = [
      Self.p("point", num: 6), Self.p("", num: 1), Self.p("   ", num: 1), Self.p("third", num: 1),
    ].joined()
    #expect(try Self.lines(body) == ["point", "3. third"])
  }

  // MARK: Runs

  @Test func breaksTabsHiddenTextAndFields() throws {
    let body = """
      <w:p><w:r><w:t>第一条</w:t><w:tab/><w:t>为了</w:t><w:br/><w:t>制定本法。</w:t></w:r></w:p>
      <w:p><w:r><w:t>The Council</w:t><w:br/><w:t>decides</w:t></w:r>\
      <w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>\
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>, shown</w:t></w:r>\
      <w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
      <w:p><w:r><w:t>　　全角空格保留</w:t></w:r></w:p>
      <w:p><w:hyperlink><w:r><w:t>linked</w:t></w:r></w:hyperlink><w:sdt><w:sdtContent><w:r><w:t> text</w:t></w:r></w:sdtContent></w:sdt></w:p>
      """
    #expect(try Self.lines(body) == ["第一条 为了制定本法。", "The Council decides, shown", "　　全角空格保留", "linked text"])
  }

  // MARK: Tracked changes

  static let tracked = """
    <w:p><w:r><w:t xml:space="preserve">Decides </w:t></w:r>\
    <w:del w:id="1" w:author="a"><w:r><w:delText>to consider</w:delText></w:r></w:del>\
    <w:ins w:id="2" w:author="a"><w:r><w:t>to adopt</w:t></w:r></w:ins>\
    <w:r><w:t xml:space="preserve"> the report;</w:t></w:r></w:p>
    <w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr><w:r><w:t>Joined </w:t></w:r></w:p>
    <w:p><w:r><w:t>paragraph</w:t></w:r></w:p>
    <w:p><w:pPr><w:rPr><w:ins w:id="4" w:author="a"/></w:rPr></w:pPr><w:r><w:t>Split </w:t></w:r></w:p>
    <w:p><w:r><w:t>in two</w:t></w:r></w:p>
    <w:p><w:moveFrom w:id="5" w:author="a"><w:r><w:t>moved away</w:t></w:r></w:moveFrom>\
    <w:moveTo w:id="6" w:author="a"><w:r><w:t>moved here</w:t></w:r></w:moveTo></w:p>
    <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>\
    <w:pPrChange w:id="7" w:author="a"><w:pPr/></w:pPrChange></w:pPr><w:r><w:t>now numbered</w:t></w:r></w:p>
    <w:tbl><w:tr><w:trPr><w:ins w:id="8" w:author="a"/></w:trPr><w:tc><w:p><w:r><w:t>new row</w:t></w:r></w:p></w:tc></w:tr>\
    <w:tr><w:trPr><w:del w:id="9" w:author="a"/></w:trPr><w:tc><w:p><w:r><w:t>old row</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
    """

  @Test func trackedChangesAccepted() throws {
    #expect(
      try Self.lines(Self.tracked) == [
        "Decides to adopt the report;", "Joined paragraph", "Split ", "in two", "moved here", "1. now numbered",
        "new row",
      ])
  }

  @Test func trackedChangesOriginal() throws {
    #expect(
      try Self.lines(Self.tracked, revisions: .original) == [
        "Decides to consider the report;", "Joined ", "paragraph", "Split in two", "moved away", "now numbered",
        "old row",
      ])
  }

  // MARK: Archive

  @Test func entryPastTheLimitIsRefused() throws {
    let data = TestDocx.make(body: Self.p(String(repeating: "x", count: 5_000)), numbering: "", styles: "")
    let archive = try WordArchive(data: data)
    #expect(throws: WordProblem.entryTooLarge("word/document.xml")) {
      try archive.data(at: "word/document.xml", limit: 1_000)
    }
    #expect(try archive.data(at: "word/document.xml")?.count ?? 0 > 5_000)
    #expect(try archive.data(at: "word/missing.xml") == nil)
    #expect(
      WordProblem.entryTooLarge("word/document.xml").description
        == "word/document.xml in the zip unpacks to more than 256 MiB; not read (a zip bomb?)")
  }

  /// A zip bomb whose header understates the size is stopped while
  /// inflating, at the limit, not trusted from the header.
  @Test func inflatedSizeIsCountedNotTrusted() throws {
    let content = Data(repeating: 0x20, count: 5_000)
    // One final stored deflate block of 5,000 bytes (LEN, then NLEN).
    var stream = Data([0x01, 0x88, 0x13, 0x77, 0xEC])
    stream.append(content)
    let data = TestDocx.make(raw: [("word/document.xml", stream, 8, 10, TestDocx.crc32(content))])
    let archive = try WordArchive(data: data)
    #expect(throws: WordProblem.entryTooLarge("word/document.xml")) {
      try archive.data(at: "word/document.xml", limit: 1_000)
    }
    // Within the limit, the size the header claims is checked too.
    #expect(throws: WordProblem.corruptEntry("word/document.xml")) {
      try archive.data(at: "word/document.xml", limit: 10_000)
    }
  }

  /// Found by fuzzing: a directory pointing past the end of the data
  /// trapped inside ZIPFoundation's memory file.
  @Test func directoryPointingOutsideTheDataIsACorruptZip() throws {
    let content = Data("<w:document/>".utf8)
    let data = TestDocx.make(
      raw: [("word/document.xml", content, 0, UInt32(content.count), TestDocx.crc32(content))],
      localOffsetShift: 1_000_000)
    #expect(throws: WordProblem.corruptZip) { try WordFrontEnd.extract(data, revisions: .accepted) }
  }

  /// Found by fuzzing: a deflate stream cut short made ZIPFoundation's
  /// inflate loop spin for ever.
  @Test func truncatedDeflateStreamIsACorruptEntry() throws {
    // A stored deflate block announcing 65,535 bytes, followed by three.
    let stream = Data([0x00, 0xFF, 0xFF, 0x00, 0x00, 0x3C, 0x77, 0x3A])
    let data = TestDocx.make(raw: [("word/document.xml", stream, 8, 65_535, 0)])
    #expect(throws: WordProblem.corruptEntry("word/document.xml")) {
      try WordFrontEnd.extract(data, revisions: .accepted)
    }
  }

  @Test func checksumMismatchIsACorruptEntry() throws {
    let content = Data("<w:document xmlns:w=\"\(TestDocx.w)\"><w:body/></w:document>".utf8)
    let data = TestDocx.make(raw: [("word/document.xml", content, 0, UInt32(content.count), 12345)])
    #expect(throws: WordProblem.corruptEntry("word/document.xml")) {
      try WordFrontEnd.extract(data, revisions: .accepted)
    }
  }

  @Test func documentWithoutBodyIsMalformed() throws {
    let data = TestDocx.make(entries: [
      ("word/document.xml", Data("<w:document xmlns:w=\"\(TestDocx.w)\"/>".utf8))
    ])
    #expect(throws: WordProblem.malformedPart("word/document.xml")) {
      try WordFrontEnd.extract(data, revisions: .accepted)
    }
  }
}

/// Builds small .docx files (stored, uncompressed zip entries) in memory.
enum TestDocx {
  static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  static func make(body: String, numbering: String, styles: String) -> Data {
    make(entries: [
      ("word/document.xml", Data("<w:document xmlns:w=\"\(w)\"><w:body>\(body)</w:body></w:document>".utf8)),
      ("word/numbering.xml", Data("<w:numbering xmlns:w=\"\(w)\">\(numbering)</w:numbering>".utf8)),
      ("word/styles.xml", Data("<w:styles xmlns:w=\"\(w)\">\(styles)</w:styles>".utf8)),
    ])
  }

  /// A zip with `entries` stored as they are (method 0).
  static func make(entries: [(String, Data)]) -> Data {
    make(raw: entries.map { (path: $0.0, data: $0.1, method: 0, size: UInt32($0.1.count), crc: crc32($0.1)) })
  }

  /// A zip whose entries hold `data` as given, with the method, size and
  /// checksum given (to build damaged entries).
  static func make(
    raw entries: [(path: String, data: Data, method: UInt16, size: UInt32, crc: UInt32)],
    localOffsetShift: UInt32 = 0
  ) -> Data {
    var zip = Data()
    var directory = Data()
    for entry in entries {
      let name = Data(entry.path.utf8)
      let offset = UInt32(zip.count)
      zip.append(le32(0x0403_4B50))
      zip.append(le16(20) + le16(0) + le16(entry.method) + le16(0) + le16(0))
      zip.append(le32(entry.crc) + le32(UInt32(entry.data.count)) + le32(entry.size))
      zip.append(le16(UInt16(name.count)) + le16(0))
      zip.append(name)
      zip.append(entry.data)
      directory.append(le32(0x0201_4B50))
      directory.append(le16(20) + le16(20) + le16(0) + le16(entry.method) + le16(0) + le16(0))
      directory.append(le32(entry.crc) + le32(UInt32(entry.data.count)) + le32(entry.size))
      directory.append(le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0))
      directory.append(le32(0) + le32(offset &+ localOffsetShift))
      directory.append(name)
    }
    let directoryOffset = UInt32(zip.count)
    zip.append(directory)
    zip.append(le32(0x0605_4B50) + le16(0) + le16(0))
    zip.append(le16(UInt16(entries.count)) + le16(UInt16(entries.count)))
    zip.append(le32(UInt32(directory.count)) + le32(directoryOffset) + le16(0))
    return zip
  }

  private static func le16(_ value: UInt16) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }
  private static func le32(_ value: UInt32) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }

  static func crc32(_ data: Data) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in data {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }
}
