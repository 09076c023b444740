/// The tunables of the PDF front end's geometry, in one place. Lengths are
/// in ems (the document's median line height) unless they say otherwise.
struct PDFLayoutOptions: Sendable {
  /// Words closer than this (times the smaller word's height) are one word
  /// ("S" "/2024/400"); farther apart, Latin words get a space.
  var spaceGap = 0.1
  /// Beside a CJK character only a wider gap is a space (the space after
  /// "第十二条" is half an em; pdftotext's word breaks between CJK runs and
  /// digits, "2016 年", are a quarter).
  var cjkSpaceGap = 0.35
  /// Words of one row farther apart than this start a separate piece (the
  /// page number and the job number on one footer row).
  var pieceGap = 3.0
  /// A word smaller than this share of its row's height, sitting above the
  /// row's baseline, is a superscript (a footnote mark).
  var superscriptHeight = 0.75
  /// Lines sharing at least this share of the smaller one's height are one
  /// row.
  var rowOverlap = 0.5
  /// A row starting this far right of the column's left edge is a first-line
  /// indent.
  var indent = 0.8
  /// Row edges this close (in points) are the same margin.
  var sharedEdge = 1.0
  /// A row ending this far short of the column's right edge ends its
  /// paragraph.
  var shortLine = 3.0
  /// A row more than this many times the usual line pitch below the previous
  /// one starts a paragraph.
  var paragraphGap = 1.35
  /// Rows with space on both sides of at least this, balanced to within
  /// `centredBalance` of the column width, are centred (headings).
  var centredMargin = 2.0
  var centredBalance = 0.05
  /// Only rows in this share of the page's height at its top or bottom can
  /// be running headers, footers or page numbers…
  var furnitureBand = 0.15
  /// …and only this many rows at each end of a page.
  var furnitureRows = 3
  /// A header or footer is text repeated (digits aside) in the same band on
  /// at least this share of pages (and on two pages at least).
  var repeatedShare = 0.4
  /// Footnote rows are smaller than this share of the body's line height
  /// (when no separator rule marks them).
  var footnoteHeight = 0.88
  /// The middle share of the page searched for a column gutter.
  var gutterSearch = 0.4
  /// A gutter may be crossed by this share of a page's lines (spanning
  /// headings).
  var gutterCrossing = 0.15
  /// Each column of a two-column page has at least this many lines.
  var columnLines = 5
  /// A PDF whose pages hold fewer than this many characters of text on
  /// average has no text layer.
  var textPerPage = 1.0
  /// `%%EOF` must appear within this many bytes of the end.
  var endMarkerWindow = 4096
}
