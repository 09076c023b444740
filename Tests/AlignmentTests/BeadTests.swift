import Alignment
import Testing

@Suite("Bead")
struct BeadTests {
  @Test func parsesAndWritesVecalignLines() {
    #expect(Bead(vecalignLine: "[0,1]:[0]") == Bead(source: [0, 1], target: [0]))
    #expect(Bead(vecalignLine: "[] : [3]") == Bead(source: [], target: [3]))
    #expect(Bead(vecalignLine: "[2]:[4,5]:0.25")?.score == 0.25)
    #expect(Bead(vecalignLine: "[0]-[0]") == nil)
    #expect(Bead(vecalignLine: "[a]:[0]") == nil)
    #expect(Bead(source: [1, 2], target: []).vecalignLine == "[1,2]:[]")
    #expect(Bead.parseVecalign("[0]:[0]\n\n[1]:[1,2]\n")?.count == 2)
    #expect(Bead.parseVecalign("[0]:[0]\nnonsense\n") == nil)
  }

  @Test func acceptsACompleteMonotoneAlignment() throws {
    let beads = [
      Bead(source: [0], target: [0]), Bead(source: [1, 2], target: [1]),
      Bead(source: [], target: [2]), Bead(source: [3], target: []),
    ]
    try Bead.checkInvariants(beads, sourceCount: 4, targetCount: 3)
  }

  @Test(arguments: [
    ([Bead(source: [0], target: [1]), Bead(source: [1], target: [0])], "crossing"),
    ([Bead(source: [0], target: [0])], "incomplete"),
    ([Bead(source: [0], target: [0]), Bead(source: [0], target: [1])], "overlapping"),
    ([Bead(source: [0, 2], target: [0, 1])], "gap inside a bead"),
    ([Bead(source: [], target: []), Bead(source: [0], target: [0])], "empty bead"),
  ])
  func rejectsBrokenAlignments(beads: [Bead], what: String) {
    #expect(throws: BeadInvariantViolation.self, "\(what)") {
      try Bead.checkInvariants(beads, sourceCount: 1, targetCount: 2)
    }
  }
}
