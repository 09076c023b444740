/// A visual line of one column of a page: the pdftotext lines that share a
/// baseline, cut into pieces where a wide gap separates them. The unit the
/// front end classifies as body, furniture or footnote.
struct PDFRow: Sendable {
  /// The words, left to right, without superscript marks.
  var words: [PDFWord]
  /// Superscript footnote marks in the row ("1", "*"), left to right, and
  /// whether each came before every other word (a footnote's own mark).
  var marks: [(text: String, leading: Bool)]
  var box: PDFBox
  var page: Int
  var column: Int
  /// The height of the row's ordinary (not superscript) words.
  var lineHeight: Double
  /// The words joined: CJK without spaces, Latin with one where the gap
  /// is a space.
  var text: String

  /// The first word's text, if it is a mark's shape: 1-3 digits or
  /// `*`, `†`, `‡`.
  var leadingMarkShape: String? {
    guard let first = words.first?.text, words.count > 1 else { return nil }
    return Self.isMark(first) ? first : nil
  }

  static func isMark(_ text: String) -> Bool {
    guard !text.isEmpty, text.count <= 3 else { return false }
    return text.allSatisfy { $0.isASCIIDigit } || text.allSatisfy { "*†‡§".contains($0) }
  }
}

extension PDFRow {
  /// Groups one column's lines into rows (top to bottom, pieces left to
  /// right).
  ///
  /// - Complexity: O(*n* log *n*) in the number of words.
  static func rows(
    of lines: [PDFLine], page: Int, column: Int, options: PDFLayoutOptions
  ) -> [PDFRow] {
    let sorted = lines.sorted { ($0.box.yMin, $0.box.xMin) < ($1.box.yMin, $1.box.xMin) }
    var groups: [(box: PDFBox, words: [PDFWord])] = []
    for line in sorted {
      if var last = groups.last {
        let overlap = last.box.verticalOverlap(line.box)
        if overlap >= options.rowOverlap * min(last.box.height, line.box.height) {
          last.box = last.box.union(line.box)
          last.words += line.words
          groups[groups.count - 1] = last
          continue
        }
      }
      groups.append((line.box, line.words))
    }
    var rows: [PDFRow] = []
    rows.reserveCapacity(groups.count)
    for group in groups {
      let words = group.words.sorted { $0.box.xMin < $1.box.xMin }
      let height = medianHeight(words)
      var piece: [PDFWord] = []
      for word in words {
        if let previous = piece.last, word.box.xMin - previous.box.xMax > options.pieceGap * height {
          rows.append(row(piece, page: page, column: column, options: options))
          piece = []
        }
        piece.append(word)
      }
      if !piece.isEmpty { rows.append(row(piece, page: page, column: column, options: options)) }
    }
    return rows
  }

  private static func medianHeight(_ words: [PDFWord]) -> Double {
    let heights = words.map(\.box.height).sorted()
    return heights.isEmpty ? 0 : heights[heights.count / 2]
  }

  /// One piece: superscript marks taken out, words joined.
  private static func row(_ words: [PDFWord], page: Int, column: Int, options: PDFLayoutOptions) -> PDFRow {
    // The tallest words set the row's size and baseline; a footnote row's
    // leading mark is smaller than its text, as is an in-line reference.
    let height = words.map(\.box.height).max() ?? 0
    let baseline =
      words.filter { $0.box.height >= height * options.superscriptHeight }
      .map(\.box.yMax).max() ?? 0
    var kept: [PDFWord] = []
    var marks: [(text: String, leading: Bool)] = []
    for word in words {
      let small = word.box.height < height * options.superscriptHeight
      let raised = word.box.yMax < baseline - 0.15 * height
      if small, raised, isMark(word.text) {
        marks.append((word.text, kept.isEmpty))
      } else {
        kept.append(word)
      }
    }
    if kept.isEmpty {  // a row of marks only: keep them as text
      kept = words
      marks = []
    }
    let box = kept.dropFirst().reduce(kept[0].box) { $0.union($1.box) }
    return PDFRow(
      words: kept, marks: marks, box: box, page: page, column: column,
      lineHeight: medianHeight(kept), text: joined(kept, options: options))
  }

  /// Joins words: one space where the gap is a space, none otherwise
  /// ("S" "/2024/400"). Beside CJK text the gap must be wider: pdftotext
  /// breaks words between CJK runs and digits ("2016" "年") where the text
  /// has no space.
  static func joined(_ words: [PDFWord], options: PDFLayoutOptions) -> String {
    var text = ""
    var previous: PDFWord?
    for word in words {
      if let previous, let last = previous.text.unicodeScalars.last, let first = word.text.unicodeScalars.first {
        let gap = word.box.xMin - previous.box.xMax
        let height = min(previous.box.height, word.box.height)
        let cjk = last.joinsWithoutSpace || first.joinsWithoutSpace
        if gap > (cjk ? options.cjkSpaceGap : options.spaceGap) * height { text += " " }
      }
      text += word.text
      previous = word
    }
    return text
  }
}
