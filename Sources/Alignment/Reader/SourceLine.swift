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
    var text = text
    text.makeContiguousUTF8()
    // Every terminator is ASCII or starts with 0xE2, so the scan runs on
    // UTF-8 bytes; the lines are ranges of `text`, not copies.
    var ends: [(end: Int, next: Int)] = []
    text.withUTF8 { bytes in
      var i = 0
      let count = bytes.count
      while i < count {
        let byte = bytes[i]
        if byte > 0x0D && byte != 0xE2 {
          i += 1
          continue
        }
        switch byte {
        case 0x0A, 0x0C:
          ends.append((i, i + 1))
          i += 1
        case 0x0D:
          let next = i + 1 < count && bytes[i + 1] == 0x0A ? i + 2 : i + 1
          ends.append((i, next))
          i = next
        case 0xE2 where i + 2 < count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
          // U+2028 and U+2029.
          ends.append((i, i + 3))
          i += 3
        default:
          i += 1
        }
      }
    }
    var lines: [SourceLine] = []
    lines.reserveCapacity(ends.count + 1)
    let utf8 = text.utf8
    var start = 0
    for (number, (end, next)) in ends.enumerated() {
      let range = utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)
      lines.append(SourceLine(number: number + 1, raw: text[range]))
      start = next
    }
    if start < utf8.count {
      lines.append(SourceLine(number: ends.count + 1, raw: text[utf8.index(utf8.startIndex, offsetBy: start)...]))
    }
    return lines
  }
}
