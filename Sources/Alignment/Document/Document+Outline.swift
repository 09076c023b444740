extension Document {
  /// A plain-text outline a person can check at a glance: the front matter,
  /// then one line per paragraph with its path, kind and first characters.
  ///
  /// - Parameter width: The number of text characters shown per paragraph.
  public func outline(width: Int = 40) -> String {
    var out = "language: \(language.rawValue)\n"
    let fm = frontMatter
    for (name, value) in [("title", fm.title), ("symbol", fm.symbol), ("adoption", fm.adoption), ("author", fm.author)]
    {
      if let value { out += "\(name): \(value)\n" }
    }
    let counts = Dictionary(grouping: paragraphs, by: \.kind).mapValues(\.count)
    out += "paragraphs: \(paragraphs.count)"
    out += Paragraph.Kind.allCases.compactMap { kind in counts[kind].map { " \(kind.rawValue) \($0)" } }.joined(
      separator: ",")
    out += "\n"
    for paragraph in paragraphs {
      let path = paragraph.path.isEmpty ? "-" : paragraph.path.joined(separator: ".")
      let shown: Substring
      if let head = Self.singleScalarPrefix(of: paragraph.text, count: width + 1) {
        // Each scalar is a character: no grapheme breaking needed.
        let flat = Self.markingLineBreaks(head.text, byScalar: true)
        shown = head.count > width ? Substring(flat.unicodeScalars.prefix(width)) + "…" : flat
      } else {
        let head = paragraph.text.prefix(width + 1)
        let flat = Self.markingLineBreaks(head)
        shown = head.count > width ? flat.prefix(width) + "…" : Substring(flat)
      }
      out += "\(path.padding(8)) \(paragraph.kind.rawValue.padding(12)) L\(paragraph.lines.lowerBound)  \(shown)\n"
    }
    return out
  }

  /// `text` with each "\n" character shown as " ⏎ " (as `replacing` would,
  /// a "\r\n" character is left as it is), copied only when it has one.
  ///
  /// - Complexity: O(*n*).
  private static func markingLineBreaks(_ text: Substring, byScalar: Bool = false) -> Substring {
    guard text.utf8.contains(0x0A) else { return text }
    var marked = ""
    if byScalar {
      for scalar in text.unicodeScalars {
        if scalar == "\n" { marked += " ⏎ " } else { marked.unicodeScalars.append(scalar) }
      }
    } else {
      for character in text {
        if character == "\n" { marked += " ⏎ " } else { marked.append(character) }
      }
    }
    return Substring(marked)
  }

  /// The first `count` scalars of `text` (all of it if shorter) and how many
  /// they are, when each of them and the scalar after them is one whose
  /// character is always that scalar alone, so that they are also its first
  /// `count` characters; `nil` otherwise. Those scalars: tab, line feed,
  /// printable ASCII, U+00A0–U+02FF, U+2010–U+2027, CJK punctuation
  /// U+3000–U+3029 and U+3030–U+303F (not the tone marks between), the Han
  /// ideographs of U+3400–U+4DBF and U+4E00–U+9FFF, and the full-width forms
  /// U+FF01–U+FF60: none extends or is extended by its neighbours, and the
  /// only pair that joins (CR LF) is ruled out.
  ///
  /// - Complexity: O(`count`).
  private static func singleScalarPrefix(of text: String, count: Int) -> (text: Substring, count: Int)? {
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    var taken = 0
    while index < scalars.endIndex {
      switch scalars[index].value {
      case 0x09, 0x0A, 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60:
        break
      default:
        return nil
      }
      // The scalar after the prefix is checked too: it must not extend the
      // prefix's last character.
      if taken == count { return (text[..<index], taken) }
      taken += 1
      index = scalars.index(after: index)
    }
    return (text[...], taken)
  }
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
