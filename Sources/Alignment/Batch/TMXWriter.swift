/// TMX 1.4b written piece by piece, for translation memories too large to
/// build as one string: the header, one `<tu>` per translation unit, the
/// footer. Escaping and language codes are those of `ParallelText.tmx`.
public enum TMXWriter {
  /// The XML declaration, `<tmx>` and `<header>`, and `<body>`.
  ///
  /// - Parameters:
  ///   - sourceLanguage: The source language, or `nil` for a memory whose
  ///     units have different source languages (`srclang="*all*"`).
  ///   - toolVersion: The `creationtoolversion` to record.
  public static func header(sourceLanguage: Language?, toolVersion: String) -> String {
    let source = sourceLanguage.map(ParallelText.tmxLanguage) ?? "*all*"
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE tmx SYSTEM "tmx14.dtd">
      <tmx version="1.4">
        <header creationtool="align" creationtoolversion="\(ParallelText.escape(toolVersion))" datatype="plaintext" \
      segtype="sentence" adminlang="en" srclang="\(source)" o-tmf="align"/>
        <body>

      """
  }

  /// One `<tu>` with one `<tuv>` per segment.
  ///
  /// - Complexity: O(*n*) in the length of the segments.
  public static func unit(id: String, segments: [(language: Language, text: String)]) -> String {
    var out = "    <tu tuid=\"\(ParallelText.escape(id))\">\n"
    for segment in segments {
      out +=
        "      <tuv xml:lang=\"\(ParallelText.tmxLanguage(segment.language))\"><seg>\(ParallelText.escape(segment.text))</seg></tuv>\n"
    }
    out += "    </tu>\n"
    return out
  }

  /// `</body>` and `</tmx>`.
  public static let footer = "  </body>\n</tmx>\n"
}
