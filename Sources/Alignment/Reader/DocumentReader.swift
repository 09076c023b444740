#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads legal text, as people actually get it, into a `Document`.
///
/// The stages run left to right, each consuming the previous one's value:
/// bytes → decoded text (`TextDecoder`) → lines without page furniture
/// (`PageFurniture`) → paragraph blocks by measured layout (`Layout`,
/// `LineJoiner`, `FlattenedText`) → labels and outline (`NumberingLabel`,
/// `Outline`) → front matter, body and discarded noise.
public enum DocumentReader {
  /// Options for reading.
  public struct Options: Sendable {
    /// Which text of a Word file with tracked changes to read.
    public enum Revisions: String, Sendable, CaseIterable {
      /// The text with every tracked change accepted (what Word shows with
      /// "Simple Markup").
      case accepted
      /// The text as it was before the tracked changes.
      case original
    }

    /// Use this language instead of detecting it.
    public var language: Language?
    /// Which text of a Word file with tracked changes to read.
    public var revisions: Revisions
    /// How plain-text layout is measured.
    public var layout = LayoutOptions()
    /// What plain text's page furniture is.
    public var furniture = FurnitureOptions()
    /// How front matter, body and footer are told apart.
    public var body = BodyOptions()
    /// When a flattened web copy is split into paragraphs.
    public var flattenedText = FlattenedTextOptions()
    /// How the language is detected.
    public var languageDetection = LanguageDetectionOptions()

    public init(language: Language? = nil, revisions: Revisions = .accepted) {
      self.language = language
      self.revisions = revisions
    }
  }

  /// Reads and parses the file at `path` (`-` for standard input), in any
  /// format `align` reads: PDF, Word, HTML, Markdown or plain text,
  /// detected from the bytes.
  ///
  /// - Throws: `ReadError` naming `path`: missing, a directory, unreadable,
  ///   undecodable, empty, binary, unreadable in its format, or without
  ///   paragraphs.
  /// - Complexity: O(*n*) in the size of the file.
  public static func read(contentsOf path: String, options: Options = Options()) throws(ReadError) -> Document {
    // The file's bytes (mapped or read) are let go once extracted: parsing
    // needs only the text.
    let extracted = try extract(InputFile.bytes(at: path), name: path, options: options)
    return try document(from: consume extracted, name: path, options: options)
  }

  /// Reads and decodes the file at `path` (`-` for standard input) as plain
  /// text without parsing it (for input that is already one segment per
  /// line).
  ///
  /// - Throws: `ReadError` naming `path`: missing, a directory, unreadable,
  ///   undecodable, empty or binary.
  /// - Complexity: O(*n*) in the size of the file.
  public static func readText(contentsOf path: String) throws(ReadError) -> DecodedText {
    try decode(InputFile.bytes(at: path), name: path)
  }

  /// Reads `bytes` in whatever format they are in and parses them; `name`
  /// is used in errors and to tell Markdown from plain text.
  ///
  /// - Complexity: O(*n*) in the size of the input.
  public static func read(bytes: some Collection<UInt8>, name: String, options: Options = Options()) throws(ReadError)
    -> Document
  {
    try document(from: extract(bytes, name: name, options: options), name: name, options: options)
  }

  /// Turns bytes into lines through the front end of their format.
  static func extract(_ bytes: some Collection<UInt8>, name: String, options: Options) throws(ReadError)
    -> ExtractedText
  {
    switch FormatSniffer.guess(bytes, name: name) {
    case .format(.pdf):
      return try PDFFrontEnd.extract(Data(bytes), name: name)
    case .zip, .format(.docx):
      return try WordFrontEnd.extract(Data(bytes), name: name, revisions: options.revisions)
    case .legacyWord:
      throw ReadError(file: name, reason: .format(.word(.legacyFormat)))
    case .format(.html):
      return try HTMLFrontEnd.extract(Data(bytes), name: name)
    case .format(.markdown):
      return MarkdownFrontEnd.extract(try decode(bytes, name: name).text)
    case .format(.text):
      let decoded = try decode(bytes, name: name)
      return ExtractedText(text: decoded.text, format: .text, layout: .measured, reader: "text")
    }
  }

  private static func decode(_ bytes: some Collection<UInt8>, name: String) throws(ReadError) -> DecodedText {
    do {
      return try TextDecoder.decode(bytes)
    } catch {
      throw ReadError(file: name, reason: .decoding(error))
    }
  }

  private static func document(from extracted: consuming ExtractedText, name: String, options: Options)
    throws(ReadError)
    -> Document
  {
    guard let document = parse(consume extracted, options: options) else {
      throw ReadError(file: name, reason: .noParagraphs)
    }
    return document
  }

  /// Parses decoded text.
  ///
  /// - Returns: The document, or `nil` if the text has no paragraphs.
  /// - Complexity: O(*n*) in the length of the text.
  public static func parse(_ text: String, options: Options = Options()) -> Document? {
    parse(ExtractedText(text: text, format: .text, layout: .measured, reader: "text"), options: options)
  }

  /// Parses what a front end extracted, with the layout it knows.
  static func parse(_ extracted: consuming ExtractedText, options: Options) -> Document? {
    // Contiguous once, so the lines and the furniture marks index it. The
    // text is taken out of `extracted`, so that it can go as soon as the
    // blocks are made.
    var text = extracted.text
    extracted.text = ""
    text.makeContiguousUTF8()
    // Until the paragraphs tell the language, the blocks need only whether
    // the text is Chinese, which its start often settles; the language of
    // the whole text is told only when the paragraphs tell none.
    let textIsCJK =
      options.language?.isCJK ?? LanguageDetector.detectsCJK(text, options: options.languageDetection)
    // Furniture is kept as places in the text until the blocks are gone.
    var furniture: [LineTable.Mark] = []
    var lines = SourceLine.split(text)
    // Only plain text carries page furniture the reader must find itself;
    // the other front ends have removed theirs by structure or position.
    if extracted.layout == .measured {
      removeFurniture(from: &lines, discarded: &furniture, options: options.furniture)
    }
    let layout: Layout
    switch extracted.layout {
    case .measured: layout = Layout(measuring: lines, options: options.layout)
    case .paragraphPerLine: layout = .paragraphPerLine
    case .blankLineSeparated: layout = .blankLineSeparated
    }
    func makeBlocks(isCJK: Bool) -> [Block] {
      let vocabulary = isCJK ? Vocabulary() : Vocabulary(lines: lines)
      var blocks = layout.blocks(from: lines, vocabulary: vocabulary)
      if !extracted.headingLines.isEmpty {
        // Only Word marks headings, and its blocks are one line each.
        for index in blocks.indices where blocks[index].range.contains(where: extracted.headingLines.contains) {
          blocks[index].isHeading = true
        }
      }
      // Most blocks stay whole: they are changed in place, and the array is
      // rebuilt only if one splits.
      var splits: [Int: [Block]] = [:]
      for index in blocks.indices {
        guard let pieces = splitFlattened(blocks[index], options: options.flattenedText) else { continue }
        if pieces.count == 1 { blocks[index] = pieces[0] } else { splits[index] = pieces }
      }
      guard !splits.isEmpty else { return blocks }
      return blocks.indices.flatMap { splits[$0] ?? [blocks[$0]] }
    }
    var blocks = makeBlocks(isCJK: textIsCJK)
    // Each block's label, read once for the detector and the builder.
    var labels: [NumberingLabel?]? = blocks.map { NumberingLabel.recognize(in: Substring($0.text)) }
    // The document's language is that of its paragraphs, not of the site
    // around them.
    let language: Language
    if let forced = options.language {
      language = forced
    } else if let own = LanguageDetector.detect(
      paragraphs: blocks.map(\.text), labelled: labels?.map { $0 != nil }, options: options.languageDetection)
    {
      if own.isCJK != textIsCJK {
        blocks = makeBlocks(isCJK: own.isCJK)
        labels = nil
      }
      language = own
    } else {
      language = LanguageDetector.detect(text, options: options.languageDetection) ?? .english
    }
    // The blocks hold their own text: the lines can go, and the text once
    // the furniture's lines are copied out of it.
    lines = LineTable()
    var discarded = Self.furnitureLines(furniture, in: text)
    furniture = []
    text = ""
    guard !blocks.isEmpty else { return nil }
    let built = {
      var builder = BodyBuilder(
        blocks: blocks, labels: labels, language: language, options: options.body,
        languageDetection: options.languageDetection)
      // The builder holds the blocks alone, and lets each go once used.
      blocks = []
      labels = nil
      builder.build()
      return (frontMatter: builder.frontMatter, paragraphs: builder.paragraphs, discarded: builder.discarded)
    }()
    discarded += built.discarded
    // Text a front end removed itself (site navigation, running headers) is
    // not among the extracted lines: it is given line 0.
    discarded += extracted.discarded.map { SourceLines(text: $0, lines: 0...0) }
    discarded.sort { $0.lines.lowerBound < $1.lines.lowerBound }
    guard !built.paragraphs.isEmpty else { return nil }
    var paragraphs = built.paragraphs
    attach(extracted.notes, to: &paragraphs)
    return Document(
      language: language, frontMatter: built.frontMatter,
      paragraphs: paragraphs, discarded: discarded, format: extracted.format)
  }

  /// The text of the furniture lines at `marks`, copied out of `text`;
  /// lines with the same bytes (a running header repeats on every page)
  /// share one copy.
  ///
  /// - Complexity: O(*n*) in the total length of the lines.
  private static func furnitureLines(_ marks: [LineTable.Mark], in text: String) -> [SourceLines] {
    let shared = text.utf8.withContiguousStorageIfAvailable { bytes in
      var groups = LineBytesGroups()
      var copies: [String] = []
      return marks.map { mark in
        let (group, isNew) = groups.group(of: UnsafeBufferPointer(rebasing: bytes[mark.contentRange]))
        if isNew { copies.append(mark.content(in: text)) }
        return SourceLines(text: copies[group], lines: mark.lineNumber...mark.lineNumber)
      }
    }
    return shared ?? marks.map { SourceLines(text: $0.content(in: text), lines: $0.lineNumber...$0.lineNumber) }
  }

  /// Gives each note to the paragraph whose lines hold the note's line, or
  /// to the last paragraph before it.
  ///
  /// - Complexity: O(*p* + *n* log *p*) for *p* paragraphs and *n* notes.
  private static func attach(_ notes: [ExtractedText.Note], to paragraphs: inout [Paragraph]) {
    guard !paragraphs.isEmpty else { return }
    for note in notes {
      // The last paragraph that starts at or before the note's line.
      var low = 0
      var high = paragraphs.count
      while low < high {
        let mid = (low + high) / 2
        if paragraphs[mid].lines.lowerBound <= note.line { low = mid + 1 } else { high = mid }
      }
      let index = max(0, low - 1)
      paragraphs[index].notes.append(note.mark.map { "\($0) \(note.text)" } ?? note.text)
    }
  }

  /// Drops page furniture; a symbol line near the top is front matter, not
  /// furniture. Blank lines around a dropped line go with it, so a page
  /// break does not break a paragraph.
  ///
  /// The lines kept are moved to the front of `lines` in place, so no
  /// second array of lines is made.
  ///
  /// - Complexity: O(*n*) in the total length of the lines.
  private static func removeFurniture(
    from lines: inout LineTable, discarded: inout [LineTable.Mark], options: PageFurniture.Options
  ) {
    let furniture = PageFurniture(lines: lines, options: options)
    // The lines' bytes are read from a copy of the text (the same storage),
    // as the table itself is changed in the loop.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
      var kept = 0  // `lines[..<kept]` are the lines kept so far
      var seenText = 0
      var droppingBlanks = false
      for index in lines.indices {
        let range = lines.contentRange(at: index)
        if range.count >= 3, bytes[range].allSatisfy(Self.isRuleByte) {
          lines.clearContent(at: index)  // a rule, as in Markdown
        }
        if lines.isBlank(at: index) {
          if !droppingBlanks {
            lines.copyLine(index, to: kept)
            kept += 1
          }
          continue
        }
        seenText += 1
        let nearTop =
          seenText <= options.symbolLinesAtTop && FrontMatterClassifier.symbol(in: lines[index].content) != nil
        if !nearTop, furniture.isFurniture(lineAt: index, of: lines, lead: bytes[range.lowerBound]) {
          discarded.append(lines.mark(index))
          while kept > 0, lines.isBlank(at: kept - 1) { kept -= 1 }
          droppingBlanks = true
          continue
        }
        droppingBlanks = false
        lines.copyLine(index, to: kept)
        kept += 1
      }
      lines.keepFirst(kept)
    }
    let source = lines.source
    // `LineTable` makes its text contiguous, so the copy is never made.
    if source.utf8.withContiguousStorageIfAvailable(scan) == nil { Array(source.utf8).withUnsafeBufferPointer(scan) }
  }

  /// The first UTF-8 bytes of the scalars a bulleted block can start with:
  /// "-", "*", "•" (E2), "·" (C2), "・" (E3) and U+0387 (CE), which is
  /// canonically equivalent to "·".
  private static let bulletLeadBytes: [UInt8] = [0x2D, 0x2A, 0xE2, 0xC2, 0xE3, 0xCE]

  /// Whether `byte` is one of the characters a rule line is drawn with
  /// ("-=_*~", all ASCII).
  private static func isRuleByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "_"), UInt8(ascii: "*"), UInt8(ascii: "~"): true
    default: false
    }
  }

  /// Splits a block that holds a flattened run of paragraphs; `nil` when
  /// the block stays as it is (most blocks: no bullet, and too short to
  /// split).
  private static func splitFlattened(_ block: Block, options: FlattenedText.Options) -> [Block]? {
    guard let lead = block.text.utf8.first,
      Self.bulletLeadBytes.contains(lead) || block.text.unicodeScalars.hasAtLeast(options.minimumLength)
    else { return nil }
    var text = block.text
    // `hasPrefix` compares characters by canonical equivalence, which is
    // slow; a text can start with a bullet only if its first byte starts
    // one of them or U+0387 (canonically U+00B7).
    if let first = text.utf8.first, Self.bulletLeadBytes.contains(first) {
      for bullet in ["- ", "• ", "· ", "* ", "・"] where text.hasPrefix(bullet) {
        text = String(text.dropFirst(bullet.count))
      }
    }
    let pieces = FlattenedText.split(text, options: options)
    return pieces.map { Block(range: block.range, text: $0, isHeading: block.isHeading && pieces.count == 1) }
  }

  /// Reads a file as one segment per line, as the standard test sets and
  /// `align pair --segmented` have them: lines end at LF, CR LF, CR or a
  /// Unicode line or paragraph separator (`SourceLine.split`, so "a\r\nb\r\n"
  /// is two segments), surrounding spaces are trimmed, and a blank line is
  /// an empty segment (segment ids are line numbers minus one).
  ///
  /// - Parameters:
  ///   - path: The file, or `-` for standard input.
  ///   - language: The language, or `nil` to detect it from the text.
  /// - Throws: `ReadError` naming `path`: unreadable, undecodable, or with no
  ///   text to detect a language in.
  /// - Complexity: O(*n*) in the size of the file.
  public static func readSegments(
    contentsOf path: String, language: Language? = nil
  ) throws(ReadError) -> (language: Language, segments: [String]) {
    let decoded = try readText(contentsOf: path)
    let segments = SourceLine.split(decoded.text).map { String($0.content) }
    guard let language = language ?? Language.detect(in: decoded.text) else {
      throw ReadError(file: path, reason: .noParagraphs)
    }
    return (language, segments)
  }
}
