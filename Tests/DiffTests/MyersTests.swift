import Diff
import TestSupport
import Testing

@Suite("Myers")
struct MyersTests {
  /// Applies runs to `old`, taking inserted elements from `new`; `nil` unless
  /// the runs tile both sides: each run starts where the previous one ended on
  /// both sides, a delete covers old elements only, an insert new ones only,
  /// an equal run the same number of equivalent elements on each, and the runs
  /// together cover all of `old` and all of `new`. A script that drops old
  /// elements without a delete run therefore does not apply.
  static func apply<T: Equatable>(_ runs: [EditRun], _ old: [T], _ new: [T]) -> [T]? {
    var result: [T] = []
    var oldEnd = 0
    var newEnd = 0
    for run in runs {
      guard run.old.lowerBound == oldEnd, run.new.lowerBound == newEnd,
        run.old.upperBound <= old.count, run.new.upperBound <= new.count
      else { return nil }
      switch run.kind {
      case .equal:
        guard run.old.count == run.new.count,
          zip(old[run.old], new[run.new]).allSatisfy({ $0 == $1 })
        else { return nil }
        result += old[run.old]
      case .insert:
        guard run.old.isEmpty, !run.new.isEmpty else { return nil }
        result += new[run.new]
      case .delete:
        guard run.new.isEmpty, !run.old.isEmpty else { return nil }
      }
      oldEnd = run.old.upperBound
      newEnd = run.new.upperBound
    }
    guard oldEnd == old.count, newEnd == new.count else { return nil }
    return result
  }

  /// The oracle itself: a script that skips old elements, or whose runs
  /// leave a gap, does not apply.
  @Test func oracleRejectsScriptsThatDoNotTile() {
    let a = Array("abc")
    let b = Array("ac")
    let good = [
      EditRun(kind: .equal, old: 0..<1, new: 0..<1), EditRun(kind: .delete, old: 1..<2, new: 1..<1),
      EditRun(kind: .equal, old: 2..<3, new: 1..<2),
    ]
    #expect(Self.apply(good, a, b) == b)
    let dropsOld = [EditRun(kind: .equal, old: 0..<1, new: 0..<1), EditRun(kind: .equal, old: 2..<3, new: 1..<2)]
    #expect(Self.apply(dropsOld, a, b) == nil)
    let stopsShort = good.dropLast() + [EditRun(kind: .insert, old: 2..<2, new: 1..<2)]
    #expect(Self.apply(Array(stopsShort), a, b) == nil)
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
