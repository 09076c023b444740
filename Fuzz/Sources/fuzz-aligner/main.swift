import Alignment
import Diff
import FuzzSupport

// Two documents → paragraph beads that satisfy `Bead.checkInvariants`,
// sentence beads likewise, and a document diff that satisfies
// `DocumentDiff.invariantViolations`.
// Loaded once before the driver starts, so its seconds do not count as a
// slow input.
let lexicon = Lexicon.cedict

fuzzMain { bytes in
  let (a, b) = splitInTwo(bytes)
  guard let old = DocumentReader.parse(String(decoding: a, as: UTF8.self)),
    let new = DocumentReader.parse(String(decoding: b, as: UTF8.self))
  else { return }
  let aligner = SegmentAligner(source: old.language, target: new.language, lexicon: lexicon)
  let beads = aligner.alignParagraphs(old, new)
  do {
    try Bead.checkInvariants(beads, sourceCount: old.paragraphs.count, targetCount: new.paragraphs.count)
  } catch {
    preconditionFailure("paragraph beads: \(error)")
  }
  let text = ParallelText.aligning(("a", old), ("b", new), level: .sentence, lexicon: lexicon)
  for (index, sideBeads) in text.beads.enumerated() {
    do {
      try Bead.checkInvariants(
        sideBeads, sourceCount: text.versions[0].units.count,
        targetCount: text.versions[index + 1].units.count)
    } catch {
      preconditionFailure("sentence beads: \(error)")
    }
  }
  let diff = DocumentDiff(from: old, to: new)
  let problems = diff.invariantViolations(old: old.paragraphs, new: new.paragraphs)
  precondition(problems.isEmpty, "document diff: \(problems)")
}
