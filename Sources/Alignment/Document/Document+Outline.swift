extension Document {
  /// A plain-text outline a person can check at a glance: the front matter,
  /// then one line per paragraph with its path, kind and first characters.
  ///
  /// - Parameter width: The number of text characters shown per paragraph.
  /// - Complexity: O(*p* × `width`) for *p* paragraphs.
  public func outline(width: Int = 40) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(256 + paragraphs.count * (3 * max(0, width) + 32))
    out.append(contentsOf: "language: \(language.rawValue)\n".utf8)
    let fm = frontMatter
    for (name, value) in [("title", fm.title), ("symbol", fm.symbol), ("adoption", fm.adoption), ("author", fm.author)]
    {
      if let value { out.append(contentsOf: "\(name): \(value)\n".utf8) }
    }
    var counts: [Paragraph.Kind: Int] = [:]
    for paragraph in paragraphs { counts[paragraph.kind, default: 0] += 1 }
    out.append(contentsOf: "paragraphs: \(paragraphs.count)".utf8)
    let tally = Paragraph.Kind.allCases.compactMap { kind in counts[kind].map { " \(kind.rawValue) \($0)" } }
    out.append(contentsOf: tally.joined(separator: ",").utf8)
    out.append(0x0A)
    for paragraph in paragraphs {
      let pathStart = out.count
      if paragraph.path.isEmpty {
        out.append(UInt8(ascii: "-"))
      } else {
        for (k, component) in paragraph.path.enumerated() {
          if k > 0 { out.append(UInt8(ascii: ".")) }
          out.append(contentsOf: component.utf8)
        }
      }
      Self.pad(&out, from: pathStart, to: 8)
      out.append(0x20)
      let kindStart = out.count
      out.append(contentsOf: paragraph.kind.rawValue.utf8)
      Self.pad(&out, from: kindStart, to: 12)
      out.append(contentsOf: " L\(paragraph.lines.lowerBound)  ".utf8)
      if !Self.appendSingleScalarHead(of: paragraph.text, width: width, to: &out) {
        let head = paragraph.text.prefix(width + 1)
        let flat = Self.markingLineBreaks(head)
        let shown = head.count > width ? flat.prefix(width) + "…" : Substring(flat)
        out.append(contentsOf: shown.utf8)
      }
      out.append(0x0A)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Pads the text written to `out` since `start` with spaces to `width`
  /// characters.
  private static func pad(_ out: inout [UInt8], from start: Int, to width: Int) {
    // Printable ASCII is a character a byte; anything else is counted.
    // (Indices, not a slice: a slice alive while `out` grows would copy it.)
    var count = out.count - start
    if (start..<out.count).contains(where: { out[$0] < 0x20 || out[$0] >= 0x7F }) {
      count = String(decoding: out[start...], as: UTF8.self).count
    }
    if count < width { out.append(contentsOf: repeatElement(0x20, count: width - count)) }
  }

  /// Writes what the outline shows of `text` when its head is made of
  /// scalars that are each a character alone (`isSingleScalarCharacter`): its
  /// first `width` scalars with each line feed shown as " ⏎ ", the marked
  /// text cut to `width` scalars and "…" when `text` is longer; read off
  /// the UTF-8 bytes. Writes nothing and returns `false` when a scalar of
  /// the head (or the one after it) is not of those.
  ///
  /// - Complexity: O(`width`).
  private static func appendSingleScalarHead(of text: String, width: Int, to out: inout [UInt8]) -> Bool {
    var text = text
    return text.withUTF8 { bytes in appendSingleScalarHead(of: bytes, width: width, to: &out) }
  }

  /// `appendSingleScalarHead(of:width:to:)` on the text's bytes.
  private static func appendSingleScalarHead(
    of bytes: UnsafeBufferPointer<UInt8>, width: Int, to out: inout [UInt8]
  ) -> Bool {
    // Most heads hold no line feed: they are copied whole, found in one
    // pass that checks the scalars and marks the end of the first `width`.
    var taken = 0
    var widthEnd = 0
    var end = 0
    while end < bytes.count {
      let length: Int
      let lead = bytes[end]
      if lead >= 0x20 && lead <= 0x7E {
        length = 1  // printable ASCII
      } else if bytes.startsCommonIdeograph(at: end) {
        length = 3
      } else {
        let (scalar, scalarLength) = bytes.utf8Scalar(at: end)
        guard isSingleScalarCharacter(scalar) else { return false }
        if taken < width + 1, scalar == "\n" { return appendMarkedSingleScalarHead(of: bytes, width: width, to: &out) }
        length = scalarLength
      }
      if taken == width + 1 { break }
      taken += 1
      end += length
      if taken == width { widthEnd = end }
    }
    if taken > width {
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<widthEnd]))
      out.append(contentsOf: "…".utf8)
    } else {
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<end]))
    }
    return true
  }

  /// `appendSingleScalarHead(of:width:to:)` for a head with a line feed,
  /// written scalar by scalar.
  private static func appendMarkedSingleScalarHead(
    of bytes: UnsafeBufferPointer<UInt8>, width: Int, to out: inout [UInt8]
  ) -> Bool {
    let start = out.count
    // Scalars of the text taken, scalars written, and where the written
    // text is cut if the text goes on past `width` scalars.
    var taken = 0
    var written = 0
    var cut = start
    var i = 0
    while i < bytes.count {
      let (scalar, length) = bytes.utf8Scalar(at: i)
      guard isSingleScalarCharacter(scalar) else {
        out.removeSubrange(start...)
        return false
      }
      // The scalar after the head is checked too: it must not extend the
      // head's last character.
      if taken == width + 1 { break }
      taken += 1
      if scalar == "\n" {
        // " ⏎ ": three scalars, each of which may be where the text is cut.
        for piece in lineBreakMark {
          out.append(contentsOf: piece)
          written += 1
          if written <= width { cut = out.count }
        }
      } else {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
        written += 1
        if written <= width { cut = out.count }
      }
      i += length
    }
    if taken > width {
      out.removeSubrange(cut...)
      out.append(contentsOf: "…".utf8)
    }
    return true
  }

  /// The UTF-8 of the scalars of " ⏎ ", which stands for a line break.
  private static let lineBreakMark = " ⏎ ".unicodeScalars.map { Array(String($0).utf8) }

  /// A scalar whose character is always that scalar alone, and which never
  /// joins its neighbours into one character: tab, line feed, printable
  /// ASCII, U+00A0–U+02FF, U+2010–U+2027, CJK punctuation U+3000–U+3029 and
  /// U+3030–U+303F (not the tone marks between), the Han ideographs of
  /// U+3400–U+4DBF and U+4E00–U+9FFF, and the full-width forms
  /// U+FF01–U+FF60. None extends or is extended by its neighbours, and the
  /// only pair that joins (CR LF) is ruled out, so that a run of them has as
  /// many characters as scalars.
  private static func isSingleScalarCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60:
      true
    default: false
    }
  }

  /// `text` with each "\n" character shown as " ⏎ " (as `replacing` would,
  /// a "\r\n" character is left as it is), copied only when it has one.
  ///
  /// - Complexity: O(*n*).
  private static func markingLineBreaks(_ text: Substring) -> Substring {
    guard text.utf8.contains(0x0A) else { return text }
    var marked = ""
    for character in text {
      if character == "\n" { marked += " ⏎ " } else { marked.append(character) }
    }
    return Substring(marked)
  }
}
