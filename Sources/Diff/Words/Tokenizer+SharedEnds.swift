extension Tokenizer {
  /// The tokens of two texts: `tokens(in:)` of each. When the segmentation
  /// `breaksAtStops`, the beginning and the end both texts share, each cut
  /// after a `HardStop`, are segmented once for both: a revised paragraph
  /// is mostly the same words as before.
  ///
  /// - Complexity: O(*n* + *m*) to find the shared ends, plus the
  ///   segmentation of what is not shared and one of what is.
  public func tokens(in old: String, and new: String) -> (old: [Range<String.Index>], new: [Range<String.Index>]) {
    tokens(
      in: old, and: new,
      singletons: (Unicode.Scalar.allGraphemeSingletons(old), Unicode.Scalar.allGraphemeSingletons(new)))
  }

  /// `tokens(in:and:)` given `Unicode.Scalar.allGraphemeSingletons` of
  /// each text, which the caller also needs.
  func tokens(
    in old: String, and new: String, singletons: (old: Bool, new: Bool)
  ) -> (old: [Range<String.Index>], new: [Range<String.Index>]) {
    guard breaksAtStops, let cuts = SharedEnds(old, new) else {
      return (
        tokens(in: old, segmented: segmentation(old), singletons: singletons.old),
        tokens(in: new, segmented: segmentation(new), singletons: singletons.new)
      )
    }
    let head = segmented(old, 0..<cuts.head)
    let tail = segmented(old, cuts.suffix.old)
    let oldRanges =
      head.map { shift($0, to: old, by: 0) }
      + segmented(old, cuts.middle.old).map { shift($0, to: old, by: cuts.head) }
      + tail.map { shift($0, to: old, by: cuts.suffix.old.lowerBound) }
    let newRanges =
      head.map { shift($0, to: new, by: 0) }
      + segmented(new, cuts.middle.new).map { shift($0, to: new, by: cuts.head) }
      + tail.map { shift($0, to: new, by: cuts.suffix.new.lowerBound) }
    return (
      tokens(in: old, segmented: oldRanges, singletons: singletons.old),
      tokens(in: new, segmented: newRanges, singletons: singletons.new)
    )
  }

  /// The segmentation of the UTF-8 bytes `bytes` of `text`, as UTF-8 offsets
  /// from the stretch's start.
  private func segmented(_ text: String, _ bytes: Range<Int>) -> [Range<Int>] {
    guard !bytes.isEmpty else { return [] }
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
    let upper = utf8.index(lower, offsetBy: bytes.count)
    let piece = String(text[lower..<upper])
    let pieceUTF8 = piece.utf8
    return segmentation(piece).map { range in
      pieceUTF8.distance(
        from: pieceUTF8.startIndex, to: range.lowerBound)..<pieceUTF8.distance(
          from: pieceUTF8.startIndex, to: range.upperBound)
    }
  }

  private func shift(_ range: Range<Int>, to text: String, by offset: Int) -> Range<String.Index> {
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: offset + range.lowerBound)
    return lower..<utf8.index(lower, offsetBy: range.count)
  }
}

/// Where two texts may be segmented apart from what they share: the longest
/// shared beginning and the longest shared end that each stop right after a
/// `HardStop` followed by a `HardStop.freshStart` (or the text's end), as
/// UTF-8 offsets.
struct SharedEnds {
  /// The end of the shared beginning, `0..<head` in both texts.
  let head: Int
  /// The shared end in each text.
  let suffix: (old: Range<Int>, new: Range<Int>)
  /// What lies between, in each text.
  let middle: (old: Range<Int>, new: Range<Int>)

  /// The cuts, or `nil` when the texts share neither a beginning nor an
  /// end that stops at a hard stop or a clause mark (so that segmenting
  /// apart would save nothing).
  init?(_ old: String, _ new: String) {
    var old = old
    var new = new
    let found: (head: Int, oldTail: Int, newTail: Int)? = old.withUTF8 { a in
      new.withUTF8 { b in SharedEnds.cuts(a, b) }
    }
    guard let found else { return nil }
    let (n, m) = (old.utf8.count, new.utf8.count)
    head = found.head
    suffix = (found.oldTail..<n, found.newTail..<m)
    middle = (found.head..<found.oldTail, found.head..<found.newTail)
  }

  /// How many bytes the two texts share at the beginning, and how many more
  /// at the end (the two do not overlap).
  ///
  /// - Complexity: O(*p* + *s*).
  static func sharedBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> (head: Int, tail: Int) {
    let shortest = min(a.count, b.count)
    var head = 0
    while head < shortest && a[head] == b[head] { head += 1 }
    var tail = 0
    while tail < shortest - head && a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
    return (head, tail)
  }

  /// The cut after the shared beginning and the starts of the shared end in
  /// each text.
  static func cuts(
    _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>
  ) -> (head: Int, oldTail: Int, newTail: Int)? {
    let (p, s) = sharedBytes(a, b)
    // The last cut at or before p: a stop ends there, inside the shared
    // bytes, and each text ends there or goes on afresh; or a clause mark
    // ends there and each text goes on with an ideograph.
    var head = 0
    var k = p
    while k > 0 {
      if HardStop.length(endingAt: k, in: a) != 0
        && (k == a.count || HardStop.freshStart(at: k, in: a))
        && (k == b.count || HardStop.freshStart(at: k, in: b))
        || HardStop.clauseMarkLength(endingAt: k, in: a) != 0
          && HardStop.ideographStart(at: k, in: a) && HardStop.ideographStart(at: k, in: b)
      {
        head = k
        break
      }
      k -= 1
    }
    // The first cut in the shared end whose stop (or clause mark) lies
    // inside it and is followed by more of it.
    let tailStart = a.count - s
    var oldTail = a.count
    k = tailStart + 1
    while k < a.count {
      let length = HardStop.length(endingAt: k, in: a)
      let mark = HardStop.clauseMarkLength(endingAt: k, in: a)
      if length != 0 && k - length >= tailStart && HardStop.freshStart(at: k, in: a)
        || mark != 0 && k - mark >= tailStart && HardStop.ideographStart(at: k, in: a)
      {
        oldTail = k
        break
      }
      k += 1
    }
    guard head > 0 || oldTail < a.count else { return nil }
    return (head, oldTail, b.count - (a.count - oldTail))
  }
}

/// The marks after which a word segmentation that `breaksAtStops` always
/// breaks when no space follows: a space, a line feed, "。", "、", "！",
/// "？", "!" and "?", of Word_Break WSegSpace (which only WB3d joins, to
/// another), LF, or Other in UAX #29, so in no other rule that joins across
/// them. And the clause marks "，", "；" and "：" when an ideograph follows:
/// MidNum and MidLetter, which WB6–WB7 and WB11–WB12 join only to an
/// AHLetter or a Numeric on the far side, never to an ideograph, and which
/// end the run of ideographs ICU's dictionary divides.
enum HardStop {
  /// The length in bytes of the stop ending at UTF-8 offset `end`, or 0.
  static func length(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let last = bytes[end - 1]
    if last == 0x20 || last == 0x0A || last == 0x21 || last == 0x3F { return 1 }
    guard end >= 3 else { return 0 }
    let (lead, middle) = (bytes[end - 3], bytes[end - 2])
    // U+3001 、, U+3002 。
    if lead == 0xE3 && middle == 0x80 && (last == 0x81 || last == 0x82) { return 3 }
    // U+FF01 ！, U+FF1F ？
    if lead == 0xEF && middle == 0xBC && (last == 0x81 || last == 0x9F) { return 3 }
    return 0
  }

  /// The length in bytes of the clause mark ending at UTF-8 offset `end`,
  /// or 0: U+FF0C "，", U+FF1A "：" or U+FF1B "；".
  static func clauseMarkLength(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard end >= 3, bytes[end - 3] == 0xEF, bytes[end - 2] == 0xBC else { return 0 }
    let last = bytes[end - 1]
    return last == 0x8C || last == 0x9A || last == 0x9B ? 3 : 0
  }

  /// Whether a scalar of U+4000–U+9FFF (CJK ideographs and the Yijing
  /// hexagrams: Word_Break Other, neither AHLetter nor Numeric nor a mark)
  /// starts at UTF-8 offset `start`.
  static func ideographStart(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    start + 2 < bytes.count && (0xE4...0xE9).contains(bytes[start])
  }

  /// Whether the scalar at UTF-8 offset `start` is surely not Extend, Format
  /// or ZWJ (which UAX #29's WB4 would join to a stop before it), nor a
  /// space: printable ASCII other than the space or a line feed,
  /// U+3000–U+3029 (CJK punctuation before the tone marks), U+4000–U+9FFF
  /// (CJK ideographs) or U+FF00–U+FF7F (full-width forms).
  static func freshStart(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let lead = bytes[start]
    if lead < 0x80 { return lead == 0x0A || (0x21...0x7E).contains(lead) }
    guard start + 1 < bytes.count else { return false }
    let second = bytes[start + 1]
    switch lead {
    case 0xE4...0xE9: return true
    case 0xE3: return second == 0x80 && start + 2 < bytes.count && bytes[start + 2] <= 0xA9
    case 0xEF: return second == 0xBC || second == 0xBD
    default: return false
    }
  }
}
