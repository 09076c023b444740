/// Assigns each labelled block its level, canonical path and kind, keeping a
/// stack of the label styles open above it: "(a)" after "10." is 10 (a);
/// "11." closes it. "(i)" after "(h)" is the letter i, after "(a)" the Roman
/// one.
struct Outline {
  private struct Level {
    var style: NumberingLabel.Style
    var ordinal: Int
    var component: String
  }

  private var stack: [Level] = []

  /// The path of the innermost open numbered unit, for text that continues
  /// it after its items.
  var currentPath: [String] { stack.map(\.component) }

  /// The first component of `currentPath`: the outermost open unit's.
  var outermostComponent: String? { stack.first?.component }

  /// The innermost open unit is an article (第X条, Article N).
  var inArticle: Bool { stack.count == 1 && stack[0].style == .article }

  /// Places `label` and returns its path and kind.
  mutating func place(_ label: NumberingLabel) -> (path: [String], kind: Paragraph.Kind) {
    let first = label.readings[0]
    switch first.style {
    case .heading(let division):
      stack.removeAll()
      return ([division, first.component], .heading)
    case .article:
      stack = [Level(style: .article, ordinal: first.ordinal, component: first.component)]
      return ([first.component], .numbered)
    case .enumerator:
      let reading = choose(label.readings)
      if let level = stack.lastIndex(where: { $0.style == reading.style }) {
        stack.removeSubrange((level + 1)...)
        stack[level] = Level(style: reading.style, ordinal: reading.ordinal, component: reading.component)
      } else {
        stack.append(Level(style: reading.style, ordinal: reading.ordinal, component: reading.component))
      }
      return (currentPath, stack.count == 1 ? .numbered : .subparagraph)
    }
  }

  /// Picks the reading that continues an open sequence (h → i), else one
  /// that opens a new level, else the first.
  private func choose(_ readings: [NumberingLabel.Reading]) -> NumberingLabel.Reading {
    if readings.count == 1 { return readings[0] }
    for reading in readings {
      if let open = stack.last(where: { $0.style == reading.style }), open.ordinal + 1 == reading.ordinal {
        return reading
      }
    }
    if let fresh = readings.first(where: { reading in
      !stack.contains { $0.style == reading.style } && reading.ordinal == 1
    }) {
      return fresh
    }
    return readings[0]
  }
}
