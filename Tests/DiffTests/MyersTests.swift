import Diff
import TestSupport
import Testing

@Suite("Myers")
struct MyersTests {
  /// Applies runs to `old`, taking inserted elements from `new`.
  static func apply<T: Equatable>(_ runs: [EditRun], _ old: [T], _ new: [T]) -> [T]? {
    var result: [T] = []
    for run in runs {
      switch run.kind {
      case .equal:
        guard run.old.count == run.new.count,
          zip(old[run.old], new[run.new]).allSatisfy({ $0 == $1 })
        else { return nil }
        result += old[run.old]
      case .insert: result += new[run.new]
      case .delete: break
      }
    }
    return result
  }

  static func distance(_ runs: [EditRun]) -> Int {
    runs.filter { $0.kind != .equal }.reduce(0) { $0 + $1.old.count + $1.new.count }
  }

  @Test(arguments: [
    ("", "", 0), ("abc", "abc", 0), ("", "abc", 3), ("abc", "", 3),
    ("abc", "xyz", 6), ("abcdef", "abcxyz", 6), ("xyzabc", "abc", 3),
    ("abcabba", "cbabac", 5), ("abc", "abdc", 1), ("kitten", "sitting", 5),
  ])
  func smallCases(old: String, new: String, expectedDistance: Int) {
    let a = Array(old)
    let b = Array(new)
    let runs = Myers.runs(from: a, to: b)
    #expect(Self.apply(runs, a, b) == b)
    #expect(Self.distance(runs) == expectedDistance)
  }

  @Test func runsTileBothSides() {
    let runs = Myers.runs(from: Array("abc"), to: Array("abd"))
    #expect(runs.map(\.description) == ["equal 0..<2 0..<2", "delete 2..<3 2..<2", "insert 3..<3 2..<3"])
  }

  @Test func identicalIsOneEqualRun() {
    let runs = Myers.runs(from: [1, 2, 3], to: [1, 2, 3])
    #expect(runs == [EditRun(kind: .equal, old: 0..<3, new: 0..<3)])
  }

  @Test func differentElementTypes() {
    let runs = Myers.runs(from: ["1", "2", "3"], to: [1, 3], by: { Int($0) == $1 })
    #expect(runs.map(\.kind) == [.equal, .delete, .equal])
  }

  /// Random strings over a small alphabet: the script applies and is no
  /// longer than a quadratic LCS says it should be.
  @Test(arguments: 0..<200)
  func randomStrings(seed: Int) {
    var rng = SplitMix64(seed: UInt64(seed))
    let alphabet = Array("abcd")
    let a = (0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
    let b = (0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
    let runs = Myers.runs(from: a, to: b)
    #expect(Self.apply(runs, a, b) == b)
    #expect(Self.distance(runs) == a.count + b.count - 2 * Self.lcsLength(a, b))
  }

  static func lcsLength(_ a: [Character], _ b: [Character]) -> Int {
    var row = [Int](repeating: 0, count: b.count + 1)
    for x in a {
      var diagonal = 0
      for j in 0..<b.count {
        let up = row[j + 1]
        row[j + 1] = x == b[j] ? diagonal + 1 : max(row[j], up)
        diagonal = up
      }
    }
    return row[b.count]
  }

  @Test func largeInputWithFewChanges() {
    var rng = SplitMix64(seed: 7)
    let a = (0..<200_000).map { _ in Int.random(in: 0..<1000, using: &rng) }
    var b = a
    for _ in 0..<50 { b[Int.random(in: 0..<b.count, using: &rng)] = -1 }
    let runs = Myers.runs(from: a, to: b)
    #expect(Self.apply(runs, a, b) == b)
    #expect(Self.distance(runs) <= 100)
  }
}

@Suite("Myers with a cost limit")
struct MyersCostLimitTests {
  @Test(arguments: 0..<50)
  func limitedScriptStillApplies(seed: Int) {
    var rng = SplitMix64(seed: UInt64(seed) &+ 500)
    let a = (0..<Int.random(in: 0...300, using: &rng)).map { _ in Int.random(in: 0..<6, using: &rng) }
    let b = (0..<Int.random(in: 0...300, using: &rng)).map { _ in Int.random(in: 0..<6, using: &rng) }
    let runs = Myers.runs(from: a, to: b, costLimit: 8, by: ==)
    #expect(MyersTests.apply(runs, a, b) == b)
  }

  @Test(arguments: 0..<50)
  func splitScriptStillApplies(seed: Int) {
    var rng = SplitMix64(seed: UInt64(seed) &+ 900)
    let a = (0..<Int.random(in: 0...300, using: &rng)).map { _ in Int.random(in: 0..<6, using: &rng) }
    let b = (0..<Int.random(in: 0...300, using: &rng)).map { _ in Int.random(in: 0..<6, using: &rng) }
    let runs = Myers.runs(from: a, to: b, costLimit: 8, onCostLimit: .splitAtFurthestReach, by: ==)
    #expect(MyersTests.apply(runs, a, b) == b)
  }

  /// Scattered edits adding up to far more than the limit: giving up
  /// loses every match between the first and the last edit; splitting at
  /// the furthest reach keeps them all.
  @Test func splitKeepsMatchesAcrossManyScatteredEdits() {
    var rng = SplitMix64(seed: 11)
    let a = Array(0..<20_000)
    var b = a
    for k in stride(from: 19_990, to: 0, by: -10) {
      if Bool.random(using: &rng) { b.remove(at: k) } else { b.insert(-k, at: k) }
    }
    let exact = Myers.matchedPairs(from: a, to: b, by: ==).count
    let givenUp = Myers.matchedPairs(from: a, to: b, costLimit: 100, by: ==).count
    let split = Myers.matchedPairs(
      from: a, to: b, costLimit: 100, onCostLimit: .splitAtFurthestReach, by: ==
    ).count
    #expect(givenUp < 100)
    #expect(split == exact)
  }

  @Test func unrelatedLargeInputsStillGiveAScriptWhenSplitting() {
    var rng = SplitMix64(seed: 3)
    let a = (0..<100_000).map { _ in Int.random(in: 0..<1_000_000, using: &rng) }
    let b = (0..<100_000).map { _ in Int.random(in: 0..<1_000_000, using: &rng) }
    let runs = Myers.runs(
      from: a, to: b, costLimit: 100, onCostLimit: .splitAtFurthestReach, by: ==)
    #expect(MyersTests.apply(runs, a, b) == b)
  }

  @Test func unrelatedLargeInputsStillGiveAScript() {
    var rng = SplitMix64(seed: 3)
    let a = (0..<100_000).map { _ in Int.random(in: 0..<1_000_000, using: &rng) }
    let b = (0..<100_000).map { _ in Int.random(in: 0..<1_000_000, using: &rng) }
    let runs = Myers.runs(from: a, to: b, costLimit: 100, by: ==)
    #expect(MyersTests.apply(runs, a, b) == b)
  }
}
