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

  /// Splits text into lines on LF, CR LF, CR, and the Unicode line and
  /// paragraph separators.
  ///
  /// - Complexity: O(*n*).
  static func split(_ text: String) -> [SourceLine] {
    let text = {
      var text = text
      text.makeContiguousUTF8()
      return text
    }()
    // Every terminator is ASCII or starts with 0xE2, so the scan runs on
    // UTF-8 bytes; the lines are ranges of `text`, not copies. A first scan
    // counts them, so the array is allocated once at its size.
    let utf8 = text.utf8
    var count = 0
    forEachLine(in: utf8) { _, _ in count += 1 }
    var lines: [SourceLine] = []
    lines.reserveCapacity(count)
    forEachLine(in: utf8) { start, end in
      lines.append(SourceLine(
        number: lines.count + 1,
        raw: text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]))
    }
    return lines
  }

  /// Calls `body` with the UTF-8 offsets of each line's start and end
  /// (before its terminator), in order.
  private static func forEachLine(in utf8: String.UTF8View, _ body: (Int, Int) -> Void) {
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
      var start = 0
      var i = 0
      let count = bytes.count
      while i < count {
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
    if utf8.withContiguousStorageIfAvailable(scan) == nil {
      Array(utf8).withUnsafeBufferPointer(scan)
    }
  }
}
