/// Decides where paragraphs start from the geometry of body rows: a
/// first-line indent (unless the row continues an indented item), a gap wider than the usual line pitch, a centred row
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

  /// Measures each column's margins on its body rows: the leftmost left
  /// edge and the rightmost right edge that at least two rows share (so a
  /// masthead's document symbol or one line of hanging punctuation does not
  /// move the margin), or the extremes when no two rows share one.
  ///
  /// - Complexity: O(*n* log *n*) in the number of rows.
  init(rows: [PDFRow], em: Double, pitch: Double, options: PDFLayoutOptions) {
    var edges: [ColumnKey: (lefts: [Double], rights: [Double])] = [:]
    for row in rows {
      let key = ColumnKey(page: row.page, column: row.column)
      edges[key, default: ([], [])].lefts.append(row.box.xMin)
      edges[key, default: ([], [])].rights.append(row.box.xMax)
    }
    var margins: [ColumnKey: Margins] = [:]
    for (key, value) in edges {
      let lefts = value.lefts.sorted()
      let rights = value.rights.sorted()
      let left = zip(lefts, lefts.dropFirst()).first { $1 - $0 <= options.sharedEdge }?.0 ?? lefts[0]
      let right =
        zip(rights, rights.dropFirst()).reversed().first { $1 - $0 <= options.sharedEdge }?.1
        ?? rights[rights.count - 1]
      margins[key] = Margins(left: left, right: right)
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
      && abs(left - right) <= max(em, options.centredBalance * (edges.right - edges.left))
  }

  /// Whether `row` starts a paragraph after `previous`, in the paragraph
  /// that `start` opened.
  func startsParagraph(_ row: PDFRow, after previous: PDFRow, paragraphStart start: PDFRow) -> Bool {
    // A centred row stands alone; one sharing its left edge with its
    // neighbour is the short last row of an indented block instead.
    let aligned = abs(row.box.xMin - previous.box.xMin) <= options.indent * em
    if !aligned, isCentred(row) || isCentred(previous) { return true }
    let previousEdges = margins(of: previous)
    if previousEdges.right - previous.box.xMax > options.shortLine * em { return true }
    let edges = margins(of: row)
    if row.box.xMin - edges.left > options.indent * em {
      // An indented row is a first-line indent, except in an indented block:
      // a Latin item set in from the margin under its label ("(i) …", its
      // continuation at the same indent below it) that this row does not
      // open anew with a label of its own.
      let sameBlock = aligned && row.page == previous.page && row.column == previous.column
      if !sameBlock || !Self.opensIndentedBlock(start) || NumberingLabel.recognize(in: Substring(row.text)) != nil {
        return true
      }
    }
    if row.page == previous.page, row.column == previous.column,
      row.box.yMin - previous.box.yMin > options.paragraphGap * pitch
    {
      return true
    }
    return false
  }

  /// Whether a paragraph opening with `row` can be an indented block: it
  /// opens with a numbering label in Latin text ("(i)", "(a)", "1.").
  /// Chinese items ("第十一条", "（一）") are set with first-line indents.
  static func opensIndentedBlock(_ row: PDFRow) -> Bool {
    guard let first = row.text.unicodeScalars.first, !first.joinsWithoutSpace else { return false }
    return NumberingLabel.recognize(in: Substring(row.text)) != nil
  }
}
