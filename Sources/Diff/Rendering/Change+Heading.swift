import Alignment

extension Change {
  /// A heading for the change: "¶ 12 → ¶ 13, modified and moved".
  public func heading(old oldDocument: Document, new newDocument: Document) -> String {
    let olds = old.map { oldDocument.designation(ofParagraphAt: $0) }.joined(separator: " + ")
    let news = new.map { newDocument.designation(ofParagraphAt: $0) }.joined(separator: " + ")
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
