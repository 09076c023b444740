/// One unit of a document's body: a heading, an unnumbered paragraph, a
/// numbered paragraph or article, or a numbered sub-paragraph or item.
public struct Paragraph: Sendable, Hashable, Codable {
  /// What role the paragraph plays in the document's structure.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A division heading: 第一章 总纲, CHAPTER I, 第一节.
    case heading
    /// A body paragraph without a number, such as a preambular paragraph.
    case unnumbered
    /// A numbered paragraph or article: "1.", 第十五条, "Article 5".
    case numbered
    /// A numbered subdivision of a numbered paragraph: "(a)", （一）, "(i)".
    case subparagraph
  }

  /// The numbering label as written in the source ("1.", "(a)", "第十五条",
  /// "（一）", "Article 5"), or `nil` for an unnumbered paragraph.
  public var label: String?
  /// The canonical numbering path: `["15", "a"]` for 15 (a), `["201"]` for
  /// 第二百零一条, `["ch", "1"]` for 第一章. Empty for an unnumbered paragraph.
  public var path: [String]
  public var kind: Kind
  /// The text with its label removed and its lines joined. Breaks inside one
  /// numbered unit (the 款 of a Chinese article) are kept as "\n".
  public var text: String
  /// The 1-based, inclusive range of source lines the paragraph came from.
  public var lines: ClosedRange<Int>
  /// Notes kept out of the text (a PDF's or Word file's footnotes), in the
  /// order of their marks.
  public var notes: [String]

  public init(
    label: String?, path: [String], kind: Kind, text: String,
    lines: ClosedRange<Int>, notes: [String] = []
  ) {
    self.label = label
    self.path = path
    self.kind = kind
    self.text = text
    self.lines = lines
    self.notes = notes
  }
}
