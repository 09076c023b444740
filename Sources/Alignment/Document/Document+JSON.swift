#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
    var json = PrettyJSON(capacity: max(1, chunkSize) + 4096)
    // Keys in sorted order, as `JSONEncoder`'s `.sortedKeys` writes them.
    try json.object { json in
      json.key("discarded")
      try json.array { json in
        for item in discarded {
          json.element()
          json.textLines(item)
          try json.flush(to: sink, ifAtLeast: chunkSize)
        }
      }
      json.key("format")
      json.string(format.rawValue)
      json.key("front")
      json.object { json in
        if let adoption = frontMatter.adoption {
          json.key("adoption")
          json.string(adoption)
        }
        if let author = frontMatter.author {
          json.key("author")
          json.string(author)
        }
        json.key("lines")
        json.array { json in
          for line in frontMatter.lines {
            json.element()
            json.textLines(line)
          }
        }
        if let symbol = frontMatter.symbol {
          json.key("symbol")
          json.string(symbol)
        }
        if let title = frontMatter.title {
          json.key("title")
          json.string(title)
        }
      }
      json.key("language")
      json.string(language.rawValue)
      json.key("paragraphs")
      try json.array { json in
        for (index, paragraph) in paragraphs.enumerated() {
          json.element()
          json.paragraph(paragraph, index: index)
          try json.flush(to: sink, ifAtLeast: chunkSize)
        }
      }
      json.key("schema")
      json.string(Document.jsonSchema)
      json.member("source", ifPresent: source)
    }
    try json.flush(to: sink)
  }
}

/// The parts of `align.document/1`.
extension PrettyJSON {
  fileprivate mutating func lines(_ range: ClosedRange<Int>) {
    object { json in
      json.key("first")
      json.int(range.lowerBound)
      json.key("last")
      json.int(range.upperBound)
    }
  }

  fileprivate mutating func textLines(_ item: SourceLines) {
    object { json in
      json.key("lines")
      json.lines(item.lines)
      json.key("text")
      json.string(item.text)
    }
  }

  fileprivate mutating func paragraph(_ paragraph: Paragraph, index: Int) {
    object { json in
      json.key("index")
      json.int(index)
      json.key("kind")
      json.string(paragraph.kind.rawValue)
      json.key("label")
      json.string(paragraph.label)
      json.key("lines")
      json.lines(paragraph.lines)
      if !paragraph.notes.isEmpty {
        json.key("notes")
        json.array(paragraph.notes)
      }
      json.key("path")
      json.array(paragraph.path)
      json.key("text")
      json.string(paragraph.text)
    }
  }
}
