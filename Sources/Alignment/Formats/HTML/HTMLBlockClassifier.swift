/// Tells the document's own text from the site around it, block by block,
/// by link density, length, stop-word (or, for Chinese, Han) density and
/// neighbourhood: the approach of jusText (Pomikálek 2011) and trafilatura,
/// written for this project.
///
/// 1. **Each block alone.** A block inside site chrome (`HTMLSiteChrome`)
///    is `bad`. A block mostly inside links (link density above
///    `maximumLinkDensity`) is `bad`. A short block (weighted length below
///    `shortLength`) is `short`, or `bad` if it holds any link. A longer
///    block is `good` if it reads as prose (stop-word density at least
///    `minimumStopWordDensity`, or Han characters at least
///    `minimumHanDensity` of its letters) and is at least `goodLength`
///    long, `nearGood` if it reads as prose but is shorter, and `bad` if
///    it does not read as prose. Length is weighted: a Han character counts
///    `hanWeight` Latin characters, as it carries about that much text.
/// 2. **Neighbourhood.** A `nearGood` block next to a `good` one (skipping
///    short ones) becomes `good`, and so does the next near-good block
///    after it, in either direction; the others become `bad`. Then a `short` block takes the
///    class of its nearest non-short neighbours: `good` between two good
///    ones, `bad` between two bad ones, and, between one of each, the
///    class of the nearer (the good one on a tie). A heading looks ahead
///    only: it is good when the text it heads is. The page's edges count as
///    `bad`.
/// 3. **The main run.** The element that holds the document is the deepest
///    element holding at least `mainShare` of the good text; good blocks
///    outside it (a licence footer with its own numbered list, a related
///    story) are kept out too.
struct HTMLBlockClassifier {
  /// The tunables, in weighted characters and shares.
  struct Options: Sendable {
    var maximumLinkDensity = 0.3
    var shortLength = 40
    var goodLength = 90
    var minimumStopWordDensity = 0.2
    var minimumHanDensity = 0.5
    var hanWeight = 3
    var mainShare = 0.75
  }

  var options = Options()

  /// Classifies `blocks` in place and returns whether each is kept.
  ///
  /// - Parameter parents: The parent of each element index.
  /// - Returns: One flag per block: part of the document's main run and
  ///   good.
  /// - Complexity: O(*b* × *d*) for *b* blocks nested *d* elements deep.
  func classify(_ blocks: inout [HTMLBlock], parents: [Int]) -> [Bool] {
    for index in blocks.indices { blocks[index].quality = alone(blocks[index]) }
    resolveNearGood(&blocks)
    resolveShort(&blocks)
    guard let main = mainElement(blocks, parents: parents) else {
      return blocks.map { _ in false }
    }
    return blocks.map { block in
      block.quality == .good && isInside(block.element, main, parents: parents)
    }
  }

  /// The class of a block on its own (step 1).
  func alone(_ block: HTMLBlock) -> HTMLBlock.Quality {
    if block.isChrome { return .bad }
    if block.linkDensity > options.maximumLinkDensity { return .bad }
    let measure = Measure(block.text)
    let length = measure.latin + measure.han * options.hanWeight
    if length < options.shortLength { return block.linkCharacters > 0 ? .bad : .short }
    let prose =
      measure.stopWordDensity >= options.minimumStopWordDensity
      || measure.hanDensity >= options.minimumHanDensity
    if !prose { return .bad }
    return length >= options.goodLength ? .good : .nearGood
  }

  /// Near-good blocks next to good ones become good, spreading along a
  /// run of near-good blocks in both directions (a list of short articles
  /// after a long one); the rest become bad.
  private func resolveNearGood(_ blocks: inout [HTMLBlock]) {
    for order in [Array(blocks.indices), blocks.indices.reversed()] {
      var last: HTMLBlock.Quality?
      for index in order {
        let quality = blocks[index].quality
        if quality == .short { continue }
        if quality == .nearGood, last == .good { blocks[index].quality = .good }
        last = blocks[index].quality
      }
    }
    for index in blocks.indices where blocks[index].quality == .nearGood { blocks[index].quality = .bad }
  }

  private func resolveShort(_ blocks: inout [HTMLBlock]) {
    let before = blocks.map(\.quality)
    for index in blocks.indices where before[index] == .short {
      let next = neighbour(before, from: index, step: 1, skipping: [.short])
      if blocks[index].isHeading {
        blocks[index].quality = next?.quality == .good ? .good : .bad
        continue
      }
      let previous = neighbour(before, from: index, step: -1, skipping: [.short])
      switch (previous?.quality ?? .bad, next?.quality ?? .bad) {
      case (.good, .good): blocks[index].quality = .good
      case (.bad, .bad): blocks[index].quality = .bad
      default:
        let previousDistance = previous?.distance ?? Int.max
        let nextDistance = next?.distance ?? Int.max
        let nearer = previousDistance < nextDistance ? previous : next
        if previousDistance == nextDistance {
          blocks[index].quality = .good
        } else {
          blocks[index].quality = nearer?.quality == .good ? .good : .bad
        }
      }
    }
  }

  /// The nearest block in direction `step` whose class is not skipped.
  private func neighbour(
    _ qualities: [HTMLBlock.Quality], from index: Int, step: Int, skipping: Set<HTMLBlock.Quality>
  ) -> (quality: HTMLBlock.Quality, distance: Int)? {
    var current = index + step
    while current >= 0 && current < qualities.count {
      if !skipping.contains(qualities[current]) { return (qualities[current], abs(current - index)) }
      current += step
    }
    return nil
  }

  /// The deepest element holding at least `mainShare` of the good text
  /// (step 3), or `nil` if there is no good text.
  func mainElement(_ blocks: [HTMLBlock], parents: [Int]) -> Int? {
    var weight: [Int: Int] = [:]
    var total = 0
    for block in blocks where block.quality == .good {
      let measure = Measure(block.text)
      let length = measure.latin + measure.han * options.hanWeight
      total += length
      var element = block.element
      while element >= 0 && element < parents.count {
        weight[element, default: 0] += length
        element = parents[element]
      }
    }
    guard total > 0 else { return nil }
    let needed = Double(total) * options.mainShare
    // Elements holding more than half the good text nest, so the deepest
    // of them is the one with the largest index on the chain.
    var best: Int?
    for (element, length) in weight where Double(length) >= needed {
      if best.map({ depth(element, parents) > depth($0, parents) }) ?? true { best = element }
    }
    return best
  }

  private func depth(_ element: Int, _ parents: [Int]) -> Int {
    var depth = 0
    var current = element
    while current >= 0 && current < parents.count {
      depth += 1
      current = parents[current]
    }
    return depth
  }

  private func isInside(_ element: Int, _ ancestor: Int, parents: [Int]) -> Bool {
    var current = element
    while current >= 0 && current < parents.count {
      if current == ancestor { return true }
      current = parents[current]
    }
    return false
  }

  /// Letters of a block's text, counted by script, and its stop words.
  struct Measure {
    var latin = 0
    var han = 0
    var letters = 0
    var words = 0
    var stopWords = 0

    init(_ text: String) {
      for scalar in text.unicodeScalars {
        if scalar.isHan {
          han += 1
          letters += 1
        } else if !scalar.isSpace && !scalar.properties.isWhitespace {
          latin += 1
          if scalar.properties.isAlphabetic { letters += 1 }
        }
      }
      for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
        words += 1
        if HTMLStopWords.words.contains(String(word)) { stopWords += 1 }
      }
    }

    var stopWordDensity: Double { words == 0 ? 0 : Double(stopWords) / Double(words) }
    var hanDensity: Double { letters == 0 ? 0 : Double(han) / Double(letters) }
  }
}
