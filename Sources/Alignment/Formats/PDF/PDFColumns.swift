/// Finds two-column pages and puts their lines in reading order: down the
/// left column, then down the right, with lines that span the gutter (a
/// title, a full-width heading) cutting the page into bands read in turn.
enum PDFColumns {
  /// A run of lines read together, with the column they belong to: 0 for a
  /// single-column page or a spanning line, 1 and 2 for the left and right
  /// columns.
  struct Segment {
    var column: Int
    var lines: [PDFLine]
  }

  /// - Complexity: O(*n* log *n* + *w*) for *n* lines on a page *w* points
  ///   wide.
  static func segments(of page: PDFPage, options: PDFLayoutOptions) -> [Segment] {
    guard let gutter = gutter(of: page, options: options) else {
      return [Segment(column: 0, lines: page.lines)]
    }
    let sorted = page.lines.sorted { $0.box.yMin < $1.box.yMin }
    var segments: [Segment] = []
    var left: [PDFLine] = []
    var right: [PDFLine] = []
    func flush() {
      if !left.isEmpty { segments.append(Segment(column: 1, lines: left)) }
      if !right.isEmpty { segments.append(Segment(column: 2, lines: right)) }
      left = []
      right = []
    }
    for line in sorted {
      if line.box.xMax <= gutter {
        left.append(line)
      } else if line.box.xMin >= gutter {
        right.append(line)
      } else {
        flush()
        segments.append(Segment(column: 0, lines: [line]))
      }
    }
    flush()
    return segments
  }

  /// The x of the gutter of a two-column page, or `nil` for one column:
  /// the least-crossed point of the page's middle, when few lines cross it,
  /// enough lie on each side, and the two sides stand side by side rather
  /// than one above the other.
  static func gutter(of page: PDFPage, options: PDFLayoutOptions) -> Double? {
    let lines = page.lines
    guard lines.count >= 2 * options.columnLines, page.width > 0 else { return nil }
    let bins = Int(page.width.rounded(.up)) + 1
    // Coverage by difference array: +1 where a line starts, -1 past its end.
    var delta = [Int](repeating: 0, count: bins + 1)
    for line in lines {
      let start = max(0, min(bins - 1, Int(line.box.xMin.rounded(.down))))
      let end = max(0, min(bins - 1, Int(line.box.xMax.rounded(.up))))
      delta[start] += 1
      delta[end + 1] -= 1
    }
    let low = Int(page.width * (0.5 - options.gutterSearch / 2))
    let high = Int(page.width * (0.5 + options.gutterSearch / 2))
    var coverage = 0
    var best: (x: Int, count: Int)?
    for x in 0..<bins {
      coverage += delta[x]
      if x >= low, x <= high, best == nil || coverage < best?.count ?? 0 {
        best = (x, coverage)
      }
    }
    guard let best, Double(best.count) <= options.gutterCrossing * Double(lines.count) else { return nil }
    let x = Double(best.x)
    let leftLines = lines.filter { $0.box.xMax <= x }
    let rightLines = lines.filter { $0.box.xMin >= x }
    guard leftLines.count >= options.columnLines, rightLines.count >= options.columnLines else { return nil }
    // Side by side: most right-column lines share a height band with the
    // left column.
    guard let leftTop = leftLines.map(\.box.yMin).min(), let leftBottom = leftLines.map(\.box.yMax).max()
    else { return nil }
    let beside = rightLines.filter { $0.box.yMax > leftTop && $0.box.yMin < leftBottom }.count
    return beside * 2 >= rightLines.count ? x : nil
  }
}
