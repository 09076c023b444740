/// Puts the pieces together: rows of every page, furniture and footnotes
/// taken out, paragraphs separated by blank lines, notes tied to the line
/// that holds their mark.
struct PDFTextAssembler {
  let pages: [PDFPage]
  let options: PDFLayoutOptions

  /// - Complexity: O(*n* log *n*) in the number of words.
  func extracted() -> ExtractedText {
    let rows = pages.map { page in
      PDFColumns.segments(of: page, options: options).flatMap { segment in
        PDFRow.rows(of: segment.lines, page: page.number, column: segment.column, options: options)
      }
    }
    let furniture = PDFRunningFurniture(pages: rows, heights: pages.map(\.height), options: options)
    var discarded: [String] = []
    var pageRows: [[PDFRow]] = []
    for (pageIndex, page) in rows.enumerated() {
      var kept: [PDFRow] = []
      for (index, row) in page.enumerated() {
        if furniture.isFurniture(page: pageIndex, row: index) {
          discarded.append(row.text)
        } else {
          kept.append(row)
        }
      }
      pageRows.append(kept)
    }
    let em = Self.median(pageRows.joined().map(\.lineHeight)) ?? 10
    let pitch = Self.pitch(pageRows, em: em)

    // Footnotes out of the body, page by page.
    var body: [PDFRow] = []
    var pageNotes: [(page: Int, notes: [PDFFootnotes.Footnote])] = []
    for (pageIndex, page) in pageRows.enumerated() {
      let height = pages[pageIndex].height
      let zone = PDFFootnotes.zone(in: page, pageHeight: height, em: em, pitch: pitch, options: options)
      if let separator = zone.separator { discarded.append(separator) }
      for (index, row) in page.enumerated() where !zone.rows.contains(index) { body.append(row) }
      if !zone.notes.isEmpty { pageNotes.append((pageIndex + 1, zone.notes)) }
    }

    // Paragraphs: one row a line, a blank line before each new paragraph.
    let paragraphs = PDFParagraphs(rows: body, em: em, pitch: pitch, options: options)
    var lines: [String] = []
    lines.reserveCapacity(body.count * 2)
    var rowLine: [Int] = []  // the 1-based output line of each body row
    rowLine.reserveCapacity(body.count)
    var start = 0
    for (index, row) in body.enumerated() {
      if index > 0, paragraphs.startsParagraph(row, after: body[index - 1], paragraphStart: body[start]) {
        lines.append("")
        start = index
      }
      lines.append(row.text)
      rowLine.append(lines.count)
    }

    var notes: [ExtractedText.Note] = []
    for (page, footnotes) in pageNotes {
      for footnote in footnotes {
        notes.append(
          ExtractedText.Note(
            line: line(for: footnote.mark, page: page, body: body, rowLine: rowLine),
            mark: footnote.mark, text: footnote.text))
      }
    }
    notes.sort { $0.line < $1.line }
    return ExtractedText(
      text: lines.joined(separator: "\n"), format: .pdf, layout: .blankLineSeparated,
      notes: notes, discarded: discarded, reader: PDFFrontEnd.reader)
  }

  /// The line that holds the reference to a footnote: the body row on its
  /// page with the same superscript mark, else the page's last body row
  /// (else the last row before it).
  private func line(for mark: String?, page: Int, body: [PDFRow], rowLine: [Int]) -> Int {
    var last: Int?
    for (index, row) in body.enumerated() {
      if row.page > page { break }
      last = index
      if row.page == page, let mark, row.marks.contains(where: { $0.text == mark && !$0.leading }) {
        return rowLine[index]
      }
    }
    return last.map { rowLine[$0] } ?? 1
  }

  static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
  }

  /// The usual distance from one row's top to the next one's, within a
  /// column: the median over steps between half an em and three ems.
  static func pitch(_ pages: [[PDFRow]], em: Double) -> Double {
    var steps: [Double] = []
    for page in pages {
      for (previous, row) in zip(page, page.dropFirst()) where row.column == previous.column {
        let step = row.box.yMin - previous.box.yMin
        if step > 0.5 * em, step < 3 * em { steps.append(step) }
      }
    }
    return median(steps) ?? em * 1.2
  }
}
