/// Turns paragraph blocks into front matter, body paragraphs and discarded
/// noise.
struct BodyBuilder {
  typealias Options = DocumentReader.BodyOptions

  private let options: Options

  /// The blocks; the body's text is let go of block by block as `build`
  /// takes it into paragraphs.
  private var blocks: [Block]
  private let labels: [NumberingLabel?]
  /// The document's language, to tell site chrome in another script.
  private let language: Language?
  /// The paragraphs a press release quotes, when it quotes the document.
  private let quotedRun: Range<Int>?
  /// How short site chrome in another script is told.
  private let languageDetection: LanguageDetector.Options
  /// The addressing line, recognised with or without its comma.
  private var authorIndex: Int?
  private(set) var frontMatter = FrontMatter()
  private(set) var paragraphs: [Paragraph] = []
  /// Blocks appended to the last paragraph, joined into its text when it
  /// is complete (`completeLastParagraph()`).
  private var tail = TextTail()
  /// The numbering paths met so far, by a hash of their components, so that
  /// paragraphs with equal paths (the same article number in each law of a
  /// compilation) share one array: each path is an allocation of its own.
  /// A path that finds its slot taken by another takes it over.
  private var recentPaths = [[String]](repeating: [], count: BodyBuilder.recentPathSlots)
  /// How many paths `recentPaths` holds at most.
  static let recentPathSlots = 4096
  private(set) var discarded: [SourceLines] = []
  /// The title so far is only the first short line, not a recognised title.
  private var titleIsGuess = false

  /// A builder of `blocks`. `known`, when given, holds each block's label
  /// as `NumberingLabel.recognize` reads it (one per block), so that only
  /// the blocks a quote is taken off are read again.
  init(
    blocks: [Block], labels known: [NumberingLabel?]? = nil, language: Language? = nil,
    options: Options = Options(), languageDetection: LanguageDetector.Options = LanguageDetector.Options()
  ) {
    self.options = options
    self.languageDetection = languageDetection
    var blocks = blocks
    let runs = QuotedParagraphs.unquote(&blocks)
    var recognized = known ?? blocks.map { NumberingLabel.recognize(in: Substring($0.text)) }
    if known != nil {
      // The blocks unquoted have new openings.
      for index in runs.joined() { recognized[index] = NumberingLabel.recognize(in: Substring(blocks[index].text)) }
    }
    let labels = recognized
    self.blocks = blocks
    self.labels = labels
    self.language = language
    self.quotedRun = runs.first { run in
      run.count >= options.quotedBodyLength && run.contains { labels[$0] != nil }
    }
  }

  /// Whether block `index` is site chrome in another script than the
  /// document's (a menu item, a button), not a symbol line. UN documents in
  /// every language carry Latin cover lines ("Distr.: General 19 July
  /// 2019", "Original: English"): a line all in Latin letters with a
  /// digit, or one of those, is not chrome.
  private func isForeignChrome(_ index: Int) -> Bool {
    isForeignChrome(index, text: blocks[index].text)
  }

  /// `isForeignChrome(_:)` for block `index` holding `text`.
  private func isForeignChrome(_ index: Int, text: String) -> Bool {
    guard let language, labels[index] == nil else { return false }
    guard text.hasAtMostCharacters(FrontMatterClassifier.footerMarkerLength),
      FrontMatterClassifier.symbol(in: text) == nil,
      LanguageDetector.isForeign(text, to: language, options: languageDetection)
    else { return false }
    let letters = LanguageDetector.letters(in: text)
    if letters.keys.count == 1, letters[.latin] != nil,
      text.hasPrefix("Distr") || text.hasPrefix("Original") || text.contains(where: \.isNumber)
    {
      return false
    }
    return true
  }

  mutating func build() {
    var bodyStart = findBodyStart()
    if let run = quotedRun, bodyStart < run.lowerBound { bodyStart = run.lowerBound }
    // Headings the format marks (a Word heading style) just above the body
    // head it; the document's first line stays its title.
    while bodyStart > 1, blocks[bodyStart - 1].isHeading, bodyStart - 1 > authorIndex ?? -1 {
      bodyStart -= 1
    }
    for index in 0..<bodyStart {
      if isForeignChrome(index) {
        discarded.append(SourceLines(text: blocks[index].text, lines: blocks[index].range))
      } else {
        addFrontMatter(blocks[index], isAuthor: index == authorIndex)
      }
    }
    let bodyEnd = findBodyEnd(from: bodyStart)
    var outline = Outline()
    var articleHasItems = false
    for index in bodyStart..<bodyEnd {
      // The block's text moves out of the blocks: the paragraph made of it
      // holds it alone.
      var block = Block(range: blocks[index].range, text: "", isHeading: blocks[index].isHeading)
      swap(&block.text, &blocks[index].text)
      if let label = labels[index] {
        let placed = outline.place(label)
        let text = Substring(block.text.unicodeScalars[label.textStart...]).trimmingSpaces()
        append(
          Paragraph(
            label: label.text, path: placed.path, kind: placed.kind, text: String(text), lines: block.range))
        if placed.kind == .numbered { articleHasItems = false }
        if placed.kind == .subparagraph { articleHasItems = true }
        continue
      }
      // A heading label alone on its line ("第一章") takes the short line
      // after it as its title ("总则").
      // (Looked at in place: a copy of the last paragraph at every block
      // costs more than the test.)
      if let last = paragraphs.indices.last, paragraphs[last].kind == .heading, paragraphs[last].text.isEmpty,
        tail.isBlank, block.text.hasAtMostCharacters(options.headingTitleLength),
        !(block.text.unicodeScalars.last?.isClauseTerminal ?? false)
      {
        // (What the tail holds adds nothing to the text it replaces.)
        tail = TextTail()
        paragraphs[last].text = block.text
        paragraphs[last].lines = paragraphs[last].lines.lowerBound...block.range.upperBound
        continue
      }
      // 总则 / 附则 stand as chapter headings in drafts without numbers.
      if Self.isUnnumberedDivision(block.text) {
        append(Paragraph(label: nil, path: [], kind: .heading, text: block.text, lines: block.range))
        continue
      }
      if paragraphs.isEmpty, FrontMatterClassifier.isWebNoise(block.text) || isForeignChrome(index, text: block.text) {
        discarded.append(SourceLines(text: block.text, lines: block.range))
        continue
      }
      // A definition ("X" means …) is a paragraph of its own, in the
      // article that holds it.
      if QuotedParagraphs.opensWithDefinedTerm(block.text) {
        let path =
          outline.inArticle
          ? outline.currentPath
          : articleHasItems ? outline.outermostComponent.map { [$0] } ?? [] : []
        append(Paragraph(label: nil, path: path, kind: .unnumbered, text: block.text, lines: block.range))
        continue
      }
      // A heading by the format's own say (a Word heading style).
      if block.isHeading {
        append(Paragraph(label: nil, path: [], kind: .heading, text: block.text, lines: block.range))
        articleHasItems = false
        continue
      }
      // Text after an article without a label is its next paragraph (款).
      if outline.inArticle, !articleHasItems, let last = paragraphs.indices.last {
        tail.append(block.text, newline: !(paragraphs[last].text.isEmpty && tail.isBlank))
        paragraphs[last].lines = paragraphs[last].lines.lowerBound...block.range.upperBound
        continue
      }
      let path = articleHasItems ? outline.outermostComponent.map { [$0] } ?? [] : []
      // Consecutive paragraphs that continue an article after its items are
      // one unit, like the article's own paragraphs.
      if !path.isEmpty, let last = paragraphs.indices.last, paragraphs[last].label == nil,
        paragraphs[last].path == path, !opensWithDefinedTerm(last)
      {
        tail.append(block.text, newline: true)
        paragraphs[last].lines = paragraphs[last].lines.lowerBound...block.range.upperBound
        continue
      }
      append(Paragraph(label: nil, path: path, kind: .unnumbered, text: block.text, lines: block.range))
    }
    completeLastParagraph()
    trimParagraphs()
    for index in bodyEnd..<blocks.count {
      discarded.append(SourceLines(text: blocks[index].text, lines: blocks[index].range))
    }
    moveTableOfContentsToFrontMatter()
  }

  /// Appends `paragraph` to the body, its path shared with the paragraphs
  /// that have the same, once the last paragraph's text is complete.
  private mutating func append(_ paragraph: consuming Paragraph) {
    completeLastParagraph()
    if !paragraph.path.isEmpty { paragraph.path = sharedPath(paragraph.path) }
    paragraphs.append(paragraph)
  }

  /// `path`, or an equal one met before (`recentPaths`).
  ///
  /// - Complexity: O(*k*) in the length of the path's components.
  private mutating func sharedPath(_ path: [String]) -> [String] {
    // FNV-1a over the components' bytes, each component closed by 0xFF.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for var component in path {
      component.withUTF8 { bytes in
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      }
      hash = (hash ^ 0xFF) &* 0x100_0000_01b3
    }
    let slot = Int(hash % UInt64(Self.recentPathSlots))
    if recentPaths[slot] == path { return recentPaths[slot] }
    recentPaths[slot] = path
    return path
  }

  /// Leaves `paragraphs` in storage of exactly their number: the array
  /// grew by doubling. The paragraphs are moved, not copied.
  ///
  /// - Complexity: O(*n*) in the number of paragraphs.
  private mutating func trimParagraphs() {
    let count = paragraphs.count
    guard paragraphs.capacity > count else { return }
    var grown: [Paragraph] = []
    swap(&grown, &paragraphs)
    paragraphs = Array(unsafeUninitializedCapacity: count) { buffer, initialized in
      grown.withUnsafeMutableBufferPointer { source in
        guard let from = source.baseAddress, let to = buffer.baseAddress else { return }
        to.moveInitialize(from: from, count: count)
        // What the paragraphs left is filled with empty ones, which hold no
        // storage, for `grown` to let go of.
        from.initialize(repeating: Self.placeholder, count: count)
        initialized = count
      }
    }
  }

  private static let placeholder = Paragraph(label: nil, path: [], kind: .unnumbered, text: "", lines: 0...0)

  /// Joins the blocks appended to the last paragraph into its text.
  ///
  /// - Complexity: O(*n*) in the length of its text.
  private mutating func completeLastParagraph() {
    guard !tail.isEmpty, let last = paragraphs.indices.last else { return }
    paragraphs[last].text = tail.take(after: paragraphs[last].text)
  }

  /// Whether the last paragraph's text, with what its tail adds, opens with
  /// a defined term (`QuotedParagraphs.opensWithDefinedTerm`).
  private mutating func opensWithDefinedTerm(_ last: Int) -> Bool {
    // The answer reads only the text's first `definedTermWindow` scalars,
    // and is no unless the first is an opening quote: the tail is joined in
    // when the text may hold fewer (fewer than four UTF-8 bytes a scalar)
    // and does not rule the quote out, at most until the text is that long.
    let text = paragraphs[last].text
    if !tail.isEmpty, text.utf8.count < 4 * QuotedParagraphs.definedTermWindow,
      text.unicodeScalars.first.map({ QuotedParagraphs.closingMark(for: $0) != nil }) ?? true
    {
      completeLastParagraph()
    }
    return QuotedParagraphs.opensWithDefinedTerm(paragraphs[last].text)
  }

  /// A table of contents parsed as headings (a run of two or more headings
  /// whose first one recurs later, as in "Chapter I … Chapter X" before
  /// "Chapter I General Provisions") is front matter, with everything
  /// unnumbered above it.
  private mutating func moveTableOfContentsToFrontMatter() {
    guard let start = paragraphs.firstIndex(where: { $0.kind == .heading }),
      !paragraphs[..<start].contains(where: { $0.kind != .unnumbered })
    else { return }
    let first = paragraphs[start]
    guard !first.path.isEmpty else { return }
    var end = start + 1
    while end < paragraphs.count, paragraphs[end].kind == .heading, paragraphs[end].path != first.path {
      end += 1
    }
    guard end - start >= 2,
      paragraphs[end...].contains(where: { $0.kind == .heading && $0.path == first.path })
    else { return }
    for paragraph in paragraphs[..<end] {
      let text = [paragraph.label, paragraph.text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
      frontMatter.lines.append(SourceLines(text: text, lines: paragraph.lines))
    }
    frontMatter.lines.sort { $0.lines.lowerBound < $1.lines.lowerBound }
    paragraphs.removeSubrange(..<end)
  }

  /// "附则": the supplementary provisions, a law's last division.
  static func isClosingDivision(_ text: String) -> Bool {
    let compact = String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.isSpace }))
    return compact == "附则" || compact == "附則"
  }

  /// "总则", "总 则", "附則": division titles that need no number.
  static func isUnnumberedDivision(_ text: String) -> Bool {
    // Two non-space scalars at most, found without copying a long text.
    var compact = (first: Unicode.Scalar?.none, second: Unicode.Scalar?.none)
    for scalar in text.unicodeScalars where !scalar.isSpace {
      if compact.first == nil {
        // Each title starts with 总, 總, 附 or 分 (or a compatibility
        // ideograph, which String equality may take for one of them).
        switch scalar.value {
        case 0x603B, 0x7E3D, 0x9644, 0x5206, 0xF900...0xFAFF, 0x2F800...0x2FA1F: compact.first = scalar
        default: return false
        }
      } else if compact.second == nil {
        compact.second = scalar
      } else {
        return false
      }
    }
    guard let first = compact.first, let second = compact.second else { return false }
    return ["总则", "總則", "附则", "附則", "分则", "分則"].contains(String(first) + String(second))
  }

  /// In a text of articles (第X条, Article N) preceded by other matter (a
  /// promulgation notice, a call for comments, a table of contents), the
  /// index where the articles' own headings begin; `nil` if the text is not
  /// one of articles.
  private func articlesStart() -> Int? {
    let articles = labels.indices.filter { labels[$0]?.readings.first?.style == .article }
    guard let first = articles.first else { return nil }
    // Two articles are enough under a chapter heading (a copy cut after
    // "Chapter I General Provisions / Article 1 / Article 2").
    let underHeading =
      first > 0 && labels[first - 1].map { if case .heading = $0.readings[0].style { true } else { false } } ?? false
    guard
      articles.count >= options.minimumArticles
        || (articles.count >= options.minimumArticlesUnderHeading && underHeading)
    else { return nil }
    var start = first
    var lastDivision: [String: Int] = [:]  // division → number seen below
    var index = first - 1
    while index >= 0 {
      let text = blocks[index].text
      if let label = labels[index], case .heading(let division) = label.readings[0].style {
        // Walking back, numbers of one division decrease; a higher or equal
        // one is a table of contents.
        let number = label.readings[0].ordinal
        if let below = lastDivision[division], number >= below { break }
        lastDivision[division] = number
        start = index
      } else if labels[index] == nil, Self.isUnnumberedDivision(text) {
        // 附则 comes last in a law: above the first numbered division it
        // ends a table of contents.
        if !lastDivision.isEmpty, Self.isClosingDivision(text) { break }
        start = index
      } else if labels[index] == nil, text.hasAtMostCharacters(options.headingTitleLength), index > 0,
        let previous = labels[index - 1], case .heading = previous.readings[0].style
      {
        // The title line under "第一章".
      } else {
        break
      }
      index -= 1
    }
    return start
  }

  /// The index of the first body block: after the addressing line
  /// ("安全理事会，") if there is one near the top, else at the first label
  /// when only short front-matter lines precede it, else 0.
  private mutating func findBodyStart() -> Int {
    if let start = articlesStart() {
      // A treaty's preamble before its articles is body, not front matter.
      return TreatyPreamble.start(in: blocks[..<start].map(\.text)) ?? start
    }
    let firstLabel = labels.firstIndex { $0 != nil } ?? blocks.count
    let searchLimit = min(blocks.count, max(firstLabel, options.frontMatterLimit))
    if let author = (0..<searchLimit).first(where: isAuthor) {
      authorIndex = author
      return author + 1
    }
    // A running header such as "A/RES/56/150" above a page that starts
    // mid-paragraph is front matter even without a label below it.
    let leadingSymbols = blocks.prefix { block in
      FrontMatterClassifier.symbol(in: block.text).map { $0.count + options.symbolLineSlack >= block.text.count }
        ?? false
    }.count
    guard firstLabel < blocks.count else { return leadingSymbols }
    let front = blocks[..<firstLabel]
    let frontCount = (0..<firstLabel).filter { !isForeignChrome($0) }.count
    if frontCount <= options.frontMatterLimit,
      front.allSatisfy({
        $0.text.hasAtMostCharacters(options.frontLineLength) || FrontMatterClassifier.isWebNoise($0.text)
      })
    {
      // Without an addressing line, the preamble starts at the first
      // preambular paragraph ("Recalling …,").
      return (0..<firstLabel).first(where: isPreambular) ?? firstLabel
    }
    return leadingSymbols
  }

  /// The addressing line: "安全理事会，", or the organ's name alone followed
  /// by a preambular or numbered paragraph.
  private func isAuthor(_ index: Int) -> Bool {
    let text = blocks[index].text
    if FrontMatterClassifier.isAuthorLine(text) { return true }
    guard FrontMatterClassifier.isBareAuthorLine(text), index + 1 < blocks.count else { return false }
    return labels[index + 1] != nil || isPreambular(index + 1)
  }

  /// A preambular paragraph: an opener ("Recalling", 回顾) and a closing
  /// comma.
  private func isPreambular(_ index: Int) -> Bool {
    let text = blocks[index].text
    guard labels[index] == nil, let last = text.unicodeScalars.last else { return false }
    return ",，;；،".unicodeScalars.contains(last) && PreambleOpeners.startsWithOpener(text)
  }

  /// The index after the last body block: trailing web noise is cut off.
  private func findBodyEnd(from start: Int) -> Int {
    var end = blocks.count
    // A press release goes on after the quote it holds.
    if let run = quotedRun, run.upperBound > start { end = run.upperBound }
    if let footer = footerStart(from: start, to: end) { end = footer }
    while end > start + 1, labels[end - 1] == nil,
      FrontMatterClassifier.isWebNoise(blocks[end - 1].text) || isForeignChrome(end - 1)
    {
      end -= 1
    }
    return end
  }

  /// Where a licence or attribution footer begins: a block that opens one
  /// (`FrontMatterClassifier.isFooterMarker`) near the end, followed only
  /// by short blocks whose numbering, if any, does not continue the body's
  /// (a footer's "1. 2. 3." restarts at one, or is of another kind).
  ///
  /// - Complexity: O(`footerLimit`²) at most.
  private func footerStart(from start: Int, to end: Int) -> Int? {
    let lastBodyLabel = { (before: Int) in labels[start..<before].last { $0 != nil } ?? nil }
    let first = max(start + 1, end - options.footerLimit)
    guard first < end else { return nil }  // no block after the body's first
    for index in first..<end {
      guard labels[index] == nil, FrontMatterClassifier.isFooterMarker(blocks[index].text),
        blocks[index..<end].allSatisfy({ $0.text.hasAtMostCharacters(options.footerBlockLength) })
      else { continue }
      guard let body = lastBodyLabel(index) else { return index }
      let next = labels[(index + 1)..<end].first { $0 != nil } ?? nil
      guard let next else { return index }
      let (a, b) = (body.readings[0], next.readings[0])
      // The body goes on past the marker: "Article 12" after "Article 11".
      if a.style == b.style && b.ordinal == a.ordinal + 1 { continue }
      if b.style == .article && b.ordinal != 1 { continue }
      return index
    }
    return nil
  }

  private mutating func addFrontMatter(_ block: Block, isAuthor: Bool) {
    let text = block.text
    let source = SourceLines(text: text, lines: block.range)
    if FrontMatterClassifier.isWebNoise(text) {
      discarded.append(source)
      // A web page's banner often carries the symbol: "联合国 | S/RES/2446 (2018) |".
      if frontMatter.symbol == nil { frontMatter.symbol = FrontMatterClassifier.symbol(in: text) }
      return
    }
    frontMatter.lines.append(source)
    if isAuthor || FrontMatterClassifier.isAuthorLine(text) {
      frontMatter.author = text
    } else if FrontMatterClassifier.isAdoptionLine(text) {
      frontMatter.adoption = frontMatter.adoption ?? text
    } else if FrontMatterClassifier.isTitleLine(text) {
      if frontMatter.title == nil || titleIsGuess { frontMatter.title = text }
      titleIsGuess = false
    } else if frontMatter.symbol == nil, text.hasAtMostCharacters(options.frontMatterLineLength),
      let symbol = FrontMatterClassifier.symbol(in: text)
    {
      frontMatter.symbol = symbol
    } else if frontMatter.title == nil, text.hasAtMostCharacters(options.frontMatterLineLength) {
      frontMatter.title = text
      titleIsGuess = true
    }
  }
}

extension DocumentReader {
  /// How the reader tells front matter, body and footer apart
  /// (`BodyBuilder`). Lengths are in characters of a block's text.
  public struct BodyOptions: Sendable, Hashable {
    /// Blocks before the first label are front matter when there are at
    /// most this many (not counting site chrome) and all are at most
    /// `frontLineLength` long; the addressing line is looked for among at
    /// least this many first blocks.
    public var frontMatterLimit = 15
    /// See `frontMatterLimit`.
    public var frontLineLength = 200
    /// A front-matter line at most this long can be the symbol or, failing
    /// a recognised title, the title.
    public var frontMatterLineLength = 80
    /// A leading block is a running header when it is a document symbol
    /// with at most this many other characters.
    public var symbolLineSlack = 2
    /// A licence or attribution footer opens at most this many blocks
    /// before the end.
    public var footerLimit = 40
    /// Blocks of a footer are at most this long.
    public var footerBlockLength = 400
    /// A quoted run must have at least this many paragraphs to bound the
    /// body (a press release quoting a resolution).
    public var quotedBodyLength = 3
    /// A heading title on its own line is at most this long.
    public var headingTitleLength = 30
    /// A text is one of articles with at least this many article labels…
    public var minimumArticles = 3
    /// …or this many under a chapter heading.
    public var minimumArticlesUnderHeading = 2

    public init() {}
  }
}
