/// Recognises page furniture in PDF extractions: page numbers ("2/6",
/// "- 3 -", "Page 2 of 7"), job numbers ("19-12345 (C)"), bar codes
/// ("*1912345*"), viewer noise ("You are on page 1of 7"), running headers
/// (the document symbol or any short line repeated on several pages).
struct PageFurniture {
  /// Short lines seen at least this many times are running headers.
  static let repeatedLineThreshold = 3

  private var repeated: Set<Substring> = []

  init(lines: [SourceLine]) {
    var counts: [Substring: Int] = [:]
    for line in lines where !line.isBlank && line.width <= 80 {
      counts[line.content, default: 0] += 1
    }
    for (content, count) in counts where count >= Self.repeatedLineThreshold {
      // Repeated text that could be a paragraph ("删除。") is not furniture.
      if let last = content.unicodeScalars.last, last.isClauseTerminal { continue }
      if NumberingLabel.recognize(in: content) != nil { continue }
      repeated.insert(content)
    }
  }

  /// Whether `line` is furniture wherever it appears.
  func isFurniture(_ line: SourceLine) -> Bool {
    let text = line.content
    if text.isEmpty { return false }
    if repeated.contains(text) { return true }
    // Furniture starts with a digit, "*", "-", "P"/"p", "第" or "Y"/"y";
    // checking that first keeps the common case fast.
    guard let first = text.unicodeScalars.first,
      ("0"..."9").contains(first) || "*-–PpYy第".unicodeScalars.contains(first)
    else { return false }
    return Self.isPageNumber(text) || Self.isJobNumber(text) || Self.isViewerNoise(text)
  }

  /// "2/6", "- 3 -", "3", "Page 2", "Page 2 of 7", "第 2 页", "第2页 共6页".
  static func isPageNumber(_ text: Substring) -> Bool {
    guard text.utf8.count <= 40 else { return false }
    let compact = String(text.unicodeScalars.filter { !$0.isSpace })
    if compact.isEmpty { return false }
    if compact.allSatisfy(\.isASCIIDigit) { return compact.count <= 3 }
    let parts = compact.split(separator: "/", omittingEmptySubsequences: false)
    if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCIIDigit) }) {
      return true
    }
    if compact.hasPrefix("-"), compact.hasSuffix("-"), compact.count >= 3,
      compact.dropFirst().dropLast().allSatisfy(\.isASCIIDigit)
    {
      return true
    }
    let lower = compact.lowercased()
    if lower.hasPrefix("page") {
      let rest = lower.dropFirst(4).split(separator: "of", omittingEmptySubsequences: false)
      return (1...2).contains(rest.count) && rest.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }
    if compact.hasPrefix("第"), compact.contains("页") {
      return compact.allSatisfy { $0.isASCIIDigit || "第页共".contains($0) }
    }
    return false
  }

  /// UN job numbers and bar codes: "19-12345 (C)", "01-66657 (E) 291101",
  /// "*0166657*".
  static func isJobNumber(_ text: Substring) -> Bool {
    guard text.utf8.count <= 40 else { return false }
    let s = Array(text)
    if s.count >= 7, s.first == "*", s.last == "*",
      s.dropFirst().dropLast().allSatisfy(\.isASCIIDigit)
    {
      return true
    }
    guard s.count >= 8, s[0].isASCIIDigit, s[1].isASCIIDigit, s[2] == "-",
      s[3...7].allSatisfy(\.isASCIIDigit)
    else { return false }
    let rest = String(s[8...]).trimmingSpaces()
    if rest.isEmpty { return true }
    // "(C)", "(E) 291101", "(C) 220719 220719"
    return rest.hasPrefix("(") && rest.count <= 24
      && rest.allSatisfy { $0.isASCIIDigit || $0.isUppercase || " ()*".contains($0) }
  }

  /// PDF viewer and web-page noise: "You are on page 1of 7".
  static func isViewerNoise(_ text: Substring) -> Bool {
    // Each phrase starts with a letter whose only upper-case form is the
    // ASCII one: ruling other first letters out spares lower-casing every
    // line that starts with "第" or a digit.
    guard let first = text.unicodeScalars.first, "yYdDpP".unicodeScalars.contains(first) else { return false }
    let lower = text.lowercased()
    return lower.hasPrefix("you are on page") || lower == "download" || lower == "print"
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
