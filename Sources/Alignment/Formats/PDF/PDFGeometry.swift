/// A rectangle on a PDF page, in points, y growing downwards (pdftotext's
/// `xMin`/`yMin`/`xMax`/`yMax`).
struct PDFBox: Sendable, Hashable {
  var xMin: Double
  var yMin: Double
  var xMax: Double
  var yMax: Double

  var width: Double { xMax - xMin }
  var height: Double { yMax - yMin }

  /// The smallest box holding both.
  func union(_ other: PDFBox) -> PDFBox {
    PDFBox(
      xMin: min(xMin, other.xMin), yMin: min(yMin, other.yMin),
      xMax: max(xMax, other.xMax), yMax: max(yMax, other.yMax))
  }

  /// How much the two boxes share vertically, in points (0 if nothing).
  func verticalOverlap(_ other: PDFBox) -> Double {
    max(0, min(yMax, other.yMax) - max(yMin, other.yMin))
  }
}

/// A word as pdftotext found it: text without spaces, and its box.
struct PDFWord: Sendable, Hashable {
  var text: String
  var box: PDFBox
}

/// A line as pdftotext grouped it (its words in reading order).
struct PDFLine: Sendable, Hashable {
  var words: [PDFWord]
  var box: PDFBox
}

/// One page: its size and pdftotext's lines, in pdftotext's order.
struct PDFPage: Sendable {
  /// 1-based.
  var number: Int
  var width: Double
  var height: Double
  var lines: [PDFLine]
}
