import Alignment

extension Change {
  /// A heading for the change: "¶ 12 → ¶ 13, modified and moved";
  /// "第一百二十三条 → 第一百二十八条, text unchanged" for a paragraph that was
  /// only renumbered.
  ///
  /// The arrow appears only when the numbering path changed: with
  /// `--fold-script`, 第一条 and 第一條 name the same article, so the heading
  /// is the new label alone.
  public func heading(old oldDocument: Document, new newDocument: Document) -> String {
    let olds = old.map { oldDocument.designation(ofParagraphAt: $0) }.joined(separator: " + ")
    let news = new.map { newDocument.designation(ofParagraphAt: $0) }.joined(separator: " + ")
    let oldPaths = old.map { oldDocument.paragraphs[$0].path }
    let newPaths = new.map { newDocument.paragraphs[$0].path }
    var place: String
    switch (olds.isEmpty, news.isEmpty) {
    case (true, _): place = news
    case (_, true): place = olds
    default: place = olds == news || oldPaths == newPaths ? news : "\(olds) → \(news)"
    }
    if isRenumberingOnly { return place + ", text unchanged" }
    var what = [op.rawValue]
    if moved { what.append("moved") }
    if renumbered && op != .inserted && op != .deleted { what.append("renumbered") }
    place += ", " + what.joined(separator: " and ")
    return place
  }

  /// An unchanged paragraph that kept its place but not its number: one
  /// line in a report, not its whole text.
  public var isRenumberingOnly: Bool { op == .unchanged && renumbered && !moved }
}
