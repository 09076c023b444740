/// Finds the footnotes at the bottom of a page: the rows below a separator
/// rule ("__________"), or, with no rule, a run of bottom rows set smaller
/// than the body, below a gap and opening with a mark. Each footnote starts
/// at a row that opens with its mark (a superscript, or "1" / "*" set apart).
enum PDFFootnotes {
  struct Footnote: Sendable, Hashable {
    var mark: String?
    var text: String
  }

  /// What one page's bottom holds.
  struct Zone: Sendable {
    /// Rows (indices into the page's rows) that are footnotes or the rule.
    var rows: Set<Int> = []
    var separator: String?
    var notes: [Footnote] = []
  }

  /// - Parameters:
  ///   - rows: One page's rows without furniture, in reading order.
  ///   - em: The body's line height; `pitch`, its usual line pitch.
  /// - Complexity: O(*n* log *n*) in the page's rows.
  static func zone(
    in rows: [PDFRow], pageHeight: Double, em: Double, pitch: Double, options: PDFLayoutOptions
  ) -> Zone {
    let byY = rows.indices.sorted { (rows[$0].box.yMin, rows[$0].box.xMin) < (rows[$1].box.yMin, rows[$1].box.xMin) }
    var zone = Zone()
    var footnoteRows: [Int] = []
    if let rule = byY.last(where: { rows[$0].box.yMin > pageHeight / 2 && isRule(rows[$0].text) }) {
      zone.rows.insert(rule)
      zone.separator = rows[rule].text
      footnoteRows = byY.filter { rows[$0].box.yMin >= rows[rule].box.yMax - 0.5 }
        .filter { $0 != rule }
    } else {
      // Bottom-up run of small rows.
      var run: [Int] = []
      for index in byY.reversed() {
        guard rows[index].lineHeight < options.footnoteHeight * em else { break }
        run.append(index)
      }
      run.reverse()
      guard let top = run.first, opensWithMark(rows[top]) else { return zone }
      if let above = byY.last(where: { rows[$0].box.yMax <= rows[top].box.yMin && !run.contains($0) }) {
        guard rows[top].box.yMin - rows[above].box.yMin > options.paragraphGap * pitch else { return zone }
      }
      footnoteRows = run
    }
    guard !footnoteRows.isEmpty else { return zone }
    var current: (mark: String?, lines: [Substring])?
    for index in footnoteRows {
      zone.rows.insert(index)
      let row = rows[index]
      var text = Substring(row.text)
      var mark: String?
      if let first = row.marks.first, first.leading {
        mark = first.text
      } else if let shape = row.leadingMarkShape {
        mark = shape
        text = text.dropFirst(shape.count).trimmingSpaces()
      }
      if let mark {
        if let current { zone.notes.append(footnote(current)) }
        current = (mark, [text])
      } else if current != nil {
        current?.lines.append(text)
      } else {
        current = (nil, [text])
      }
    }
    if let current { zone.notes.append(footnote(current)) }
    return zone
  }

  private static func footnote(_ part: (mark: String?, lines: [Substring])) -> Footnote {
    Footnote(mark: part.mark, text: LineJoiner.join(part.lines, vocabulary: Vocabulary()))
  }

  private static func opensWithMark(_ row: PDFRow) -> Bool {
    (row.marks.first?.leading ?? false) || row.leadingMarkShape != nil
  }

  /// A footnote separator: five or more rule characters and nothing else.
  static func isRule(_ text: String) -> Bool {
    let scalars = text.unicodeScalars.filter { !$0.isSpace }
    return scalars.count >= 5 && scalars.allSatisfy { "_—–-─━‐".unicodeScalars.contains($0) }
  }
}
