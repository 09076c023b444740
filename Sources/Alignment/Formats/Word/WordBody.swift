#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Walks `w:body` in document order and writes one line per paragraph:
/// the generated label ("第一条 ", "(a) ") followed by the paragraph's
/// text, with footnote references turned into notes on that line.
///
/// - Tables: one line per row, its cells' text joined with a tab (a cell's
///   own paragraphs joined with a space), so a row stays one paragraph and
///   a leading number cell still reads as a label.
/// - `w:br` / `w:cr` (a line break inside a paragraph) joins the two parts
///   as the reader joins lines: no space between CJK characters, one space
///   in Latin text. `w:tab` is one space. Other spaces, full-width ones
///   included, are kept as typed.
/// - Hidden text (`w:vanish`), field instructions (`w:instrText`), drawings
///   and text boxes are not body text; a field's displayed result is.
/// - Empty paragraphs give no line, but a numbered one still counts in its
///   list, as Word counts it.
struct WordBody {
  var styles: WordStyles
  var numbering: WordNumbering
  var changes: WordTrackedChanges
  /// Footnote and endnote texts by id.
  var footnotes: [String: String] = [:]
  var endnotes: [String: String] = [:]

  private(set) var lines: [String] = []
  private(set) var notes: [ExtractedText.Note] = []
  /// The 1-based lines that are headings by their paragraph style or
  /// outline level.
  private(set) var headingLines: Set<Int> = []
  private var footnoteNumber = 0
  private var endnoteNumber = 0

  /// A paragraph whose mark is gone (deleted, or not yet inserted): its
  /// text runs on into the next paragraph, under its own properties.
  private var carried: (text: Fragment, properties: XMLTree.Node?)?

  init(styles: WordStyles, numbering: WordNumbering, changes: WordTrackedChanges) {
    self.styles = styles
    self.numbering = numbering
    self.changes = changes
  }

  /// Reads the blocks of `container` (the body, a table cell, a note).
  ///
  /// - Complexity: O(*n*) in the size of the subtree; nesting is bounded
  ///   by libxml2's depth limit.
  mutating func read(_ container: XMLTree.Node) {
    blocks(container)
    flushCarried()
  }

  private mutating func blocks(_ container: XMLTree.Node) {
    for child in container.children where child.kind == .element {
      switch child.name {
      case "p": paragraph(child)
      case "tbl": table(child)
      case "sdt": if let content = child.element(named: "sdtContent") { blocks(content) }
      case "customXml", "smartTag": blocks(child)
      default:
        if let kept = changes.keeps(child.name), kept { blocks(child) }
      }
    }
  }

  // MARK: Paragraphs

  /// A paragraph whose mark is gone joins the next. The joined paragraph
  /// keeps the first one's properties (its label), unless the first had no
  /// text left: a paragraph deleted (or not yet inserted) whole vanishes,
  /// and the next keeps its own.
  private mutating func paragraph(_ element: XMLTree.Node) {
    var text = Fragment()
    collect(element, into: &text)
    var properties = element.element(named: "pPr")
    let joinsNext = changes.joinsNext(properties)
    if let carried {
      self.carried = nil
      var joined = carried.text
      joined.append(text)
      text = joined
      if !carried.text.isBlank { properties = carried.properties }
    }
    if joinsNext {
      carried = (text, properties)
      return
    }
    emit(text, properties: properties)
  }

  private mutating func flushCarried() {
    guard let carried else { return }
    self.carried = nil
    emit(carried.text, properties: carried.properties)
  }

  private mutating func emit(_ fragment: Fragment, properties: XMLTree.Node?) {
    let label = self.label(changes.effectiveProperties(properties))
    let body = fragment.text
    if fragment.isBlank {
      // Notes of an empty paragraph go with the line before.
      for note in fragment.notes { add(note, line: max(lines.count, 1)) }
      return
    }
    lines.append((label ?? "") + body)
    if isHeading(changes.effectiveProperties(properties)) { headingLines.insert(lines.count) }
    for note in fragment.notes { add(note, line: lines.count) }
  }

  private mutating func add(_ note: Fragment.NoteReference, line: Int) {
    notes.append(ExtractedText.Note(line: line, mark: note.mark, text: note.text))
  }

  /// A paragraph is a heading by its own `w:outlineLvl` or its style's.
  private func isHeading(_ properties: XMLTree.Node?) -> Bool {
    if let level = properties?.element(named: "outlineLvl")?.attribute("val").flatMap(Int.init) {
      return level < WordStyles.bodyTextOutlineLevel
    }
    let styleId = properties?.element(named: "pStyle")?.attribute("val") ?? styles.defaultParagraphStyle
    return styleId.map(styles.isHeading) ?? false
  }

  /// The generated label of a paragraph with `properties`, counting it.
  private mutating func label(_ properties: XMLTree.Node?) -> String? {
    let styleId = properties?.element(named: "pStyle")?.attribute("val") ?? styles.defaultParagraphStyle
    let fromStyle = styleId.flatMap(styles.numbering(of:))
    let direct = properties?.element(named: "numPr")
    let directId = direct?.element(named: "numId")?.attribute("val")
    let directLevel = direct?.element(named: "ilvl")?.attribute("val").flatMap(Int.init)
    guard let numId = directId ?? fromStyle?.numId else { return nil }
    let level = directLevel ?? fromStyle?.level ?? styleId.flatMap { numbering.styleLevels[$0] } ?? 0
    return numbering.label(numId: numId, level: level)
  }

  // MARK: Runs

  /// Appends the text of the inline content of `element` (a paragraph, a
  /// hyperlink, a revision …) to `text`.
  private mutating func collect(_ element: XMLTree.Node, into text: inout Fragment) {
    for child in element.children where child.kind == .element {
      switch child.name {
      case "r": run(child, into: &text)
      case "pPr", "rPr", "instrText", "delInstrText", "bookmarkStart", "bookmarkEnd", "proofErr",
        "commentRangeStart", "commentRangeEnd", "permStart", "permEnd":
        continue
      case "sdt": if let content = child.element(named: "sdtContent") { collect(content, into: &text) }
      case "oMath", "oMathPara": text.append(text: mathText(child))
      default:
        if let kept = changes.keeps(child.name) {
          if kept { collect(child, into: &text) }
        } else {
          // hyperlink, fldSimple, smartTag, customXml, dir, bdo …
          collect(child, into: &text)
        }
      }
    }
  }

  private mutating func run(_ run: XMLTree.Node, into text: inout Fragment) {
    if let vanish = run.element(named: "rPr")?.element(named: "vanish"), WordXML.isOn(vanish) { return }
    for child in run.children where child.kind == .element {
      switch child.name {
      case "t": text.append(text: child.textContent)
      case "delText": if changes.revisions == .original { text.append(text: child.textContent) }
      case "tab", "ptab": text.append(text: " ")
      case "br":
        // A page or column break inside a paragraph is layout, not text;
        // a line break joins the two parts.
        text.breakLine()
      case "cr": text.breakLine()
      case "noBreakHyphen": text.append(text: "-")
      case "footnoteReference":
        footnoteNumber += 1
        reference(child, number: footnoteNumber, texts: footnotes, into: &text)
      case "endnoteReference":
        endnoteNumber += 1
        reference(child, number: endnoteNumber, texts: endnotes, into: &text)
      default: continue  // rPr, softHyphen, drawing, pict, fldChar, lastRenderedPageBreak …
      }
    }
  }

  private func reference(_ element: XMLTree.Node, number: Int, texts: [String: String], into text: inout Fragment) {
    guard let id = element.attribute("id"), let note = texts[id] else { return }
    // customMarkFollows: the mark is the typed text after the reference.
    let custom = element.attribute("customMarkFollows").map(WordXML.isTrue) ?? false
    text.notes.append(Fragment.NoteReference(mark: custom ? nil : String(number), text: note))
  }

  private func mathText(_ element: XMLTree.Node) -> String {
    var result = ""
    element.forEachDescendant { node in
      if node.kind == .element, node.name == "t" { result += node.textContent }
      return true
    }
    return result
  }

  // MARK: Tables

  private mutating func table(_ element: XMLTree.Node) {
    flushCarried()
    for row in rows(of: element) {
      var cells: [String] = []
      for cell in row.elements(named: "tc") {
        var cellReader = WordBody(styles: styles, numbering: numbering, changes: changes)
        cellReader.footnotes = footnotes
        cellReader.endnotes = endnotes
        cellReader.footnoteNumber = footnoteNumber
        cellReader.endnoteNumber = endnoteNumber
        cellReader.read(cell)
        numbering = cellReader.numbering
        footnoteNumber = cellReader.footnoteNumber
        endnoteNumber = cellReader.endnoteNumber
        cells.append(cellReader.lines.joined(separator: " "))
        for note in cellReader.notes {
          add(Fragment.NoteReference(mark: note.mark, text: note.text), line: lines.count + 1)
        }
      }
      let rowText = cells.joined(separator: "\t")
      if rowText.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { continue }
      lines.append(rowText)
    }
  }

  /// The rows of a table, also those inside revision or content-control
  /// wrappers.
  private func rows(of table: XMLTree.Node) -> [XMLTree.Node] {
    var rows: [XMLTree.Node] = []
    for child in table.children where child.kind == .element {
      switch child.name {
      case "tr":
        if changes.keepsRow(child.element(named: "trPr")) { rows.append(child) }
      case "sdt": if let content = child.element(named: "sdtContent") { rows += self.rows(of: content) }
      case "customXml": rows += self.rows(of: child)
      default: continue
      }
    }
    return rows
  }
}

/// The text of one paragraph being collected, with the note references
/// met on the way.
struct Fragment {
  struct NoteReference {
    var mark: String?
    var text: String
  }

  private(set) var text = ""
  var notes: [NoteReference] = []
  private var pendingBreak = false

  /// No text but white space (full-width spaces included).
  var isBlank: Bool { text.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }

  /// A line break inside the paragraph: the next text joins with a space
  /// unless either side is CJK or already a space.
  mutating func breakLine() { pendingBreak = !text.isEmpty }

  /// The text with each line break, CR LF, LF or CR, made one space.
  static func joiningLines(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
    var result = String.UnicodeScalarView()
    var afterCR = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\r": result.append(" ")
      case "\n": if !afterCR { result.append(" ") }
      default: result.append(scalar)
      }
      afterCR = scalar == "\r"
    }
    return String(result)
  }

  mutating func append(text piece: String) {
    let clean = Self.joiningLines(piece)
    guard !clean.isEmpty else { return }
    if pendingBreak, let last = text.unicodeScalars.last, let first = clean.unicodeScalars.first,
      !last.properties.isWhitespace, !first.properties.isWhitespace, !last.joinsWithoutSpace,
      !first.joinsWithoutSpace
    {
      text += " "
    }
    pendingBreak = false
    text += clean
  }

  mutating func append(_ other: Fragment) {
    text += other.text
    notes += other.notes
    pendingBreak = other.pendingBreak
  }
}
