import Foundation

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
    /// Use this language instead of detecting it.
    public var language: Language?

    public init(language: Language? = nil) {
      self.language = language
    }
  }

  /// Reads and parses the file at `path`.
  ///
  /// - Throws: `ReadError` naming `path`: missing, a directory, unreadable,
  ///   undecodable, empty, binary, or without paragraphs.
  /// - Complexity: O(*n*) in the size of the file.
  public static func read(contentsOf path: String, options: Options = Options()) throws(ReadError) -> Document {
    try document(from: readText(contentsOf: path), name: path, options: options)
  }

  /// Reads and decodes the file at `path` without parsing it (for input
  /// that is already one segment per line).
  ///
  /// - Throws: `ReadError` naming `path`: missing, a directory, unreadable,
  ///   undecodable, empty or binary.
  /// - Complexity: O(*n*) in the size of the file.
  public static func readText(contentsOf path: String) throws(ReadError) -> DecodedText {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ReadError(file: path, reason: .notFound)
    }
    if isDirectory.boolValue { throw ReadError(file: path, reason: .isDirectory) }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    } catch {
      let reason = FileManager.default.isReadableFile(atPath: path) ? "\(error.localizedDescription)" : "permission denied"
      throw ReadError(file: path, reason: .unreadable(reason))
    }
    return try decode(data, name: path)
  }

  /// Decodes `bytes` and parses them; `name` is used in errors.
  public static func read(bytes: some Collection<UInt8>, name: String, options: Options = Options()) throws(ReadError) -> Document {
    try document(from: decode(bytes, name: name), name: name, options: options)
  }

  private static func decode(_ bytes: some Collection<UInt8>, name: String) throws(ReadError) -> DecodedText {
    do {
      return try TextDecoder.decode(bytes)
    } catch {
      throw ReadError(file: name, reason: .decoding(error))
    }
  }

  private static func document(from decoded: DecodedText, name: String, options: Options) throws(ReadError) -> Document {
    guard let document = parse(decoded.text, options: options) else {
      throw ReadError(file: name, reason: .noParagraphs)
    }
    return document
  }

  /// Parses decoded text.
  ///
  /// - Returns: The document, or `nil` if the text has no paragraphs.
  /// - Complexity: O(*n*) in the length of the text.
  public static func parse(_ text: String, options: Options = Options()) -> Document? {
    let language = options.language ?? LanguageDetector.detect(text) ?? .english
    var discarded: [SourceLines] = []
    let lines = removingFurniture(SourceLine.split(text), discarded: &discarded)
    let layout = Layout(measuring: lines)
    let vocabulary = language.isCJK ? Vocabulary() : Vocabulary(lines: lines)
    let blocks = layout.blocks(from: lines, vocabulary: vocabulary).flatMap(splitFlattened)
    guard !blocks.isEmpty else { return nil }
    var builder = BodyBuilder(blocks: blocks)
    builder.build()
    discarded += builder.discarded
    discarded.sort { $0.lines.lowerBound < $1.lines.lowerBound }
    guard !builder.paragraphs.isEmpty else { return nil }
    return Document(
      language: language, frontMatter: builder.frontMatter,
      paragraphs: builder.paragraphs, discarded: discarded)
  }

  /// Drops page furniture; a symbol line near the top is front matter, not
  /// furniture. Blank lines around a dropped line go with it, so a page
  /// break does not break a paragraph.
  private static func removingFurniture(_ lines: [SourceLine], discarded: inout [SourceLines]) -> [SourceLine] {
    let furniture = PageFurniture(lines: lines)
    var kept: [SourceLine] = []
    kept.reserveCapacity(lines.count)
    var seenText = 0
    var droppingBlanks = false
    for var line in lines {
      if line.content.unicodeScalars.count >= 3,
        line.content.unicodeScalars.allSatisfy({ "-=_*~".unicodeScalars.contains($0) })
      {
        line.content = line.content[line.content.endIndex...]  // a rule, as in Markdown
      }
      if line.isBlank {
        if !droppingBlanks { kept.append(line) }
        continue
      }
      seenText += 1
      let nearTop = seenText <= 8 && FrontMatterClassifier.symbol(in: line.content) != nil
      if !nearTop, furniture.isFurniture(line) {
        discarded.append(SourceLines(text: String(line.content), lines: line.number...line.number))
        while let last = kept.last, last.isBlank { kept.removeLast() }
        droppingBlanks = true
        continue
      }
      droppingBlanks = false
      kept.append(line)
    }
    return kept
  }

  /// Splits a block that holds a flattened run of paragraphs.
  private static func splitFlattened(_ block: Block) -> [Block] {
    var text = block.text
    for bullet in ["- ", "• ", "· ", "* ", "・"] where text.hasPrefix(bullet) {
      text = String(text.dropFirst(bullet.count))
    }
    let pieces = FlattenedText.split(text)
    return pieces.map { Block(lines: block.lines, text: $0) }
  }
}
