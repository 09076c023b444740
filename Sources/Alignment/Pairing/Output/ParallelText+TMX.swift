extension ParallelText {
  /// The alignment as TMX 1.4b: one `<tu>` per row in which the pivot (the
  /// header's `srclang`) and at least one other version have text, one
  /// `<tuv>` per version with text (up to one per version: six for the six
  /// UN languages), the pivot's first, `xml:lang` from the detected
  /// languages, everything XML-escaped. Rows with one side only (unmatched
  /// units) carry no translation, and rows without the pivot no source
  /// (CAT tools read the `srclang` variant as the source): both are left
  /// out.
  ///
  /// - Parameter tool: The `creationtoolversion` to record.
  /// - Complexity: O(*n*) in the size of the texts.
  public func tmx(toolVersion: String) -> String {
    var out = ""
    writeTMX(toolVersion: toolVersion, chunkSize: .max) { out += String(decoding: $0, as: UTF8.self) }
    return out
  }

  /// The text of `tmx(toolVersion:)`, handed to `sink` in pieces of about
  /// `chunkSize` bytes (each ends after a `<tu>`) as it is made, so that
  /// the whole text is never in memory at once. A sink's error ends the
  /// writing.
  ///
  /// - Complexity: As `tmx(toolVersion:)`; memory O(`chunkSize` + the
  ///   largest row).
  public func writeTMX(
    toolVersion: String, chunkSize: Int = 1 << 16, to sink: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE tmx SYSTEM "tmx14.dtd">
      <tmx version="1.4">
        <header creationtool="align" creationtoolversion="\(Self.escape(toolVersion))" datatype="plaintext" \
      segtype="\(level == .sentence ? "sentence" : "paragraph")" adminlang="en" \
      srclang="\(Self.tmxLanguage(versions[0].language))" o-tmf="align"/>
        <body>

      """
    for (index, row) in rows.enumerated() {
      let filled = row.units.indices.filter { !row.units[$0].isEmpty }
      guard filled.count >= 2, filled.first == 0 else { continue }
      out += "    <tu tuid=\"\(index + 1)\">\n"
      out += "      <prop type=\"x-confidence\">\(Self.format(row.confidence))</prop>\n"
      for v in filled {
        let text = row.units[v].map { versions[v].units[$0].displayText }.joined(separator: " ")
        out +=
          "      <tuv xml:lang=\"\(Self.tmxLanguage(versions[v].language))\"><seg>\(Self.escape(text))</seg></tuv>\n"
      }
      out += "    </tu>\n"
      try out.flush(to: sink, ifAtLeast: chunkSize)
    }
    out += "  </body>\n</tmx>\n"
    try out.flush(to: sink)
  }

  /// Language codes as CAT tools expect them (zh-CN, zh-TW, en, fr, …).
  static func tmxLanguage(_ language: Language) -> String {
    switch language {
    case .chineseSimplified: "zh-CN"
    case .chineseTraditional: "zh-TW"
    default: language.rawValue
    }
  }

  /// Escapes XML's special characters and drops characters XML 1.0 forbids.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
