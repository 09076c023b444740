import Alignment
import Testing

@Suite("AlignmentScore (vecalign score.py)")
struct AlignmentScoreTests {
  func beads(_ lines: String) throws -> [Bead] {
    try #require(Bead.parseVecalign(lines), "not vecalign bead lines: \(lines)")
  }

  @Test func perfectAlignment() throws {
    let gold = try beads("[0]:[0]\n[1,2]:[1]\n[3]:[]\n")
    let score = AlignmentScore(gold: gold, test: gold)
    #expect(score.f1Strict == 1)
    #expect(score.f1Lax == 1)
  }

  @Test func strictAndLaxCounts() throws {
    // Gold: [0]:[0], [1]:[1,2], [2]:[3].
    // Test: [0]:[0] (strict hit), [1]:[1] (lax hit: 1 ↔ 1 in gold),
    //       []:[2] (miss), [2]:[3] (strict hit).
    let gold = try beads("[0]:[0]\n[1]:[1,2]\n[2]:[3]\n")
    let test = try beads("[0]:[0]\n[1]:[1]\n[]:[2]\n[2]:[3]\n")
    let score = AlignmentScore(gold: gold, test: test)
    // Precision over 4 test beads: strict 2/4; lax 3/4 (the insertion is
    // never a lax hit).
    #expect(score.precisionStrict == 0.5)
    #expect(score.precisionLax == 0.75)
    // Recall over the 3 gold beads against the 3 test beads without an empty
    // side: strict 2/3; lax 3/3.
    #expect(abs(score.recallStrict - 2.0 / 3) < 1e-12)
    #expect(score.recallLax == 1)
    #expect(abs(score.f1Strict - 2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3)) < 1e-12)
  }

  @Test func goldDeletionsCountForPrecisionOnly() throws {
    let gold = try beads("[0]:[0]\n[1]:[]\n")
    // Merging the deleted sentence is a precision error; recall ignores
    // the gold deletion, so the merged bead is its only (missed) bead.
    let merged = AlignmentScore(gold: gold, test: try beads("[0,1]:[0]\n"))
    #expect(merged.precisionStrict == 0)
    #expect(merged.recallStrict == 0)
    #expect(merged.precisionLax == 1)
    // Finding the deletion: both beads are strict hits.
    let found = AlignmentScore(gold: gold, test: gold)
    #expect(found.precisionStrict == 1 && found.recallStrict == 1)
  }

  @Test func emptyListsScoreZero() {
    let score = AlignmentScore(gold: [], test: [])
    #expect(score.f1Strict == 0 && score.f1Lax == 0)
  }
}
