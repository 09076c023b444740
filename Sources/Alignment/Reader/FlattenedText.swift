/// Splits a block that holds several paragraphs on one line (a web copy that
/// flattened all line breaks) back into paragraphs, using what UN drafting
/// guarantees: operative paragraphs are numbered in sequence ("1. Decides"),
/// sub-paragraphs lettered in sequence ("(a) "), and each preambular
/// paragraph opens with a participle or adjective phrase after the comma
/// that closes the previous one.
enum FlattenedText {
  typealias Options = DocumentReader.FlattenedTextOptions

  /// Splits `text` into pieces; returns `[text]` when it is one paragraph.
  ///
  /// - Complexity: O(*n*) in the length of the text.
  static func split(_ text: String, options: Options = Options()) -> [String] {
    guard text.unicodeScalars.hasAtLeast(options.minimumLength) else { return [text] }
    let scalars = Array(text.unicodeScalars)
    var cuts = operativeCuts(scalars)
    let preambleEnd = cuts.first ?? scalars.count
    // Chinese preambular paragraphs can contain 确认/注意到 after a comma,
    // so a Chinese block is split at openers only when numbered operative
    // paragraphs show it is a whole flattened resolution.
    let chinese = text.containsHan
    if !chinese || cuts.count >= 2 {
      cuts += preambleCuts(scalars, upTo: preambleEnd, chinese: chinese, window: options.openerWindow)
    }
    cuts += authorCut(scalars, upTo: preambleEnd, window: options.authorWindow)
    // Sub-paragraphs inside operative paragraphs.
    var bounds = cuts.sorted()
    bounds.append(scalars.count)
    for (index, start) in bounds.dropLast().enumerated() where start >= preambleEnd {
      cuts += subparagraphCuts(scalars, in: start..<bounds[index + 1])
    }
    let sorted = Set(cuts).filter { $0 > 0 && $0 < scalars.count }.sorted()
    guard !sorted.isEmpty else { return [text] }
    var pieces: [String] = []
    var start = 0
    for cut in sorted + [scalars.count] {
      var piece = String(String.UnicodeScalarView(scalars[start..<cut]))
      piece = String(piece.trimmingSpaces())
      if !piece.isEmpty { pieces.append(piece) }
      start = cut
    }
    return pieces
  }

  /// Positions of "N. " labels numbered 1, 2, 3… in order, each after the
  /// start or after clause punctuation and a space.
  private static func operativeCuts(_ s: [Unicode.Scalar]) -> [Int] {
    var cuts: [Int] = []
    var expected = 1
    var i = 0
    while i < s.count {
      if NumberingLabel.isDigit(s[i]), i == 0 || !NumberingLabel.isDigit(s[i - 1]) {
        var j = i
        while j < s.count, NumberingLabel.isDigit(s[j]) { j += 1 }
        // The cheap tests first: most digit runs are years and counts.
        if j + 1 < s.count, s[j] == "." || s[j] == "．",
          s[j + 1] == " " || s[j + 1].isHan,
          NumberingLabel.westernDigits(Substring(String(String.UnicodeScalarView(s[i..<j])))) == expected,
          precededByClauseEnd(s, at: i)
        {
          let next = s[j + 1] == " " ? (j + 2 < s.count ? s[j + 2] : " ") : s[j + 1]
          if next.properties.isUppercase || next.isHan {
            cuts.append(i)
            expected += 1
          }
        }
        i = j
      } else {
        i += 1
      }
    }
    // A single "1." is not evidence of flattening unless it follows a preamble.
    return cuts.count >= 2 || (cuts.count == 1 && cuts[0] > 0) ? cuts : []
  }

  private static func precededByClauseEnd(_ s: [Unicode.Scalar], at i: Int) -> Bool {
    if i == 0 { return true }
    var k = i - 1
    while k >= 0, s[k] == " " { k -= 1 }
    guard k >= 0 else { return true }
    return s[k].isClauseTerminal || s[k] == "，" || s[k] == "；" || s[k] == "。"
  }

  /// Positions after ", " (or "，") where a preambular opener begins.
  private static func preambleCuts(_ s: [Unicode.Scalar], upTo end: Int, chinese: Bool, window: Int) -> [Int] {
    var cuts: [Int] = []
    var i = 0
    while i < end {
      // Chinese preambular paragraphs end with "，"; Latin ones with ",".
      let closes = chinese ? (s[i] == "，" || s[i] == ",") : (s[i] == "," || s[i] == "،" || s[i] == ";")
      if closes {
        var j = i + 1
        while j < end, s[j] == " " { j += 1 }
        if j < end, j > i + 1 || chinese {
          let rest = String(String.UnicodeScalarView(s[j..<min(end, j + window)]))
          if PreambleOpeners.startsWithOpener(rest) { cuts.append(j) }
        }
        i = j
      } else {
        i += 1
      }
    }
    return cuts
  }

  /// The position after "The Security Council," when the block starts with
  /// the addressing line.
  private static func authorCut(_ s: [Unicode.Scalar], upTo end: Int, window: Int) -> [Int] {
    let head = String(String.UnicodeScalarView(s[0..<min(end, window)]))
    guard let comma = head.firstIndex(where: { $0 == "," || $0 == "，" || $0 == "،" }) else { return [] }
    let author = head[head.startIndex...comma]
    guard FrontMatterClassifier.isAuthorLine(author) else { return [] }
    return [author.unicodeScalars.count]
  }

  /// Positions of "(a) ", "(b) " … in sequence inside an operative paragraph.
  private static func subparagraphCuts(_ s: [Unicode.Scalar], in range: Range<Int>) -> [Int] {
    var cuts: [Int] = []
    var expected: Unicode.Scalar = "a"
    var i = range.lowerBound + 1
    while i + 3 < range.upperBound {
      if s[i] == "(", s[i + 1] == expected, s[i + 2] == ")", s[i + 3] == " ",
        precededByClauseEnd(s, at: i)
      {
        cuts.append(i)
        guard expected < "z", let next = Unicode.Scalar(expected.value + 1) else { break }  // (a)…(z) only
        expected = next
        i += 3
      } else {
        i += 1
      }
    }
    return cuts
  }
}

extension DocumentReader {
  /// When a block holding a web copy's flattened paragraphs is split back
  /// into them (`FlattenedText`). Lengths are in Unicode scalars.
  public struct FlattenedTextOptions: Sendable, Hashable {
    /// Blocks shorter than this are never split.
    public var minimumLength = 300
    /// A preambular opener ("Recalling") is looked for in this many scalars
    /// after each closing comma.
    public var openerWindow = 40
    /// The addressing line ("The Security Council,") is looked for in this
    /// many first scalars.
    public var authorWindow = 60

    public init() {}
  }
}
