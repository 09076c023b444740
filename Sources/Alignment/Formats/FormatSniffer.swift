/// Tells which format a file is in from its first bytes, and from its name
/// only where the bytes cannot tell (Markdown, an HTML fragment).
enum FormatSniffer {
  /// What the bytes look like.
  enum Guess: Sendable, Equatable {
    case format(SourceFormat)
    /// A Word 97–2003 `.doc` (an OLE2 compound file).
    case legacyWord
    /// A zip archive that is not known to be a Word document (yet).
    case zip
  }

  /// - Complexity: O(1): looks at the first kilobyte only.
  static func guess(_ bytes: some Collection<UInt8>, name: String) -> Guess {
    let head = Array(bytes.prefix(1024))
    if head.starts(with: Array("%PDF-".utf8)) { return .format(.pdf) }
    if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
      return .zip
    }
    if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .legacyWord }
    let lowerName = name.lowercased()
    if looksLikeHTML(head) || lowerName.hasSuffix(".html") || lowerName.hasSuffix(".htm")
      || lowerName.hasSuffix(".xhtml")
    {
      return .format(.html)
    }
    if lowerName.hasSuffix(".md") || lowerName.hasSuffix(".markdown") { return .format(.markdown) }
    // Standard input, a FIFO or a file without a known extension: Markdown
    // only if it opens with ATX headings; a `.txt` file is always text.
    if !lowerName.hasSuffix(".txt"), looksLikeMarkdown(head) { return .format(.markdown) }
    return .format(.text)
  }

  /// The first non-blank line is an ATX heading (`# Title`) and another
  /// ATX heading follows within the first kilobyte (`## 第一章 总则`). Plain
  /// legal texts do not start lines with `# `.
  static func looksLikeMarkdown(_ head: [UInt8]) -> Bool {
    let text = String(decoding: head, as: UTF8.self)
    let lines = text.split(whereSeparator: \.isNewline).map { $0.drop { $0 == " " } }.filter { !$0.isEmpty }
    func isHeading(_ line: Substring) -> Bool {
      let hashes = line.prefix { $0 == "#" }.count
      return (1...6).contains(hashes) && line.dropFirst(hashes).first == " "
    }
    guard let first = lines.first, isHeading(first) else { return false }
    return lines.dropFirst().contains(where: isHeading)
  }

  /// `<!DOCTYPE html`, `<html` or `<?xml … <html` near the start, after
  /// any byte order mark and white space, in any case.
  static func looksLikeHTML(_ head: [UInt8]) -> Bool {
    // Drop a UTF-8 BOM and NULs (a UTF-16 page) so "<html" shows through.
    let ascii = head.filter { $0 != 0 && $0 < 0x80 }
    let text = String(decoding: ascii, as: UTF8.self).lowercased()
    let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
    if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") { return true }
    if trimmed.hasPrefix("<?xml") || trimmed.hasPrefix("<!--") { return text.contains("<html") }
    return false
  }
}
