/// Cognate and name evidence between Russian and English, French or
/// Spanish: each word is transliterated to ASCII (ICU
/// `Any-Latin; Latin-ASCII`, so "Босния" reads "bosnia" and "déclaration"
/// "declaration") and offers one more key beside its own stem, its first
/// `prefixLength` letters (Simard, Foster and Isabelle 1992's cognates),
/// with c, k and q read as one letter, y as i and z as s: "declaration",
/// "déclaration", "declaración" and "декларация" all give `~dekl`,
/// "tyranny" and "тирании" `~tira`.
///
/// Only between scripts: two Latin-script languages already share their
/// identical tokens, and prefixes there add chance matches (measured in
/// `Guides/Languages.md`, as is Arabic, where the consonant skeletons of
/// names gave nothing).
///
/// Each distinct word is transliterated once (a cache per extractor), so
/// the cost is one ICU call per distinct non-ASCII word.
struct CognateEvidence {
  /// The shared first letters that make two words cognates.
  static let prefixLength = 4

  private let transliterator: ICU.Transliterator?
  private var cache: [String: String?] = [:]

  /// Whether cognates apply to a language pair: Russian on one side,
  /// English, French or Spanish on the other.
  static func applies(_ a: Language, _ b: Language) -> Bool {
    let latin: Set<Language> = [.english, .french, .spanish]
    return (a == .russian && latin.contains(b)) || (b == .russian && latin.contains(a))
  }

  init() {
    if case .success(let prototype) = Self.prototype {
      transliterator = try? prototype.clone()
    } else {
      transliterator = nil
    }
  }

  /// The ICU transform every non-ASCII word goes through.
  static let transformID = "Any-Latin; Latin-ASCII"

  /// The cached prototype, only ever cloned.
  static let prototype = Result { () throws(ICUError) in
    try ICU.Transliterator(id: transformID)
  }

  /// The cognate key of a lowercased word, or nil when it has none (shorter
  /// than `prefixLength` letters after transliteration).
  ///
  /// - Complexity: O(*n*) in the word's length; ICU is called once per
  ///   distinct non-ASCII word.
  mutating func key(of word: String) -> String? {
    if let known = cache[word] { return known }
    let key = computeKey(word)
    cache[word] = key
    return key
  }

  private func computeKey(_ word: String) -> String? {
    let ascii: [UInt8]
    if word.utf8.allSatisfy({ $0 < 0x80 }) {
      ascii = Array(word.utf8)
    } else {
      guard let transliterator,
        let units = try? transliterator.transliterate(Array(word.utf16))
      else { return nil }
      ascii = units.compactMap { $0 < 0x80 ? UInt8($0) : nil }
    }
    var letters: [UInt8] = []
    letters.reserveCapacity(Self.prefixLength)
    for byte in ascii where letters.count < Self.prefixLength {
      var c = byte | 0x20
      guard c >= 0x61 && c <= 0x7A else { continue }  // a-z only
      switch c {
      case 0x63, 0x71: c = 0x6B  // c, q → k
      case 0x79: c = 0x69  // y → i (tyranny, тирания)
      case 0x7A: c = 0x73  // z → s (резолюция, resolution)
      default: break
      }
      letters.append(c)
    }
    guard letters.count >= Self.prefixLength else { return nil }
    return "~" + String(decoding: letters, as: UTF8.self)
  }
}
