/// What a format front end hands the reader: text as lines, and what the
/// format told it about the layout of those lines.
///
/// Every front end (PDF, Word, HTML, Markdown) turns its bytes into this
/// one value; `DocumentReader` turns it into a `Document` the same way for
/// all of them. Line numbers in the document refer to the lines of `text`.
struct ExtractedText: Sendable {
  /// How the lines of `text` make paragraphs.
  enum Layout: Sendable, Equatable {
    /// Unknown: the reader measures it, as for plain text.
    case measured
    /// Each non-blank line is one paragraph (Word, HTML).
    case paragraphPerLine
    /// Blank lines separate paragraphs; the lines between them are joined,
    /// CJK without a space, Latin with one and de-hyphenated (PDF,
    /// Markdown).
    case blankLineSeparated
  }

  /// A note kept out of the body (a footnote), attached to the paragraph
  /// that holds line `line`.
  struct Note: Sendable, Hashable {
    /// The 1-based line of `text` the note belongs to.
    var line: Int
    /// The note's mark as printed ("1", "*"), if any.
    var mark: String?
    var text: String
  }

  var text: String
  var format: SourceFormat
  var layout: Layout
  var notes: [Note] = []
  /// Lines the format marks as headings (a Word heading style), which the
  /// reader takes as headings even without a label such as "第一章".
  var headingLines: Set<Int> = []
  /// Text the front end kept out of the body itself (running headers and
  /// footers, page numbers, site navigation), for `Document.discarded`.
  var discarded: [String] = []
  /// What read it, for the JSON output: "pdftotext -bbox-layout".
  var reader: String
}
