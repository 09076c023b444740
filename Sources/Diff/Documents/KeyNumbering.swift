import Alignment

/// Numbers for comparison keys: equal keys (`==`, canonical equivalence)
/// get the same number, so that the paragraph matcher hashes and compares
/// integers after this.
///
/// Hashing a `String` normalises it on the way (its hash must agree with
/// `==`), which is most of the cost of a dictionary of paragraph texts. When
/// every key is made only of scalars that are starters in Normalization
/// Form C (`isNFCQuickStarter`), every key is in NFC already, so two keys
/// are canonically equivalent exactly when their bytes are equal: the keys
/// are then numbered by their bytes (`ByteKey`). Otherwise by `String`.
enum KeyNumbering {
  /// The number of each old and each new key, how many keys differ, and
  /// whether equal numbers mean equal bytes (not only canonical
  /// equivalence), so that anything computed from a key's bytes can be
  /// computed once per number.
  ///
  /// - Complexity: O(*n*) in the total length of the keys.
  static func number(old: [String], new: [String]) -> (old: [Int], new: [Int], count: Int, byBytes: Bool) {
    // Number by bytes first, then look at each different key once: all in
    // NFC, and bytes decide. Equal texts recur (a law printed twice, an
    // article kept word for word), so this checks far fewer scalars.
    var table = ByteKeyTable(capacity: old.count + new.count)
    let oldIDs = old.map { table.id($0) }
    let newIDs = new.map { table.id($0) }
    if table.keys.allSatisfy(isInNFC) {
      return (oldIDs, newIDs, table.keys.count, true)
    }
    var stringIDs: [String: Int] = [:]
    func stringID(_ key: String) -> Int {
      if let id = stringIDs[key] { return id }
      stringIDs[key] = stringIDs.count
      return stringIDs.count - 1
    }
    return (old.map(stringID), new.map(stringID), stringIDs.count, false)
  }

  /// Numbers for keys by their bytes, in order of first appearance: an
  /// open-addressing table of `ByteKey` hashes, sized once.
  struct ByteKeyTable {
    /// The key of each number.
    private(set) var keys: [String] = []
    /// The hash of each number's key.
    private var hashes: [UInt64] = []
    /// The number in each slot, -1 for an empty one.
    private var slots: [Int]

    /// A table for up to `capacity` different keys.
    init(capacity: Int) {
      slots = [Int](repeating: -1, count: KeyNumbering.slotCount(capacity: capacity))
      keys.reserveCapacity(capacity)
      hashes.reserveCapacity(capacity)
    }

    /// The number of `key`, a new one if its bytes are new. More keys than
    /// the capacity only make probes longer, until the table is full: then
    /// it doubles.
    ///
    /// - Complexity: O(*n*) in the key's length, expected.
    mutating func id(_ key: String) -> Int {
      if 2 * (keys.count + 1) > slots.count { grow() }
      var bytes = key
      let (hash, found, slot) = bytes.withUTF8 { utf8 in
        let raw = UnsafeRawBufferPointer(utf8)
        let hash = ByteKey.hash(raw)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
          let id = slots[slot]
          if hashes[id] == hash, ByteKeyTable.has(keys[id], bytes: raw) { return (hash, id, slot) }
          slot = (slot + 1) & mask
        }
        return (hash, -1, slot)
      }
      if found >= 0 { return found }
      slots[slot] = keys.count
      keys.append(key)
      hashes.append(hash)
      return keys.count - 1
    }

    /// Whether `key` is made of exactly `bytes`.
    private static func has(_ key: String, bytes: UnsafeRawBufferPointer) -> Bool {
      var key = key
      return key.withUTF8 { ByteKey.equal(UnsafeRawBufferPointer($0), bytes) }
    }

    /// Doubles the slots and places every number again.
    private mutating func grow() {
      slots = KeyNumbering.slots(placing: hashes, count: slots.count * 2)
    }
  }

  /// Whether the key is made of NFC starters only, hence in NFC.
  ///
  /// - Complexity: O(*n*) in the key's UTF-8, decoded without building
  ///   scalars.
  static func isInNFC(_ key: String) -> Bool {
    var key = key
    return key.withUTF8(isInNFC)
  }

  /// Whether some valid UTF-8 is made of NFC starters only, as
  /// `isInNFC(_:)` of its text.
  static func isInNFC(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = utf8.count
    while i < n {
      let lead = utf8[i]
      if lead < 0x80 {
        i &+= 1
        continue
      }
      // U+5000…U+9FFF, ideographs all: no need to decode.
      if lead >= 0xE5 && lead <= 0xE9 {
        i &+= 3
        continue
      }
      // U+4000…U+4FFF: ideographs but the Yijing hexagrams U+4DC0…U+4DFF,
      // E4 B7 xx.
      if lead == 0xE4 {
        guard utf8[i &+ 1] != 0xB7 else { return false }
        i &+= 3
        continue
      }
      // U+3000…U+303F, CJK punctuation, but its tone marks U+302A…U+302F;
      // U+FF01…U+FF3F, full-width forms (U+FF00 is unassigned).
      if lead == 0xE3 && utf8[i &+ 1] == 0x80 || lead == 0xEF && utf8[i &+ 1] == 0xBC {
        let last = utf8[i &+ 2]
        guard lead == 0xE3 ? last < 0xAA || last > 0xAF : last != 0x80 else { return false }
        i &+= 3
        continue
      }
      // Valid UTF-8 (a String's): the lead byte gives the length.
      let scalar: UInt32
      if lead < 0xE0 {
        scalar = UInt32(lead & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
        i += 2
      } else if lead < 0xF0 {
        scalar = UInt32(lead & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
        i += 3
      } else {
        return false  // beyond the Basic Multilingual Plane: no range qualifies
      }
      guard Unicode.Scalar.isNFCQuickStarter(scalar) else { return false }
    }
    return true
  }

  /// The slots of an open-addressing table (`ByteKeyTable`, `SliceTable`)
  /// for up to `capacity` numbers: a power of two, at least 16, and at
  /// least twice the capacity.
  static func slotCount(capacity: Int) -> Int {
    var size = 16
    while size < 2 * capacity { size *= 2 }
    return size
  }

  /// `count` slots (a power of two above `hashes.count`) holding each
  /// number `k` at the first free slot from `hashes[k]`, in order, -1 in
  /// the others: the table rebuilt when it doubles.
  static func slots(placing hashes: [UInt64], count: Int) -> [Int] {
    var slots = [Int](repeating: -1, count: count)
    let mask = count - 1
    for (id, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = id
    }
    return slots
  }

  /// Numbers for stretches of two texts' UTF-8 by their bytes, in order of
  /// first appearance, as `ByteKeyTable` numbers keys: the word diff's
  /// tokens, numbered without a `String` made for each.
  struct SliceTable {
    /// The two texts' bytes, which the stretches are offsets into.
    private let texts: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>)
    /// The text (0 or 1) and the offsets of each number's first stretch.
    private var sides: [Int] = []
    private var ranges: [Range<Int>] = []
    /// The hash of each number's bytes.
    private var hashes: [UInt64] = []
    /// The number in each slot, -1 for an empty one.
    private var slots: [Int]
    /// Whether every number's bytes are in NFC (`isInNFC`), so that equal
    /// numbers are exactly canonically equivalent texts.
    private(set) var allInNFC = true

    /// A table for up to `capacity` different stretches (more only make
    /// probes longer, until it doubles) of `texts`.
    init(capacity: Int, texts: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>)) {
      self.texts = texts
      slots = [Int](repeating: -1, count: KeyNumbering.slotCount(capacity: capacity))
      sides.reserveCapacity(capacity)
      ranges.reserveCapacity(capacity)
      hashes.reserveCapacity(capacity)
    }

    /// The number of the bytes at `range` of text `side`, a new one if
    /// they are new.
    ///
    /// - Complexity: O(*n*) in the stretch's length, expected.
    mutating func id(side: Int, _ range: Range<Int>) -> Int {
      if 2 * (hashes.count + 1) > slots.count { grow() }
      let bytes = slice(side, range)
      let hash = ByteKey.hash(UnsafeRawBufferPointer(bytes))
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 {
        let id = slots[slot]
        if hashes[id] == hash,
          ByteKey.equal(UnsafeRawBufferPointer(slice(sides[id], ranges[id])), UnsafeRawBufferPointer(bytes))
        {
          return id
        }
        slot = (slot + 1) & mask
      }
      slots[slot] = hashes.count
      sides.append(side)
      ranges.append(range)
      hashes.append(hash)
      if allInNFC && !KeyNumbering.isInNFC(bytes) { allInNFC = false }
      return hashes.count - 1
    }

    private func slice(_ side: Int, _ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(rebasing: (side == 0 ? texts.0 : texts.1)[range])
    }

    /// Doubles the slots and places every number again.
    private mutating func grow() {
      slots = KeyNumbering.slots(placing: hashes, count: slots.count * 2)
    }
  }

  /// A key compared by its bytes, hashed by a word-at-a-time hash of them.
  struct ByteKey: Hashable {
    let hash: UInt64
    let key: String

    init(_ key: String) {
      var key = key
      hash = key.withUTF8 { ByteKey.hash(UnsafeRawBufferPointer($0)) }
      self.key = key
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
      guard a.hash == b.hash, a.key.utf8.count == b.key.utf8.count else { return false }
      var a = a.key
      var b = b.key
      return a.withUTF8 { x in
        b.withUTF8 { y in ByteKey.equal(UnsafeRawBufferPointer(x), UnsafeRawBufferPointer(y)) }
      }
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    /// A 64-bit hash of some bytes, eight at a time: each word multiplied
    /// into the state and mixed (as in MurmurHash's finaliser), the
    /// length folded in. Only for hashing in this process: its values are
    /// never shown nor stored.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
      var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
      var i = 0
      let n = bytes.count
      while i + 8 <= n {
        h = mix(h ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        i += 8
      }
      if i < n {
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
          tail |= UInt64(bytes[i]) << shift
          shift += 8
          i += 1
        }
        h = mix(h ^ tail)
      }
      return h
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
      var h = value &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 33
      h = h &* 0xC4CE_B9FE_1A85_EC53
      h ^= h >> 29
      return h
    }

    /// Whether two buffers of the same length hold the same bytes, compared
    /// eight at a time.
    static func equal(_ x: UnsafeRawBufferPointer, _ y: UnsafeRawBufferPointer) -> Bool {
      let n = x.count
      guard y.count == n else { return false }
      var i = 0
      while i + 8 <= n {
        guard
          x.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            == y.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        else { return false }
        i += 8
      }
      while i < n {
        guard x[i] == y[i] else { return false }
        i += 1
      }
      return true
    }
  }
}

extension Unicode.Scalar {
  /// Whether the scalar has canonical combining class 0 and NFC quick check
  /// Yes, so that a text of such scalars only is in NFC. Decided on ranges
  /// known to qualify (ASCII, Latin-1, general punctuation, CJK symbols and
  /// punctuation, CJK ideographs and Extension A, full-width forms);
  /// `false` for every other scalar, which only sends a text to the slower
  /// path.
  var isNFCQuickStarter: Bool { Unicode.Scalar.isNFCQuickStarter(value) }

  /// `isNFCQuickStarter` of the scalar with this value.
  static func isNFCQuickStarter(_ value: UInt32) -> Bool {
    switch value {
    case 0x00...0x7F, 0xA0...0xFF, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
      true
    default: false
    }
  }
}

extension Unicode.Scalar {
  /// Whether the scalar is always a grapheme cluster (a `Character`) of its
  /// own, whatever stands around it: no extending or spacing mark, joiner,
  /// prepended mark, Hangul jamo, regional indicator nor carriage return
  /// (which joins a following line feed). Decided on ranges known to qualify
  /// (ASCII but CR, Latin-1 and Latin Extended-A/B, general punctuation, CJK
  /// symbols and punctuation but its tone marks, CJK ideographs and
  /// Extension A, full-width forms); `false` for every other scalar, which
  /// only sends a text to the slower path that walks characters.
  var isGraphemeSingleton: Bool { Unicode.Scalar.isGraphemeSingleton(value) }

  /// `isGraphemeSingleton` of the scalar with this value.
  static func isGraphemeSingleton(_ value: UInt32) -> Bool {
    switch value {
    case 0x00...0x0C, 0x0E...0x7F, 0xA0...0x24F, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029,
      0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
      true
    default: false
    }
  }

  /// Whether every scalar of `text` is a grapheme singleton, as
  /// `text.unicodeScalars.allSatisfy(\.isGraphemeSingleton)`, decoding
  /// its UTF-8 bytes in place.
  ///
  /// - Complexity: O(*n*) in the UTF-8 length of `text`.
  static func allGraphemeSingletons(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes -> Bool in
      var i = 0
      while i < bytes.count {
        let (value, length) = bytes.utf8ScalarValue(at: i)
        guard isGraphemeSingleton(value) else { return false }
        i += length
      }
      return true
    }
  }
}
