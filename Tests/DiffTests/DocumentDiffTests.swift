import Alignment
import Diff
import Foundation
import Testing

@Suite("Document diff")
struct DocumentDiffTests {
  static func diff(_ old: Document, _ new: Document) throws -> DocumentDiff {
    let diff = DocumentDiff(from: old, to: new)
    try diff.checkInvariants(old: old, new: new)
    return diff
  }

  /// The change holding new paragraph `j`.
  static func change(new j: Int, in diff: DocumentDiff) -> Change? {
    diff.changes.first { $0.new.contains(j) }
  }

  static func change(old i: Int, in diff: DocumentDiff) -> Change? {
    diff.changes.first { $0.old.contains(i) }
  }

  @Test func emptyDocuments() throws {
    let empty = Document(language: .english, paragraphs: [])
    var generator = DocumentGenerator(seed: 1)
    let some = generator.document(count: 3)
    #expect(try Self.diff(empty, empty).changes.isEmpty)
    #expect(try Self.diff(empty, some).summary.inserted == 3)
    #expect(try Self.diff(some, empty).summary.deleted == 3)
  }

  @Test(arguments: 0..<20)
  func identicalIsAllUnchanged(seed: Int) throws {
    var generator = DocumentGenerator(seed: UInt64(seed))
    let document = generator.document(count: Int.random(in: 0...40, using: &generator.rng))
    let diff = try Self.diff(document, document)
    #expect(diff.changes.allSatisfy { $0.op == .unchanged && !$0.moved && !$0.renumbered })
    #expect(diff.summary.unchanged == document.paragraphs.count)
  }

  /// One generated mutation, and the change it must produce.
  enum Mutation: String, CaseIterable {
    case delete, insert, move, moveAndEdit, split, splitInThree, merge, mergeThree, renumberAfterInsertion, wordEdit
  }

  @Test(arguments: Mutation.allCases, 0..<15)
  func mutationIsDetected(mutation: Mutation, seed: Int) throws {
    var generator = DocumentGenerator(seed: UInt64(seed) &* 1000 &+ UInt64(mutation.rawValue.count))
    let count = Int.random(in: 6...30, using: &generator.rng)
    let old = generator.document(count: count)
    var paragraphs = old.paragraphs
    let k = Int.random(in: 1..<count - 2, using: &generator.rng)
    switch mutation {
    case .delete:
      paragraphs.remove(at: k)
      let diff = try Self.diff(old, Document(language: old.language, paragraphs: paragraphs))
      #expect(Self.change(old: k, in: diff)?.op == .deleted)
      #expect(diff.summary.deleted == 1 && diff.summary.unchanged == count - 1)
    case .insert, .renumberAfterInsertion:
      paragraphs.insert(generator.paragraph(generator.text()), at: k)
      var new = Document(language: old.language, paragraphs: paragraphs)
      if mutation == .renumberAfterInsertion { new = new.renumbered() }
      let diff = try Self.diff(old, new)
      #expect(Self.change(new: k, in: diff)?.op == .inserted)
      #expect(diff.summary.inserted == 1 && diff.summary.unchanged == count)
      let later = diff.changes.filter { ($0.new.first ?? 0) > k }
      #expect(later.allSatisfy { $0.op == .unchanged && $0.renumbered == (mutation == .renumberAfterInsertion) })
    case .move, .moveAndEdit:
      var moved = paragraphs.remove(at: k)
      if mutation == .moveAndEdit {
        for _ in 0..<20 where moved.text == old.paragraphs[k].text { moved.text = generator.edited(moved.text) }
        try #require(moved.text != old.paragraphs[k].text)
      }
      // A destination at least two places away, so that the move is not
      // just a swap with a neighbour (drawn from those, so every seed moves).
      let destinations = (0...count - 2).filter { abs($0 - k) >= 2 }
      let destination = try #require(destinations.randomElement(using: &generator.rng))
      paragraphs.insert(moved, at: destination)
      let diff = try Self.diff(old, Document(language: old.language, paragraphs: paragraphs))
      let change = Self.change(old: k, in: diff)
      #expect(change?.op == (mutation == .moveAndEdit ? .modified : .unchanged))
      #expect(change?.moved == true)
      #expect(change?.new == [destination])
      #expect(diff.summary.moved == 1)
    case .split:
      let text = paragraphs[k].text
      let cut = text.firstIndex(of: "。").map(text.index(after:)) ?? text.endIndex
      paragraphs[k].text = String(text[..<cut])
      paragraphs.insert(generator.paragraph(String(text[cut...])), at: k + 1)
      let diff = try Self.diff(old, Document(language: old.language, paragraphs: paragraphs))
      let change = Self.change(old: k, in: diff)
      #expect(change?.op == .split)
      #expect(change?.new == [k, k + 1])
    case .splitInThree:
      let text = paragraphs[k].text + generator.sentence()
      paragraphs[k].text = text
      let old = Document(language: old.language, paragraphs: paragraphs)
      let sentences = text.split(separator: "。").map { String($0) + "。" }
      paragraphs[k].text = sentences[0]
      paragraphs.insert(contentsOf: sentences[1...].map { generator.paragraph($0) }, at: k + 1)
      let diff = try Self.diff(old, Document(language: old.language, paragraphs: paragraphs))
      let change = Self.change(old: k, in: diff)
      #expect(change?.op == .split)
      #expect(change?.new == [k, k + 1, k + 2])
    case .merge, .mergeThree:
      let parts = mutation == .merge ? 2 : 3
      let text = paragraphs[k..<k + parts].map(\.text).joined()
      paragraphs.removeSubrange(k + 1..<k + parts)
      paragraphs[k].text = text
      let diff = try Self.diff(old, Document(language: old.language, paragraphs: paragraphs))
      let change = Self.change(new: k, in: diff)
      #expect(change?.op == .merged)
      #expect(change?.old == Array(k..<k + parts))
    case .wordEdit:
      // `edited` may pick only digits or full stops and change nothing: draw
      // again until the text differs, so that every seed edits a word.
      for _ in 0..<20 where paragraphs[k].text == old.paragraphs[k].text {
        paragraphs[k].text = generator.edited(paragraphs[k].text)
      }
      try #require(paragraphs[k].text != old.paragraphs[k].text)
      let diff = try Self.diff(old, Document(language: old.language, paragraphs: paragraphs))
      let change = Self.change(old: k, in: diff)
      #expect(change?.op == .modified)
      #expect(change?.new == [k])
      #expect(change?.edits.newText == paragraphs[k].text)
    }
  }

  /// Many random mutations at once: whatever comes out, the invariants hold.
  @Test(arguments: 0..<40)
  func randomMutationsKeepInvariants(seed: Int) throws {
    var generator = DocumentGenerator(seed: UInt64(seed) &+ 99)
    let old = generator.document(count: Int.random(in: 0...50, using: &generator.rng))
    var paragraphs = old.paragraphs
    for _ in 0..<Int.random(in: 0...10, using: &generator.rng) {
      let k = paragraphs.isEmpty ? 0 : Int.random(in: 0..<paragraphs.count, using: &generator.rng)
      switch Int.random(in: 0..<5, using: &generator.rng) {
      case 0 where !paragraphs.isEmpty: paragraphs.remove(at: k)
      case 1: paragraphs.insert(generator.paragraph(generator.text()), at: k)
      case 2 where !paragraphs.isEmpty: paragraphs[k].text = generator.edited(paragraphs[k].text)
      case 3 where k + 1 < paragraphs.count:
        paragraphs[k].text += paragraphs[k + 1].text
        paragraphs.remove(at: k + 1)
      case 4 where !paragraphs.isEmpty:
        let p = paragraphs.remove(at: k)
        paragraphs.insert(p, at: Int.random(in: 0...paragraphs.count, using: &generator.rng))
      default: break
      }
    }
    let new = Document(language: old.language, paragraphs: paragraphs).renumbered()
    _ = try Self.diff(old, new)
  }

  /// A paragraph moved far word for word pairs with its copy, even when a
  /// merely similar paragraph now holds its old number (found by
  /// `Benchmarks/diff-bench`: it was reported as modified into that
  /// paragraph, and its copy as inserted).
  @Test(arguments: 0..<5)
  func verbatimMoveBeatsSimilarParagraphInItsSlot(seed: Int) throws {
    var generator = DocumentGenerator(seed: UInt64(seed) &+ 500)
    let old = generator.document(count: 12)
    var paragraphs = old.paragraphs
    let moved = paragraphs[4]
    let firstSentence = try #require(moved.text.firstIndex(of: "。"))
    paragraphs[4] = generator.paragraph(String(moved.text[...firstSentence]) + generator.sentence())
    paragraphs.append(moved)
    let new = Document(language: old.language, paragraphs: paragraphs).renumbered()
    let diff = try Self.diff(old, new)
    let change = Self.change(old: 4, in: diff)
    #expect(change?.op == .unchanged)
    #expect(change?.new == [12])
    #expect(change?.moved == true)
    #expect(Self.change(new: 4, in: diff)?.op == .inserted)
  }

  /// When an old paragraph has more copies than the new text, the copies
  /// left over may still pair with similar paragraphs.
  @Test func surplusCopiesStillPairBySimilarity() throws {
    var generator = DocumentGenerator(seed: 9)
    var old = generator.document(count: 8)
    old.paragraphs[6].text = old.paragraphs[2].text
    var paragraphs = old.paragraphs
    paragraphs[6].text = generator.edited(paragraphs[6].text)
    let new = Document(language: old.language, paragraphs: paragraphs)
    let diff = try Self.diff(old, new)
    #expect(Self.change(old: 2, in: diff)?.op == .unchanged)
    #expect(Self.change(old: 6, in: diff)?.op == .modified)
    #expect(Self.change(old: 6, in: diff)?.new == [6])
  }

  @Test func unnumberedParagraphsMatchByContent() throws {
    let old = Document(
      language: .english,
      paragraphs: [
        Paragraph(
          label: nil, path: [], kind: .unnumbered,
          text: "Recalling its previous resolutions on the situation in Somalia,", lines: 1...1),
        Paragraph(
          label: "1.", path: ["1"], kind: .numbered, text: "Decides to renew the measures for twelve months;",
          lines: 2...2),
      ])
    let new = Document(
      language: .english,
      paragraphs: [
        Paragraph(
          label: nil, path: [], kind: .unnumbered, text: "Reaffirming its commitment to the sovereignty of Somalia,",
          lines: 1...1),
        Paragraph(
          label: nil, path: [], kind: .unnumbered,
          text: "Recalling all its previous resolutions on the situation in Somalia,", lines: 2...2),
        Paragraph(
          label: "1.", path: ["1"], kind: .numbered, text: "Decides to renew the measures for thirteen months;",
          lines: 3...3),
      ])
    let diff = try Self.diff(old, new)
    #expect(Self.change(new: 0, in: diff)?.op == .inserted)
    #expect(Self.change(new: 1, in: diff)?.op == .modified)
    #expect(
      Self.change(new: 1, in: diff)?.edits.wdiffDescription
        == "Recalling {+all +}its previous resolutions on the situation in Somalia,")
    #expect(
      Self.change(new: 2, in: diff)?.edits.wdiffDescription
        == "Decides to renew the measures for [-twelve-]{+thirteen+} months;")
  }

  @Test func ignoringWidthMakesParagraphsUnchanged() throws {
    let old = Document(
      language: .chineseSimplified,
      paragraphs: [
        Paragraph(label: "1.", path: ["1"], kind: .numbered, text: "请秘书长在９０天内提交报告（Ｓ／２０１８／１１７７）。", lines: 1...1)
      ])
    let new = Document(
      language: .chineseSimplified,
      paragraphs: [
        Paragraph(label: "1.", path: ["1"], kind: .numbered, text: "请秘书长在90天内提交报告(S/2018/1177).", lines: 1...1)
      ])
    #expect(try Self.diff(old, new).changes.map(\.op) == [.modified])
    let options = DocumentDiff.Options(words: .ignoring(width: true))
    let diff = DocumentDiff(from: old, to: new, options: options)
    try diff.checkInvariants(old: old, new: new, options: options)
    #expect(diff.changes.map(\.op) == [.unchanged])
  }

  @Test func encodesAsJSONValue() throws {
    var generator = DocumentGenerator(seed: 5)
    let old = generator.document(count: 5)
    var new = old
    new.paragraphs[2].text = generator.edited(new.paragraphs[2].text)
    let diff = try Self.diff(old, new)
    let data = try JSONEncoder().encode(diff)
    #expect(try JSONDecoder().decode(DocumentDiff.self, from: data) == diff)
  }

  /// A dense block of changes in the middle, with edits scattered before
  /// and after it so that no common prefix or suffix covers it, needs more
  /// paragraph edits than `paragraphCostLimit`. The paragraphs after the
  /// block still pair in order (stage 1 used to give the whole middle up,
  /// and the gap alignment paired copies out of order: 2,575 paragraphs
  /// came out moved on the 5 MB pair of `Benchmarks/diff-speed.sh`).
  @Test func denseBlockOfChangesKeepsLaterParagraphsInOrder() throws {
    var generator = DocumentGenerator(seed: 7)
    // Like a compilation of laws, the text recurs: outside the block, 250
    // paragraphs over and over, so no paragraph there is unique and a copy
    // is easily paired with the wrong one.
    let base = generator.document(count: 250).paragraphs
    let block = generator.document(count: 800).paragraphs
    let old = Document(
      language: .chineseSimplified,
      paragraphs: (0..<3000).map { 1100..<1900 ~= $0 ? block[$0 - 1100] : base[$0 % 250] }
    ).renumbered()
    var paragraphs = old.paragraphs
    let edited = Set(stride(from: 10, to: 1000, by: 33)).union(stride(from: 2010, to: 3000, by: 33))
    for k in edited { paragraphs[k].text = generator.edited(paragraphs[k].text) }
    // Old 1100..<1900 become 500 unrelated paragraphs: 1,300 edits, and
    // the new positions drift 300 behind the old ones.
    paragraphs.replaceSubrange(
      1100..<1900, with: (0..<500).map { _ in generator.paragraph(generator.text()) })
    let new = Document(language: old.language, paragraphs: paragraphs).renumbered()
    #expect(DocumentDiff.Options().paragraphCostLimit ?? .max < 1300)
    let diff = try Self.diff(old, new)
    for i in Array(0..<1100) + Array(1900..<3000) where !edited.contains(i) {
      let change = Self.change(old: i, in: diff)
      #expect(change?.op == .unchanged && change?.moved == false, "old \(i)")
      #expect(change?.new == [i < 1100 ? i : i - 300], "old \(i)")
    }
    #expect(diff.summary.moved == 0)
  }

  /// A 3,000-paragraph pair with 300 scattered changes: every paragraph is
  /// covered exactly once (speed is measured in Benchmarks/, not here).
  @Test func largeDocumentWithScatteredChanges() throws {
    var generator = DocumentGenerator(seed: 42)
    let old = generator.document(count: 3000)
    var paragraphs = old.paragraphs
    for _ in 0..<300 {
      let k = Int.random(in: 0..<paragraphs.count, using: &generator.rng)
      switch Int.random(in: 0..<3, using: &generator.rng) {
      case 0: paragraphs.remove(at: k)
      case 1: paragraphs.insert(generator.paragraph(generator.text()), at: k)
      default: paragraphs[k].text = generator.edited(paragraphs[k].text)
      }
    }
    let new = Document(language: old.language, paragraphs: paragraphs).renumbered()
    let diff = try Self.diff(old, new)
    // Seeded, so the figures are exact: 300 draws of which 90 inserted, 110
    // deleted and the rest edited (94 paragraphs differ, a few drawn twice).
    let s = diff.summary
    #expect(s.unchanged == 2796 && s.modified == 94)
    #expect(s.inserted == 90 && s.deleted == 110)
    #expect(s.split == 0 && s.merged == 0 && s.moved == 0)
    #expect(s.renumbered == 2657)
  }
}
