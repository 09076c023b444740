#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Walks an HTML tree and cuts its rendered text into blocks, keeping site
/// chrome (see `HTMLSiteChrome`) out.
///
/// Block structure follows the browser's: `p`, `div`, `li`, `h1`–`h6`,
/// `blockquote`, `pre`, `dt`/`dd`, `section`, the table elements and the
/// other block-level elements each start and end a block; inline elements
/// (`span`, `strong`, `a`, `font`, …) flow into the block around them; `br`
/// ends a line inside its block. A table row is one block and one line:
/// its cells are joined by a single space (a tab would not survive the
/// reader's white-space handling, and a row of a law's table is read as one
/// paragraph), and a `br` inside a cell still breaks the line; paragraphs
/// and `div`s inside a cell flow into the row's line.
///
/// Items of an ordered list (`ol`) get the number a browser shows before
/// them ("1.", "b.", "iv."; honouring `start`, `type` and `li value`;
/// `reversed` is not supported), unless their text already starts with it:
/// a copy of the page shows the number, and it is the paragraph's label.
struct HTMLBlockExtractor {
  /// What the walk found.
  struct Result {
    var blocks: [HTMLBlock] = []
    /// For each element index, the index of its parent element (-1 for the
    /// root), so blocks can be grouped by the elements that hold them.
    var parents: [Int] = []
  }

  /// Tags that start and end a block.
  static let blockTags: Set<String> = [
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "caption", "section",
    "article", "main", "center", "address", "figure", "figcaption", "hr", "body", "html",
    "details", "summary", "fieldset", "legend", "header", "footer",
  ]

  private var result = Result()
  private var lines: [String] = []
  private var line = ""
  private var linkCharacters = 0
  private var characters = 0
  /// Open block-level elements: (tag, element index).
  private var blockStack: [(tag: String, element: Int)] = []
  private var linkDepth = 0
  private var preformattedDepth = 0
  private var articleDepth = 0
  /// How many chrome elements enclose the current node.
  private var chromeDepth = 0
  /// Whether the current row has had a cell yet.
  private var cellsInRow = 0
  /// How many table rows enclose the current node.
  private var rowDepth = 0
  /// Table structure, which still makes blocks inside a row (a nested
  /// table).
  private static let tableTags: Set<String> = ["table", "thead", "tbody", "tfoot", "tr", "caption"]
  /// Open lists: for an `ol`, its numbering type and next number.
  private var lists: [(ordered: Bool, type: String, next: Int)] = []
  /// The number of the list item whose first block is being read.
  private var pendingItemLabel: String?

  /// Cuts the tree below `root` into blocks.
  ///
  /// - Complexity: O(*n*) in the size of the tree; iterative, so deep
  ///   nesting cannot exhaust the stack.
  static func extract(_ root: XMLTree.Node) -> Result {
    var extractor = HTMLBlockExtractor()
    extractor.walk(root)
    extractor.endBlock()
    return extractor.result
  }

  private enum Step {
    case enter(XMLTree.Node, parent: Int)
    case exit(String, element: Int, chrome: Bool)
  }

  private mutating func walk(_ root: XMLTree.Node) {
    var steps: [Step] = [.enter(root, parent: -1)]
    while let step = steps.popLast() {
      switch step {
      case .exit(let name, _, let chrome):
        leave(name)
        if chrome {
          endBlock()
          chromeDepth -= 1
        }
      case .enter(let node, let parent):
        switch node.kind {
        case .text:
          append(node.content)
        case .other:
          continue
        case .element:
          let name = node.name.lowercased()
          if HTMLSiteChrome.neverRendered.contains(name) { continue }
          let isChrome =
            chromeDepth == 0
            && HTMLSiteChrome.isChrome(name: name, attribute: { node.attribute($0) }, insideArticle: articleDepth > 0)
          let element = result.parents.count
          result.parents.append(parent)
          if isChrome {
            // Its text is read into blocks of its own, marked as chrome, so
            // that `discarded` shows it as the page did.
            endBlock()
            chromeDepth += 1
          }
          enter(name, element: element, attribute: { node.attribute($0) })
          steps.append(.exit(name, element: element, chrome: isChrome))
          let children = Array(node.children)
          for child in children.reversed() { steps.append(.enter(child, parent: element)) }
        }
      }
    }
  }

  private mutating func enter(_ name: String, element: Int, attribute: (String) -> String?) {
    switch name {
    case "ol":
      let start = attribute("start").flatMap { Int($0.trimmingWhitespace()) } ?? 1
      lists.append((true, attribute("type") ?? "1", start))
    case "ul", "menu", "dir":
      lists.append((false, "", 1))
    case "li":
      endBlock()
      if let list = lists.last, list.ordered {
        let number = attribute("value").flatMap { Int($0.trimmingWhitespace()) } ?? list.next
        lists[lists.count - 1].next = number + 1
        pendingItemLabel = Self.itemLabel(number, type: list.type)
      } else {
        pendingItemLabel = nil
      }
    case "br":
      endLine()
      return
    case "a":
      linkDepth += 1
    case "td", "th":
      if cellsInRow > 0, !line.isEmpty { line.unicodeScalars.append(HTMLWhitespace.cellSeparator) }
      cellsInRow += 1
    case "img":
      return
    default:
      break
    }
    if name == "article" || name == "main" { articleDepth += 1 }
    if name == "pre" { preformattedDepth += 1 }
    if rowDepth > 0, Self.blockTags.contains(name), !Self.tableTags.contains(name) {
      // A paragraph inside a cell flows into the row's line.
      if !line.isEmpty { line.append(" ") }
      return
    }
    if Self.blockTags.contains(name) {
      endBlock()
      if name == "tr" {
        cellsInRow = 0
        rowDepth += 1
      }
      blockStack.append((name, element))
    }
  }

  private mutating func leave(_ name: String) {
    if name == "ol" || name == "ul" || name == "menu" || name == "dir", !lists.isEmpty { lists.removeLast() }
    if name == "a" { linkDepth = max(0, linkDepth - 1) }
    if name == "article" || name == "main" { articleDepth = max(0, articleDepth - 1) }
    if name == "pre" && rowDepth > 0 { preformattedDepth = max(0, preformattedDepth - 1) }
    if rowDepth > 0, Self.blockTags.contains(name), !Self.tableTags.contains(name) {
      line.append(" ")
      return
    }
    if name == "tr" { rowDepth = max(0, rowDepth - 1) }
    if Self.blockTags.contains(name) {
      endBlock()
      if name == "pre" { preformattedDepth = max(0, preformattedDepth - 1) }
      if let last = blockStack.last, last.tag == name { blockStack.removeLast() }
    }
  }

  private mutating func append(_ text: String) {
    if preformattedDepth > 0 {
      var pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
      let last = pieces.removeLast()
      for piece in pieces {
        line += piece
        endLine()
      }
      line += last
    } else {
      line += text
    }
    let visible = text.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace || $1.isSpace ? 0 : 1) }
    characters += visible
    if linkDepth > 0 { linkCharacters += visible }
  }

  /// The number a browser shows for item `number` of an `ol` of `type`.
  static func itemLabel(_ number: Int, type: String) -> String {
    switch type {
    case "a": return letters(number).lowercased() + "."
    case "A": return letters(number) + "."
    case "i": return RomanNumeral.format(number).lowercased() + "."
    case "I": return RomanNumeral.format(number) + "."
    default: return "\(number)."
    }
  }

  private static func letters(_ number: Int) -> String {
    guard number > 0 else { return "\(number)" }
    var value = number
    var text = ""
    while value > 0 {
      value -= 1
      text = String(UnicodeScalar(UInt8(65 + value % 26))) + text
      value /= 26
    }
    return text
  }

  private mutating func endLine() {
    let rendered = preformattedDepth > 0 ? HTMLWhitespace.preformatted(line) : HTMLWhitespace.collapse(line)
    if !rendered.isEmpty { lines.append(rendered) }
    line = ""
  }

  private mutating func endBlock() {
    endLine()
    defer {
      lines = []
      linkCharacters = 0
      characters = 0
    }
    guard !lines.isEmpty else { return }
    if let label = pendingItemLabel {
      let bare = label.dropLast()
      let first = lines[0]
      if !(first.hasPrefix(label) || first.hasPrefix(bare + " ") || first.hasPrefix("(" + bare + ")")) {
        lines[0] = label + " " + first
      }
      pendingItemLabel = nil
    }
    let owner = blockStack.last ?? (tag: "body", element: 0)
    result.blocks.append(
      HTMLBlock(
        lines: lines, tag: owner.tag, element: owner.element,
        linkCharacters: linkCharacters, characters: characters, isChrome: chromeDepth > 0))
  }
}
