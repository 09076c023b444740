extension ParallelText.Unit {
  /// The unit as it reads in its document: label and text.
  public var displayText: String {
    guard let label else { return text }
    return text.isEmpty ? label : label + " " + text
  }
}

extension ParallelText {
  /// The units of `ids` in version `v`, joined with hunalign's " ~~~ ".
  func joinedText(_ ids: [Int], version v: Int) -> String {
    ids.map { versions[v].units[$0].displayText }.joined(separator: " ~~~ ")
  }

  /// One row per bead (two versions) or per row (more): texts separated by
  /// tabs, several units on one side joined by " ~~~ ", an empty column for
  /// an unmatched unit, then the score (the cost, lower is better) and the
  /// confidence (`Row.confidence`, 0...1). Tabs and line breaks inside
  /// texts become spaces.
  ///
  /// - Complexity: O(*n*) in the size of the texts.
  public func tsv() -> String {
    var out = ""
    writeTSV(chunkSize: .max) { out += String(decoding: $0, as: UTF8.self) }
    return out
  }

  /// The text of `tsv()`, handed to `sink` in pieces of about `chunkSize`
  /// bytes (each ends after a row) as it is made, so that the whole text
  /// is never in memory at once. A sink's error ends the writing.
  ///
  /// - Complexity: As `tsv()`; memory O(`chunkSize` + the longest row).
  public func writeTSV(chunkSize: Int = 1 << 16, to sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    var out = ""
    out.reserveCapacity(min(chunkSize, 1 << 16) + 4096)
    for row in rows {
      let columns = row.units.enumerated().map { v, ids in
        joinedText(ids, version: v).map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }
      }
      out +=
        columns.map { String($0) }.joined(separator: "\t") + "\t" + Self.format(row.score)
        + "\t" + Self.format(row.confidence) + "\n"
      try out.flush(to: sink, ifAtLeast: chunkSize)
    }
    try out.flush(to: sink)
  }

  /// vecalign's format, one bead per line: `[0,1]:[0]:0.873`, 0-based ids
  /// into the units. Only for two versions.
  public func vecalignBeads() -> String {
    var out = ""
    writeVecalignBeads(chunkSize: .max) { out += String(decoding: $0, as: UTF8.self) }
    return out
  }

  /// The text of `vecalignBeads()`, handed to `sink` in pieces of about
  /// `chunkSize` bytes.
  ///
  /// - Complexity: O(*n*) in the number of beads; memory O(`chunkSize`).
  public func writeVecalignBeads(
    chunkSize: Int = 1 << 16, to sink: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    var out = ""
    out.reserveCapacity(min(chunkSize, 1 << 16) + 4096)
    for bead in beads[0] {
      out += bead.vecalignLine + ":" + Self.format(bead.score) + "\n"
      try out.flush(to: sink, ifAtLeast: chunkSize)
    }
    try out.flush(to: sink)
  }

  /// The versions side by side in columns, wrapped to `width` terminal
  /// columns, CJK characters counted double.
  ///
  /// - Complexity: O(*n*) in the size of the texts.
  public func sideBySide(width: Int) -> String {
    var out = ""
    writeSideBySide(width: width, chunkSize: .max) { out += String(decoding: $0, as: UTF8.self) }
    return out
  }

  /// The text of `sideBySide(width:)`, handed to `sink` in pieces of about
  /// `chunkSize` bytes (each ends after a row) as it is made, so that the
  /// whole text is never in memory at once. A sink's error ends the
  /// writing.
  ///
  /// - Complexity: As `sideBySide(width:)`; memory O(`chunkSize` + the
  ///   largest row).
  public func writeSideBySide(
    width: Int, chunkSize: Int = 1 << 16, to sink: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    let k = versions.count
    let separator = " │ "
    let columnWidth = max(10, (width - (k - 1) * separator.count) / k)
    var out = ""
    out.reserveCapacity(min(chunkSize, 1 << 16) + 4096)
    out +=
      versions.map { Self.pad("\($0.name) (\($0.language.rawValue))", columnWidth) }
      .joined(separator: separator) + "\n"
    out += versions.map { _ in String(repeating: "─", count: columnWidth) }.joined(separator: "─┼─") + "\n"
    for row in rows {
      let cells = row.units.enumerated().map { v, ids in
        ids.flatMap { Self.wrap(versions[v].units[$0].displayText, width: columnWidth) }
      }
      let height = cells.map(\.count).max() ?? 0
      for line in 0..<height {
        out += cells.map { Self.pad(line < $0.count ? $0[line] : "", columnWidth) }.joined(separator: separator)
        out += "\n"
      }
      out += "\n"
      try out.flush(to: sink, ifAtLeast: chunkSize)
    }
    try out.flush(to: sink)
  }

  static func format(_ score: Double) -> String {
    let rounded = (score * 1000).rounded() / 1000
    return rounded == 0 ? "0" : String(rounded)
  }

  /// Breaks `text` into lines of at most `width` display columns, at spaces
  /// in Latin text and between any two characters in CJK text, except
  /// before closing punctuation.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    var lastSpace: String.Index?
    for character in text {
      let w = character.unicodeScalars.first.map { $0.isCombiningMark ? 0 : $0.displayWidth } ?? 1
      if lineWidth + w > width, !line.isEmpty {
        if let space = lastSpace, character != " " {
          let rest = String(line[line.index(after: space)...])
          lines.append(String(line[..<space]))
          line = rest
          lineWidth = rest.displayWidth
        } else if let cut = Self.breakPoint(in: line, before: character) {
          // 。，、）… never open a line, and "2149(2014)" or "S/PRST" is
          // not cut: the characters before go with them.
          lines.append(String(line[..<cut]))
          line = String(line[cut...])
          lineWidth = line.displayWidth
        } else {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        lastSpace = nil
        if character == " " { continue }
      }
      if character == " " { lastSpace = line.endIndex }
      line.append(character)
      lineWidth += w
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// Closing punctuation that may not begin a line (the line-start rule of
  /// CJK typesetting, 禁则), in CJK and Latin text.
  static func cannotStartLine(_ character: Character) -> Bool {
    "。，、；：？！）》」』】〕〉”’…·．,.;:!?)]}%".contains(character)
  }

  /// Characters that hold together in a run such as "2149(2014)" or
  /// "S/PRST/2014/28": ASCII letters, digits and the marks inside symbols.
  static func holdsTogether(_ character: Character) -> Bool {
    character.isASCII && (character.isLetter || character.isNumber || "/().-".contains(character))
  }

  /// Where to end a full `line` when `next` does not fit: before the run of
  /// characters that must stay with `next`, or `nil` to break right here
  /// (also when that run fills the whole line, which then breaks anyway).
  static func breakPoint(in line: String, before next: Character) -> String.Index? {
    guard let last = line.last else { return nil }
    let binds = cannotStartLine(next) || holdsTogether(next) && holdsTogether(last)
    guard binds else { return nil }
    var cut = line.index(before: line.endIndex)
    // Keep the run of held-together characters that ends the line whole.
    while cut > line.startIndex, holdsTogether(line[cut]), holdsTogether(line[line.index(before: cut)]) {
      cut = line.index(before: cut)
    }
    return cut > line.startIndex ? cut : nil
  }

  /// `text` padded with spaces to `width` display columns.
  static func pad(_ text: String, _ width: Int) -> String {
    let w = text.displayWidth
    return w >= width ? text : text + String(repeating: " ", count: width - w)
  }
}
