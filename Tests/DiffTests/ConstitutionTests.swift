import Alignment
import Diff
import Testing

/// 中华人民共和国宪法 as adopted in 1982 against the 2018 text: the 2018
/// amendment inserted a new section 第七节 监察委员会 (articles 123–127),
/// shifting every later article by five.
@Suite("宪法 1982 → 2018")
struct ConstitutionTests {
  let old: Document
  let new: Document
  let diff: DocumentDiff

  init() throws {
    old = try Fixtures.constitution1982()
    new = try Fixtures.constitution2018()
    diff = DocumentDiff(from: old, to: new)
  }

  @Test func fixturesLoad() {
    #expect(old.paragraphs.count == 138)
    #expect(new.paragraphs.count == 143)
  }

  @Test func invariantsHold() throws {
    try diff.checkInvariants(old: old, new: new)
  }

  @Test func supervisoryCommissionArticlesAreInserted() {
    let inserted = diff.changes.filter { $0.op == .inserted }.flatMap(\.new)
    let articles = inserted.map { new.paragraphs[$0].path }
    #expect(articles == (123...127).map { [String($0)] })
    #expect(diff.summary.inserted == 5)
    #expect(diff.summary.deleted == 0)
  }

  @Test(arguments: 128...143)
  func laterArticlesAreRenumbered(article: Int) throws {
    let j = try #require(new.paragraphs.firstIndex { $0.path == [String(article)] })
    let change = try #require(diff.changes.first { $0.new == [j] })
    #expect(change.old.map { old.paragraphs[$0].path } == [[String(article - 5)]])
    #expect(change.renumbered)
    #expect(!change.moved)
    let sameText = old.paragraphs[change.old[0]].text == new.paragraphs[j].text
    #expect(change.op == (sameText ? .unchanged : .modified))
  }

  @Test func earlierArticlesKeepTheirNumbers() {
    for change in diff.changes where change.new.first.map({ $0 < 122 }) ?? false {
      #expect(!change.renumbered)
      #expect(change.op == .unchanged || change.op == .modified)
    }
  }

  @Test func counts() {
    let s = diff.summary
    #expect(s.unchanged == 102 && s.modified == 36)
    #expect(s.inserted == 5 && s.deleted == 0)
    #expect(s.renumbered == 16)
    #expect(s.moved == 0)
    #expect(s.split == 0 && s.merged == 0)
  }
}

/// 中华人民共和国商标法 2019 → 2026: a heavy restructuring (73 → 87
/// articles) with a real split and articles moved forward.
@Suite("商标法 2019 → 2026")
struct TrademarkLawTests {
  let old: Document
  let new: Document
  let diff: DocumentDiff

  init() throws {
    old = try Fixtures.law("中华人民共和国商标法_2019-04-23_历史版本.jsonl")
    new = try Fixtures.law("中华人民共和国商标法_2026-06-26_现行有效.jsonl")
    diff = DocumentDiff(from: old, to: new)
  }

  func changeOf(oldArticle: Int) -> Change? {
    guard let i = old.paragraphs.firstIndex(where: { $0.path == [String(oldArticle)] }) else { return nil }
    return diff.changes.first { $0.old.contains(i) }
  }

  func articles(_ indices: [Int], in document: Document) -> [String] {
    indices.map { document.paragraphs[$0].path.joined() }
  }

  @Test func invariantsHold() throws {
    try diff.checkInvariants(old: old, new: new)
  }

  /// Old 第十条 (prohibited signs, with the place-name clause) became new
  /// 第十五条 (signs) and 第十六条 (place names).
  @Test func article10IsSplit() throws {
    let change = try #require(changeOf(oldArticle: 10))
    #expect(change.op == .split)
    #expect(articles(change.new, in: new) == ["15", "16"])
    #expect(change.edits.oldText == old.paragraphs[change.old[0]].text)
  }

  /// Old 第二十一条 (international registration) reappears word for word as
  /// new 第十二条.
  @Test func article21MovedForward() throws {
    let change = try #require(changeOf(oldArticle: 21))
    #expect(change.op == .unchanged)
    #expect(change.moved && change.renumbered)
    #expect(articles(change.new, in: new) == ["12"])
  }
}
