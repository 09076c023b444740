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
  /// threads (the same prints for any number).
  ///
  /// - Complexity: O(*n* log *n*) in the total length of the texts.
  static func all(_ texts: [String], jobs: Int) -> [Fingerprint] {
    ParallelRuns.map(texts, weights: texts.map(\.utf8.count), jobs: jobs, Fingerprint.init)
  }

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
  /// own (`isGraphemeSingleton`), walking scalars instead of characters;
  /// `nil` as soon as a scalar is not (the text is then walked by
  /// characters), so that the text is not first checked in a pass of its
  /// own.
  ///
  /// - Complexity: O(*n* log *n*) in the length of `text`.
  private static func features(singletons text: String) -> [UInt64]? {
    var features: [UInt64] = []
    features.reserveCapacity(text.utf8.count / 3 + 1)
    var previousHan: Unicode.Scalar?
    var hanRun = 0
    var word = String.UnicodeScalarView()
    let table = ScalarTable.shared
    for c in text.unicodeScalars {
      guard c.isGraphemeSingleton else { return nil }
      switch TokenClass(c, in: table) {
      case .han:
        if !word.isEmpty {
          features.append(Fingerprint.hash(String(word).lowercased(), after: Fingerprint.prefixW))
          word = String.UnicodeScalarView()
        }
        if let previousHan {
          features.append(
            Fingerprint.hash(c, after: Fingerprint.hash(previousHan, after: Fingerprint.offsetBasis)))
        }
        previousHan = c
        hanRun += 1
      case .word:
        if hanRun == 1, let previousHan {
          features.append(Fingerprint.hash(previousHan, after: Fingerprint.prefixH))
        }
        hanRun = 0
        previousHan = nil
        word.append(c)
      case .space, .punctuation:
        if !word.isEmpty {
          features.append(Fingerprint.hash(String(word).lowercased(), after: Fingerprint.prefixW))
          word = String.UnicodeScalarView()
        }
        if hanRun == 1, let previousHan {
          features.append(Fingerprint.hash(previousHan, after: Fingerprint.prefixH))
        }
        hanRun = 0
        previousHan = nil
      }
    }
    if !word.isEmpty { features.append(Fingerprint.hash(String(word).lowercased(), after: Fingerprint.prefixW)) }
    if hanRun == 1, let previousHan { features.append(Fingerprint.hash(previousHan, after: Fingerprint.prefixH)) }
    return Fingerprint.sortedUnique(features)
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

  /// The hash of a scalar's UTF-8, encoded on the way (the same as
  /// hashing `scalar.utf8`, without walking the view).
  @inline(__always)
  static func hash(_ scalar: Unicode.Scalar, after h: UInt64) -> UInt64 {
    @inline(__always) func step(_ h: UInt64, _ byte: UInt32) -> UInt64 {
      (h ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    let v = scalar.value
    switch v {
    case 0..<0x80:
      return step(h, v)
    case 0x80..<0x800:
      return step(step(h, 0xC0 | v >> 6), 0x80 | v & 0x3F)
    case 0x800..<0x10000:
      return step(step(step(h, 0xE0 | v >> 12), 0x80 | (v >> 6) & 0x3F), 0x80 | v & 0x3F)
    default:
      return step(
        step(step(step(h, 0xF0 | v >> 18), 0x80 | (v >> 12) & 0x3F), 0x80 | (v >> 6) & 0x3F), 0x80 | v & 0x3F)
    }
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
