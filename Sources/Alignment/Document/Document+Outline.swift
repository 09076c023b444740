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
      let head = paragraph.text.prefix(width + 1)
      let flat = Self.markingLineBreaks(head)
      let shown = head.count > width ? flat.prefix(width) + "…" : Substring(flat)
      out += "\(path.padding(8)) \(paragraph.kind.rawValue.padding(12)) L\(paragraph.lines.lowerBound)  \(shown)\n"
    }
    return out
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

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
