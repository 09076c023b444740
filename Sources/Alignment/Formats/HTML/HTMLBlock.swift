/// One block of rendered text on an HTML page: what a `p`, `li`, `hN`,
/// table row, `blockquote`, `pre` or text-holding `div` shows, as lines
/// (a `br` ends a line), with what the boilerplate classifier needs to
/// know about it.
struct HTMLBlock: Sendable, Equatable {
  /// The class the boilerplate classifier gives a block.
  enum Quality: Sendable, Equatable {
    /// Document text.
    case good
    /// Text-like, but too short to decide alone; good next to good text.
    case nearGood
    /// Too short to decide; decided by its neighbours.
    case short
    /// Links, menus, labels: not document text.
    case bad
  }

  /// The rendered lines, white space collapsed, none empty.
  var lines: [String]
  /// The name of the element that made the block ("p", "li", "h2", "tr").
  var tag: String
  /// The innermost element that holds the block, an index into
  /// `HTMLBlockExtractor.Result.parents`.
  var element: Int
  /// Characters (not counting white space) inside `a` elements.
  var linkCharacters: Int = 0
  /// Characters, not counting white space.
  var characters: Int = 0
  /// Inside an element `HTMLSiteChrome` calls site chrome: never kept.
  var isChrome = false
  var quality: Quality = .short

  /// `h1` … `h6`.
  var isHeading: Bool {
    tag.count == 2 && tag.hasPrefix("h") && tag.last.map { "123456".contains($0) } == true
  }

  /// The share of the block's characters inside links.
  var linkDensity: Double {
    characters == 0 ? 0 : Double(linkCharacters) / Double(characters)
  }

  /// The block's text as one string, lines joined by a space.
  var text: String { lines.joined(separator: " ") }
}
