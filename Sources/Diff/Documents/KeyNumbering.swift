/// Numbers for comparison keys: equal keys (`==`, canonical equivalence)
/// get the same number, so that the paragraph matcher hashes and compares
/// integers after this.
///
/// Hashing a `String` normalises it on the way (its hash must agree with
/// `==`), which is most of the cost of a dictionary of paragraph texts. When
/// every key is made only of scalars that are starters in Normalization
/// Form C (`isNFCQuickStarter`), every key is in NFC already, so two keys
/// are canonically equivalent exactly when their bytes are equal: the keys
/// are then numbered by their FNV-1a hash and bytes. Otherwise by `String`.
enum KeyNumbering {
  /// The number of each old and each new key, how many keys differ, and
  /// whether equal numbers mean equal bytes (not only canonical
  /// equivalence), so that anything computed from a key's bytes can be
  /// computed once per number.
  ///
  /// - Complexity: O(*n*) in the total length of the keys.
  static func number(old: [String], new: [String]) -> (old: [Int], new: [Int], count: Int, byBytes: Bool) {
    if old.allSatisfy(isInNFC) && new.allSatisfy(isInNFC) {
      var ids: [ByteKey: Int] = [:]
      func id(_ key: String) -> Int {
        let byteKey = ByteKey(key)
        if let id = ids[byteKey] { return id }
        ids[byteKey] = ids.count
        return ids.count - 1
      }
      return (old.map(id), new.map(id), ids.count, true)
    }
    var ids: [String: Int] = [:]
    func id(_ key: String) -> Int {
      if let id = ids[key] { return id }
      ids[key] = ids.count
      return ids.count - 1
    }
    return (old.map(id), new.map(id), ids.count, false)
  }

  /// Whether the key is made of NFC starters only, hence in NFC.
  static func isInNFC(_ key: String) -> Bool {
    key.unicodeScalars.allSatisfy(\.isNFCQuickStarter)
  }

  /// A key compared by its bytes, hashed by their FNV-1a.
  struct ByteKey: Hashable {
    let hash: UInt64
    let key: String

    init(_ key: String) {
      hash = Fingerprint.hash(key)
      self.key = key
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
      guard a.hash == b.hash, a.key.utf8.count == b.key.utf8.count else { return false }
      var a = a.key
      var b = b.key
      return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
  }
}

extension Unicode.Scalar {
  /// Whether the scalar has canonical combining class 0 and NFC quick check
  /// Yes, so that a text of such scalars only is in NFC. Decided on ranges
  /// known to qualify (ASCII, Latin-1, general punctuation, CJK symbols and
  /// punctuation, CJK ideographs and Extension A, full-width forms);
  /// `false` for every other scalar, which only sends a text to the slower
  /// path.
  var isNFCQuickStarter: Bool {
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
  var isGraphemeSingleton: Bool {
    switch value {
    case 0x00...0x0C, 0x0E...0x7F, 0xA0...0x24F, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029,
      0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
      true
    default: false
    }
  }
}
