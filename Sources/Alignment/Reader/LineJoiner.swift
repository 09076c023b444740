/// The words of a document, used to decide whether a hyphen at a line end
/// is part of the word ("counter-terrorism") or only splits it ("organ-ized").
struct Vocabulary: Sendable {
  private var words: Set<Substring> = []

  init() {}

  /// Collects the lower-cased Latin words of `lines`, keeping hyphenated
  /// compounds whole. The words are looked up only to join a line that
  /// ends in a hyphen, so without such a line none is collected.
  ///
  /// - Complexity: O(*n*) in the length of the lines.
  init(lines: LineTable) {
    guard lines.contains(where: { Self.endsWithHyphen($0.content) }) else { return }
    for line in lines {
      if line.content.utf8.allSatisfy({ $0 < 0x80 }) {
        insertASCIIWords(of: line.content)
      } else {
        insertWords(of: line.content)
      }
    }
  }

  /// Whether `line` ends in a hyphen or a soft hyphen (U+00AD, bytes C2 AD),
  /// the two endings `LineJoiner` dehyphenates.
  static func endsWithHyphen(_ line: Substring) -> Bool {
    let bytes = line.utf8
    guard let last = bytes.last else { return false }
    if last == UInt8(ascii: "-") { return true }
    return last == 0xAD && bytes.dropLast().last == 0xC2
  }

  /// The words of a line: runs of letters and hyphens.
  mutating func insertWords(of line: Substring) {
    for word in line.split(whereSeparator: { !($0.isLetter || $0 == "-") }) {
      if word.contains(where: { $0.isUppercase }) {
        words.insert(Substring(word.lowercased()))
      } else {
        words.insert(word)
      }
    }
  }

  /// `insertWords(of:)` for a line of ASCII, on its bytes: an ASCII
  /// character is a letter exactly when it is A–Z or a–z.
  mutating func insertASCIIWords(of line: Substring) {
    for bytes in line.utf8.split(whereSeparator: { !Self.isASCIILetterOrHyphen($0) }) {
      let word = line[bytes.startIndex..<bytes.endIndex]
      if bytes.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) {
        words.insert(Substring(word.lowercased()))
      } else {
        words.insert(word)
      }
    }
  }

  private static func isASCIILetterOrHyphen(_ byte: UInt8) -> Bool {
    let folded = byte | 0x20
    return (folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z")) || byte == UInt8(ascii: "-")
  }

  /// The collected words, for tests.
  var wordsForTesting: Set<Substring> { words }

  func contains(_ word: some StringProtocol) -> Bool { words.contains(Substring(word.lowercased())) }
}

/// Joins the lines of one paragraph: no space inside CJK text, one space in
/// Latin text, line-end hyphens removed only where the joined word is a word.
enum LineJoiner {
  /// Prefixes that form hyphenated compounds in UN English.
  static let compoundPrefixes: Set<String> = [
    "counter", "non", "anti", "self", "co", "pre", "post", "multi", "cross", "well",
    "long", "short", "high", "low", "socio", "inter", "intra", "ex", "sub", "semi",
    "quasi", "cease", "follow", "peace", "case", "two", "three", "one", "all", "full",
  ]

  /// - Complexity: O(*n*) in the total length.
  static func join(_ parts: some Collection<Substring>, vocabulary: Vocabulary) -> String {
    var result = ""
    // At most one space between parts: the text is allocated once, at its
    // size, instead of growing (and keeping up to twice its size).
    result.reserveCapacity(parts.reduce(parts.count) { $0 + $1.utf8.count })
    for part in parts {
      guard let last = result.unicodeScalars.last, let first = part.unicodeScalars.first else {
        result += part
        continue
      }
      if last.joinsWithoutSpace || first.joinsWithoutSpace {
        result += part
      } else if last == "-" || last == "\u{00AD}", isLowercaseLetter(first),
        let dehyphenated = dehyphenate(result, next: part, vocabulary: vocabulary)
      {
        result = dehyphenated
      } else if last == "-" || last == "/" {
        result += part
      } else {
        result += " "
        result += part
      }
    }
    return result
  }

  private static func isLowercaseLetter(_ c: Unicode.Scalar) -> Bool {
    c.properties.isLowercase
  }

  /// Returns `text` with its final hyphen removed and `next` appended when
  /// the joined word is a word; `nil` to keep the hyphen.
  private static func dehyphenate(_ text: String, next: Substring, vocabulary: Vocabulary) -> String? {
    var head = text
    let hyphen = head.removeLast()
    let stem = head.reversed().prefix(while: { $0.isLetter })
    let tail = next.prefix(while: { $0.isLetter })
    guard !stem.isEmpty, !tail.isEmpty else { return nil }
    let first = String(stem.reversed())
    let joined = first + tail
    if hyphen == "\u{00AD}" { return head + next }
    if vocabulary.contains(first + "-" + tail) { return nil }
    if vocabulary.contains(joined) { return head + next }
    if compoundPrefixes.contains(first.lowercased())
      || first.first?.isUppercase == true && tail.first?.isUppercase == true
    {
      return nil
    }
    return head + next
  }
}
