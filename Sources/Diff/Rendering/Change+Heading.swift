import Alignment

extension Change {
  /// A heading for the change: "¶ 12 → ¶ 13, modified and moved";
  /// "第一百二十三条 → 第一百二十八条, text unchanged" for a paragraph that was
  /// only renumbered.
  ///
  /// The arrow appears only when the numbering path changed: with
  /// `--fold-script`, 第一条 and 第一條 name the same article, so the heading
  /// is the new label alone.
  ///
  /// - Complexity: O(*k*) in the paragraphs of the change, plus their
  ///   designations.
  public func heading(old oldDocument: Document, new newDocument: Document) -> String {
    let olds = Change.designations(old, in: oldDocument)
    let news = Change.designations(new, in: newDocument)
    var place: String
    switch (olds.isEmpty, news.isEmpty) {
    case (true, _): place = news
    case (_, true): place = olds
    default:
      place = olds == news || Change.samePaths(old, oldDocument, new, newDocument) ? news : "\(olds) → \(news)"
    }
    if isRenumberingOnly { return place + ", text unchanged" }
    place += ", " + op.rawValue
    if moved { place += " and moved" }
    if renumbered && op != .inserted && op != .deleted { place += " and renumbered" }
    return place
  }

  /// The designations of some paragraphs, joined by " + ".
  private static func designations(_ indices: [Int], in document: Document) -> String {
    if indices.count == 1 { return document.designation(ofParagraphAt: indices[0]) }
    return indices.map { document.designation(ofParagraphAt: $0) }.joined(separator: " + ")
  }

  /// Whether the old and the new paragraphs have the same numbering paths,
  /// one by one.
  private static func samePaths(_ old: [Int], _ oldDocument: Document, _ new: [Int], _ newDocument: Document) -> Bool {
    old.count == new.count
      && zip(old, new).allSatisfy { oldDocument.paragraphs[$0].path == newDocument.paragraphs[$1].path }
  }

  /// An unchanged paragraph that kept its place but not its number: one
  /// line in a report, not its whole text.
  public var isRenumberingOnly: Bool { op == .unchanged && renumbered && !moved }
}
