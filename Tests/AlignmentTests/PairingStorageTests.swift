import Foundation
import TestSupport
import Testing

@testable import Alignment

/// The compact stores behind paragraph pairing (`LexicalUnits` kinds,
/// packed `SegmentFeatures` masks, `UnitAnchors` ids) say what the plain
/// values they replaced said.
@Suite("Pairing storage")
struct PairingStorageTests {
  static func lines(_ path: String, _ range: Range<Int>) throws -> [String] {
    Array(
      try FixtureFiles.text(path).split(separator: "\n", omittingEmptySubsequences: false)[range]
        .map(String.init))
  }

  /// Masks of every width from 1 to 8 bytes, packed or coded, read back as
  /// written.
  @Test func masksOfEveryWidthReadBack() {
    var keyStart = [0]
    var bitStart = [0]
    var masks: [UInt64] = []
    for bits in [1, 7, 8, 9, 16, 17, 33, 57, 63, 64] {
      let keys = 3
      for k in 0..<keys {
        // Bits within the segment's own: the top one, the bottom one, both.
        let top: UInt64 = 1 << UInt64(bits - 1)
        masks.append([top, 1, top | 1][k])
      }
      keyStart.append(keyStart[keyStart.count - 1] + keys)
      bitStart.append(bitStart[bitStart.count - 1] + bits)
    }
    let n = keyStart.count - 1
    let features = SegmentFeatures(
      lengthPrefix: [Double](repeating: 0, count: n + 1), keyStart: keyStart,
      keys: [Int32](repeating: 0, count: masks.count), keyMasks: masks,
      bitWeights: [Float](repeating: 0, count: bitStart[n]), bitStart: bitStart,
      totalWeight: [Float](repeating: 0, count: n))
    #expect(features.keyMasks == masks)
    // Packed, one byte a mask for 1 to 8 bits, two for 9 to 16, three for
    // 17; from 33 bits on, coded: three codes and one eight-byte mask.
    #expect(features.maskCoded == [false, false, false, false, false, false, true, true, true, true])
    #expect(features.maskBytes.count == 3 * (1 + 1 + 1 + 2 + 2 + 3) + 4 * 11 + SegmentFeatures.maskPadding)
    for s in 0..<n {
      for i in keyStart[s]..<keyStart[s + 1] { #expect(features.mask(s, i) == masks[i]) }
    }
  }

  /// A stretch's units (`LexicalUnits.segments`) give the features that
  /// reading the stretch's texts alone gives: the same kinds, keys and
  /// numbers in every segment.
  @Test func stretchUnitsAreTheUnitsOfTheStretch() throws {
    let lexicon = try #require(Lexicon.cedict)
    let zh = try Self.lines("unpc_v1_devset_zh_en/UNv1.0.devset.zh", 0..<200)
    var extractor = FeatureExtractor(lexicon: lexicon, options: SegmentAligner.Options())
    let all = extractor.units(of: zh, chinese: true)
    #expect(all.kindName.count < all.unitCount)  // kinds are shared
    let part = all.segments(50..<120)
    let alone = extractor.units(of: Array(zh[50..<120]), chinese: true)
    #expect(part.segmentStart == alone.segmentStart)
    for u in 0..<alone.unitCount {
      #expect(part.name(u) == alone.name(u))
      #expect(part.isNumber(u) == alone.isNumber(u))
      #expect(Array(part.keys[part.keyRange(u)]) == Array(alone.keys[alone.keyRange(u)]))
    }
    #expect(part.offeredKeys(count: 200_000) == alone.offeredKeys(count: 200_000))
  }

  /// Shared anchor weights and postings by id agree with sets of anchors.
  @Test func anchorIDsAgreeWithSetsOfAnchors() throws {
    let en = try Self.lines("unpc_v1_devset_zh_en/UNv1.0.devset.en", 0..<300)
    let zh = try Self.lines("unpc_v1_devset_zh_en/UNv1.0.devset.zh", 0..<300)
    var interner = UnitAnchors.Interner()
    let a = UnitAnchors(en, interner: &interner)
    let b = UnitAnchors(zh, interner: &interner)
    let setsA = en.map { Set(AnchorExtractor.anchors(in: $0)) }
    let setsB = zh.map { Set(AnchorExtractor.anchors(in: $0)) }
    func weight(_ anchor: Anchor) -> Double {
      switch anchor {
      case .number, .paragraph: 0.5
      default: 1
      }
    }
    var sharing = 0
    for i in 0..<en.count {
      #expect(a.ids(of: i).count == setsA[i].count)
      for j in max(0, i - 2)...min(zh.count - 1, i + 2) {
        let expected = setsA[i].intersection(setsB[j]).reduce(0) { $0 + weight($1) }
        let shared = UnitAnchors.sharedWeight(a.ids(of: i), b.ids(of: j), weights: interner.weights)
        #expect(shared == expected)
        if shared > 0 { sharing += 1 }
      }
    }
    #expect(sharing > 50)
    let postings = b.postings(idCount: interner.weights.count)
    for id in 0..<interner.weights.count {
      let units = postings.units[Int(postings.start[id])..<Int(postings.start[id + 1])].map(Int.init)
      #expect(units == (0..<zh.count).filter { b.ids(of: $0).contains(Int32(id)) })
    }
    #expect(a.ids(of: [3, 1, 3]) == Array(Set(a.ids(of: 1) + a.ids(of: 3))).sorted())
  }

  /// The resident size of the mappings of the file at `path`, from
  /// `/proc/self/smaps` (Linux).
  static func residentKilobytes(ofMapping path: String) throws -> Int {
    // Read to its end: the file's size says 0.
    let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: "/proc/self/smaps"))
    defer { try? handle.close() }
    let smaps = String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
    var inMapping = false
    var total = 0
    for line in smaps.split(separator: "\n") {
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      if let first = fields.first, first.contains("-"), first.allSatisfy({ $0.isHexDigit || $0 == "-" }) {
        inMapping = fields.count >= 6 && fields[5...].joined(separator: " ") == path
      } else if inMapping, fields.first == "Rss:", fields.count >= 2, let kilobytes = Int(fields[1]) {
        total += kilobytes
      }
    }
    return total
  }

  /// A mapped lexicon whose pages were given back reads as before, and its
  /// pages are no longer part of the process's memory.
  @Test func lexiconWithReleasedPagesReadsAsBefore() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("lexicon-\(UUID().uuidString).bin").path
    try Data(try FixtureFiles.bytes("lexicon_format/sample.bin")).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let lexicon = try Lexicon(contentsOfFile: path)
    let heads = try FixtureFiles.text("lexicon_format/sample.tsv").split(separator: "\n").flatMap {
      $0.split(separator: "\t")[0].split(separator: " ").map(String.init)
    }
    #expect(heads.count > 100)
    let before = heads.map { lexicon.translations(of: $0) }
    #expect(before.contains { !$0.isEmpty })
    #if os(Linux)
    #expect(try Self.residentKilobytes(ofMapping: path) > 0)
    #endif
    lexicon.releaseResidentPages()
    #if os(Linux)
    #expect(try Self.residentKilobytes(ofMapping: path) == 0)
    #endif
    #expect(heads.map { lexicon.translations(of: $0) } == before)
  }

  /// Paragraph pairing gives the same beads whether it gives the lexicon's
  /// pages back after finding the words (`minimumUnitsForReleasingLexicon`
  /// 0) or not.
  @Test func pairingIsTheSameWhetherTheLexiconPagesAreReleasedOrNot() throws {
    let zh = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_zh.txt")
    let en = try Fixtures.document("sres2446_zh_en_complete/S_RES_2446_2018_en.txt")
    var options = SegmentAligner.Options()
    options.minimumUnitsForReleasingLexicon = 0
    let releasing = SegmentAligner(source: .chineseSimplified, target: .english, lexicon: .cedict, options: options)
    options.minimumUnitsForReleasingLexicon = .max
    let keeping = SegmentAligner(source: .chineseSimplified, target: .english, lexicon: .cedict, options: options)
    let beads = releasing.alignParagraphs(zh, en)
    #expect(beads.count == 6)
    #expect(beads == keeping.alignParagraphs(zh, en))
    #expect(releasing.alignParagraphs(zh, en) == beads)
  }

  /// Packed keys (`PackedKeys`) read back as the `Int32`s they were made
  /// of, over several chunks, with differences of one to five bytes and
  /// segments without keys; postings made from them list, for each key,
  /// the segments offering it (as a dictionary of arrays does), across
  /// chunks.
  @Test func packedKeysReadBackAsWritten() {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    let limits = [100, 300, 20_000, 3_000_000, Int(Int32.max)]
    let lists: [[Int32]] = (0..<(2 * PackedKeys.segmentsPerChunk + 77)).map { s in
      let limit = limits[s % limits.count]
      return Array(Set((0..<next(40)).map { _ in Int32(next(limit)) })).sorted()
    }
    let features = KeyPostingsTests.features(lists)
    let packed = PackedKeys(features)
    #expect(packed.segmentCount == lists.count)
    #expect(packed.keyCount == Int(lists.joined().max() ?? -1) + 1)
    for (s, list) in lists.enumerated() { #expect(packed.keys(of: s) == list, "segment \(s)") }
    #expect(packed.byteCount < 4 * features.keys.count)
    #expect(lists.contains { $0.isEmpty })
    // Postings over keys small enough for a table, against a dictionary.
    let small = lists.map { $0.filter { $0 < 20_000 } }
    var dictionary: [Int32: [Int32]] = [:]
    for (s, list) in small.enumerated() { for key in list { dictionary[key, default: []].append(Int32(s)) } }
    // Some keys are offered in more than one chunk.
    let chunk = Int32(PackedKeys.segmentsPerChunk)
    #expect(dictionary.values.contains { ($0.first ?? 0) < chunk && ($0.last ?? 0) >= chunk && $0.count <= 30 })
    let postings = KeyPostings(PackedKeys(KeyPostingsTests.features(small)), cap: 30)
    for key: Int32 in 0..<20_000 {
      let expected = dictionary[key] ?? []
      #expect(Array(postings.units(offering: key)) == (expected.count <= 30 ? expected : []), "key \(key)")
    }
  }

  /// The evidence's features, whose keys are packed, are the features the
  /// aligner makes with its keys, and its coverage of every pair of units
  /// is the cost model's.
  @Test func evidenceWithPackedKeysCoversAsTheCostModel() throws {
    let en = try Self.lines("unpc_v1_devset_zh_en/UNv1.0.devset.en", 0..<150)
    let zh = try Self.lines("unpc_v1_devset_zh_en/UNv1.0.devset.zh", 0..<150)
    let aligner = SegmentAligner(source: .english, target: .chineseSimplified, lexicon: .cedict)
    let evidence = ParagraphEvidence(aligner: aligner, source: en, target: zh)
    let s = evidence.extractor.features(
      of: en, units: evidence.sourceUnits, otherSide: evidence.targetUnits.offeredKeys(count: evidence.keyCount))
    let t = evidence.extractor.features(
      of: zh, units: evidence.targetUnits, otherSide: evidence.sourceUnits.offeredKeys(count: evidence.keyCount))
    #expect(evidence.source.keys.isEmpty && evidence.target.keys.isEmpty)
    #expect(evidence.source.keyStart == s.keyStart && evidence.target.keyStart == t.keyStart)
    #expect(evidence.source.maskBytes == s.maskBytes && evidence.target.maskBytes == t.maskBytes)
    #expect(evidence.source.bitWeights == s.bitWeights && evidence.target.bitWeights == t.bitWeights)
    for a in 0..<en.count {
      #expect(evidence.sourceKeys.keys(of: a) == Array(s.keys[s.keyStart[a]..<s.keyStart[a + 1]]))
    }
    for b in 0..<zh.count {
      #expect(evidence.targetKeys.keys(of: b) == Array(t.keys[t.keyStart[b]..<t.keyStart[b + 1]]))
    }
    let model = SegmentAligner.CostModel(
      source: s, target: t, lengthModel: aligner.lengthModel, options: aligner.options)
    var differing = 0
    var covering = 0
    for a in 0..<en.count {
      for b in 0..<zh.count {
        let (x, y) = evidence.coverage(a, b)
        if x != model.coverage(a, b).0 || y != model.coverage(a, b).1 { differing += 1 }
        if x != 0 { covering += 1 }
      }
    }
    #expect(differing == 0)
    #expect(covering > 1000)
  }
}
