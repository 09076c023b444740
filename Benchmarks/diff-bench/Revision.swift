import Alignment
import Foundation
import TestSupport

/// A new revision of a source document under construction: its paragraphs,
/// each remembering where it came from, so the changes a diff should find
/// are known exactly.
struct Revision {
  /// A paragraph of the new revision and its history.
  struct Item {
    var id: Int
    var paragraph: Paragraph
    var origin: Origin
    /// Made or changed by a mutation, or next to one (unless `dense`):
    /// later mutations keep off it so that each mutation's expected change
    /// stays unambiguous.
    var touched = false
    var moved = false
    var wordEdit: WordEditTruth?
  }

  let source: Source
  /// Paragraph texts of other documents in the same language, to insert.
  let donorTexts: [String]
  /// Clauses of other documents in the same language, to insert as phrases.
  let donorPhrases: [String]
  var items: [Item]
  var applied: [Applied] = []
  /// Lets mutations land next to each other (a deletion beside an
  /// insertion, two moved paragraphs side by side).
  var dense = false
  private var nextID: Int

  init(source: Source, donors: [Source]) {
    self.source = source
    items = source.document.paragraphs.enumerated().map { Item(id: $0, paragraph: $1, origin: .old($0)) }
    nextID = items.count
    let language = source.document.language
    let others = donors.filter { $0.name != source.name && $0.document.language == language }
    donorTexts = others.flatMap { donor in
      donor.document.paragraphs
        .filter { $0.kind != .heading && (20...300).contains($0.text.count) }
        .map { source.isLaw ? $0.text : $0.text.replacingOccurrences(of: "\n", with: "") }
    }
    donorPhrases = others.flatMap { donor in
      donor.document.paragraphs.flatMap { Revision.phrases(in: $0.text, chinese: language.isCJK) }
    }
  }

  var paragraphs: [Paragraph] { items.map(\.paragraph) }
  var isChinese: Bool { source.document.language.isCJK }

  // MARK: Structure

  /// An item (款 or list item) belonging to the article before it.
  static func isChild(_ p: Paragraph) -> Bool {
    p.kind == .subparagraph || (p.kind == .unnumbered && !p.path.isEmpty)
  }

  /// An article, an operative paragraph or a preambular paragraph.
  static func isTopLevel(_ p: Paragraph) -> Bool {
    p.kind == .numbered || (p.kind == .unnumbered && p.path.isEmpty)
  }

  func isPristine(_ j: Int) -> Bool {
    guard case .old = items[j].origin else { return false }
    return !items[j].touched
  }

  func isQuiet(_ j: Int) -> Bool { j < 0 || j >= items.count || !items[j].touched }

  /// A top-level, untouched paragraph without items of its own, between
  /// untouched neighbours.
  func isEligible(_ j: Int) -> Bool {
    let p = items[j].paragraph
    return Revision.isTopLevel(p) && isPristine(j) && p.text.count >= 12
      && (j + 1 == items.count || !Revision.isChild(items[j + 1].paragraph))
      && isQuiet(j - 1) && isQuiet(j + 1)
  }

  func oldIndex(_ j: Int) -> Int {
    if case .old(let i) = items[j].origin { return i }
    preconditionFailure("not an old paragraph")
  }

  /// Keeps later mutations off a neighbour of this one, unless `dense`.
  mutating func touch(_ j: Int) {
    if !dense && j >= 0 && j < items.count { items[j].touched = true }
  }

  mutating func newID() -> Int {
    nextID += 1
    return nextID
  }

  /// The number of an article or operative paragraph.
  static func number(_ p: Paragraph) -> Int? { p.path.first.flatMap { Int($0) } }

  func label(_ number: Int) -> String {
    source.isLaw ? ChineseNumeralFormatter.articleLabel(number) : "\(number)."
  }

  /// Items take the number of the article above them, as the reader gives it.
  mutating func recomputeChildPaths() {
    var current: String?
    for j in items.indices {
      let p = items[j].paragraph
      if p.kind == .numbered {
        current = p.path.first
      } else if Revision.isChild(p), let current {
        items[j].paragraph.path[0] = current
      }
    }
  }

  /// A new paragraph to put before item `j`: same kind as `j`; a numbered
  /// one repeats the number before it (as 第五条之一 would; the reader does
  /// not read 之一 labels).
  func newParagraph(before j: Int, text: String) -> Paragraph {
    let next = items[j].paragraph
    guard next.kind == .numbered else {
      return Paragraph(label: nil, path: [], kind: next.kind, text: text, lines: 1...1)
    }
    let previous = items[..<j].last { $0.paragraph.kind == .numbered }?.paragraph ?? next
    return Paragraph(label: previous.label, path: previous.path, kind: .numbered, text: text, lines: 1...1)
  }
}

// MARK: Mutations

extension Revision {
  /// Applies one mutation at a random place.
  ///
  /// - Returns: Whether a place was found.
  @discardableResult
  mutating func apply(_ mutation: Mutation, using rng: inout SplitMix64) -> Bool {
    let done: Bool
    switch mutation {
    case .delete: done = delete(using: &rng)
    case .insert: done = insert(using: &rng)
    case .move: done = move(edit: false, using: &rng)
    case .moveAndEdit: done = move(edit: true, using: &rng)
    case .split: done = split(using: &rng)
    case .merge: done = merge(using: &rng)
    case .renumber: done = renumber(using: &rng)
    case .replaceNumber, .insertPhrase, .deletePhrase: done = wordEdit(mutation, using: &rng)
    }
    recomputeChildPaths()
    return done
  }

  mutating func delete(using rng: inout SplitMix64) -> Bool {
    guard let j = items.indices.filter(isEligible).randomElement(using: &rng) else { return false }
    applied.append(Applied(mutation: .delete, old: [oldIndex(j)], items: []))
    items.remove(at: j)
    touch(j - 1)
    touch(j)
    return true
  }

  /// Places before which a top-level paragraph can go.
  func insertionPoints(kind: Paragraph.Kind? = nil) -> [Int] {
    items.indices.filter { j in
      Revision.isTopLevel(items[j].paragraph) && (kind == nil || items[j].paragraph.kind == kind)
        && isQuiet(j) && isQuiet(j - 1)
    }
  }

  mutating func insert(using rng: inout SplitMix64) -> Bool {
    guard let j = insertionPoints().randomElement(using: &rng),
      let text = donorTexts.randomElement(using: &rng)
    else { return false }
    let id = newID()
    items.insert(Item(id: id, paragraph: newParagraph(before: j, text: text), origin: .inserted, touched: true), at: j)
    touch(j - 1)
    touch(j + 1)
    applied.append(Applied(mutation: .insert, old: [], items: [id]))
    return true
  }

  mutating func move(edit: Bool, using rng: inout SplitMix64) -> Bool {
    let far = max(4, items.count / 4)
    var places: [(from: Int, to: Int)] = []
    for j in items.indices where isEligible(j) {
      for d in insertionPoints(kind: items[j].paragraph.kind) where abs(d - j) >= far {
        places.append((j, d))
      }
    }
    guard let (j, d) = places.randomElement(using: &rng) else { return false }
    var item = items.remove(at: j)
    touch(j - 1)
    touch(j)
    item.touched = true
    item.moved = true
    let destination = d > j ? d - 1 : d
    items.insert(item, at: destination)
    touch(destination - 1)
    touch(destination + 1)
    var edited = false
    if edit {
      for kind in Mutation.wordEdits.shuffled(using: &rng) where editWords(at: destination, kind, using: &rng) {
        edited = true
        break
      }
    }
    if case .old(let i) = item.origin {
      applied.append(Applied(mutation: edited ? .moveAndEdit : .move, old: [i], items: [item.id]))
    }
    return true
  }

  /// The positions just after each sentence end where a paragraph can be
  /// cut, leaving at least a few characters on both sides.
  func sentenceBoundaries(in text: String) -> [String.Index] {
    var cuts: [String.Index] = []
    var i = text.startIndex
    while i < text.endIndex {
      let c = text[i]
      let next = text.index(after: i)
      let isEnd =
        c == "。" || c == "；" || (c == "." && next < text.endIndex && text[next] == " ")
      if isEnd, text.distance(from: text.startIndex, to: next) >= 8,
        text.distance(from: next, to: text.endIndex) >= 8
      {
        cuts.append(next)
      }
      i = next
    }
    return cuts
  }

  mutating func split(using rng: inout SplitMix64) -> Bool {
    let places = items.indices.filter(isEligible).flatMap { j in
      sentenceBoundaries(in: items[j].paragraph.text).map { (j, $0) }
    }
    guard let (j, cut) = places.randomElement(using: &rng) else { return false }
    let i = oldIndex(j)
    let text = items[j].paragraph.text
    let first = text[..<cut].trimmingWhitespace()
    let second = text[cut...].trimmingWhitespace()
    var head = items[j]
    head.paragraph.text = first
    head.origin = .splitPart(i)
    head.touched = true
    var tail = head
    tail.id = newID()
    tail.paragraph.text = second
    if tail.paragraph.kind == .unnumbered { tail.paragraph.label = nil }
    items[j] = head
    items.insert(tail, at: j + 1)
    touch(j - 1)
    touch(j + 2)
    applied.append(Applied(mutation: .split, old: [i], items: [head.id, tail.id]))
    return true
  }

  mutating func merge(using rng: inout SplitMix64) -> Bool {
    let places = items.indices.dropLast().filter { j in
      isEligible(j) && isPristine(j + 1) && oldIndex(j + 1) == oldIndex(j) + 1
        && Revision.isTopLevel(items[j + 1].paragraph)
        && items[j + 1].paragraph.kind == items[j].paragraph.kind
        && (j + 2 == items.count || !Revision.isChild(items[j + 2].paragraph)) && isQuiet(j + 2)
    }
    guard let j = places.randomElement(using: &rng) else { return false }
    let (a, b) = (oldIndex(j), oldIndex(j + 1))
    // English paragraphs are joined as a drafter would ("…rights, and
    // recalling further…"): the reader rightly splits "…rights, Recalling
    // further…" into two preambular paragraphs again.
    let second = items[j + 1].paragraph.text
    var merged = items[j]
    if source.isLaw {
      merged.paragraph.text += "\n" + second
    } else if isChinese {
      merged.paragraph.text += second
    } else {
      merged.paragraph.text += " and " + second.prefix(1).lowercased() + second.dropFirst()
    }
    merged.origin = .merged([a, b])
    merged.touched = true
    items[j] = merged
    items.remove(at: j + 1)
    touch(j - 1)
    touch(j + 1)
    applied.append(Applied(mutation: .merge, old: [a, b], items: [merged.id]))
    return true
  }

  mutating func renumber(using rng: inout SplitMix64) -> Bool {
    let places = insertionPoints(kind: .numbered).filter { Revision.number(items[$0].paragraph) != nil }
    guard let j = places.randomElement(using: &rng), let text = donorTexts.randomElement(using: &rng),
      let first = Revision.number(items[j].paragraph)
    else { return false }
    let id = newID()
    let paragraph = Paragraph(
      label: label(first), path: [String(first)], kind: .numbered, text: text, lines: 1...1)
    items.insert(Item(id: id, paragraph: paragraph, origin: .inserted, touched: true), at: j)
    touch(j - 1)
    touch(j + 1)
    for k in (j + 1)..<items.count where items[k].paragraph.kind == .numbered {
      guard let n = Revision.number(items[k].paragraph) else { continue }
      items[k].paragraph.label = label(n + 1)
      items[k].paragraph.path = [String(n + 1)]
    }
    applied.append(Applied(mutation: .renumber, old: [], items: [id]))
    return true
  }

  mutating func wordEdit(_ mutation: Mutation, using rng: inout SplitMix64) -> Bool {
    let places = items.indices.filter { j in
      items[j].paragraph.kind != .heading && isPristine(j) && isQuiet(j - 1) && isQuiet(j + 1)
    }.shuffled(using: &rng)
    for j in places.prefix(40) {
      let i = oldIndex(j)
      if editWords(at: j, mutation, using: &rng) {
        touch(j - 1)
        touch(j + 1)
        applied.append(Applied(mutation: mutation, old: [i], items: [items[j].id]))
        return true
      }
    }
    return false
  }
}

extension Substring {
  func trimmingWhitespace() -> String {
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
