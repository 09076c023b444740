/// Recognises page furniture in PDF extractions: page numbers ("2/6",
/// "- 3 -", "Page 2 of 7"), job numbers ("19-12345 (C)"), bar codes
/// ("*1912345*"), viewer noise ("You are on page 1of 7"), running headers
/// (the document symbol or any short line repeated on several pages).
struct PageFurniture {
  typealias Options = DocumentReader.FurnitureOptions

  private let options: Options

  /// For each line given to `init`, whether it is a running header.
  private var repeatedLine: [Bool]

  /// Counts the short lines of `lines`, hashing each once.
  ///
  /// - Complexity: O(*n*) in the total length of the lines.
  init(lines: LineTable, options: Options = Options()) {
    self.options = options
    let counted = lines.indices.filter { !lines.isBlank(at: $0) && lines.width(at: $0) <= options.repeatedLineWidth }
    // Bytes tell equal lines apart exactly when no line can be written in
    // another normalisation form (nearly always): they are hashed in place.
    // Else the lines' own equality is used.
    let threshold = options.repeatedLineThreshold
    let byBytes = lines.withUTF8 { bytes -> [Bool]? in
      func content(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[lines.contentRange(at: index)])
      }
      guard counted.allSatisfy({ content($0).isNormalizationInert }) else { return nil }
      return Self.repeated(lines, counted, threshold: threshold) { LineBytesKey(bytes: content($0)) }
    }
    if let inPlace = byBytes ?? nil {
      repeatedLine = inPlace
    } else {
      repeatedLine = Self.repeated(lines, counted, threshold: threshold) { lines[$0].content }
    }
  }

  /// Which of `lines` are running headers: lines among `counted` whose
  /// text (told by `key`, given the line's index) occurs at least
  /// `threshold` times.
  private static func repeated<Key: Hashable>(
    _ lines: LineTable, _ counted: [Int], threshold: Int, key: (Int) -> Key
  ) -> [Bool] {
    var groups: [Key: Int] = [:]
    var groupOfLine = [Int](repeating: -1, count: lines.count)
    var counts: [Int] = []
    var firstLine: [Int] = []
    for index in counted {
      let lineKey = key(index)
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
      guard counts[group] >= threshold else { return false }
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
    return Self.isPageNumber(text, options: options) || Self.isJobNumber(text, options: options)
      || Self.isViewerNoise(text)
  }

  /// "2/6", "- 3 -", "3", "Page 2", "Page 2 of 7", "第 2 页", "第2页 共6页".
  static func isPageNumber(_ text: Substring, options: Options = Options()) -> Bool {
    guard text.utf8.count <= options.maximumLength else { return false }
    let digits = options.pageNumberDigits
    let compact = String(text.unicodeScalars.filter { !$0.isSpace })
    if compact.isEmpty { return false }
    if compact.allSatisfy(\.isASCIIDigit) { return compact.count <= digits }
    let parts = compact.split(separator: "/", omittingEmptySubsequences: false)
    if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= digits && $0.allSatisfy(\.isASCIIDigit) }) {
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
  static func isJobNumber(_ text: Substring, options: Options = Options()) -> Bool {
    guard text.utf8.count <= options.maximumLength else { return false }
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
    return rest.hasPrefix("(") && rest.count <= options.jobNumberSuffixLength
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

extension DocumentReader {
  /// What the plain-text reader takes for page furniture (`PageFurniture`):
  /// running headers, page numbers and job numbers of a PDF extraction.
  public struct FurnitureOptions: Sendable, Hashable {
    /// A short line seen at least this many times (across pages) is a
    /// running header.
    public var repeatedLineThreshold = 3
    /// Only lines at most this many display columns wide can be running
    /// headers.
    public var repeatedLineWidth = 80
    /// Page and job numbers are at most this many UTF-8 bytes long.
    public var maximumLength = 40
    /// A page number ("3", "2/6") has at most this many digits in each part.
    public var pageNumberDigits = 3
    /// What follows a job number ("(C) 220719 220719") is at most this many
    /// characters long.
    public var jobNumberSuffixLength = 24
    /// A document symbol among this many first text lines is front matter,
    /// never furniture, even if it repeats as a running header.
    public var symbolLinesAtTop = 8

    public init() {}
  }
}
