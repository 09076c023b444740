/// The kind of file a document was read from.
public enum SourceFormat: String, Sendable, Hashable, Codable, CaseIterable {
  /// Plain text in UTF-8, UTF-16 or GB18030: extracted, typed or copied.
  case text
  /// Markdown: headings, lists and emphasis markers are stripped.
  case markdown
  /// An HTML page: the document's own text, without the site around it.
  case html
  /// A Word document (Office Open XML, `.docx`).
  case docx
  /// A PDF with a text layer, read through Poppler's `pdftotext`.
  case pdf
}
