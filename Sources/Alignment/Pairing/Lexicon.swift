/// A Chinese → English word lexicon: each headword (Simplified or
/// Traditional) maps to the English content words of its glosses,
/// lowercased and reduced by `EnglishStemmer`.
///
/// The lexicon is kept in its binary form (sorted arrays, see
/// `scripts/build-lexicon.py`), memory-mapped from a file or built in
/// memory, and searched by bisection: opening one costs nothing but the
/// mapping, whatever its size.
///
/// The shipped lexicon, `Lexicon.cedict`, is derived from CC-CEDICT (MDBG,
/// CC BY-SA 4.0) by `scripts/build-lexicon.py`; see
/// `Sources/LexiconData/CEDICT-LICENSE.txt`.
public final class Lexicon: Sendable {
  let tables: LexiconTables

  /// The number of headwords.
  public var count: Int { tables.heads.count }

  /// The number of distinct English stems; their ids are 0..<wordCount.
  var wordCount: Int { tables.stems.count }

  /// The longest headword length (in Unicode scalars) by first scalar.
  var longestHeadword: LongestHeadwords { LongestHeadwords(tables: tables) }

  /// Opens a lexicon file in the binary form `scripts/build-lexicon.py`
  /// writes, memory-mapped.
  ///
  /// - Throws: `LexiconFileProblem` if the file cannot be mapped or is not
  ///   such a lexicon.
  /// - Complexity: O(1).
  public init(contentsOfFile path: String) throws(LexiconFileProblem) {
    tables = try LexiconTables(LexiconBytes(mapping: path), path: path)
  }

  /// Reads a lexicon in the readable form of `scripts/build-lexicon.py
  /// --tsv`: `headword headword ...<TAB>word word ...`, one line each.
  ///
  /// - Complexity: O(*n* log *n*) in the size of the text.
  public convenience init(tsv text: String) {
    var builder = LexiconBuilder()
    for line in text.split(separator: "\n") {
      guard let tab = line.firstIndex(of: "\t") else { continue }
      builder.add(
        headwords: line[..<tab].split(separator: " "),
        words: line[line.index(after: tab)...].split(separator: " "))
    }
    self.init(built: builder)
  }

  init(built builder: LexiconBuilder) {
    // A buffer this builder wrote is well formed; a failure here would be
    // a bug in `LexiconBuilder`, reported as an empty lexicon.
    let bytes = LexiconBytes(copying: builder.bytes())
    self.tables = (try? LexiconTables(bytes, path: "(built)")) ?? LexiconTables(empty: bytes)
  }

  /// Gives the pages of a memory-mapped lexicon that look-ups have read
  /// back to the system, for a caller that is done looking words up for a
  /// while (`ParagraphEvidence`, once both documents' words are found): a
  /// long text reads most of the file's 6 MB. Later look-ups read the pages
  /// again from the page cache; the lexicon is unchanged.
  ///
  /// - Complexity: O(the resident pages).
  func releaseResidentPages() { tables.storage.releaseResidentPages() }

  /// The id of an English stem, or `nil` if no gloss has it.
  ///
  /// - Complexity: O(log *n*) in the number of stems.
  func wordID(of stem: String) -> Int32? {
    var stem = stem
    return stem.withUTF8 { utf8 in
      let key = UnsafeRawBufferPointer(utf8)
      guard let k = tables.stems.find(key, in: 0..<tables.stems.count, order: tables.stemOrder)
      else { return nil }
      return Int32(bitPattern: tables.stemOrder[k])
    }
  }

  /// The entry of the headword with these UTF-8 bytes.
  @inline(__always)
  func group(ofUTF8 key: UnsafeRawBufferPointer) -> Int? {
    guard let k = tables.heads.find(key, in: 0..<tables.heads.count) else { return nil }
    return Int(tables.headGroup[k])
  }

  /// The number of headword strings (`headRange`'s indices are below it).
  var headCount: Int { tables.heads.count }

  /// The headwords (by index in their sorted table) that start with these
  /// UTF-8 bytes, among `range`, all of whose headwords start with the
  /// first `known` bytes.
  ///
  /// - Complexity: O(log *n*) for the *n* headwords of `range`.
  @inline(__always)
  func headRange(ofPrefix utf8: UnsafeRawBufferPointer, in range: Range<Int>, known: Int = 0) -> Range<Int> {
    tables.heads.prefixRange(utf8, in: range, known: known)
  }

  /// The length in UTF-8 bytes of headword `k` (an index of `headRange`).
  @inline(__always)
  func headByteCount(_ k: Int) -> Int { tables.heads.utf8(k).count }

  func glossIDs(ofGroup group: Int) -> ArraySlice<Int32> {
    let range = tables.glosses(ofGroup: group)
    var ids: [Int32] = []
    ids.reserveCapacity(range.count)
    for k in range { ids.append(Int32(bitPattern: tables.glossIDs[k])) }
    return ids[...]
  }

  /// The English word ids of the headword `key`, or `nil` if it is not an
  /// entry.
  ///
  /// - Complexity: O(log *n*) in the number of headwords.
  @inline(__always)
  func glossIDs(of key: HeadwordKey) -> ArraySlice<Int32>? {
    var buffer: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)  // 8 scalars × 4 bytes
    return withUnsafeMutableBytes(of: &buffer) { raw -> ArraySlice<Int32>? in
      let count = key.encodeUTF8(into: raw)
      guard let group = group(ofUTF8: UnsafeRawBufferPointer(rebasing: raw[0..<count])) else {
        return nil
      }
      return glossIDs(ofGroup: group)
    }
  }

  func glossIDs(of headword: String) -> ArraySlice<Int32>? {
    var headword = headword
    guard let group = headword.withUTF8({ group(ofUTF8: UnsafeRawBufferPointer($0)) }) else {
      return nil
    }
    return glossIDs(ofGroup: group)
  }

  /// The English stems of the headword `word` (looked up whole, without a
  /// length limit), or `nil` if it is not an entry.
  ///
  /// - Complexity: O(log *n* + *k*) for *k* stems.
  func glossStems(of word: String) -> [String]? {
    guard let ids = glossIDs(of: word) else { return nil }
    return ids.map { tables.stems.string(Int($0)) }
  }

  /// Whether `headword` is an entry.
  ///
  /// - Complexity: O(log *n*).
  public func contains(_ headword: String) -> Bool {
    glossIDs(of: headword) != nil
  }

  /// The English words (stemmed) that `headword` translates to.
  ///
  /// - Complexity: O(log *n* + *k*) for *k* words.
  public func translations(of headword: String) -> [String] {
    glossStems(of: headword) ?? []
  }

  /// The gloss words as written, each with its stem: what
  /// `scripts/build-lexicon.py` stemmed, for checking that its stemmer and
  /// `EnglishStemmer` agree.
  ///
  /// - Complexity: O(*n*).
  var glossWordsAndStems: [(word: String, stem: String)] {
    (0..<tables.raw.count).map { i in
      (tables.raw.string(i), tables.stems.string(Int(tables.rawStem[i])))
    }
  }
}

/// `Lexicon.longestHeadword[scalar]`: the longest headword starting with
/// `scalar`, by bisection of the file's table.
struct LongestHeadwords {
  let tables: LexiconTables

  @inline(__always)
  subscript(_ scalar: UInt32) -> UInt8? {
    let table = tables.firstScalar
    var low = 0
    var high = table.count
    while low < high {
      let mid = (low + high) >> 1
      let value = table[mid]
      if value == scalar { return UInt8(min(tables.firstLongest[mid], 255)) }
      if value < scalar { low = mid + 1 } else { high = mid }
    }
    return nil
  }
}

/// A headword of up to eight Unicode scalars packed into 21-bit fields, so
/// that forward maximum matching can name candidates without building
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

  /// The number of scalars.
  var count: Int { Int(high >> 60) }

  /// Scalar `k` (0..<count).
  @inline(__always)
  func scalar(_ k: Int) -> UInt32 {
    let field: UInt64
    switch k {
    case 0..<3: field = low >> UInt64(21 * k)
    case 3..<6: field = middle >> UInt64(21 * (k - 3))
    default: field = high >> UInt64(21 * (k - 6))
    }
    return UInt32(truncatingIfNeeded: field & 0x1F_FFFF)
  }

  /// Writes the headword's UTF-8 into `buffer` (at least 32 bytes) and
  /// returns its length.
  @inline(__always)
  func encodeUTF8(into buffer: UnsafeMutableRawBufferPointer) -> Int {
    var n = 0
    @inline(__always) func put(_ byte: UInt32) {
      guard n < buffer.count else { return }
      buffer[n] = UInt8(truncatingIfNeeded: byte)
      n += 1
    }
    for k in 0..<count {
      let v = scalar(k)
      switch v {
      case 0..<0x80:
        put(v)
      case 0x80..<0x800:
        put(0xC0 | v >> 6)
        put(0x80 | v & 0x3F)
      case 0x800..<0x1_0000:
        put(0xE0 | v >> 12)
        put(0x80 | (v >> 6) & 0x3F)
        put(0x80 | v & 0x3F)
      default:
        put(0xF0 | v >> 18)
        put(0x80 | (v >> 12) & 0x3F)
        put(0x80 | (v >> 6) & 0x3F)
        put(0x80 | v & 0x3F)
      }
    }
    return n
  }
}
