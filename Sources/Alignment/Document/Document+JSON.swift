import Foundation

extension Document {
  /// The identifier of the JSON schema written by `jsonData()`.
  public static let jsonSchema = "align.document/1"

  /// The document as `align.document/1` JSON (see docs/json-schemas.md):
  /// keys sorted, so the same document always gives the same bytes (those
  /// `JSONEncoder.alignOutput()` would give).
  ///
  /// - Complexity: O(*n*) in the size of the document.
  public func jsonData(source: String? = nil) throws -> Data {
    var data = Data()
    writeJSON(source: source) { data.append(contentsOf: $0) }
    return data
  }

  /// Writes the document as `align.document/1` JSON, byte for byte what
  /// `jsonData(source:)` returns, to `sink` in pieces of about `chunkSize`
  /// bytes, without building the JSON in memory.
  ///
  /// - Parameters:
  ///   - source: The file name recorded as `source`; omitted when `nil`.
  ///   - chunkSize: Bytes gathered before each call of `sink` (a piece is
  ///     larger when one string is).
  ///   - sink: Takes each piece; its error ends the writing.
  /// - Complexity: O(*n*) in the size of the document; O(`chunkSize`) memory
  ///   beyond the document and its longest string.
  public func writeJSON(
    source: String? = nil, chunkSize: Int = 1 << 16, to sink: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    var out = JSONStream(chunkSize: chunkSize)
    // Keys in sorted order, as `JSONEncoder`'s `.sortedKeys` writes them.
    out.open("{")
    out.key("discarded")
    out.open("[")
    for item in discarded {
      out.element()
      out.textLines(item)
      try out.flushIfFull(sink)
    }
    out.close("]")
    out.key("format")
    out.string(format.rawValue)
    out.key("front")
    out.open("{")
    if let adoption = frontMatter.adoption {
      out.key("adoption")
      out.string(adoption)
    }
    if let author = frontMatter.author {
      out.key("author")
      out.string(author)
    }
    out.key("lines")
    out.open("[")
    for line in frontMatter.lines {
      out.element()
      out.textLines(line)
    }
    out.close("]")
    if let symbol = frontMatter.symbol {
      out.key("symbol")
      out.string(symbol)
    }
    if let title = frontMatter.title {
      out.key("title")
      out.string(title)
    }
    out.close("}")
    out.key("language")
    out.string(language.rawValue)
    out.key("paragraphs")
    out.open("[")
    for (index, paragraph) in paragraphs.enumerated() {
      out.element()
      out.paragraph(paragraph, index: index)
      try out.flushIfFull(sink)
    }
    out.close("]")
    out.key("schema")
    out.string(Document.jsonSchema)
    if let source {
      out.key("source")
      out.string(source)
    }
    out.close("}")
    try out.flush(sink)
  }
}

/// Pretty-printed JSON written into a buffer that is handed on in pieces:
/// the layout of Foundation's `JSONEncoder` with `.prettyPrinted` (two
/// spaces a level, `"key" : value`, an empty container as `[\n\n]` around
/// its indent) and `.withoutEscapingSlashes`.
private struct JSONStream {
  private var buffer: [UInt8] = []
  private let chunkSize: Int
  /// For each open container, whether nothing has been written into it.
  private var empty: [Bool] = []

  init(chunkSize: Int) {
    self.chunkSize = max(1, chunkSize)
    buffer.reserveCapacity(self.chunkSize + 4096)
  }

  mutating func flushIfFull(_ sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    if buffer.count >= chunkSize { try flush(sink) }
  }

  mutating func flush(_ sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    guard !buffer.isEmpty else { return }
    try buffer.withUnsafeBytes { try sink($0) }
    buffer.removeAll(keepingCapacity: true)
  }

  private mutating func indent() {
    for _ in 0..<empty.count {
      buffer.append(0x20)
      buffer.append(0x20)
    }
  }

  /// Opens an object (`{`) or array (`[`).
  mutating func open(_ bracket: Unicode.Scalar) {
    buffer.append(UInt8(bracket.value))
    empty.append(true)
  }

  /// Closes the innermost container with `}` or `]`.
  mutating func close(_ bracket: Unicode.Scalar) {
    let wasEmpty = empty.removeLast()
    buffer.append(0x0A)
    if wasEmpty { buffer.append(0x0A) }
    indent()
    buffer.append(UInt8(bracket.value))
  }

  /// Starts the next element of an array.
  mutating func element() {
    if empty[empty.count - 1] {
      empty[empty.count - 1] = false
    } else {
      buffer.append(0x2C)
    }
    buffer.append(0x0A)
    indent()
  }

  /// Starts the member `name` of an object (`name` needs no escaping).
  mutating func key(_ name: StaticString) {
    element()
    buffer.append(0x22)
    name.withUTF8Buffer { buffer.append(contentsOf: $0) }
    buffer.append(contentsOf: [0x22, 0x20, 0x3A, 0x20])  // `" : `
  }

  mutating func integer(_ value: Int) {
    buffer.append(contentsOf: String(value).utf8)
  }

  /// A string with `"` and `\` escaped, `\b \t \n \f \r`, other control
  /// characters as `\u00xx`, everything else (`/` too) as it is.
  mutating func string(_ value: String) {
    var value = value
    buffer.append(0x22)
    value.withUTF8 { bytes in
      var runStart = 0
      for (offset, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        if runStart < offset { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset])) }
        runStart = offset + 1
        buffer.append(0x5C)
        switch byte {
        case 0x22, 0x5C: buffer.append(byte)
        case 0x08: buffer.append(0x62)  // b
        case 0x09: buffer.append(0x74)  // t
        case 0x0A: buffer.append(0x6E)  // n
        case 0x0C: buffer.append(0x66)  // f
        case 0x0D: buffer.append(0x72)  // r
        default:
          let hex: [UInt8] = Array("0123456789abcdef".utf8)
          buffer.append(contentsOf: [0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])  // u00xx
        }
      }
      if runStart < bytes.count { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    }
    buffer.append(0x22)
  }

  mutating func lines(_ range: ClosedRange<Int>) {
    open("{")
    key("first")
    integer(range.lowerBound)
    key("last")
    integer(range.upperBound)
    close("}")
  }

  mutating func textLines(_ item: SourceLines) {
    open("{")
    key("lines")
    lines(item.lines)
    key("text")
    string(item.text)
    close("}")
  }

  mutating func paragraph(_ paragraph: Paragraph, index: Int) {
    open("{")
    key("index")
    integer(index)
    key("kind")
    string(paragraph.kind.rawValue)
    key("label")
    if let label = paragraph.label { string(label) } else { buffer.append(contentsOf: "null".utf8) }
    key("lines")
    lines(paragraph.lines)
    if !paragraph.notes.isEmpty {
      key("notes")
      open("[")
      for note in paragraph.notes {
        element()
        string(note)
      }
      close("]")
    }
    key("path")
    open("[")
    for part in paragraph.path {
      element()
      string(part)
    }
    close("]")
    key("text")
    string(paragraph.text)
    close("}")
  }
}
