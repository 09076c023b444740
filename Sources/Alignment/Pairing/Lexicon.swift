/// A Chinese → English word lexicon: each headword (Simplified or
/// Traditional) maps to the English content words of its glosses, already
/// lowercased and reduced by `EnglishStemmer`.
///
/// The shipped lexicon, `Lexicon.cedict`, is
/// derived from CC-CEDICT (MDBG, CC BY-SA 4.0) by `scripts/build-lexicon.py`;
/// see `Sources/Alignment/Resources/CEDICT-LICENSE.txt`.
public final class Lexicon: Sendable {
  /// Stemmed English word → word id. Ids are dense, 0..<words.count.
  let wordIDs: [String: Int32]
  /// Headword (packed, see `HeadwordKey`) → range into `glosses`.
  let headwords: [HeadwordKey: Range<Int32>]
  /// The stemmed English word ids of all headwords, concatenated.
  let glosses: [Int32]
  /// The longest headword length (in Unicode scalars) by first scalar.
  let longestHeadword: [UInt32: UInt8]

  /// The number of headwords.
  public var count: Int { headwords.count }

  /// Reads a lexicon in the format written by `scripts/build-lexicon.py`:
  /// `headword headword ...<TAB>word word ...`, one line each.
  ///
  /// - Complexity: O(*n*) in the size of the text.
  public init(tsv text: String) {
    var wordIDs: [String: Int32] = [:]
    var headwords: [HeadwordKey: Range<Int32>] = [:]
    var glosses: [Int32] = []
    var longest: [UInt32: UInt8] = [:]
    let stemmer = EnglishStemmer()
    for line in text.split(separator: "\n") {
      guard let tab = line.firstIndex(of: "\t") else { continue }
      let start = Int32(glosses.count)
      var seen: Set<Int32> = []
      for word in line[line.index(after: tab)...].split(separator: " ") {
        let stem = stemmer.stem(String(word))
        let id: Int32
        if let known = wordIDs[stem] {
          id = known
        } else {
          id = Int32(wordIDs.count)
          wordIDs[stem] = id
        }
        if seen.insert(id).inserted { glosses.append(id) }
      }
      let range = start..<Int32(glosses.count)
      for head in line[..<tab].split(separator: " ") {
        let scalars = Array(head.unicodeScalars)
        guard let first = scalars.first, let key = HeadwordKey(scalars[...]) else {
          continue
        }
        headwords[key] = range
        let length = UInt8(min(scalars.count, 255))
        longest[first.value] = max(longest[first.value] ?? 0, length)
      }
    }
    self.wordIDs = wordIDs
    self.headwords = headwords
    self.glosses = glosses
    self.longestHeadword = longest
  }

  /// The English word ids of the headword `key`, or `nil` if it is not an
  /// entry.
  @inline(__always)
  func glossIDs(of key: HeadwordKey) -> ArraySlice<Int32>? {
    guard let range = headwords[key] else { return nil }
    return glosses[Int(range.lowerBound)..<Int(range.upperBound)]
  }

  func glossIDs(of headword: String) -> ArraySlice<Int32>? {
    guard let key = HeadwordKey(Array(headword.unicodeScalars)[...]) else { return nil }
    return glossIDs(of: key)
  }

  /// Whether `headword` is an entry (headwords longer than
  /// `HeadwordKey.maximumLength` scalars are not kept).
  ///
  /// - Complexity: O(1) expected.
  public func contains(_ headword: String) -> Bool {
    glossIDs(of: headword) != nil
  }

  /// The English words (stemmed) that `headword` translates to.
  ///
  /// - Complexity: O(*k*) in the number of words, after an O(*n*) reverse
  ///   index built on each call; meant for inspection and tests.
  public func translations(of headword: String) -> [String] {
    guard let ids = glossIDs(of: headword) else { return [] }
    var names = [String](repeating: "", count: wordIDs.count)
    for (word, id) in wordIDs { names[Int(id)] = word }
    return ids.map { names[Int($0)] }
  }
}

/// A headword of up to eight Unicode scalars packed into 21-bit fields, so
/// that forward maximum matching can look up candidates without building
/// strings.
struct HeadwordKey: Hashable, Sendable {
  static let maximumLength = 8
  var low: UInt64 = 0
  var middle: UInt64 = 0
  var high: UInt64 = 0

  /// `nil` for an empty or too long headword.
  @inline(__always)
  init?(_ scalars: ArraySlice<Unicode.Scalar>) {
    guard !scalars.isEmpty, scalars.count <= Self.maximumLength else { return nil }
    for (k, scalar) in scalars.enumerated() {
      let v = UInt64(scalar.value)
      switch k {
      case 0..<3: low |= v << UInt64(21 * k)
      case 3..<6: middle |= v << UInt64(21 * (k - 3))
      default: high |= v << UInt64(21 * (k - 6))
      }
    }
    high |= UInt64(scalars.count) << 60
  }
}
