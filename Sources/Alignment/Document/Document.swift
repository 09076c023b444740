/// A legal text read into an ordered list of numbered paragraphs.
///
/// `Document` is the value every later stage consumes: the aligner pairs the
/// paragraphs of two language versions, the differ matches the paragraphs of
/// two revisions. It holds no reference back to the bytes it was read from,
/// only line ranges into them.
public struct Document: Sendable, Hashable, Codable {
  /// The detected (or forced) language of the text.
  public var language: Language
  /// Lines before the body: title, symbol, adoption line, "The Security Council,".
  public var frontMatter: FrontMatter
  /// The body, in reading order.
  public var paragraphs: [Paragraph]
  /// Lines recognised as page furniture, navigation or licence text and kept
  /// out of the body, with their source line ranges.
  public var discarded: [SourceLines]
  /// The format the document was read from; line numbers refer to the
  /// lines of the text its front end extracted (the file itself for text).
  public var format: SourceFormat

  public init(
    language: Language,
    frontMatter: FrontMatter = FrontMatter(),
    paragraphs: [Paragraph],
    discarded: [SourceLines] = [],
    format: SourceFormat = .text
  ) {
    self.language = language
    self.frontMatter = frontMatter
    self.paragraphs = paragraphs
    self.discarded = discarded
    self.format = format
  }
}

/// Front matter of a document: everything before the first body paragraph.
public struct FrontMatter: Sendable, Hashable, Codable {
  /// Title lines such as "Resolution 2482 (2019)" or "中华人民共和国宪法".
  public var title: String?
  /// The document symbol, such as "S/RES/2482 (2019)".
  public var symbol: String?
  /// "Adopted by the Security Council at its 8582nd meeting, on 19 July 2019".
  public var adoption: String?
  /// The addressing line: "The Security Council," / "安全理事会，".
  public var author: String?
  /// All front-matter lines in order, including the ones classified above.
  public var lines: [SourceLines]

  public init(
    title: String? = nil, symbol: String? = nil, adoption: String? = nil,
    author: String? = nil, lines: [SourceLines] = []
  ) {
    self.title = title
    self.symbol = symbol
    self.adoption = adoption
    self.author = author
    self.lines = lines
  }
}

/// A run of source text with the 1-based, inclusive line range it came from.
public struct SourceLines: Sendable, Hashable, Codable {
  public var text: String
  public var lines: ClosedRange<Int>

  public init(text: String, lines: ClosedRange<Int>) {
    self.text = text
    self.lines = lines
  }
}
