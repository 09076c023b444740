/// Writes a lexicon's binary form in memory, byte for byte as
/// `scripts/build-lexicon.py` writes the shipped file (a test compares
/// the two): for `Lexicon(tsv:)` and the dictionaries read at run time
/// (`Lexicon+FreeDict.swift`).
struct LexiconBuilder {
  /// Headwords longer than this (in Unicode scalars) are left out; `nil`
  /// keeps every headword (word lexicons, looked up whole, not by forward
  /// maximum matching).
  var maximumHeadwordLength: Int? = HeadwordKey.maximumLength

  private let stemmer = EnglishStemmer()
  private var stemIDs: [String: UInt32] = [:]
  private var stems: [String] = []
  private var raw: [String: UInt32] = [:]
  private var groupStart: [UInt32] = [0]
  private var glossIDs: [UInt32] = []
  // Keyed by UTF-8 bytes, not `String`: Swift's `String` equality is
  // canonical equivalence, which would merge a CJK compatibility
  // ideograph with its unified twin.
  private var heads: [[UInt8]: UInt32] = [:]
  private var longest: [UInt32: UInt32] = [:]

  init(maximumHeadwordLength: Int? = HeadwordKey.maximumLength) {
    self.maximumHeadwordLength = maximumHeadwordLength
  }

  /// Adds one entry: `headwords` all translate to the English `words`
  /// (lowercased; stemmed here). A headword added again takes the later
  /// entry's words.
  mutating func add(headwords: some Sequence<Substring>, words: some Sequence<Substring>) {
    var seen: Set<UInt32> = []
    for word in words where !word.isEmpty {
      let text = String(word)
      let stem = stemmer.stem(text)
      let id: UInt32
      if let known = stemIDs[stem] {
        id = known
      } else {
        id = UInt32(stems.count)
        stemIDs[stem] = id
        stems.append(stem)
      }
      raw[text] = id
      if seen.insert(id).inserted { glossIDs.append(id) }
    }
    let group = UInt32(groupStart.count - 1)
    groupStart.append(UInt32(glossIDs.count))
    for head in headwords where !head.isEmpty {
      let length = head.unicodeScalars.count
      if let maximum = maximumHeadwordLength, length > maximum { continue }
      guard let first = head.unicodeScalars.first?.value else { continue }
      heads[Array(head.utf8)] = group
      longest[first] = max(longest[first] ?? 0, UInt32(length))
    }
  }

  /// The binary form.
  ///
  /// - Complexity: O(*n* log *n*) in the number of words and headwords.
  func bytes() -> [UInt8] {
    var out = LexiconTables.magic
    func append(_ value: UInt32) {
      withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }
    func array(_ values: [UInt32]) {
      append(UInt32(values.count))
      for value in values { append(value) }
    }
    func strings(_ items: [String]) {
      var offsets: [UInt32] = [0]
      var blob: [UInt8] = []
      for item in items {
        blob.append(contentsOf: item.utf8)
        offsets.append(UInt32(blob.count))
      }
      array(offsets)
      append(UInt32(blob.count))
      out.append(contentsOf: blob)
      out.append(contentsOf: [UInt8](repeating: 0, count: (4 - blob.count % 4) % 4))
    }
    func byteOrder(_ a: String, _ b: String) -> Bool {
      a.utf8.lexicographicallyPrecedes(b.utf8)
    }
    append(LexiconTables.version)
    strings(stems)
    array(stems.indices.sorted { byteOrder(stems[$0], stems[$1]) }.map { UInt32($0) })
    let rawSorted = raw.keys.sorted(by: byteOrder)
    strings(rawSorted)
    array(rawSorted.map { raw[$0] ?? 0 })
    let headSorted = heads.keys.sorted { $0.lexicographicallyPrecedes($1) }
    strings(headSorted.map { String(decoding: $0, as: UTF8.self) })
    array(headSorted.map { heads[$0] ?? 0 })
    array(groupStart)
    array(glossIDs)
    let scalars = longest.keys.sorted()
    array(scalars)
    array(scalars.map { longest[$0] ?? 0 })
    return out
  }
}
