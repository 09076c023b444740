/// Which text of a document with tracked changes is read: every change
/// accepted, or the text as it was before them.
///
/// Word records an insertion as `w:ins` (or `w:moveTo` for moved text) and
/// a deletion as `w:del` (`w:moveFrom`), whose deleted text is in
/// `w:delText`. A paragraph mark that was inserted or deleted carries
/// `w:ins` / `w:del` in its paragraph's `w:pPr/w:rPr`: deleting the mark
/// joins the paragraph to the next one. A change of paragraph properties
/// (numbering, style) keeps the old properties in `w:pPr/w:pPrChange`.
struct WordTrackedChanges {
  var revisions: DocumentReader.Options.Revisions

  /// Whether the text inside a revision element named `name` is read;
  /// `nil` when `name` is not a revision element.
  func keeps(_ name: String) -> Bool? {
    switch name {
    case "ins", "moveTo": revisions == .accepted
    case "del", "moveFrom": revisions == .original
    default: nil
    }
  }

  /// Whether the paragraph with properties `properties` runs on into the
  /// next one: its mark is deleted (accepted text) or was inserted
  /// (original text).
  func joinsNext(_ properties: XMLTree.Node?) -> Bool {
    guard let mark = properties?.element(named: "rPr") else { return false }
    switch revisions {
    case .accepted: return mark.element(named: "del") != nil || mark.element(named: "moveFrom") != nil
    case .original: return mark.element(named: "ins") != nil || mark.element(named: "moveTo") != nil
    }
  }

  /// The paragraph properties in force: the old ones from `w:pPrChange`
  /// when reading the original text, else the current ones.
  func effectiveProperties(_ properties: XMLTree.Node?) -> XMLTree.Node? {
    guard revisions == .original, let change = properties?.element(named: "pPrChange"),
      let old = change.element(named: "pPr")
    else { return properties }
    return old
  }

  /// Whether a table row with properties `properties` is in the text read:
  /// not deleted (accepted text), not inserted (original text).
  func keepsRow(_ properties: XMLTree.Node?) -> Bool {
    guard let properties else { return true }
    switch revisions {
    case .accepted: return properties.element(named: "del") == nil
    case .original: return properties.element(named: "ins") == nil
    }
  }
}
