#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The list definitions of `word/numbering.xml`, and the counters Word
/// keeps while it numbers paragraphs in document order.
///
/// Word generates "1.", "(a)", "第一条" from a paragraph's `w:numPr`
/// (`numId`, `ilvl`): `numId` names a `w:num`, which points to a
/// `w:abstractNum` whose `w:lvl`s give each level's start, format
/// (`w:numFmt`), template (`w:lvlText`, "%1." "(%2)" "第%1条") and restart
/// rule (`w:lvlRestart`); a `w:num` may override a level's start
/// (`w:lvlOverride/w:startOverride`) or the whole level.
///
/// Counters are kept per abstract definition, so two `w:num`s sharing one
/// abstract list continue each other, as in Word; a `w:num` with a start
/// override restarts its levels the first time it is used.
struct WordNumbering {
  /// One level of a list.
  struct Level: Sendable, Equatable {
    var start = 1
    var format = WordNumberFormat.decimal
    var text = "%1."
    /// `w:lvlRestart`: restart after a level at or above this 1-based
    /// level advances; `0` never restarts; `nil` restarts after any
    /// higher level (Word's default).
    var restart: Int?
    /// `w:isLgl`: every number in the label in decimal.
    var legal = false
    /// `w:suff`: what follows the label: a tab (Word's default), a space,
    /// or nothing.
    var suffix = " "
  }

  struct Instance {
    var abstract: String
    var startOverrides: [Int: Int] = [:]
    var levelOverrides: [Int: Level] = [:]
  }

  private(set) var abstracts: [String: [Int: Level]] = [:]
  private(set) var instances: [String: Instance] = [:]
  /// The level a paragraph style is tied to (`w:lvl/w:pStyle`), by
  /// style id: the level a style's own `numPr` means when it gives none.
  private(set) var styleLevels: [String: Int] = [:]

  private var counters: [String: [Int: Int]] = [:]
  private var usedInstances: Set<String> = []

  /// The deepest level Word has (0…8).
  static let levelCount = 9

  init() {}

  /// Reads the definitions from the root `w:numbering` element.
  ///
  /// - Complexity: O(*n*) in the size of numbering.xml.
  init(root: XMLTree.Node) {
    for abstract in root.elements(named: "abstractNum") {
      guard let id = abstract.attribute("abstractNumId") else { continue }
      var levels: [Int: Level] = [:]
      for lvl in abstract.elements(named: "lvl") {
        guard let index = lvl.attribute("ilvl").flatMap(Int.init), (0..<Self.levelCount).contains(index) else {
          continue
        }
        levels[index] = Self.level(lvl)
        if let style = lvl.element(named: "pStyle")?.attribute("val") { styleLevels[style] = index }
      }
      abstracts[id] = levels
    }
    for num in root.elements(named: "num") {
      guard let id = num.attribute("numId"), let abstract = num.element(named: "abstractNumId")?.attribute("val")
      else { continue }
      var instance = Instance(abstract: abstract)
      for override in num.elements(named: "lvlOverride") {
        guard let index = override.attribute("ilvl").flatMap(Int.init), (0..<Self.levelCount).contains(index) else {
          continue
        }
        if let start = override.element(named: "startOverride")?.attribute("val").flatMap(Int.init) {
          instance.startOverrides[index] = start
        }
        if let lvl = override.element(named: "lvl") { instance.levelOverrides[index] = Self.level(lvl) }
      }
      instances[id] = instance
    }
  }

  private static func level(_ lvl: XMLTree.Node) -> Level {
    var level = Level()
    if let start = lvl.element(named: "start")?.attribute("val").flatMap(Int.init) { level.start = start }
    level.format = WordNumberFormat(lvl.element(named: "numFmt")?.attribute("val"))
    level.text = lvl.element(named: "lvlText")?.attribute("val") ?? ""
    level.restart = lvl.element(named: "lvlRestart")?.attribute("val").flatMap(Int.init)
    level.legal = lvl.element(named: "isLgl").map(WordXML.isOn) ?? false
    switch lvl.element(named: "suff")?.attribute("val") {
    case "nothing": level.suffix = ""
    default: level.suffix = " "  // a tab or a space: one space in text
    }
    return level
  }

  private func definition(_ instance: Instance, level index: Int) -> Level? {
    instance.levelOverrides[index] ?? abstracts[instance.abstract]?[index]
  }

  /// Counts one paragraph of list `numId` at level `level` and returns
  /// its label as Word shows it ("第一条", "(a)"), followed by the level's
  /// suffix; `nil` when the list or level is not defined, or the level
  /// shows nothing (no number, or a bullet glyph, which is not a label).
  ///
  /// - Complexity: O(1) (at most nine levels).
  mutating func label(numId: String, level: Int) -> String? {
    guard numId != "0", let instance = instances[numId], (0..<Self.levelCount).contains(level),
      let current = definition(instance, level: level)
    else { return nil }
    var values = counters[instance.abstract] ?? [:]
    if !usedInstances.contains(numId) {
      usedInstances.insert(numId)
      for index in instance.startOverrides.keys { values[index] = nil }
    }
    // Advance this level; reset the deeper ones that restart after it.
    let start = instance.startOverrides[level] ?? current.start
    values[level] = values[level].map { $0 + 1 } ?? start
    for deeper in (level + 1)..<Self.levelCount {
      let restartAfter = definition(instance, level: deeper)?.restart ?? deeper
      if restartAfter != 0, level < restartAfter { values[deeper] = nil }
    }
    counters[instance.abstract] = values
    if current.format == .bullet || current.format == .none && !current.text.contains("%") { return nil }
    let text = expand(current.text, instance: instance, values: values, legal: current.legal)
    let trimmed = text.trimmingWhitespace()
    guard !trimmed.isEmpty else { return nil }
    return trimmed + current.suffix
  }

  /// Replaces "%1" … "%9" in `template` with the levels' numbers.
  private func expand(_ template: String, instance: Instance, values: [Int: Int], legal: Bool) -> String {
    var result = ""
    var characters = template.makeIterator()
    while let character = characters.next() {
      guard character == "%" else {
        result.append(character)
        continue
      }
      guard let digit = characters.next() else { break }
      guard let number = digit.wholeNumberValue, (1...Self.levelCount).contains(number) else {
        result.append(character)
        result.append(digit)
        continue
      }
      let index = number - 1
      let level = definition(instance, level: index) ?? Level()
      let value = values[index] ?? instance.startOverrides[index] ?? level.start
      result += (legal ? WordNumberFormat.decimal : level.format).format(value)
    }
    return result
  }
}
