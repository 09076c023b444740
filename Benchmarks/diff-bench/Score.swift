import Alignment
import Diff

/// A change as a set of facts: "old paragraph 12 was deleted", "old 40 moved
/// to new 3". Expected facts come from a `Revision`, detected ones from a
/// `DocumentDiff`; precision and recall are counted over them.
struct Fact: Hashable {
  enum Kind: String, CaseIterable {
    case deleted, inserted, moved, split, merged, renumbered, modified, unchanged
  }
  var kind: Kind
  var old: [Int]
  var new: [Int]
}

extension Revision {
  /// The facts a perfect diff of the source document and this revision
  /// would report.
  func expectedFacts() -> Set<Fact> {
    let base = source.document.paragraphs
    var facts: Set<Fact> = []
    var seen = Set<Int>()
    var parts: [Int: [Int]] = [:]
    func renumbered(_ i: Int, _ j: Int) -> Bool { base[i].path != items[j].paragraph.path }
    for (j, item) in items.enumerated() {
      switch item.origin {
      case .old(let i):
        seen.insert(i)
        let kind: Fact.Kind = item.paragraph.text == base[i].text ? .unchanged : .modified
        facts.insert(Fact(kind: kind, old: [i], new: [j]))
        if item.moved { facts.insert(Fact(kind: .moved, old: [i], new: [j])) }
        if renumbered(i, j) { facts.insert(Fact(kind: .renumbered, old: [i], new: [j])) }
      case .inserted:
        facts.insert(Fact(kind: .inserted, old: [], new: [j]))
      case .splitPart(let i):
        seen.insert(i)
        parts[i, default: []].append(j)
      case .merged(let olds):
        seen.formUnion(olds)
        facts.insert(Fact(kind: .merged, old: olds, new: [j]))
        if renumbered(olds[0], j) { facts.insert(Fact(kind: .renumbered, old: olds, new: [j])) }
      }
    }
    for (i, js) in parts {
      facts.insert(Fact(kind: .split, old: [i], new: js))
      if renumbered(i, js[0]) { facts.insert(Fact(kind: .renumbered, old: [i], new: js)) }
    }
    for i in base.indices where !seen.contains(i) { facts.insert(Fact(kind: .deleted, old: [i], new: [])) }
    return facts
  }
}

extension DocumentDiff {
  /// The facts this diff reports.
  var facts: Set<Fact> {
    var facts: Set<Fact> = []
    for change in changes {
      let kind: Fact.Kind =
        switch change.op {
        case .unchanged: .unchanged
        case .modified: .modified
        case .inserted: .inserted
        case .deleted: .deleted
        case .split: .split
        case .merged: .merged
        }
      facts.insert(Fact(kind: kind, old: change.old, new: change.new))
      if change.moved { facts.insert(Fact(kind: .moved, old: change.old, new: change.new)) }
      if change.renumbered { facts.insert(Fact(kind: .renumbered, old: change.old, new: change.new)) }
    }
    return facts
  }

  /// How the diff reported the paragraphs a mutation touched:
  /// "modified+moved", "inserted + deleted", "split 1→2".
  func outcome(old: [Int], new: [Int]) -> String {
    let involved = changes.filter { change in
      change.old.contains(where: old.contains) || change.new.contains(where: new.contains)
    }
    guard !involved.isEmpty else { return "nothing" }
    return involved.map { change in
      var s = change.op.rawValue
      if change.old.count > 1 || change.new.count > 1 { s += " \(change.old.count)→\(change.new.count)" }
      if change.moved { s += "+moved" }
      if change.renumbered { s += "+renumbered" }
      return s
    }.sorted().joined(separator: " & ")
  }
}

/// Counts over many trials.
struct Tally {
  var expected: [Fact.Kind: Int] = [:]
  var detected: [Fact.Kind: Int] = [:]
  var correct: [Fact.Kind: Int] = [:]
  /// Per mutation, how the diff reported it, and how often.
  var outcomes: [Mutation: [String: Int]] = [:]
  var mutations: [Mutation: Int] = [:]
  var words = WordTally()
  var documents = 0
  var roundTripFailures = 0
  var invariantFailures = 0

  mutating func add(expected e: Set<Fact>, detected d: Set<Fact>) {
    for fact in e { expected[fact.kind, default: 0] += 1 }
    for fact in d { detected[fact.kind, default: 0] += 1 }
    for fact in e.intersection(d) { correct[fact.kind, default: 0] += 1 }
  }

  /// The precision and recall table, one row per kind of fact.
  func table() -> String {
    var lines = [
      pad("kind", 11) + pad("expected", 10, right: true) + pad("detected", 10, right: true)
        + pad("correct", 9, right: true) + pad("precision", 11, right: true) + pad("recall", 9, right: true)
    ]
    for kind in Fact.Kind.allCases {
      let e = expected[kind, default: 0]
      let d = detected[kind, default: 0]
      let c = correct[kind, default: 0]
      lines.append(
        pad(kind.rawValue, 11) + pad("\(e)", 10, right: true) + pad("\(d)", 10, right: true)
          + pad("\(c)", 9, right: true) + pad(ratio(c, d), 11, right: true) + pad(ratio(c, e), 9, right: true))
    }
    return lines.joined(separator: "\n")
  }

  /// Per mutation, the most frequent ways the diff reported it.
  func outcomeTable(top: Int = 3) -> String {
    var lines: [String] = []
    for mutation in Mutation.allCases {
      guard let counts = outcomes[mutation] else { continue }
      let total = counts.values.reduce(0, +)
      let best = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(top)
      let shown = best.map { "\($0.key) \(percent($0.value, total))" }.joined(separator: "; ")
      lines.append(pad(mutation.rawValue, 11) + pad("\(total)", 5, right: true) + "  " + shown)
    }
    return lines.joined(separator: "\n")
  }
}

/// Word-level accuracy of the word edits: is the edit reported exactly?
struct WordTally {
  enum Grade: String, CaseIterable {
    /// One stretch of edits, deleting and inserting exactly the edited text
    /// (for a phrase: text of the same length, as a shifted phrase is an
    /// equally minimal edit).
    case exact
    /// One stretch, wider than the edit (neighbouring words pulled in).
    case wider
    /// Several stretches, or narrower than the edit.
    case fragmented
    /// The paragraph was not reported as one modified paragraph.
    case missed
  }
  var grades: [Mutation: [Grade: Int]] = [:]
  /// Replaced numbers not deleted or inserted whole by one edit.
  var splitNumbers = 0
  var numbers = 0

  mutating func add(_ truth: WordEditTruth, change: Change?) {
    grades[truth.mutation, default: [:]][grade(truth, change), default: 0] += 1
    if truth.mutation == .replaceNumber, let change, change.op == .modified {
      numbers += 1
      let oldRange = truth.oldOffset..<truth.oldOffset + truth.deleted.utf8.count
      let newRange = truth.newOffset..<truth.newOffset + truth.inserted.utf8.count
      let oldWhole = change.edits.contains { $0.op == .delete && $0.oldRange.contains(range: oldRange) }
      let newWhole = change.edits.contains { $0.op == .insert && $0.newRange.contains(range: newRange) }
      if !(oldWhole && newWhole) { splitNumbers += 1 }
    }
  }

  func grade(_ truth: WordEditTruth, _ change: Change?) -> Grade {
    guard let change, change.op == .modified else { return .missed }
    // Stretches of consecutive non-equal edits.
    var stretches: [(deleted: String, inserted: String)] = []
    var open = false
    for edit in change.edits {
      switch edit.op {
      case .equal: open = false
      case .delete, .insert:
        if !open { stretches.append(("", "")) }
        open = true
        stretches[stretches.count - 1].deleted += edit.oldText
        stretches[stretches.count - 1].inserted += edit.newText
      }
    }
    guard stretches.count == 1, let only = stretches.first else { return .fragmented }
    if truth.mutation == .replaceNumber {
      if only.deleted == truth.deleted && only.inserted == truth.inserted { return .exact }
    } else if only.deleted.count == truth.deleted.count && only.inserted.count == truth.inserted.count {
      return .exact
    }
    return only.deleted.count >= truth.deleted.count && only.inserted.count >= truth.inserted.count
      ? .wider : .fragmented
  }

  func table() -> String {
    var lines = [
      pad("word edit", 11) + pad("count", 7, right: true)
        + WordTally.Grade.allCases.map { pad($0.rawValue, 12, right: true) }.joined()
    ]
    for mutation in Mutation.wordEdits {
      let counts = grades[mutation, default: [:]]
      let total = counts.values.reduce(0, +)
      lines.append(
        pad(mutation.rawValue, 11) + pad("\(total)", 7, right: true)
          + WordTally.Grade.allCases.map { pad(percent(counts[$0, default: 0], total), 12, right: true) }.joined())
    }
    lines.append("numbers not deleted and inserted whole: \(splitNumbers) of \(numbers) detected")
    return lines.joined(separator: "\n")
  }
}

extension Range where Bound == Int {
  func contains(range other: Range<Int>) -> Bool {
    lowerBound <= other.lowerBound && other.upperBound <= upperBound
  }
}

func ratio(_ a: Int, _ b: Int) -> String {
  b == 0 ? "—" : String(format3(Double(a) / Double(b)))
}

func percent(_ a: Int, _ b: Int) -> String {
  b == 0 ? "—" : "\(Int((100 * Double(a) / Double(b)).rounded())) %"
}

/// Three decimals, without Foundation's locale-dependent formatting.
func format3(_ x: Double) -> String {
  let thousandths = Int((x * 1000).rounded())
  let fraction = String(thousandths % 1000)
  return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
}

/// Pads to a width counted in columns (CJK characters count two).
func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
  let columns = s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && $1.value != 0x2014 ? 2 : 1) }
  let fill = String(repeating: " ", count: max(0, width - columns))
  return right ? fill + s : s + fill
}
