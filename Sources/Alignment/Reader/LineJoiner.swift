/// The words of a document, used to decide whether a hyphen at a line end
/// is part of the word ("counter-terrorism") or only splits it ("organ-ized").
struct Vocabulary: Sendable {
  private var words: Set<Substring> = []

  init() {}

  /// Collects the lower-cased Latin words of `lines`, keeping hyphenated
  /// compounds whole.
  init(lines: LineTable) {
    for line in lines {
      for word in line.content.split(whereSeparator: { !($0.isLetter || $0 == "-") }) {
        if word.contains(where: { $0.isUppercase }) {
          words.insert(Substring(word.lowercased()))
        } else {
          words.insert(word)
        }
      }
    }
  }

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
