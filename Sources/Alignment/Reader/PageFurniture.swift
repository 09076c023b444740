/// Recognises page furniture in PDF extractions: page numbers ("2/6",
/// "- 3 -", "Page 2 of 7"), job numbers ("19-12345 (C)"), bar codes
/// ("*1912345*"), viewer noise ("You are on page 1of 7"), running headers
/// (the document symbol or any short line repeated on several pages).
struct PageFurniture {
  /// Short lines seen at least this many times are running headers.
  static let repeatedLineThreshold = 3

  /// Only lines at most this many columns wide can be running headers.
  static let repeatedLineWidth = 80

  /// For each line given to `init`, whether it is a running header.
  private var repeatedLine: [Bool]

  /// Counts the short lines of `lines`, hashing each once.
  ///
  /// - Complexity: O(*n*) in the total length of the lines.
  init(lines: [SourceLine]) {
    let counted = lines.indices.filter { !lines[$0].isBlank && lines[$0].width <= Self.repeatedLineWidth }
    // Bytes tell equal lines apart exactly when no line can be written in
    // another normalisation form (nearly always); else the lines' own
    // equality is used.
    if counted.allSatisfy({ lines[$0].content.isNormalizationInert }) {
      repeatedLine = Self.repeated(lines, counted) { LineKey(text: $0) }
    } else {
      repeatedLine = Self.repeated(lines, counted) { $0 }
    }
  }

  /// Which of `lines` are running headers: lines among `counted` whose
  /// text (told by `key`) occurs at least `repeatedLineThreshold` times.
  private static func repeated<Key: Hashable>(
    _ lines: [SourceLine], _ counted: [Int], key: (Substring) -> Key
  ) -> [Bool] {
    var groups: [Key: Int] = [:]
    var groupOfLine = [Int](repeating: -1, count: lines.count)
    var counts: [Int] = []
    var firstLine: [Int] = []
    for index in counted {
      let lineKey = key(lines[index].content)
      let group: Int
      if let seen = groups[lineKey] {
        group = seen
      } else {
        group = counts.count
        groups[lineKey] = group
        counts.append(0)
        firstLine.append(index)
      }
      counts[group] += 1
      groupOfLine[index] = group
    }
    let isRepeated = counts.indices.map { group -> Bool in
      guard counts[group] >= repeatedLineThreshold else { return false }
      let content = lines[firstLine[group]].content
      // Repeated text that could be a paragraph ("删除。") is not furniture.
      if let last = content.unicodeScalars.last, last.isClauseTerminal { return false }
      return NumberingLabel.recognize(in: content) == nil
    }
    return groupOfLine.map { $0 >= 0 && isRepeated[$0] }
  }

  /// Whether line `index` of the lines given to `init` is furniture
  /// wherever it appears.
  func isFurniture(lineAt index: Int, _ line: SourceLine) -> Bool {
    let text = line.content
    if text.isEmpty { return false }
    if repeatedLine[index] { return true }
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
