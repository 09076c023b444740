/// Decides where paragraphs start from the geometry of body rows: a
/// first-line indent, a gap wider than the usual line pitch, a centred row
/// (a heading, a paragraph of its own), or a previous row that ends short
/// of the right margin. A page or column break alone is not a paragraph
/// break, so a paragraph running across pages stays one.
struct PDFParagraphs {
  /// The left and right edges of the text of one column of one page.
  struct Margins {
    var left: Double
    var right: Double
  }

  struct ColumnKey: Hashable {
    var page: Int
    var column: Int
  }

  let options: PDFLayoutOptions
  let em: Double
  let pitch: Double
  let margins: [ColumnKey: Margins]

  /// Measures each column's margins on its body rows.
  ///
  /// - Complexity: O(*n*) in the number of rows.
  init(rows: [PDFRow], em: Double, pitch: Double, options: PDFLayoutOptions) {
    var margins: [ColumnKey: Margins] = [:]
    for row in rows {
      let key = ColumnKey(page: row.page, column: row.column)
      if var known = margins[key] {
        known.left = min(known.left, row.box.xMin)
        known.right = max(known.right, row.box.xMax)
        margins[key] = known
      } else {
        margins[key] = Margins(left: row.box.xMin, right: row.box.xMax)
      }
    }
    self.margins = margins
    self.em = em
    self.pitch = pitch
    self.options = options
  }

  private func margins(of row: PDFRow) -> Margins {
    margins[ColumnKey(page: row.page, column: row.column)] ?? Margins(left: row.box.xMin, right: row.box.xMax)
  }

  /// Whether `row` is centred in its column (a heading).
  func isCentred(_ row: PDFRow) -> Bool {
    let edges = margins(of: row)
    let left = row.box.xMin - edges.left
    let right = edges.right - row.box.xMax
    let limit = options.centredMargin * em
    return left > limit && right > limit
      && abs(left - right) <= max(limit, options.centredBalance * (edges.right - edges.left))
  }

  /// Whether `row` starts a paragraph after `previous`.
  func startsParagraph(_ row: PDFRow, after previous: PDFRow) -> Bool {
    if isCentred(row) || isCentred(previous) { return true }
    let edges = margins(of: row)
    if row.box.xMin - edges.left > options.indent * em { return true }
    let previousEdges = margins(of: previous)
    if previousEdges.right - previous.box.xMax > options.shortLine * em { return true }
    if row.page == previous.page, row.column == previous.column,
      row.box.yMin - previous.box.yMin > options.paragraphGap * pitch
    {
      return true
    }
    return false
  }
}
