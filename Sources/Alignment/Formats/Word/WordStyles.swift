/// What `word/styles.xml` says about paragraph styles that matters to the
/// text: the numbering a style carries (`w:pPr/w:numPr`, inherited through
/// `w:basedOn`), so that a heading style linked to a list ("第%1章")
/// gets its label.
struct WordStyles {
  struct Style: Sendable, Equatable {
    var basedOn: String?
    var numId: String?
    var level: Int?
    /// The outline level of a heading style (`w:outlineLvl`, or a name
    /// such as "heading 1", "标题 1", "Title"), 0 for the top.
    var outlineLevel: Int?
  }

  private(set) var styles: [String: Style] = [:]
  /// The paragraph style paragraphs without `w:pStyle` have.
  private(set) var defaultParagraphStyle: String?

  /// How deep a chain of `w:basedOn` is followed; Word itself stops well
  /// before this, and a cycle stops here.
  static let maximumInheritance = 32

  init() {}

  /// - Complexity: O(*n*) in the size of styles.xml.
  init(root: XMLTree.Node) {
    for element in root.elements(named: "style") where element.attribute("type") == "paragraph" {
      guard let id = element.attribute("styleId") else { continue }
      var style = Style()
      style.basedOn = element.element(named: "basedOn")?.attribute("val")
      if let properties = element.element(named: "pPr") {
        if let numPr = properties.element(named: "numPr") {
          style.numId = numPr.element(named: "numId")?.attribute("val")
          style.level = numPr.element(named: "ilvl")?.attribute("val").flatMap(Int.init)
        }
      }
      style.outlineLevel =
        element.element(named: "pPr")?.element(named: "outlineLvl")?.attribute("val")
        .flatMap(Int.init) ?? Self.headingLevel(named: element.element(named: "name")?.attribute("val"))
      styles[id] = style
      if element.attribute("default").map(WordXML.isTrue) == true { defaultParagraphStyle = id }
    }
  }

  /// Outline levels 0–8 are headings; 9 is body text.
  static let bodyTextOutlineLevel = 9

  /// The level of a built-in heading style by its name: "heading 1" (as
  /// Word and LibreOffice write it), "标题 1" (WPS), "Title".
  static func headingLevel(named name: String?) -> Int? {
    guard let name = name?.lowercased() else { return nil }
    if name == "title" || name == "标题" { return 0 }
    for prefix in ["heading ", "标题 ", "标题"] where name.hasPrefix(prefix) {
      if let level = Int(name.dropFirst(prefix.count)), (1...9).contains(level) { return level - 1 }
    }
    return nil
  }

  /// Whether style `id`, or a style it is based on, is a heading.
  ///
  /// - Complexity: O(`maximumInheritance`).
  func isHeading(_ id: String) -> Bool {
    var current: String? = id
    var steps = 0
    while let styleId = current, let style = styles[styleId], steps < Self.maximumInheritance {
      if let level = style.outlineLevel { return level < Self.bodyTextOutlineLevel }
      current = style.basedOn
      steps += 1
    }
    return false
  }

  /// The numbering of style `id`, its own or inherited: the list and, if
  /// the style says, the level.
  ///
  /// - Complexity: O(`maximumInheritance`).
  func numbering(of id: String) -> (numId: String, level: Int?)? {
    var current: String? = id
    var steps = 0
    while let styleId = current, let style = styles[styleId], steps < Self.maximumInheritance {
      if let numId = style.numId { return (numId, style.level) }
      current = style.basedOn
      steps += 1
    }
    return nil
  }
}

/// Small readings of WordprocessingML values.
enum WordXML {
  /// A toggle property (`<w:b/>`, `<w:vanish w:val="0"/>`): on unless its
  /// `w:val` says off.
  static func isOn(_ element: XMLTree.Node) -> Bool {
    element.attribute("val").map(isTrue) ?? true
  }

  /// "1", "true", "on" (ST_OnOff).
  static func isTrue(_ value: String) -> Bool {
    value == "1" || value == "true" || value == "on"
  }
}
