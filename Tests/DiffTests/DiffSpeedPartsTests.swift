import Alignment
import TestSupport
import Testing

@testable import Diff

/// The pieces that make the document diff fast, checked against the plain
/// computations they replace.
@Suite("Diff speed parts")
struct DiffSpeedPartsTests {
  /// Texts that exercise every UTF-8 length, NFC and non-NFC keys.
  static let texts = [
    "", "a", "abcdefgh", "abcdefghi", "第一条　为了保障公民的权利，制定本法。", "Café", "Cafe\u{301}",
    "한국어", "𠀀𠀁", "é", "e\u{301}", "１２３ＡＢＣ", "— “quoted” …", "〇一二三",
  ]

  @Test("ByteKey: equal exactly when the bytes are, hash agrees")
  func byteKeys() {
    for x in Self.texts {
      for y in Self.texts {
        let a = KeyNumbering.ByteKey(x)
        let b = KeyNumbering.ByteKey(y)
        #expect((a == b) == (Array(x.utf8) == Array(y.utf8)), "\(x) \(y)")
        if a == b { #expect(a.hash == b.hash) }
      }
    }
    // Same length, one byte apart, at every position of a long key.
    let long = String(repeating: "商标法", count: 7)
    var bytes = Array(long.utf8)
    for i in bytes.indices {
      bytes[i] ^= 0x01
      let other = String(decoding: bytes, as: UTF8.self)
      bytes[i] ^= 0x01
      #expect(KeyNumbering.ByteKey(long) != KeyNumbering.ByteKey(other))
    }
  }

  @Test("SliceTable numbers stretches of both texts by first appearance, also past its capacity")
  func sliceTable() {
    var old = (0..<300).map { "第\($0 % 97)条" }.joined()
    var new = (0..<300).map { "第\($0 % 89)条" + String(repeating: "款", count: $0 % 3) }.joined()
    old.withUTF8 { oldBytes in
      new.withUTF8 { newBytes in
        var table = KeyNumbering.SliceTable(capacity: 3, texts: (oldBytes, newBytes))
        var reference: [[UInt8]: Int] = [:]
        // Stretches of 3 to 11 bytes at every third offset of each text.
        for (side, bytes) in [(0, oldBytes), (1, newBytes)] {
          for start in stride(from: 0, to: bytes.count - 11, by: 3) {
            let range = start..<start + 3 + start % 9
            let key = Array(bytes[range])
            let expected = reference[key] ?? reference.count
            reference[key] = expected
            #expect(table.id(side: side, range) == expected, "side \(side), \(range)")
          }
        }
        #expect(reference.count > 100)
      }
    }
  }

  @Test("ByteKeyTable numbers keys by first appearance, also past its capacity")
  func byteKeyTable() {
    let keys = (0..<500).map { "第\($0 % 137)条" + String(repeating: "款", count: $0 % 5) } + Self.texts
    var table = KeyNumbering.ByteKeyTable(capacity: 3)
    var reference: [[UInt8]: Int] = [:]
    for key in keys {
      let expected = reference[Array(key.utf8)] ?? reference.count
      reference[Array(key.utf8)] = expected
      #expect(table.id(key) == expected, "\(key)")
    }
    #expect(table.keys.count == reference.count)
  }

  @Test("isInNFC decodes UTF-8 as the scalar test does")
  func nfcOnBytes() {
    var texts = Self.texts
    // Every scalar of the BMP, whose bytes the fast paths read, and every
    // seventh beyond; after ASCII, alone, and between ASCII letters.
    for value in Array(UInt32(0)..<0x1_0000) + Array(stride(from: UInt32(0x1_0000), to: 0x11_0000, by: 7)) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      texts += ["a" + String(Character(scalar)), String(scalar), "abcdefgh" + String(scalar) + "ijklmnop"]
    }
    let wrong = texts.filter { KeyNumbering.isInNFC($0) != $0.unicodeScalars.allSatisfy(\.isNFCQuickStarter) }
    #expect(wrong.count == 0, "first wrong: \(wrong.prefix(5))")
  }

  @Test("numbering: by bytes when every key is NFC, canonical equivalence otherwise")
  func numbering() {
    let nfc = KeyNumbering.number(old: ["甲", "乙", "甲"], new: ["乙", "丙"])
    #expect(nfc.old == [0, 1, 0] && nfc.new == [1, 2] && nfc.count == 3 && nfc.byBytes)
    // "Café" twice: composed and decomposed are one key.
    let mixed = KeyNumbering.number(old: ["Caf\u{E9}", "x"], new: ["Cafe\u{301}", "x", "y"])
    #expect(mixed.old == [0, 1] && mixed.new == [0, 1, 2] && mixed.count == 3 && !mixed.byBytes)
  }

  @Test("FeatureIndex lists the same paragraphs as a dictionary of postings")
  func featureIndex() {
    let prints = [
      "第一条 为了规范", "第二条 为了保护", "商标注册", "", "为了规范商标", "word and words", "第一条",
    ].map(Fingerprint.init)
    let included = [0, 1, 2, 3, 4, 6]
    var reference: [UInt64: [Int]] = [:]
    for i in included {
      for feature in prints[i].features { reference[feature, default: []].append(i) }
    }
    let index = FeatureIndex(prints, paragraphs: included)
    for (feature, list) in reference {
      #expect(index.paragraphs(with: feature).map(Array.init) == list)
    }
    for feature in prints[5].features where reference[feature] == nil {
      #expect(index.paragraphs(with: feature) == nil)
    }
    #expect(FeatureIndex(prints, paragraphs: []).paragraphs(with: prints[0].features[0]) == nil)
  }

  @Test("GapOverlaps counts as sharedCount does, inside and outside its band")
  func gapOverlaps() {
    let old = ["第一条 为了规范", "第二条 为了保护", "商标注册申请", "为了规范商标"].map(Fingerprint.init)
    let new = ["第一条 为了规范管理", "商标注册", "第三条 为了保护", "", "为了规范"].map(Fingerprint.init)
    var overlaps = GapOverlaps(
      oldPrints: old, newPrints: new, old: 1..<4, new: 1..<5, columns: { p in p..<min(4, p + 2) })
    for round in 0..<2 {
      for i in old.indices {
        for j in new.indices {
          #expect(overlaps.shared(i, j) == old[i].sharedCount(new[j]), "round \(round): \(i) \(j)")
        }
      }
    }
  }
}

@Suite("Diff speed parts: scalar walks")
struct ScalarWalkTests {
  @Test(
    "protected spans walking scalars equal those walking characters",
    arguments: [
      "S/2018/1177号决议", "第一百二十二条 1,000.5 Council's A/C.3/75/L.1", "ABC.D/E", "十九、二十", "x.y 2.5.6",
      "U.S./S.1", "Ⅻ/2 Ⅰ.5", "don’t ／Ｓ／2", "", "。",
    ])
  func protectedSpans(text: String) {
    // A carriage return is not a character of its own in every context, so
    // it sends the text down the walk over characters; alone at the end it
    // is a space and starts no span.
    let spans = Tokenizer.protectedSpans(in: text)
    let slow = Tokenizer.protectedSpans(in: text + "\r")
    #expect(spans.map { text[$0] } == slow.map { (text + "\r")[$0] })
    #expect(
      spans.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
        == slow.map { (text + "\r").utf8.distance(from: (text + "\r").startIndex, to: $0.lowerBound) })
  }

  /// Real paragraphs in Chinese, English, French and Russian.
  static let texts = [
    "cn_law_versions/中华人民共和国宪法_2018-03-11_现行有效.txt", "udhr_6lang/udhr_en.txt", "udhr_6lang/udhr_fr.txt",
    "udhr_6lang/udhr_ru.txt", "udhr_6lang/udhr_zh.txt",
  ]

  @Test(arguments: texts)
  func protectedSpansOfRealParagraphs(file: String) throws {
    let document = try DocumentReader.read(contentsOf: FixtureFiles.path(file))
    for text in document.paragraphs.map(\.text) {
      let slow = text + "\r"
      #expect(
        Tokenizer.protectedSpans(in: text).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
          == Tokenizer.protectedSpans(in: slow).map { slow.utf8.distance(from: slow.startIndex, to: $0.lowerBound) })
      #expect(
        Tokenizer.protectedSpans(in: text).map { text[$0] } == Tokenizer.protectedSpans(in: slow).map { slow[$0] })
    }
  }

  /// A token side measures its tokens by their bytes when every scalar is
  /// a character of its own: the lengths and classes of characters.
  @Test(arguments: texts)
  func tokenSidesMeasureCharacters(file: String) throws {
    let document = try DocumentReader.read(contentsOf: FixtureFiles.path(file))
    let tokenizer = Tokenizer.words(in: document.language)
    for text in document.paragraphs.map(\.text) + ["e\u{301}t\u{E9} 第一条", "\r\n12", ""] {
      let ranges = tokenizer.tokens(in: text)
      let side = WordDiff.TokenSide(text, ranges: ranges)
      #expect(side.lengths == ranges.map { text[$0].count })
      #expect(side.classes == ranges.map { TokenClass(text[$0].first ?? " ") })
    }
  }

  /// The identity key's tokens numbered off the texts' bytes get the
  /// numbers the keys made as strings get (`KeyNumbering.number`), paragraph
  /// against the next. Chinese, English and French are numbered by their
  /// bytes; Russian, whose letters `isInNFC` does not vouch for, by strings
  /// either way.
  @Test(arguments: texts)
  func tokenKeysNumberedByBytes(file: String) throws {
    let document = try DocumentReader.read(contentsOf: FixtureFiles.path(file))
    let tokenizer = Tokenizer.words(in: document.language)
    let byBytes = WordDiff.Options(tokenizer: tokenizer)
    // The same key, but not known to be the identity: numbered as strings.
    let byStrings = WordDiff.Options(tokenizer: tokenizer, key: { String($0) })
    #expect(byBytes.textKey != nil && byStrings.textKey == nil)
    let texts = document.paragraphs.map(\.text)
    var bytePairs = 0
    for (old, new) in zip(texts, texts.dropFirst()) {
      var (a, b) = (
        WordDiff.TokenSide(old, ranges: tokenizer.tokens(in: old)),
        WordDiff.TokenSide(new, ranges: tokenizer.tokens(in: new))
      )
      var (c, d) = (a, b)
      let byBytesTaken = WordDiff.TokenSide.numberedByBytes(a, b) != nil
      if byBytesTaken { bytePairs += 1 }
      WordDiff.TokenSide.numberKeys(&a, &b, options: byBytes)
      WordDiff.TokenSide.numberKeys(&c, &d, options: byStrings)
      #expect(a.ids == c.ids && b.ids == d.ids, "\(old.prefix(30)) → \(new.prefix(30))")
    }
    // The byte path is the one the comparison covers, but for Russian.
    let pairs = max(0, texts.count - 1)
    #expect(file.hasSuffix("_ru.txt") ? bytePairs == 0 : bytePairs * 10 >= pairs * 9, "\(bytePairs) of \(pairs)")
  }

  /// A token not in NFC sends the numbering to the strings, where a
  /// decomposed "é" is the precomposed one.
  @Test func tokenKeysOfCanonicallyEquivalentTokens() {
    let (old, new) = ("Caf\u{E9} au lait", "Cafe\u{301} au lait")
    let tokenizer = Tokenizer()
    var a = WordDiff.TokenSide(old, ranges: tokenizer.tokens(in: old))
    var b = WordDiff.TokenSide(new, ranges: tokenizer.tokens(in: new))
    WordDiff.TokenSide.numberKeys(&a, &b, options: WordDiff.Options(tokenizer: tokenizer))
    #expect(a.ids == b.ids)
    #expect(a.ids.count == 5 && Set(a.ids).count == 4)
  }

  /// Fingerprints made off the bytes equal those made walking characters
  /// (a carriage return sends a text that way and adds no feature).
  @Test(arguments: texts)
  func fingerprintsOfRealParagraphs(file: String) throws {
    let document = try DocumentReader.read(contentsOf: FixtureFiles.path(file))
    for text in document.paragraphs.map(\.text) + [
      "Ünïcode ÀB abc 第一条 文", "文", "a", "Straße STRASSE", "", "ＡＢＣ全角，Ab12cD 第3条", "㐀㐁一", "丁㐀 ZZ",
    ] {
      #expect(Fingerprint(text) == Fingerprint(text + "\r"), "\(text.prefix(40))")
    }
  }
}
