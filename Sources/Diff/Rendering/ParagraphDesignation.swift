import Alignment

extension Paragraph {
  /// How a person refers to the paragraph: "¶ 15 (a)", "第十五条",
  /// "Article 5", "¶ 3" for the third paragraph when it has no number.
  ///
  /// - Parameter index: The paragraph's 0-based position in its document.
  public func designation(index: Int) -> String {
    if let label, kind == .heading { return label }
    if let label, label.hasPrefix("第") || label.first?.isLetter == true && label.count > 3 {
      return label  // 第十五条, Article 5, Artículo 5
    }
    guard let first = path.first else { return "¶ #\(index + 1)" }
    return "¶ " + first + path.dropFirst().map { " (\($0))" }.joined()
  }
}

extension Change {
  /// A heading for the change: "¶ 12 → ¶ 13, modified and moved".
  public func heading(old oldDocument: Document, new newDocument: Document) -> String {
    let olds = old.map { oldDocument.paragraphs[$0].designation(index: $0) }.joined(separator: " + ")
    let news = new.map { newDocument.paragraphs[$0].designation(index: $0) }.joined(separator: " + ")
    var place: String
    switch (olds.isEmpty, news.isEmpty) {
    case (true, _): place = news
    case (_, true): place = olds
    default: place = olds == news ? news : "\(olds) → \(news)"
    }
    var what = [op.rawValue]
    if moved { what.append("moved") }
    if renumbered && op != .inserted && op != .deleted { what.append("renumbered") }
    place += ", " + what.joined(separator: " and ")
    return place
  }
}
