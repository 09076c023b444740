/// One physical line of the source text.
struct SourceLine: Sendable {
  /// 1-based line number in the source.
  var number: Int
  /// The line without its terminator and without surrounding spaces.
  var content: Substring
  /// Leading blank columns (an ideographic space counts 2).
  var indent: Int
  /// Display width of `content`.
  var width: Int

  var isBlank: Bool { content.isEmpty }

  init(number: Int, raw: Substring) {
    self.number = number
    self.content = raw.trimmingSpaces()
    var indent = 0
    for scalar in raw.unicodeScalars {
      guard scalar.isSpace else { break }
      indent += scalar == "\t" ? 4 : scalar.displayWidth
    }
    self.indent = content.isEmpty ? 0 : indent
    self.width = content.displayWidth
  }

  init(number: Int, content: Substring, indent: Int, width: Int) {
    self.number = number
    self.content = content
    self.indent = indent
    self.width = width
  }

  /// Splits text into lines on LF, CR LF, CR, and the Unicode line and
  /// paragraph separators.
  ///
  /// - Complexity: O(*n*).
  static func split(_ text: String) -> LineTable { LineTable(text) }

  /// Calls `body` with the UTF-8 offsets of each line's start and end
  /// (before its terminator), in order.
  static func forEachLine(in utf8: String.UTF8View, _ body: (Int, Int) -> Void) {
    if utf8.withContiguousStorageIfAvailable({ forEachLine(in: $0, body) }) == nil {
      Array(utf8).withUnsafeBufferPointer { forEachLine(in: $0, body) }
    }
  }

  /// Calls `body` with the offsets of each line's start and end (before its
  /// terminator) in UTF-8 `bytes`, in order.
  ///
  /// - Complexity: O(*n*) in bytes.
  static func forEachLine(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
    var start = 0
    var i = 0
    let count = bytes.count
    guard let base = bytes.baseAddress else { return }
    while i < count {
      // Eight bytes at a time while none can start a terminator.
      if i + 8 <= count, !mayHoldTerminator(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
        i += 8
        continue
      }
      let byte = bytes[i]
      if byte > 0x0D && byte != 0xE2 {
        i += 1
        continue
      }
      let next: Int
      switch byte {
      case 0x0A, 0x0C:
        next = i + 1
      case 0x0D:
        next = i + 1 < count && bytes[i + 1] == 0x0A ? i + 2 : i + 1
      case 0xE2 where i + 2 < count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
        next = i + 3  // U+2028 and U+2029
      default:
        i += 1
        continue
      }
      body(start, i)
      i = next
      start = i
    }
    if start < count { body(start, count) }
  }

  /// Whether one of the eight bytes of `word` is at most 0x0D or is 0xE2,
  /// the bytes a line terminator starts with (a SWAR test: a byte below n
  /// makes `byte - n` borrow into its top bit; exact for the word as a
  /// whole).
  private static func mayHoldTerminator(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let below0E = (word &- ones &* 0x0E) & ~word & high
    let e2 = word ^ (ones &* 0xE2)
    let isE2 = (e2 &- ones) & ~e2 & high
    return below0E | isE2 != 0
  }
}

/// The lines of one text, stored as UTF-8 offsets into that text instead
/// of one `Substring` each: 24 bytes a line, against 56 for a
/// `SourceLine`. A line's `Substring` is made when it is read.
///
/// Line numbers, widths and indents above `Int32.max` (a text of more than
/// two gigabytes) are clamped.
struct LineTable: RandomAccessCollection, Sendable {
  /// One line: where its trimmed content is in the text's UTF-8, and its
  /// measures.
  private struct Entry: Sendable {
    var start: Int
    var number: Int32
    var length: Int32
    var indent: Int32
    /// The display width (clamped to `Int32.max`) in the low 31 bits; the
    /// top bit is set when the content is not `isNormalizationInert`.
    private var widthAndFlag: UInt32

    init(start: Int, number: Int, length: Int, indent: Int, width: Int, isNormalizationInert: Bool) {
      self.start = start
      self.number = Int32(clamping: number)
      self.length = Int32(clamping: length)
      self.indent = Int32(clamping: indent)
      self.widthAndFlag = UInt32(clamping: Swift.min(width, Int(Int32.max))) | (isNormalizationInert ? 0 : 1 << 31)
    }

    var width: Int { Int(widthAndFlag & ~(1 << 31)) }
    var isNormalizationInert: Bool { widthAndFlag >> 31 == 0 }
  }

  /// The text, contiguous UTF-8, that every line is a range of.
  private var text: String
  private var entries: ContiguousArray<Entry>

  init() {
    text = ""
    entries = []
  }

  /// Splits `text` into lines (see `SourceLine.split`).
  ///
  /// - Complexity: O(*n*); a first scan counts the line feeds, so the table
  ///   of a text whose lines end in them is allocated once.
  init(_ text: String) {
    var text = text
    text.makeContiguousUTF8()
    self.text = text
    var entries = ContiguousArray<Entry>()
    let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      entries.reserveCapacity(Self.lineFeedCount(in: bytes) + 1)
      // Each line is split off and measured in one pass (`scanLine`).
      var start = 0
      while start < bytes.count {
        let line = Self.scanLine(bytes, from: start)
        let number = entries.count + 1
        entries.append(
          Self.measure(bytes, from: start, to: line.end, number: number, whole: line.measures)
            ?? Self.measured(text, from: start, to: line.end, number: number))
        start = line.next
      }
    }
    if scanned == nil {
      SourceLine.forEachLine(in: text.utf8) { start, end in
        entries.append(Self.measured(text, from: start, to: end, number: entries.count + 1))
      }
    }
    self.entries = entries
  }

  /// The line `start..<end` (UTF-8 offsets) of `text` measured through
  /// `SourceLine`, on its `Substring`.
  private static func measured(_ text: String, from start: Int, to end: Int, number: Int) -> Entry {
    let utf8 = text.utf8
    let base = utf8.startIndex
    let line = SourceLine(
      number: number, raw: text[utf8.index(base, offsetBy: start)..<utf8.index(base, offsetBy: end)])
    return Entry(
      start: utf8.distance(from: base, to: line.content.startIndex), number: line.number,
      length: line.content.utf8.count, indent: line.indent, width: line.width,
      isNormalizationInert: line.content.isNormalizationInert)
  }

  /// The number of line feeds in `bytes`, eight bytes at a time (a SWAR
  /// count: a byte of `word ^ 0x0A…` is zero exactly where `word` has a
  /// line feed, `(v & 0x7F…) + 0x7F…` sets the top bit of every non-zero
  /// low part without carrying between bytes, and the flags, shifted down
  /// to ones, are summed per byte and added up every 255 words).
  ///
  /// - Complexity: O(*n*).
  static func lineFeedCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let words = bytes.count / 8
    var count = 0
    var word = 0
    while word < words {
      // Each byte of `sums` counts at most 255 line feeds.
      let batchEnd = Swift.min(words, word + 255)
      var sums: UInt64 = 0
      while word < batchEnd {
        let v = UnsafeRawPointer(base + 8 * word).loadUnaligned(as: UInt64.self) ^ (ones &* 0x0A)
        sums &+= (~(((v & lows) &+ lows) | v | lows)) >> 7
        word += 1
      }
      let pairs = (sums & 0x00FF_00FF_00FF_00FF) &+ ((sums >> 8) & 0x00FF_00FF_00FF_00FF)
      count += Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
    }
    for i in (8 * words)..<bytes.count where base[i] == 0x0A { count += 1 }
    return count
  }

  /// The line of well-formed UTF-8 `bytes` that starts at `start`, split
  /// off as `SourceLine.forEachLine` splits and measured on the way: where
  /// it ends (before its terminator), where the next line starts, and the
  /// display width and inertness of all its scalars, its surrounding
  /// spaces included (`utf8DisplayWidthAndInertness`).
  ///
  /// - Complexity: O(*n*) in the line's bytes, eight at a time over ASCII
  ///   without terminators.
  private static func scanLine(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> (end: Int, next: Int, measures: (width: Int, isNormalizationInert: Bool)) {
    let count = bytes.count
    guard let base = bytes.baseAddress else { return (count, count, (0, true)) }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    var width = 0
    var inert = true
    var i = start
    while i < count {
      let lead = base[i]
      if lead < 0x80 {
        // Eight ASCII bytes, none below 0x0E (none a terminator): eight
        // columns, none changed by normalisation.
        if i + 8 <= count {
          let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
          if word & highs == 0, (word &- ones &* 0x0E) & ~word & highs == 0 {
            width += 8
            i += 8
            continue
          }
        }
        switch lead {
        case 0x0A, 0x0C: return (i, i + 1, (width, inert))
        case 0x0D: return (i, i + 1 < count && base[i + 1] == 0x0A ? i + 2 : i + 1, (width, inert))
        default:
          width += 1
          i += 1
          continue
        }
      }
      if lead &- 0xE5 <= 0xE9 - 0xE5 {
        // A run of U+5000…U+9FFF (lead bytes E5 to E9), the bulk of the
        // Han ideographs: 2 columns each, all inert, none a terminator.
        var k = i + 3
        while k < count, base[k] &- 0xE5 <= 0xE9 - 0xE5 { k += 3 }
        width += 2 * ((k - i) / 3)
        i = k
        continue
      }
      if lead == 0xE2, i + 2 < count, base[i + 1] == 0x80, base[i + 2] == 0xA8 || base[i + 2] == 0xA9 {
        return (i, i + 3, (width, inert))  // U+2028 and U+2029
      }
      let step = bytes.utf8WidthStep(at: i)
      i += step.length
      width += step.width
      if !step.isNormalizationInert { inert = false }
    }
    return (count, count, (width, inert))
  }

  /// Measures the line `bytes[start..<end]` of well-formed UTF-8 as
  /// `SourceLine(number:raw:)` does, on its bytes, given the `whole` line's
  /// width and inertness (`scanLine`): the spaces trimmed off are taken
  /// out of them. `nil` for the rare line whose last non-space character
  /// could take the spaces after it into its own grapheme (a prepended
  /// concatenation mark such as U+0600), which `SourceLine` must trim.
  ///
  /// - Complexity: O(*k*) in the line's leading and trailing spaces (O(*n*)
  ///   when one of them is not normalisation-inert and the whole line is
  ///   not either).
  private static func measure(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, number: Int,
    whole: (width: Int, isNormalizationInert: Bool)
  ) -> Entry? {
    var first = start
    var indent = 0
    // The columns of the spaces trimmed, and whether they are all inert.
    var trimmedWidth = 0
    var trimmedInert = true
    while first < end {
      let (scalar, length) = bytes.utf8Scalar(at: first)
      guard scalar.isSpace else { break }
      indent += scalar == "\t" ? 4 : scalar.displayWidth
      trimmedWidth += scalar.displayWidth
      if !scalar.isNormalizationInert { trimmedInert = false }
      first += length
    }
    guard first < end else {
      return Entry(start: end, number: number, length: 0, indent: 0, width: 0, isNormalizationInert: true)
    }
    var last = end  // the end of the content
    while true {
      var lead = last - 1
      while bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
      let scalar = bytes.utf8Scalar(at: lead).scalar
      if scalar.isSpace {
        trimmedWidth += scalar.displayWidth
        if !scalar.isNormalizationInert { trimmedInert = false }
        last = lead
        continue
      }
      if mayPrepend(scalar) { return nil }
      break
    }
    // A line that is not inert is so for its content, unless a space
    // trimmed off may be what is not.
    let inert =
      whole.isNormalizationInert
      || (!trimmedInert
        && UnsafeBufferPointer(rebasing: bytes[first..<last]).utf8DisplayWidthAndInertness.isNormalizationInert)
    return Entry(
      start: first, number: number, length: last - first, indent: indent, width: whole.width - trimmedWidth,
      isNormalizationInert: inert)
  }

  /// Whether a character starting with `scalar` may extend over a space
  /// after it: the grapheme-cluster Prepend characters of the BMP (Unicode
  /// 16) and, to be safe, everything above it.
  private static func mayPrepend(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x0D4E, 0x10000...: true
    default: false
    }
  }

  var startIndex: Int { 0 }
  var endIndex: Int { entries.count }

  subscript(position: Int) -> SourceLine {
    let entry = entries[position]
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: entry.start)
    let end = utf8.index(start, offsetBy: Int(entry.length))
    return SourceLine(
      number: Int(entry.number), content: text[start..<end], indent: Int(entry.indent), width: entry.width)
  }

  /// Whether line `position` is blank, without making its `Substring`.
  func isBlank(at position: Int) -> Bool { entries[position].length == 0 }

  /// The display width of line `position`, without making its `Substring`.
  func width(at position: Int) -> Int { entries[position].width }

  /// The first-line indent of line `position`, without making its
  /// `Substring`.
  func indent(at position: Int) -> Int { Int(entries[position].indent) }

  /// The last scalar of line `position`'s content (`nil` if blank),
  /// without making its `Substring`.
  func lastScalar(at position: Int) -> Unicode.Scalar? {
    let range = contentRange(at: position)
    guard !range.isEmpty else { return nil }
    let scalar = withUTF8 { bytes -> Unicode.Scalar in
      var lead = range.upperBound - 1
      while lead > range.lowerBound, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
      return bytes.utf8Scalar(at: lead).scalar
    }
    return scalar ?? self[position].content.unicodeScalars.last
  }

  /// The 1-based source line number of line `position`.
  func number(at position: Int) -> Int { Int(entries[position].number) }

  /// Whether line `position`'s content is `isNormalizationInert` (measured
  /// when the table was made).
  func isNormalizationInert(at position: Int) -> Bool { entries[position].isNormalizationInert }

  /// Where line `position`'s content is among the bytes `withUTF8` gives.
  func contentRange(at position: Int) -> Range<Int> {
    let entry = entries[position]
    return entry.start..<(entry.start + Int(entry.length))
  }

  /// The text the lines are ranges of (contiguous UTF-8; see
  /// `contentRange(at:)`).
  var source: String { text }

  /// Calls `body` with the UTF-8 bytes of the text the lines are ranges of
  /// (see `contentRange(at:)`); `nil` if the text is not contiguous, which
  /// `init` makes it.
  func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
    try text.utf8.withContiguousStorageIfAvailable(body)
  }

  /// Empties the content of line `position` (keeping its measures), as
  /// `content = content[content.endIndex...]` would.
  mutating func clearContent(at position: Int) {
    entries[position].start += Int(entries[position].length)
    entries[position].length = 0
  }

  /// Copies line `source` over line `target`.
  mutating func copyLine(_ source: Int, to target: Int) {
    entries[target] = entries[source]
  }

  /// Where line `position`'s content is, to be read back with `text(of:in:)`
  /// after the table is gone (16 bytes, against a `String` per line).
  func mark(_ position: Int) -> Mark {
    let entry = entries[position]
    return Mark(start: entry.start, length: entry.length, number: entry.number)
  }

  /// A line's place in the text the table was made from.
  struct Mark: Sendable {
    fileprivate var start: Int
    fileprivate var length: Int32
    fileprivate var number: Int32

    /// The line's 1-based number.
    var lineNumber: Int { Int(number) }

    /// Where the line's content is in the UTF-8 of the text the table was
    /// made from.
    var contentRange: Range<Int> { start..<(start + Int(length)) }

    /// The line's content, copied out of `text` (the text the table was
    /// made from).
    func content(in text: String) -> String {
      let utf8 = text.utf8
      let start = utf8.index(utf8.startIndex, offsetBy: start)
      return String(text[start..<utf8.index(start, offsetBy: Int(length))])
    }
  }

  /// Keeps only the first `count` lines.
  mutating func keepFirst(_ count: Int) {
    entries.removeSubrange(count...)
  }
}
