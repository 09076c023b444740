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
