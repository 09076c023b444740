#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension PDFPage {
  /// Reads the pages of `pdftotext -bbox-layout` output: `page` elements
  /// (with `width`, `height`) holding `line` elements holding `word`
  /// elements, each with `xMin`, `yMin`, `xMax`, `yMax`. The `flow` and
  /// `block` levels are pdftotext's own guesses at reading order and are
  /// not used: the front end orders lines by their geometry.
  ///
  /// - Returns: The pages, or `nil` when the bytes are not well-formed XML.
  /// - Complexity: O(*n*) in the size of the XHTML.
  static func pages(fromBoundingBoxXHTML xhtml: Data) -> [PDFPage]? {
    guard let tree = XMLTree.xml(xhtml), let root = tree.root else { return nil }
    var pages: [PDFPage] = []
    root.forEachDescendant { node in
      guard node.kind == .element else { return false }
      guard node.name == "page" else { return true }
      var page = PDFPage(
        number: pages.count + 1,
        width: node.attribute("width").flatMap(Double.init) ?? 0,
        height: node.attribute("height").flatMap(Double.init) ?? 0,
        lines: [])
      node.forEachDescendant { inner in
        guard inner.kind == .element else { return false }
        guard inner.name == "line" else { return true }
        var words: [PDFWord] = []
        for child in inner.children where child.kind == .element && child.name == "word" {
          guard let box = PDFBox(attributesOf: child) else { continue }
          let text = child.textContent
          if text.isEmpty { continue }
          words.append(PDFWord(text: text, box: box))
        }
        if let first = words.first {
          let box = words.dropFirst().reduce(first.box) { $0.union($1.box) }
          page.lines.append(PDFLine(words: words, box: box))
        }
        return false
      }
      pages.append(page)
      return false
    }
    return pages
  }
}

extension PDFBox {
  /// The box in an element's `xMin`, `yMin`, `xMax`, `yMax` attributes.
  fileprivate init?(attributesOf node: XMLTree.Node) {
    guard let xMin = node.attribute("xMin").flatMap(Double.init),
      let yMin = node.attribute("yMin").flatMap(Double.init),
      let xMax = node.attribute("xMax").flatMap(Double.init),
      let yMax = node.attribute("yMax").flatMap(Double.init),
      xMax >= xMin, yMax >= yMin
    else { return nil }
    self.init(xMin: xMin, yMin: yMin, xMax: xMax, yMax: yMax)
  }
}
