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
    #expect(s.unchanged + s.modified == 138)
    #expect(s.modified > 10 && s.modified < 40)
    #expect(s.renumbered == 16)
    #expect(s.moved == 0)
    #expect(s.split == 0 && s.merged == 0)
  }
}
