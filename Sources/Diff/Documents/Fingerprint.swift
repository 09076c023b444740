import Alignment

/// The features of a paragraph's text used to tell how alike two paragraphs
/// are: Han character bigrams (a lone Han character counts as itself) and
/// whole words or numbers of other scripts, lowercased, as a sorted set of
/// 64-bit FNV-1a hashes.
///
/// Character bigrams suit Chinese, which has no spaces; whole words suit
/// alphabetic languages, whose letter bigrams are shared by any two texts.
struct Fingerprint: Hashable, Sendable {
  /// Sorted, without duplicates.
  let features: [UInt64]

  init(features: [UInt64]) {
    self.features = features
  }

  /// The fingerprints of some texts, in order, computed on up to `jobs`
  /// threads (the same prints for any number) when they hold at least
  /// `parallelBytes` in all, here otherwise.
  ///
  /// - Complexity: O(*n* log *n*) in the total length of the texts.
  static func all(_ texts: [String], jobs: Int) -> [Fingerprint] {
    let weights = texts.map(\.utf8.count)
    let jobs = weights.reduce(0, +) >= parallelBytes ? jobs : 1
    return ParallelRuns.map(texts, weights: weights, jobs: jobs, Fingerprint.init)
  }

  /// The bytes of text from which `all` fingerprints on several threads:
  /// about 0.1 ms of work (some 30 instructions a byte), less than two new
  /// threads take to start and be joined. On the ×1 diff of
  /// `Benchmarks/compare.sh` the texts left to print after the anchor
  /// search are 6, of 234 bytes, which took 130–190 µs on two threads.
  static let parallelBytes = 16 << 10

  /// - Complexity: O(*n* log *n*) in the length of `text`.
  init(_ text: String) {
    if let features = Fingerprint.features(singletons: text) {
      self.features = features
      return
    }
    var features: [UInt64] = []
    var previousHan: Character?
    var hanRun = 0
    var word = ""
    func endWord() {
      if !word.isEmpty { features.append(Fingerprint.hash(word.lowercased(), after: Fingerprint.prefixW)) }
      word = ""
    }
    func endHanRun() {
      if hanRun == 1, let previousHan { features.append(Fingerprint.hash(previousHan, after: Fingerprint.prefixH)) }
      hanRun = 0
      previousHan = nil
    }
    for c in text {
      switch TokenClass(c) {
      case .han:
        endWord()
        if let previousHan { features.append(Fingerprint.hash(c, after: Fingerprint.hash(previousHan))) }
        previousHan = c
        hanRun += 1
      case .word:
        endHanRun()
        word.append(c)
      case .space, .punctuation:
        endWord()
        endHanRun()
      }
    }
    endWord()
    endHanRun()
    self.features = Fingerprint.sortedUnique(features)
  }

  /// The features of a text whose every scalar is a character of its
  /// own (`isGraphemeSingleton`), walking its UTF-8 bytes instead of its
  /// characters; `nil` as soon as a scalar is not (the text is then walked
  /// by characters), so that the text is not first checked in a pass of
  /// its own. A Han pair is hashed off the bytes of its two scalars, and a
  /// word all in ASCII lowercased byte by byte (as `lowercased()` would),
  /// so that only a word with other letters becomes a `String`.
  ///
  /// - Complexity: O(*n* log *n*) in the length of `text`.
  private static func features(singletons text: String) -> [UInt64]? {
    var text = text
    return text.withUTF8 { bytes -> [UInt64]? in
      var features: [UInt64] = []
      features.reserveCapacity(bytes.count / 3 + 1)
      let table = ScalarTable.shared
      // The last Han scalar's bytes, while the run of Han goes on.
      var previousHan: Range<Int>?
      // The hash of its bytes alone, which its bigram with the next goes on.
      var previousHanHash = Fingerprint.offsetBasis
      var hanRun = 0
      // The bytes of the word so far, and whether they are all ASCII.
      var wordStart = -1
      var wordIsASCII = true
      func endWord(at end: Int) {
        guard wordStart >= 0 else { return }
        let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<end])
        if wordIsASCII {
          features.append(
            Fingerprint.hash(word.lazy.map { $0 | ($0 &- 0x41 < 26 ? 0x20 : 0) }, after: Fingerprint.prefixW))
        } else {
          features.append(
            Fingerprint.hash(String(decoding: word, as: UTF8.self).lowercased(), after: Fingerprint.prefixW))
        }
        wordStart = -1
        wordIsASCII = true
      }
      func endHanRun() {
        if hanRun == 1, let previousHan {
          features.append(
            Fingerprint.hash(UnsafeBufferPointer(rebasing: bytes[previousHan]), after: Fingerprint.prefixH))
        }
        hanRun = 0
        previousHan = nil
      }
      // A Han scalar: a bigram with the one before it, if the run goes on.
      func han(_ here: Range<Int>) {
        endWord(at: here.lowerBound)
        let own = Fingerprint.hash(UnsafeBufferPointer(rebasing: bytes[here]), after: Fingerprint.offsetBasis)
        if previousHan != nil {
          features.append(Fingerprint.hash(UnsafeBufferPointer(rebasing: bytes[here]), after: previousHanHash))
        }
        previousHan = here
        previousHanHash = own
        hanRun += 1
      }
      var i = 0
      while i < bytes.count {
        let lead = bytes[i]
        // U+4E00–U+9FFF, the CJK Unified Ideographs: Han, each a
        // character of its own.
        if lead >= 0xE4, lead <= 0xE9, i + 2 < bytes.count, lead != 0xE4 || bytes[i + 1] >= 0xB8 {
          han(i..<(i + 3))
          i += 3
          continue
        }
        let (value, length) = bytes.utf8ScalarValue(at: i)
        guard Unicode.Scalar.isGraphemeSingleton(value), let scalar = Unicode.Scalar(value) else { return nil }
        switch TokenClass(scalar, in: table) {
        case .han:
          han(i..<(i + length))
        case .word:
          endHanRun()
          if wordStart < 0 { wordStart = i }
          if value >= 0x80 { wordIsASCII = false }
        case .space, .punctuation:
          endWord(at: i)
          endHanRun()
        }
        i += length
      }
      endWord(at: bytes.count)
      endHanRun()
      return Fingerprint.sortedUnique(features)
    }
  }

  /// The features sorted, without duplicates, in the array given (which
  /// the caller hands over, so that sorting it does not copy it).
  private static func sortedUnique(_ features: consuming [UInt64]) -> [UInt64] {
    var features = features
    HashSort.sort(&features)
    var unique = 0
    for feature in features where unique == 0 || features[unique - 1] != feature {
      features[unique] = feature
      unique += 1
    }
    features.removeLast(features.count - unique)
    return features
  }

  /// The FNV-1a offset basis: the hash of the empty string.
  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  /// The hashes of "w" and "h", which start word and lone-Han features.
  static let prefixW = hash("w")
  static let prefixH = hash("h")

  /// FNV-1a over UTF-8: stable across runs, unlike `Hasher`.
  static func hash(_ s: String) -> UInt64 {
    hash(s.utf8, after: offsetBasis)
  }

  /// The hash of a character's UTF-8.
  static func hash(_ c: Character, after h: UInt64 = offsetBasis) -> UInt64 {
    hash(c.utf8, after: h)
  }

  /// The hash of a string's UTF-8.
  static func hash(_ s: String, after h: UInt64) -> UInt64 {
    hash(s.utf8, after: h)
  }

  /// Continues a hash `h` of some bytes over more bytes, so that the hash
  /// of a concatenation needs no concatenated string.
  static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes, after h: UInt64) -> UInt64 {
    var h = h
    for byte in bytes {
      h ^= UInt64(byte)
      h = h &* 0x100_0000_01b3
    }
    return h
  }

  /// The number of features both have.
  ///
  /// The merge steps without branching on the comparisons, which go either
  /// way at random on hashes.
  ///
  /// - Complexity: O(*n* + *m*).
  func sharedCount(_ other: Fingerprint) -> Int {
    features.withUnsafeBufferPointer { a in
      other.features.withUnsafeBufferPointer { b in
        var i = 0
        var j = 0
        var n = 0
        while i < a.count && j < b.count {
          let x = a[i]
          let y = b[j]
          // 1 or 0 each, as bits, so that the compiler makes no branch.
          let (forward, backward) = (unsafeBitCast(x <= y, to: UInt8.self), unsafeBitCast(y <= x, to: UInt8.self))
          n &+= Int(forward & backward)
          i &+= Int(forward)
          j &+= Int(backward)
        }
        return n
      }
    }
  }

  /// Dice's coefficient, 2|A ∩ B| / (|A| + |B|); 0 when both are empty.
  func dice(_ other: Fingerprint) -> Double {
    Fingerprint.dice(shared: sharedCount(other), features.count, other.features.count)
  }

  /// Dice's coefficient of two fingerprints of `n` and `m` features that
  /// share `shared`.
  static func dice(shared: Int, _ n: Int, _ m: Int) -> Double {
    let total = n + m
    return total == 0 ? 0 : 2 * Double(shared) / Double(total)
  }

  /// The share of this fingerprint's features found in `whole`.
  func containment(in whole: Fingerprint) -> Double {
    containment(shared: sharedCount(whole))
  }

  /// The share of this fingerprint's features found in a fingerprint with
  /// which it shares `shared`.
  func containment(shared: Int) -> Double {
    features.isEmpty ? 0 : Double(shared) / Double(features.count)
  }

  /// The fingerprint of two texts together.
  func union(_ other: Fingerprint) -> Fingerprint {
    var result: [UInt64] = []
    result.reserveCapacity(features.count + other.features.count)
    var i = 0
    var j = 0
    let a = features
    let b = other.features
    while i < a.count || j < b.count {
      if j == b.count || (i < a.count && a[i] < b[j]) {
        result.append(a[i])
        i += 1
      } else if i == a.count || b[j] < a[i] {
        result.append(b[j])
        j += 1
      } else {
        result.append(a[i])
        i += 1
        j += 1
      }
    }
    return Fingerprint(features: result)
  }
}
