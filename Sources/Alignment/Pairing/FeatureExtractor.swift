#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The lexical units of one side's segments, in flat arrays: segment *s*
/// holds units `segmentStart[s]..<segmentStart[s + 1]`, and unit *u* is of
/// kind `kinds[u]`.
///
/// A *kind* is a distinct unit: its name (an interned word, headword or
/// number, under which it is counted for IDF), whether it is a number, and
/// the keys it offers, `keys[keyStart[k]..<keyStart[k + 1]]` for kind *k*.
/// A unit is stored as its kind alone, four bytes: a 10 MB Chinese document
/// has some two million units but a few ten thousand kinds, and a Chinese
/// unit offers four keys on average (its headword's glosses), which were
/// stored with every unit (17.5 MB of the units' 39 MB for the 10 MB pair).
/// The units of some segments (`segments(_:)`) share the kinds of the whole.
struct LexicalUnits {
  var segmentStart: [Int] = [0]
  /// The kind of each unit.
  var kinds: [Int32] = []
  /// By kind: the name, whether a number, and where its keys start in
  /// `keys` (one more entry than the kinds).
  var kindName: [Int32] = []
  var kindIsNumber: [Bool] = []
  var keyStart: [Int32] = [0]
  var keys: [Int32] = []
  /// While units are appended: the last kind made for each name, which the
  /// next unit of that name takes when it offers the same keys (a word's
  /// cognate key may differ between words of one stem).
  private var kindOfName: [Int32] = []

  var segmentCount: Int { segmentStart.count - 1 }
  var unitCount: Int { kinds.count }

  /// Appends a unit to the current segment.
  @inline(__always)
  mutating func append(name: Int32, isNumber number: Bool, keys found: some Collection<Int32>) {
    let n = Int(name)
    if n >= 0 && n < kindOfName.count {
      let k = Int(kindOfName[n])
      if k >= 0 && kindName[k] == name && kindIsNumber[k] == number
        && keys[Int(keyStart[k])..<Int(keyStart[k + 1])].elementsEqual(found)
      {
        kinds.append(Int32(truncatingIfNeeded: k))
        return
      }
    }
    let kind = Int32(truncatingIfNeeded: kindName.count)
    kindName.append(name)
    kindIsNumber.append(number)
    keys.append(contentsOf: found)
    keyStart.append(Int32(truncatingIfNeeded: keys.count))
    kinds.append(kind)
    if n >= 0 {
      if n >= kindOfName.count {
        kindOfName.append(contentsOf: repeatElement(-1, count: max(n + 1, 2 * kindOfName.count) - kindOfName.count))
      }
      kindOfName[n] = kind
    }
  }

  /// The name of unit `u`.
  @inline(__always)
  func name(_ u: Int) -> Int32 { kindName[Int(kinds[u])] }

  /// Whether unit `u` is a number.
  @inline(__always)
  func isNumber(_ u: Int) -> Bool { kindIsNumber[Int(kinds[u])] }

  /// The keys of unit `u`, as indexes into `keys`.
  @inline(__always)
  func keyRange(_ u: Int) -> Range<Int> {
    let k = Int(kinds[u])
    return Int(keyStart[k])..<Int(keyStart[k + 1])
  }

  /// The arrays copied to buffers of their size (appended to one unit at a
  /// time, they hold up to twice what they need), without the table of
  /// kinds by name, which only appending needs.
  ///
  /// - Complexity: O(the units and kinds).
  mutating func shrinkToFit() {
    func fitted<T>(_ array: [T]) -> [T] {
      var copy: [T] = []
      copy.reserveCapacity(array.count)
      copy.append(contentsOf: array)
      return copy
    }
    segmentStart = fitted(segmentStart)
    kinds = fitted(kinds)
    kindName = fitted(kindName)
    kindIsNumber = fitted(kindIsNumber)
    keyStart = fitted(keyStart)
    keys = fitted(keys)
    kindOfName = []
  }

  /// Closes the current segment.
  mutating func endSegment() { segmentStart.append(kinds.count) }

  /// The units of segments `range` alone, as `FeatureExtractor.units(of:chinese:)`
  /// gives them for those segments (sharing this side's kinds).
  ///
  /// - Complexity: O(the units of `range`).
  func segments(_ range: Range<Int>) -> LexicalUnits {
    let first = segmentStart[range.lowerBound]
    let last = segmentStart[range.upperBound]
    var part = self
    part.segmentStart = segmentStart[range.lowerBound...range.upperBound].map { $0 - first }
    part.kinds = Array(kinds[first..<last])
    part.kindOfName = []
    return part
  }

  /// Every key the units offer, as a table indexed by key of `count`
  /// entries (keys outside it left out).
  ///
  /// - Complexity: O(`count` + the units' keys).
  func offeredKeys(count: Int) -> [Bool] {
    var offered = [Bool](repeating: false, count: count)
    for u in 0..<unitCount {
      for k in keyRange(u) {
        let key = keys[k]
        if key >= 0 && Int(key) < count { offered[Int(key)] = true }
      }
    }
    return offered
  }
}

/// Turns segments into `SegmentFeatures`, interning English words into the
/// lexicon's word ids (extended with words and numbers it lacks).
///
/// Every look-up that depends only on a word is done once per distinct word
/// (cached here): stemming and interning an English word, a number's key,
/// a Chinese headword candidate's bisection of the lexicon and its glosses.
struct FeatureExtractor {
  let lexicon: Lexicon?
  let options: SegmentAligner.Options
  /// The ids of the words seen so far: the lexicon's, then new ones from
  /// `nextID` on.
  var wordIDs: [String: Int32] = [:]
  var nextID: Int32
  let stemmer = EnglishStemmer()
  /// Transliterated cognate keys, for Russian against a Latin-script
  /// language (`CognateEvidence.applies`).
  var cognates: CognateEvidence?

  /// Interned unit names: words, stems and numbers here, Chinese headwords
  /// (which consist of Han scalars only, so never meet the others) in
  /// `headwordNames`; one counter for both.
  var nameIDs: [String: Int32] = [:]
  var nextName: Int32 = 0

  /// What a word as tokenised (before lowercasing) gives: its unit's name
  /// and keys (`noKey` for none), or `dropped` as name for a stopword or a
  /// one-letter word.
  struct CachedWord {
    static let dropped: Int32 = -1
    static let noKey: Int32 = -1
    var name: Int32
    var key: Int32
    var cognate: Int32
  }
  var wordCache: [String: CachedWord] = [:]
  /// A number's name and key, by its digits.
  var numberCache: [String: (name: Int32, key: Int32)] = [:]

  /// A lexicon entry found for a headword candidate: its glosses in
  /// `glossPool`, its name, and whether it is used (not a stopword, not too
  /// many glosses).
  struct Headword {
    var glosses: Range<Int>
    var name: Int32
    var isUsed: Bool
  }
  /// The entries found so far: their index in `headwords` by headword
  /// index in the lexicon's sorted table.
  var headwordOfHead: [Int32: Int32] = [:]
  var headwords: [Headword] = []
  var glossPool: [Int32] = []

  /// What the lexicon says about a scalar starting a headword: the longest
  /// headword it starts (`Lexicon.longestHeadword`) and the range of the
  /// sorted headword table that starts with it.
  struct FirstScalar {
    var scalar = UInt32.max  // no scalar: an empty slot
    var longest: UInt8 = 0
    var start: Int32 = 0
    var end: Int32 = 0
  }
  /// A direct-mapped cache of `FirstScalar`s by the scalar's low bits:
  /// small, because an extractor is made for every paragraph bead that
  /// `refinedToSentences` aligns.
  var firstScalars: [FirstScalar] = []
  static let firstScalarSlots = 4096
  /// The UTF-8 of the candidate being matched.
  var candidateBytes: [UInt8] = []

  /// Chinese function words whose glosses would only add noise.
  static let chineseStopwords: Set<String> = [
    "的", "了", "和", "与", "及", "在", "是", "之", "也", "而", "或", "其",
    "对", "於", "于", "把", "被", "这", "這", "那", "个", "個", "着", "著",
    "就", "都", "将", "將", "为", "為", "以", "并", "並", "所", "等", "则",
    "則", "乃", "因", "又", "即", "该", "該", "各", "有", "我", "你", "他",
    "她", "它", "们", "們", "要", "能", "会", "會", "可", "向", "从", "從",
    "到", "给", "給", "让", "讓", "说", "說",
  ]

  init(lexicon: Lexicon?, options: SegmentAligner.Options, cognates: Bool = false) {
    self.lexicon = lexicon
    self.options = options
    self.cognates = cognates ? CognateEvidence() : nil
    self.nextID = Int32(lexicon?.wordCount ?? 0)
  }

  /// The id of a word stem or number key: the lexicon's, or a new one.
  mutating func id(of key: String) -> Int32 {
    if let id = wordIDs[key] { return id }
    let id: Int32
    if let known = lexicon?.wordID(of: key) {
      id = known
    } else {
      id = nextID
      nextID += 1
    }
    wordIDs[key] = id
    return id
  }

  /// The interned name of a word, stem or number.
  mutating func nameID(of name: String) -> Int32 {
    if let id = nameIDs[name] { return id }
    let id = nextName
    nextName += 1
    nameIDs[name] = id
    return id
  }

  /// The lexical units of each segment of one side; `chinese` selects
  /// lexicon segmentation.
  mutating func units(of segments: [String], chinese: Bool) -> LexicalUnits {
    var units = LexicalUnits()
    units.segmentStart.reserveCapacity(segments.count + 1)
    for segment in segments {
      let scalars = Array(segment.unicodeScalars)
      if chinese && lexicon != nil {
        chineseUnits(scalars, into: &units)
      } else {
        wordUnits(scalars, into: &units)
      }
      units.endSegment()
    }
    return units
  }

  /// Features of one side, given its segments and their units.
  ///
  /// Units offering no key that occurs anywhere in `otherSide` (indexed by
  /// key: a name the lexicon cannot translate, a word of a language without
  /// lexicon) can never be covered; they are left out so that they do not
  /// dilute the coverage.
  func features(
    of segments: [String], units: LexicalUnits, otherSide: [Bool]
  ) -> SegmentFeatures {
    features(of: segments, units: units, otherSide: otherSide, packsKeys: false).features
  }

  /// `features(of:units:otherSide:)` with the keys packed
  /// (`PackedKeys`) instead of in `SegmentFeatures.keys`, which is left
  /// empty: for features kept while a whole document is aligned
  /// (`ParagraphEvidence`), made without holding the keys as `Int32`s.
  ///
  /// - Complexity: as `features(of:units:otherSide:)`.
  func featuresPackingKeys(
    of segments: [String], units: LexicalUnits, otherSide: [Bool]
  ) -> (features: SegmentFeatures, keys: PackedKeys) {
    features(of: segments, units: units, otherSide: otherSide, packsKeys: true)
  }

  /// The features, with the keys in `SegmentFeatures.keys` or, when
  /// `packsKeys`, in the packed keys instead (which are empty otherwise).
  private func features(
    of segments: [String], units: LexicalUnits, otherSide: [Bool], packsKeys: Bool
  ) -> (features: SegmentFeatures, keys: PackedKeys) {
    var lengthPrefix = [0.0]
    lengthPrefix.reserveCapacity(segments.count + 1)
    var total = 0.0
    for segment in segments {
      total += SegmentAligner.LengthModel.length(of: segment)
      lengthPrefix.append(total)
    }
    @inline(__always) func offered(_ key: Int32) -> Bool {
      Int(key) < otherSide.count && otherSide[Int(key)]
    }
    let unitCount = units.unitCount
    var kept = [Bool](repeating: false, count: unitCount)
    for u in 0..<unitCount {
      for k in units.keyRange(u) where offered(units.keys[k]) {
        kept[u] = true
        break
      }
    }
    // Document frequency of each name over the segments (once per segment).
    let nameCount = Int(nextName)
    var documentFrequency = [Int](repeating: 0, count: nameCount)
    var lastSegment = [Int](repeating: -1, count: nameCount)
    for s in 0..<units.segmentCount {
      for u in units.segmentStart[s]..<units.segmentStart[s + 1] where kept[u] {
        let name = Int(units.name(u))
        if lastSegment[name] != s {
          lastSegment[name] = s
          documentFrequency[name] += 1
        }
      }
    }
    let n = Double(segments.count)
    var keyStart = [0]
    keyStart.reserveCapacity(segments.count + 1)
    var keys: [Int32] = []
    // The distinct keys of each segment counted first, so that `keys` and
    // the masks are made at their size: grown by doubling, they held up to
    // twice that, and three times while being copied (for a 10 MB document,
    // tens of megabytes).
    var entryCount = 0
    var maskStart = [Int](repeating: 0, count: segments.count + 1)
    var maskCoded = [Bool](repeating: false, count: segments.count)
    var lastSegmentOfKey = [Int32](repeating: -1, count: otherSide.count)
    // The bit of the first unit of the segment offering each key, or
    // `multiBit` once another unit on another bit offers it too.
    let multiBit = UInt8.max
    var bitOfKey = [UInt8](repeating: 0, count: otherSide.count)
    // The bits each segment's kept units use (unit i on bit i mod 64).
    var bitStart = [Int](repeating: 0, count: segments.count + 1)
    for s in 0..<units.segmentCount {
      var keptUnits = 0
      var multiBitKeys = 0
      let entriesBefore = entryCount
      defer {
        bitStart[s + 1] = bitStart[s] + min(keptUnits, 64)
        let layout = SegmentFeatures.maskLayout(
          keys: entryCount - entriesBefore, multiBit: multiBitKeys, bits: min(keptUnits, 64))
        maskStart[s + 1] = maskStart[s] + layout.bytes
        maskCoded[s] = layout.coded
      }
      for u in units.segmentStart[s]..<units.segmentStart[s + 1] where kept[u] {
        let bit = UInt8(truncatingIfNeeded: keptUnits % 64)
        keptUnits += 1
        for k in units.keyRange(u) where offered(units.keys[k]) {
          let key = Int(units.keys[k])
          if lastSegmentOfKey[key] != Int32(truncatingIfNeeded: s) {
            lastSegmentOfKey[key] = Int32(truncatingIfNeeded: s)
            bitOfKey[key] = bit
            entryCount += 1
          } else if bitOfKey[key] != multiBit && bitOfKey[key] != bit {
            bitOfKey[key] = multiBit
            multiBitKeys += 1
          }
        }
      }
    }
    for s in units.segmentCount..<max(units.segmentCount, segments.count) {
      bitStart[s + 1] = bitStart[s]
      maskStart[s + 1] = maskStart[s]
    }
    var packed = PackedKeys.Builder(segments: packsKeys ? segments.count : 0)
    if !packsKeys { keys.reserveCapacity(entryCount) }
    var written = 0  // keys so far
    var maskBytes = [UInt8](repeating: 0, count: maskStart[segments.count] + SegmentFeatures.maskPadding)
    var bitWeights = [Float](repeating: 0, count: bitStart[segments.count])
    var totalWeight = [Float](repeating: 0, count: segments.count)
    var found: [(key: Int32, mask: UInt64)] = []
    var segmentMasks: [UInt64] = []
    for s in 0..<units.segmentCount {
      found.removeAll(keepingCapacity: true)
      var index = 0  // the unit's place among the segment's kept units
      for u in units.segmentStart[s]..<units.segmentStart[s + 1] where kept[u] {
        let df = Double(documentFrequency[Int(units.name(u))])
        var w = log((n + 1) / (df + 0.5))
        if units.isNumber(u) { w *= options.numberWeight }
        w = max(w, 0.05)
        let bit = index % 64
        bitWeights[bitStart[s] + bit] += Float(w)
        totalWeight[s] += Float(w)
        for k in units.keyRange(u) where offered(units.keys[k]) {
          found.append((units.keys[k], 1 << UInt64(bit)))
        }
        index += 1
      }
      found.sort { $0.key < $1.key }
      segmentMasks.removeAll(keepingCapacity: true)
      var k = 0
      while k < found.count {
        let key = found[k].key
        var mask: UInt64 = 0
        while k < found.count && found[k].key == key {
          mask |= found[k].mask
          k += 1
        }
        if packsKeys { packed.append(key) } else { keys.append(key) }
        written += 1
        segmentMasks.append(mask)
      }
      SegmentFeatures.write(
        segmentMasks, coded: maskCoded[s], width: SegmentFeatures.maskWidth(bits: bitStart[s + 1] - bitStart[s]),
        at: maskStart[s], in: &maskBytes)
      keyStart.append(written)
      if packsKeys { packed.endSegment() }
    }
    // Segments past the units' (none when the units are the segments')
    // have no keys.
    if packsKeys {
      for _ in units.segmentCount..<max(units.segmentCount, segments.count) { packed.endSegment() }
    }
    let features = SegmentFeatures(
      lengthPrefix: lengthPrefix, keyStart: keyStart, keys: keys,
      maskBytes: maskBytes, maskStart: maskStart, maskCoded: maskCoded, bitWeights: bitWeights,
      bitStart: bitStart,
      totalWeight: totalWeight)
    // Without `packsKeys`, no segment was written: no packed keys.
    return (features, packed.finish())
  }

  /// Features of both sides.
  ///
  /// - Complexity: O(*L* + *u* log *u*) for total length *L* and *u* units
  ///   per segment, plus one lexicon look-up per distinct word.
  mutating func features(
    source: [String], sourceIsChinese: Bool, target: [String], targetIsChinese: Bool
  ) -> (source: SegmentFeatures, target: SegmentFeatures) {
    let sourceUnits = units(of: source, chinese: sourceIsChinese)
    let targetUnits = units(of: target, chinese: targetIsChinese)
    // A damaged lexicon may give glosses ids beyond `nextID`.
    let keyCount = keyTableSize(sourceUnits, targetUnits)
    return (
      features(of: source, units: sourceUnits, otherSide: targetUnits.offeredKeys(count: keyCount)),
      features(of: target, units: targetUnits, otherSide: sourceUnits.offeredKeys(count: keyCount))
    )
  }

  /// The size of a key table for two sides' units: every id so far, and
  /// any key beyond them (a damaged lexicon may give glosses ids beyond
  /// `nextID`).
  func keyTableSize(_ a: LexicalUnits, _ b: LexicalUnits) -> Int {
    max(Int(nextID), Int(max(a.keys.max() ?? -1, b.keys.max() ?? -1)) + 1)
  }

  /// Words and numbers of alphabetic text (English, French, ...): lowercased,
  /// stopwords dropped, stemmed; digit runs (with "," or "." between digit
  /// groups joined) become numbers.
  mutating func wordUnits(_ scalars: [Unicode.Scalar], into units: inout LexicalUnits) {
    var i = 0
    while i < scalars.count {
      let s = Self.normalised(scalars[i])
      if Self.isDigit(s) {
        var digits = ""
        while i < scalars.count {
          let t = Self.normalised(scalars[i])
          if Self.isDigit(t) {
            digits.unicodeScalars.append(t)
            i += 1
          } else if t == "," || t == ".", i + 1 < scalars.count,
            Self.isDigit(Self.normalised(scalars[i + 1]))
          {
            i += 1
          } else if Self.isThousandsSpace(scalars, at: i) {
            i += 1  // "100 000", the UN's French-style grouping
          } else {
            break
          }
        }
        let (name, key) = number(digits)
        units.append(name: name, isNumber: true, keys: CollectionOfOne(key))
      } else if Self.isLetter(s) {
        var word = ""
        while i < scalars.count {
          let t = Self.normalised(scalars[i])
          guard Self.isLetter(t) else { break }
          word.unicodeScalars.append(t)
          i += 1
        }
        let found = wordUnit(word)
        if found.name != CachedWord.dropped {
          if found.cognate == CachedWord.noKey {
            units.append(name: found.name, isNumber: false, keys: CollectionOfOne(found.key))
          } else {
            units.append(name: found.name, isNumber: false, keys: [found.key, found.cognate])
          }
        }
      } else {
        i += 1
      }
    }
  }

  /// The name and key of the number with these digits.
  mutating func number(_ digits: String) -> (name: Int32, key: Int32) {
    if let known = numberCache[digits] { return known }
    let trimmed = String(digits.drop { $0 == "0" })
    let name = "#" + (trimmed.isEmpty ? "0" : trimmed)
    let found = (name: nameID(of: name), key: id(of: name))
    numberCache[digits] = found
    return found
  }

  /// The unit of a word as tokenised: lowercased, dropped if a stopword or
  /// one letter, else named by its stem and offering the stem's id (and
  /// its cognate key's).
  mutating func wordUnit(_ word: String) -> CachedWord {
    if let known = wordCache[word] { return known }
    var found = CachedWord(name: CachedWord.dropped, key: CachedWord.noKey, cognate: CachedWord.noKey)
    let lower = word.lowercased()
    if lower.unicodeScalars.count > 1, !EnglishStemmer.stopwords.contains(lower) {
      let stem = stemmer.stem(lower)
      found.key = id(of: stem)
      if let key = cognates?.key(of: lower) { found.cognate = id(of: key) }
      found.name = nameID(of: stem)
    }
    wordCache[word] = found
    return found
  }

  /// The longest headword starting with `scalar` and the headwords that
  /// start with it, from the cache or the lexicon.
  mutating func firstScalar(_ scalar: Unicode.Scalar, in lexicon: Lexicon) -> FirstScalar {
    if firstScalars.isEmpty {
      firstScalars = [FirstScalar](repeating: FirstScalar(), count: Self.firstScalarSlots)
    }
    let slot = Int(scalar.value) & (Self.firstScalarSlots - 1)
    if firstScalars[slot].scalar == scalar.value { return firstScalars[slot] }
    var bytes: [UInt8] = []
    Self.appendUTF8(scalar, to: &bytes)
    let range = bytes.withUnsafeBytes {
      lexicon.headRange(ofPrefix: $0, in: 0..<lexicon.headCount)
    }
    let entry = FirstScalar(
      scalar: scalar.value, longest: lexicon.longestHeadword[scalar.value] ?? 0,
      start: Int32(range.lowerBound), end: Int32(range.upperBound))
    firstScalars[slot] = entry
    return entry
  }

  /// The longest headword of at most `limit` scalars that `scalars` starts
  /// with at `i`: its length and its index in the lexicon's sorted
  /// headword table, or `nil`. The candidates are narrowed one scalar at a
  /// time to the headwords sharing them as a prefix, so the search stops
  /// as soon as no headword continues the text.
  mutating func longestEntry(
    _ scalars: [Unicode.Scalar], at i: Int, limit: Int, first: FirstScalar, in lexicon: Lexicon
  ) -> (length: Int, head: Int)? {
    guard limit >= 1 else { return nil }
    var range = Int(first.start)..<Int(first.end)
    candidateBytes.removeAll(keepingCapacity: true)
    Self.appendUTF8(scalars[i], to: &candidateBytes)
    var found: (length: Int, head: Int)? = nil
    var k = 1
    while !range.isEmpty {
      if lexicon.headByteCount(range.lowerBound) == candidateBytes.count {
        found = (k, range.lowerBound)
      }
      if k == limit { break }
      // Every headword of `range` starts with the candidate so far.
      let known = candidateBytes.count
      Self.appendUTF8(scalars[i + k], to: &candidateBytes)
      k += 1
      range = candidateBytes.withUnsafeBytes {
        lexicon.headRange(ofPrefix: $0, in: range, known: known)
      }
    }
    return found
  }

  /// Appends the UTF-8 encoding of `scalar` to `bytes`.
  @inline(__always)
  static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
    let v = scalar.value
    switch v {
    case 0..<0x80:
      bytes.append(UInt8(v))
    case 0x80..<0x800:
      bytes.append(UInt8(0xC0 | v >> 6))
      bytes.append(UInt8(0x80 | v & 0x3F))
    case 0x800..<0x1_0000:
      bytes.append(UInt8(0xE0 | v >> 12))
      bytes.append(UInt8(0x80 | (v >> 6) & 0x3F))
      bytes.append(UInt8(0x80 | v & 0x3F))
    default:
      bytes.append(UInt8(0xF0 | v >> 18))
      bytes.append(UInt8(0x80 | (v >> 12) & 0x3F))
      bytes.append(UInt8(0x80 | (v >> 6) & 0x3F))
      bytes.append(UInt8(0x80 | v & 0x3F))
    }
  }

  /// The entry of headword `head` (an index of the lexicon's sorted
  /// headword table), whose text is `scalars`.
  mutating func headword(
    _ head: Int, _ scalars: ArraySlice<Unicode.Scalar>, in lexicon: Lexicon
  ) -> Headword? {
    if let known = headwordOfHead[Int32(head)] { return headwords[Int(known)] }
    guard let key = HeadwordKey(scalars), let glosses = lexicon.glossIDs(of: key) else {
      return nil
    }
    var candidate = ""
    candidate.unicodeScalars.append(contentsOf: scalars)
    let start = glossPool.count
    glossPool.append(contentsOf: glosses)
    let entry = Headword(
      glosses: start..<glossPool.count, name: nextName,
      isUsed: !Self.chineseStopwords.contains(candidate)
        && glosses.count <= options.maximumGlossesPerWord)
    nextName += 1
    headwordOfHead[Int32(head)] = Int32(headwords.count)
    headwords.append(entry)
    return entry
  }

  /// Chinese text segmented by forward maximum matching against the
  /// lexicon's headwords; runs of Latin letters and digits inside it are
  /// read as words and numbers, and a run of numeral characters longer
  /// than the headword found there as a number (`ChineseNumeral`).
  mutating func chineseUnits(_ scalars: [Unicode.Scalar], into units: inout LexicalUnits) {
    guard let lexicon else { return wordUnits(scalars, into: &units) }
    var i = 0
    while i < scalars.count {
      let s = scalars[i]
      guard Self.isHan(s) else {
        // Hand the non-Han run to the word tokenizer.
        var j = i
        while j < scalars.count && !Self.isHan(scalars[j]) { j += 1 }
        wordUnits(Array(scalars[i..<j]), into: &units)
        i = j
        continue
      }
      var runEnd = i
      while runEnd < scalars.count && Self.isHan(scalars[runEnd]) { runEnd += 1 }
      let first = firstScalar(s, in: lexicon)
      let longest = Int(first.longest)
      let limit = min(
        longest, options.maximumHeadwordLength, HeadwordKey.maximumLength, runEnd - i)
      var length = 0
      var entry: Headword? = nil
      if let match = longestEntry(scalars, at: i, limit: limit, first: first, in: lexicon) {
        length = match.length
        entry = headword(match.head, scalars[i..<(i + length)], in: lexicon)
      }
      // A numeral at least as long as the headword here (十五, 五十八,
      // 二百零一) is read as a number.
      let numeral = ChineseNumeral.runLength(scalars, from: i)
      if numeral >= 2 && numeral >= length,
        let value = ChineseNumeral.value(scalars[i..<(i + numeral)])
      {
        let (name, key) = number(String(value))
        units.append(name: name, isNumber: true, keys: CollectionOfOne(key))
        i += numeral
        continue
      }
      guard let entry else {
        i += 1
        continue
      }
      if entry.isUsed {
        units.append(name: entry.name, isNumber: false, keys: glossPool[entry.glosses])
      }
      i += length
    }
  }

  static func isHan(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
    default: false
    }
  }

  /// An alphabetic, non-Han scalar, with an ASCII fast path.
  @inline(__always)
  static func isLetter(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x80 {
      return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A
    }
    return !isHan(s) && s.properties.isAlphabetic
  }

  @inline(__always)
  static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x80 {
      return s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D)
    }
    // No scalar above U+3000 (the ideographic space) is White_Space: Han
    // text need not look its properties up.
    return s.value <= 0x3000 && s.properties.isWhitespace
  }

  /// Whether `scalars[i]` is a space (or no-break / thin space) followed by
  /// exactly three digits, as in "100 000".
  static func isThousandsSpace(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
    guard ["\u{20}", "\u{A0}", "\u{2009}", "\u{202F}"].contains(scalars[i]) else {
      return false
    }
    for k in 1...3 {
      guard i + k < scalars.count, isDigit(normalised(scalars[i + k])) else { return false }
    }
    return i + 4 >= scalars.count || !isDigit(normalised(scalars[i + 4]))
  }

  static func isDigit(_ s: Unicode.Scalar) -> Bool {
    s.value >= 0x30 && s.value <= 0x39
  }

  /// Full-width ASCII (０-９, Ａ-Ｚ, ａ-ｚ) folded to ASCII.
  static func normalised(_ s: Unicode.Scalar) -> Unicode.Scalar {
    if s.value >= 0xFF01 && s.value <= 0xFF5E {
      return Unicode.Scalar(s.value - 0xFEE0) ?? s
    }
    return s
  }
}
