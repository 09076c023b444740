import Alignment
import Diff
import Testing

/// A draft resolution against the adopted text, in English.
@Suite("Draft → adopted resolution")
struct ResolutionTests {
  static func p(_ label: String?, _ text: String) -> Paragraph {
    Paragraph(
      label: label, path: label.map { [String($0.dropLast())] } ?? [],
      kind: label == nil ? .unnumbered : .numbered, text: text, lines: 1...1)
  }

  let draft = Document(
    language: .english,
    paragraphs: [
      p(nil, "Recalling its previous resolutions and statements of its President on the situation in Somalia,"),
      p(nil, "Condemning all terrorist attacks in Somalia and the region,"),
      p("1.", "Decides to renew the measures imposed by paragraph 1 of resolution 2444 (2018) until 15 November 2019;"),
      p(
        "2.",
        "Requests the Secretary-General to report to the Council within 90 days on the implementation of this resolution;"
      ),
      p("3.", "Expresses its intention to review the situation in the light of that report;"),
      p("4.", "Decides to remain actively seized of the matter."),
    ])

  let adopted = Document(
    language: .english,
    paragraphs: [
      p(nil, "Recalling its previous resolutions and statements of its President on the situation in Somalia,"),
      p(nil, "Welcoming the progress made by the Federal Government of Somalia,"),
      p(nil, "Condemning all terrorist attacks in Somalia and the region,"),
      p("1.", "Decides to renew the measures imposed by paragraph 1 of resolution 2444 (2018) until 15 November 2020;"),
      p("2.", "Urges Member States to implement the measures in full;"),
      p(
        "3.",
        "Requests the Secretary-General to report to the Council within 120 days on the implementation of this resolution;"
      ),
      p("4.", "Expresses its intention to review the situation in the light of that report;"),
      p("5.", "Decides to remain actively seized of the matter."),
    ])

  @Test func eachParagraphGetsItsChange() throws {
    let diff = DocumentDiff(from: draft, to: adopted)
    try diff.checkInvariants(old: draft, new: adopted)
    let ops = diff.changes.map { "\($0.op)\($0.renumbered ? "+renumbered" : "") \($0.old)→\($0.new)" }
    #expect(
      ops == [
        "unchanged [0]→[0]",
        "inserted []→[1]",
        "unchanged [1]→[2]",
        "modified [2]→[3]",
        "inserted []→[4]",
        "modified+renumbered [3]→[5]",
        "unchanged+renumbered [4]→[6]",
        "unchanged+renumbered [5]→[7]",
      ])
    #expect(diff.changes[3].edits.wdiffDescription.hasSuffix("until 15 November [-2019-]{+2020+};"))
    #expect(diff.changes[5].edits.wdiffDescription.contains("within [-90-]{+120+} days"))
  }

  @Test func hunksWithContext() {
    let diff = DocumentDiff(from: draft, to: adopted)
    #expect(diff.hunks(context: 0) == [1..<2, 3..<8])
    #expect(diff.hunks(context: 1) == [0..<8])
    #expect(diff.hunks(context: 0, where: { $0.op != .unchanged }) == [1..<2, 3..<6])
  }
}
