#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One lexical unit found while tokenising a segment.
struct LexicalUnit {
  /// What the unit is counted as for IDF: the word, headword or number.
  var name: String
  var keys: [Int32]
  var isNumber: Bool
}

/// Turns segments into `SegmentFeatures`, interning English words into the
/// lexicon's word ids (extended with words and numbers it lacks).
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

  /// The lexical units of each segment of one side; `chinese` selects
  /// lexicon segmentation.
  mutating func units(of segments: [String], chinese: Bool) -> [[LexicalUnit]] {
    segments.map { segment in
      let scalars = Array(segment.unicodeScalars)
      return chinese && lexicon != nil ? chineseUnits(scalars) : wordUnits(scalars)
    }
  }

  /// Features of one side, given its segments and their units.
  ///
  /// Units offering no key that occurs anywhere in `otherSide` (a name the
  /// lexicon cannot translate, a word of a language without lexicon) can never
  /// be covered; they are left out so that they do not dilute the coverage.
  func features(
    of segments: [String], units: [[LexicalUnit]], otherSide: Set<Int32>
  ) -> SegmentFeatures {
    var lengthPrefix = [0.0]
    lengthPrefix.reserveCapacity(segments.count + 1)
    var total = 0.0
    for segment in segments {
      total += SegmentAligner.LengthModel.length(of: segment)
      lengthPrefix.append(total)
    }
    let units = units.map { found in
      found.filter { unit in unit.keys.contains(where: otherSide.contains) }
    }
    var documentFrequency: [String: Int] = [:]
    for found in units {
      for name in Set(found.map(\.name)) { documentFrequency[name, default: 0] += 1 }
    }
    let n = Double(segments.count)
    var keyStart = [0]
    var keys: [Int32] = []
    var keyMasks: [UInt64] = []
    var bitWeights = [Float](repeating: 0, count: segments.count * 64)
    var totalWeight = [Float](repeating: 0, count: segments.count)
    for (s, found) in units.enumerated() {
      var maskOfKey: [Int32: UInt64] = [:]
      for (u, unit) in found.enumerated() {
        let df = Double(documentFrequency[unit.name] ?? 1)
        var w = log((n + 1) / (df + 0.5))
        if unit.isNumber { w *= options.numberWeight }
        w = max(w, 0.05)
        let bit = u % 64
        bitWeights[s * 64 + bit] += Float(w)
        totalWeight[s] += Float(w)
        for key in unit.keys where otherSide.contains(key) {
          maskOfKey[key, default: 0] |= 1 << UInt64(bit)
        }
      }
      for key in maskOfKey.keys.sorted() {
        keys.append(key)
        keyMasks.append(maskOfKey[key]!)
      }
      keyStart.append(keys.count)
    }
    return SegmentFeatures(
      lengthPrefix: lengthPrefix, keyStart: keyStart, keys: keys,
      keyMasks: keyMasks, bitWeights: bitWeights, totalWeight: totalWeight)
  }

  /// Features of both sides.
  mutating func features(
    source: [String], sourceIsChinese: Bool, target: [String], targetIsChinese: Bool
  ) -> (source: SegmentFeatures, target: SegmentFeatures) {
    let sourceUnits = units(of: source, chinese: sourceIsChinese)
    let targetUnits = units(of: target, chinese: targetIsChinese)
    func allKeys(_ units: [[LexicalUnit]]) -> Set<Int32> {
      var keys: Set<Int32> = []
      for found in units { for unit in found { keys.formUnion(unit.keys) } }
      return keys
    }
    return (
      features(of: source, units: sourceUnits, otherSide: allKeys(targetUnits)),
      features(of: target, units: targetUnits, otherSide: allKeys(sourceUnits))
    )
  }

  /// Words and numbers of alphabetic text (English, French, ...): lowercased,
  /// stopwords dropped, stemmed; digit runs (with "," or "." between digit
  /// groups joined) become numbers.
  mutating func wordUnits(_ scalars: [Unicode.Scalar]) -> [LexicalUnit] {
    var units: [LexicalUnit] = []
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
        units.append(number(digits))
      } else if Self.isLetter(s) {
        var word = ""
        while i < scalars.count {
          let t = Self.normalised(scalars[i])
          guard Self.isLetter(t) else { break }
          word.unicodeScalars.append(t)
          i += 1
        }
        if let unit = wordUnit(word) { units.append(unit) }
      } else {
        i += 1
      }
    }
    return units
  }

  mutating func number(_ digits: String) -> LexicalUnit {
    let trimmed = String(digits.drop { $0 == "0" })
    let name = "#" + (trimmed.isEmpty ? "0" : trimmed)
    return LexicalUnit(name: name, keys: [id(of: name)], isNumber: true)
  }

  mutating func wordUnit(_ word: String) -> LexicalUnit? {
    let lower = word.lowercased()
    guard lower.unicodeScalars.count > 1, !EnglishStemmer.stopwords.contains(lower)
    else { return nil }
    let stem = stemmer.stem(lower)
    var keys = [id(of: stem)]
    if let key = cognates?.key(of: lower) { keys.append(id(of: key)) }
    return LexicalUnit(name: stem, keys: keys, isNumber: false)
  }

  /// Chinese text segmented by forward maximum matching against the
  /// lexicon's headwords; runs of Latin letters and digits inside it are
  /// read as words and numbers, and a run of numeral characters longer
  /// than the headword found there as a number (`ChineseNumeral`).
  mutating func chineseUnits(_ scalars: [Unicode.Scalar]) -> [LexicalUnit] {
    guard let lexicon else { return wordUnits(scalars) }
    var units: [LexicalUnit] = []
    var i = 0
    while i < scalars.count {
      let s = scalars[i]
      guard Self.isHan(s) else {
        // Hand the non-Han run to the word tokenizer.
        var j = i
        while j < scalars.count && !Self.isHan(scalars[j]) { j += 1 }
        units += wordUnits(Array(scalars[i..<j]))
        i = j
        continue
      }
      var runEnd = i
      while runEnd < scalars.count && Self.isHan(scalars[runEnd]) { runEnd += 1 }
      let longest = Int(lexicon.longestHeadword[s.value] ?? 0)
      var length = min(
        longest, options.maximumHeadwordLength, HeadwordKey.maximumLength, runEnd - i)
      var glosses: ArraySlice<Int32>? = nil
      while length >= 1 {
        if let key = HeadwordKey(scalars[i..<(i + length)]),
          let found = lexicon.glossIDs(of: key)
        {
          glosses = found
          break
        }
        length -= 1
      }
      // A numeral at least as long as the headword here (十五, 五十八,
      // 二百零一) is read as a number.
      let numeral = ChineseNumeral.runLength(scalars, from: i)
      if numeral >= 2 && numeral >= length,
        let value = ChineseNumeral.value(scalars[i..<(i + numeral)])
      {
        units.append(number(String(value)))
        i += numeral
        continue
      }
      guard let glosses else {
        i += 1
        continue
      }
      var candidate = ""
      candidate.unicodeScalars.append(contentsOf: scalars[i..<(i + length)])
      if !Self.chineseStopwords.contains(candidate)
        && glosses.count <= options.maximumGlossesPerWord
      {
        units.append(LexicalUnit(name: candidate, keys: Array(glosses), isNumber: false))
      }
      i += length
    }
    return units
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
    return s.properties.isAlphabetic && !isHan(s)
  }

  @inline(__always)
  static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x80 {
      return s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D)
    }
    return s.properties.isWhitespace
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
