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
    // another normalisation form (nearly always): they are grouped in
    // place. Else the lines' own equality is used.
    let threshold = options.repeatedLineThreshold
    let byBytes = lines.withUTF8 { bytes -> [Bool]? in
      guard counted.allSatisfy(lines.isNormalizationInert(at:)) else { return nil }
      var groups = LineBytesGroups()
      return Self.repeated(lines, counted, threshold: threshold) {
        groups.group(of: UnsafeBufferPointer(rebasing: bytes[lines.contentRange(at: $0)]))
      }
    }
    if let inPlace = byBytes ?? nil {
      repeatedLine = inPlace
    } else {
      var groups: [Substring: Int] = [:]
      repeatedLine = Self.repeated(lines, counted, threshold: threshold) { index in
        let content = lines[index].content
        if let seen = groups[content] { return (seen, false) }
        groups[content] = groups.count
        return (groups.count - 1, true)
      }
    }
  }

  /// Which of `lines` are running headers: lines among `counted` whose
  /// group (given by `group` for the line's index: equal lines, and only
  /// they, share a group, numbered 0, 1, 2… in the order first seen)
  /// has at least `threshold` lines.
  private static func repeated(
    _ lines: LineTable, _ counted: [Int], threshold: Int, group: (Int) -> (group: Int, isNew: Bool)
  ) -> [Bool] {
    var groupOfCounted: [Int] = []
    groupOfCounted.reserveCapacity(counted.count)
    var counts: [Int] = []
    var firstLine: [Int] = []
    for index in counted {
      let (lineGroup, isNew) = group(index)
      if isNew {
        counts.append(0)
        firstLine.append(index)
      }
      counts[lineGroup] += 1
      groupOfCounted.append(lineGroup)
    }
    let isRepeated = counts.indices.map { group -> Bool in
      guard counts[group] >= threshold else { return false }
      let content = lines[firstLine[group]].content
      // Repeated text that could be a paragraph ("删除。") is not furniture.
      if let last = content.unicodeScalars.last, last.isClauseTerminal { return false }
      return NumberingLabel.recognize(in: content) == nil
    }
    var repeatedLine = [Bool](repeating: false, count: lines.count)
    for (index, lineGroup) in zip(counted, groupOfCounted) where isRepeated[lineGroup] { repeatedLine[index] = true }
    return repeatedLine
  }

  /// Whether line `index` of `lines` (the lines given to `init`, maybe
  /// cleared or moved since, but not blank) is furniture wherever it
  /// appears; `lead` is the first byte of its content.
  func isFurniture(lineAt index: Int, of lines: LineTable, lead: UInt8) -> Bool {
    if repeatedLine[index] { return true }
    // Furniture starts with a digit, "*", "-", "P"/"p", "第" or "Y"/"y";
    // checking that first keeps the common case fast, and the first byte
    // rules most lines out without making their `Substring`.
    guard Self.mayStartPageOrJobNumber(lead) else { return false }
    let text = lines[index].content
    guard let first = text.unicodeScalars.first,
      ("0"..."9").contains(first) || "*-–PpYy第".unicodeScalars.contains(first)
    else { return false }
    return Self.isPageNumber(text, options: options) || Self.isJobNumber(text, options: options)
      || Self.isViewerNoise(text)
  }

  /// Whether `lead` is the first UTF-8 byte of a digit, "*", "-", "P",
  /// "p", "Y", "y", "–" (E2 80 93) or "第" (E7 AC AC).
  private static func mayStartPageOrJobNumber(_ lead: UInt8) -> Bool {
    switch lead {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "P"),
      UInt8(ascii: "p"), UInt8(ascii: "Y"), UInt8(ascii: "y"), 0xE2, 0xE7:
      true
    default: false
    }
  }

  /// "2/6", "- 3 -", "3", "Page 2", "Page 2 of 7", "第 2 页", "第2页 共6页".
  static func isPageNumber(_ text: Substring, options: Options = Options()) -> Bool {
    guard text.utf8.count <= options.maximumLength else { return false }
    // Every form below is ASCII, spaces and 第页共 ("page" and "of" are
    // lower-cased from ASCII alone): any other scalar rules the text out
    // before the compact copy is made.
    guard text.unicodeScalars.allSatisfy({ $0.isASCII || $0.isSpace || "第页共".unicodeScalars.contains($0) })
    else { return false }
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
    // A bar code starts with "*", a job number with two ASCII digits and
    // "-" (three single-byte characters, so its first three bytes): the
    // bytes rule most text out before the characters are split.
    let bytes = text.utf8
    guard let lead = bytes.first else { return false }
    if lead != UInt8(ascii: "*") {
      var prefix = bytes.prefix(3).makeIterator()
      guard let b0 = prefix.next(), let b1 = prefix.next(), let b2 = prefix.next(),
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b0), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b1),
        b2 == UInt8(ascii: "-")
      else { return false }
    }
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
