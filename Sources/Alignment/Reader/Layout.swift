/// How the lines of a text relate to its paragraphs, measured on the text.
///
/// PDF extractions wrap paragraphs at a fixed width and may double-space
/// every line; web copies put one paragraph on a line; flattened copies put
/// a whole document on one line.
struct Layout: Sendable, Equatable {
  typealias Options = DocumentReader.LayoutOptions

  /// Blank lines separate paragraphs (false when every line is followed by a
  /// blank line, as in the seed).
  var blankLinesSeparate: Bool
  /// Lines are wrapped at a right margin, so a line break is usually not a
  /// paragraph break.
  var wrapped: Bool
  /// Paragraph starts are marked by a first-line indent.
  var indentMarksStart: Bool
  /// The width of a full line (90th percentile of line widths).
  var fullWidth: Int
  /// Only blank lines end a paragraph (a front end that knows the
  /// paragraphs has put one between each two).
  var onlyBlankLinesSeparate = false
  /// The thresholds the layout was measured with, which also decide
  /// paragraph starts.
  var options = Options()

  /// Each line is one paragraph (Word and HTML front ends).
  static let paragraphPerLine = Layout(
    blankLinesSeparate: true, wrapped: false, indentMarksStart: false, fullWidth: 0)

  /// Blank lines separate paragraphs, and every other line break is inside
  /// one (PDF and Markdown front ends).
  static let blankLineSeparated: Layout = {
    var layout = Layout(blankLinesSeparate: true, wrapped: true, indentMarksStart: false, fullWidth: 0)
    layout.onlyBlankLinesSeparate = true
    return layout
  }()

  /// A line narrower than this ends its paragraph.
  var shortLineWidth: Int { options.shortLine.of(fullWidth) }

  init(blankLinesSeparate: Bool, wrapped: Bool, indentMarksStart: Bool, fullWidth: Int, options: Options = Options()) {
    self.blankLinesSeparate = blankLinesSeparate
    self.wrapped = wrapped
    self.indentMarksStart = indentMarksStart
    self.fullWidth = fullWidth
    self.options = options
  }

  /// Widths below this are counted in an array when the layout is
  /// measured (wider ones, rare, in a dictionary).
  private static let histogramWidths = 512

  /// Measures the layout of `lines` (furniture already removed).
  ///
  /// - Complexity: O(*n* + *w* log *w*) for *w* distinct line widths.
  init(measuring lines: LineTable, options: Options = Options()) {
    // Counts, not copies of the lines: the widths go into a histogram, an
    // array for the usual widths and a dictionary for the rest.
    var nonBlank = 0
    var indented = 0
    var narrowCounts = [Int](repeating: 0, count: Self.histogramWidths)
    var wideCounts: [Int: Int] = [:]
    for index in lines.indices where !lines.isBlank(at: index) {
      nonBlank += 1
      if lines.indent(at: index) > 0 { indented += 1 }
      let width = lines.width(at: index)
      if width < Self.histogramWidths { narrowCounts[width] += 1 } else { wideCounts[width, default: 0] += 1 }
    }
    guard nonBlank > 0 else {
      self.init(blankLinesSeparate: true, wrapped: false, indentMarksStart: false, fullWidth: 0, options: options)
      return
    }
    // Double spacing: nearly every text line is followed by exactly one blank.
    var followedByOneBlank = 0
    var i = 0
    while i < lines.count {
      if !lines.isBlank(at: i), i + 1 < lines.count, lines.isBlank(at: i + 1),
        i + 2 >= lines.count || !lines.isBlank(at: i + 2)
      {
        followedByOneBlank += 1
      }
      i += 1
    }
    let doubleSpaced =
      nonBlank >= options.doubleSpacingMinimumLines
      && options.doubleSpacing.isReached(by: followedByOneBlank, of: nonBlank)
    // The width at rank `min(n - 1, n × fullWidthPercentile)` of the sorted
    // widths.
    let rank = min(nonBlank - 1, options.fullWidthPercentile.of(nonBlank))
    var fullWidth = 0
    var below = 0
    // The widths in increasing order: the array's, then the dictionary's.
    let widthCounts =
      narrowCounts.indices.filter { narrowCounts[$0] > 0 }.map { (width: $0, count: narrowCounts[$0]) }
      + wideCounts.sorted { $0.key < $1.key }.map { (width: $0.key, count: $0.value) }
    for (width, count) in widthCounts {
      below += count
      if below > rank {
        fullWidth = width
        break
      }
    }
    // Wrapped text: many lines are near the full width and do not end with
    // clause punctuation.
    var nearFull = 0
    var openEnded = 0
    for index in lines.indices
    where !lines.isBlank(at: index) && options.nearFullLine.isReached(by: lines.width(at: index), of: fullWidth) {
      nearFull += 1
      if !(lines.lastScalar(at: index)?.isClauseTerminal ?? false) { openEnded += 1 }
    }
    let wrapped =
      nonBlank >= options.wrappingMinimumLines && options.wrappedWidths.contains(fullWidth)
      && options.openEndedNearFullLines.isReached(by: openEnded, of: nearFull)
      && options.nearFullLines.isReached(by: nearFull, of: nonBlank)
    let indentMarksStart =
      wrapped && options.indentedLinesAtLeast.isReached(by: indented, of: nonBlank)
      && options.indentedLinesAtMost.isNotExceeded(by: indented, of: nonBlank)
    self.init(
      blankLinesSeparate: !doubleSpaced, wrapped: wrapped,
      indentMarksStart: indentMarksStart, fullWidth: fullWidth, options: options)
  }
}

/// A run of source lines that forms one paragraph candidate.
struct Block: Sendable {
  /// The numbers of its first and last source line.
  var range: ClosedRange<Int>
  var text: String
  /// The format says this block is a heading (a Word heading style).
  var isHeading = false
}

extension Layout {
  /// Groups lines into paragraph blocks.
  ///
  /// - Complexity: O(*n*).
  func blocks(from lines: LineTable, vocabulary: Vocabulary) -> [Block] {
    var blocks: [Block] = []
    var current: [SourceLine] = []
    var sawBlank = false
    // Cover-page lines above the first full line (symbol, date, committee,
    // agenda item, title) are items of their own, not wrapped text.
    let firstFullLine =
      wrapped ? lines.first { options.coverFullLine.isReached(by: $0.width, of: fullWidth) }?.number ?? 0 : 0
    func flush() {
      guard let first = current.first, let last = current.last else { return }
      blocks.append(
        Block(
          range: first.number...last.number, text: LineJoiner.join(current.lazy.map(\.content), vocabulary: vocabulary))
      )
      current.removeAll(keepingCapacity: true)
    }
    for line in lines {
      if line.isBlank {
        sawBlank = true
        continue
      }
      defer { sawBlank = false }
      // `current` is emptied keeping its capacity, so it is allocated once.
      guard let previous = current.last else {
        current.append(line)
        continue
      }
      if sawBlank && blankLinesSeparate {
        flush()
        current.append(line)
        continue
      }
      if onlyBlankLinesSeparate {
        current.append(line)
        continue
      }
      if line.number <= firstFullLine, !Self.endsWithFunctionWord(previous.content) {
        flush()
      } else if startsParagraph(line, after: previous, blockSoFar: current) {
        flush()
      }
      current.append(line)
    }
    flush()
    return blocks
  }

  /// Lines ending "…meeting, on" continue on the next line.
  static func endsWithFunctionWord(_ text: Substring) -> Bool {
    guard let space = text.lastIndex(of: " ") else { return false }
    let word = text[text.index(after: space)...]
    return ["on", "of", "the", "and", "for", "to", "in", "at", "by", "a", "an", "with", "or"].contains(word)
  }

  /// "– To strengthen…", "• item", "- item".
  static func startsWithBullet(_ text: Substring) -> Bool {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, "–—-•·▪●".unicodeScalars.contains(first) else { return false }
    guard let second = scalars.dropFirst().first else { return true }
    return second.isSpace
  }

  private func startsParagraph(_ line: SourceLine, after previous: SourceLine, blockSoFar: [SourceLine]) -> Bool {
    // A block holds no blank line, so `previous` has a last scalar.
    guard wrapped, let previousEnd = previous.content.unicodeScalars.last else { return true }
    let endsClause = previousEnd.isClauseTerminal
    let isShort = previous.width < shortLineWidth
    // Recognised only where a branch needs it: most lines are decided
    // without.
    var hasLabel: Bool { NumberingLabel.recognize(in: line.content) != nil }
    // A label standing alone on its line ("2.", "(b)") owns the next line.
    if blockSoFar.count == 1, let own = NumberingLabel.recognize(in: previous.content),
      own.textStart == previous.content.unicodeScalars.endIndex
    {
      return false
    }
    if indentMarksStart {
      // An indented line after a full line that stops mid-clause is the rest
      // of a paragraph broken by a page break.
      if line.indent > 0 { return endsClause || isShort }
      return endsClause && hasLabel
    }
    if endsClause {
      return isShort || hasLabel || PreambleOpeners.startsWithOpener(line.content)
        || Self.startsWithBullet(line.content) || QuotedParagraphs.opensWithDefinedTerm(line.content)
    }
    // Headings and front-matter lines: short, no punctuation, and the next
    // line starts with a capital or a label.
    if previous.width < options.headingLine.of(fullWidth), let first = line.content.first, first.isUppercase || hasLabel
    {
      return true
    }
    return false
  }
}

extension DocumentReader {
  /// The thresholds by which the plain-text reader measures a text's
  /// layout (`Layout`) and finds paragraph starts in wrapped text. Widths
  /// are display columns (a CJK character counts 2); shares of "lines" count
  /// non-blank lines.
  public struct LayoutOptions: Sendable, Hashable {
    /// Fewest non-blank lines for a text to be read as double-spaced.
    public var doubleSpacingMinimumLines = 6
    /// Share of non-blank lines followed by exactly one blank line that
    /// makes the text double-spaced (blank lines then do not separate
    /// paragraphs).
    public var doubleSpacing = Ratio(8, 10)
    /// The full width is the line width at this percentile of the sorted
    /// widths.
    public var fullWidthPercentile = Ratio(9, 10)
    /// A line at least this share of the full width is near full.
    public var nearFullLine = Ratio(8, 10)
    /// Fewest non-blank lines for a text to be read as wrapped.
    public var wrappingMinimumLines = 4
    /// Full widths (columns) at which a text can be wrapped: narrower is a
    /// list, wider a text with one paragraph per line.
    public var wrappedWidths = 30...200
    /// Share of near-full lines that must end without clause punctuation
    /// for the text to be wrapped.
    public var openEndedNearFullLines = Ratio(4, 10)
    /// Share of non-blank lines that must be near full for the text to be
    /// wrapped.
    public var nearFullLines = Ratio(3, 10)
    /// In wrapped text, a first-line indent marks paragraph starts when at
    /// least this share of non-blank lines is indented…
    public var indentedLinesAtLeast = Ratio(1, 20)
    /// …and at most this share (some lines, not most).
    public var indentedLinesAtMost = Ratio(7, 10)
    /// A line narrower than this share of the full width (rounded down)
    /// ends its paragraph.
    public var shortLine = Ratio(4, 5)
    /// Cover-page lines stand alone above the first line at least this
    /// share of the full width.
    public var coverFullLine = Ratio(4, 5)
    /// After a line narrower than this share of the full width (rounded
    /// down), a line starting with a capital or a label starts a paragraph
    /// (the short line is a heading).
    public var headingLine = Ratio(3, 5)

    public init() {}
  }
}
