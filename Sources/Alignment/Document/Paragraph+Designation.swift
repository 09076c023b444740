extension Paragraph {
  /// How a person refers to the paragraph on its own: "¶ 15 (a)",
  /// "第十五条", "Article 5", "¶ #3" for the third paragraph when it has no
  /// number.
  ///
  /// - Parameter index: The paragraph's 0-based position in its document.
  public func designation(index: Int) -> String {
    if let label, kind == .heading { return label }
    if let label, Self.isArticleLabel(label) { return label }
    guard let first = path.first else { return "¶ #\(index + 1)" }
    return "¶ " + first + path.dropFirst().map { " (\($0))" }.joined()
  }

  /// 第十五条, Article 5, Artículo 5: labels that name the unit themselves.
  static func isArticleLabel(_ label: String) -> Bool {
    guard let first = label.first else { return false }
    return first == "第" || first.isLetter && label.count > 3
  }
}

extension Document {
  /// How a person refers to the paragraph at `index`: as
  /// `Paragraph.designation(index:)`, except that an item of an article
  /// names the article as written: "第六十二条（七）", "Article 3 (1)".
  ///
  /// - Complexity: O(*k*) for the *k* paragraphs between the item and its
  ///   article (at most 500 are looked at).
  public func designation(ofParagraphAt index: Int) -> String {
    let paragraph = paragraphs[index]
    guard paragraph.kind == .subparagraph, paragraph.path.count == 2, let label = paragraph.label else {
      return paragraph.designation(index: index)
    }
    let parentPath = Array(paragraph.path.dropLast())
    var k = index - 1
    while k >= max(0, index - 500) {
      let candidate = paragraphs[k]
      if candidate.path == parentPath, candidate.kind == .numbered {
        if let parentLabel = candidate.label, Paragraph.isArticleLabel(parentLabel) {
          return parentLabel.first == "第" ? parentLabel + label : parentLabel + " " + label
        }
        break
      }
      k -= 1
    }
    return paragraph.designation(index: index)
  }
}
