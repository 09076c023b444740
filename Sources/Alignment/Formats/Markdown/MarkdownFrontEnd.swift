/// Reads Markdown: headings, lists, emphasis and links stripped to text.
///
/// A small line-oriented converter, not a full CommonMark parser: block
/// structure comes from `MarkdownBlockScanner`, inline markup is stripped
/// by `MarkdownInline`. The output has one block per heading, list item,
/// table row, quoted or plain paragraph, blocks separated by a blank line
/// (layout `.blankLineSeparated`), so the reader joins the hard-wrapped
/// lines of a paragraph (Chinese without a space, Latin with one).
///
/// A Markdown ordered-list marker ("1.", "2)") is kept: in a resolution or
/// law it is the paragraph's number, and the reader reads it as the label.
/// A bullet marker (`-`, `*`, `+`) is dropped.
enum MarkdownFrontEnd {
  /// - Complexity: O(*n*) in the length of the text.
  static func extract(_ text: String) -> ExtractedText {
    let scanned = MarkdownBlockScanner.scan(text)
    let body = scanned.blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    return ExtractedText(
      text: body, format: .markdown, layout: .blankLineSeparated,
      discarded: scanned.discarded, reader: "markdown")
  }
}
