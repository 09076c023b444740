import Alignment
import Diff

/// How the law itself cites each paragraph of a document: 第十一条,
/// 第十一条第二款, 第十一条第二款第（一）项, Article 3 (1) (b), paragraph 4 (a).
///
/// A Chinese article's 款 are its lines: the article's own paragraph holds
/// the first 款 (and more, one per line); its items (项) belong to the 款
/// before them; an unnumbered paragraph after the items starts the next
/// 款. The 款 is named only when the article has more than one.
struct Citations: Sendable {
  /// The citation of each paragraph, by index; `nil` for an unnumbered
  /// paragraph outside any article (a preambular paragraph).
  private(set) var names: [String?]

  /// - Complexity: O(*n*) in the number of paragraphs and their lines.
  init(_ document: Document) {
    let chinese = document.language.isCJK
    let paragraphs = document.paragraphs
    names = [String?](repeating: nil, count: paragraphs.count)
    var i = 0
    var preamble = 0
    var inPreamble = true
    while i < paragraphs.count {
      let head = paragraphs[i]
      guard head.kind == .numbered, let number = head.path.first else {
        names[i] = Self.own(head, chinese: chinese)
        if inPreamble, head.kind == .unnumbered, head.path.isEmpty {
          preamble += 1
          names[i] = chinese ? "序言部分第\(preamble)段" : "preambular paragraph \(preamble)"
        }
        i += 1
        continue
      }
      inPreamble = false
      let headName = Self.own(head, chinese: chinese) ?? number
      // The article's members, and the 款 each belongs to.
      var end = i + 1
      var kuan = Self.lineCount(head.text)
      var kuanOf: [Int: Int] = [:]
      while end < paragraphs.count {
        let p = paragraphs[end]
        guard p.kind == .subparagraph || p.kind == .unnumbered, p.path.first == number else { break }
        if p.kind == .unnumbered {
          kuan += 1
          kuanOf[end] = kuan
          kuan += Self.lineCount(p.text) - 1
        } else {
          kuanOf[end] = kuan
        }
        end += 1
      }
      let manyKuan = kuan > 1
      names[i] = headName
      for k in (i + 1)..<end {
        let p = paragraphs[k]
        let kuanName = chinese && manyKuan ? "第\(ChineseNumbers.spelled(kuanOf[k] ?? 1))款" : ""
        if p.kind == .unnumbered {
          names[k] = chinese ? headName + kuanName : headName
        } else if chinese {
          names[k] = headName + kuanName + "第" + (p.label ?? p.path.dropFirst().joined()) + "项"
        } else {
          names[k] = headName + " " + (p.label ?? "(\(p.path.dropFirst().joined(separator: ") (")))")
        }
      }
      i = end
    }
  }

  subscript(index: Int) -> String? {
    names.indices.contains(index) ? names[index] : nil
  }

  /// A paragraph's name on its own: an article's or heading's label as
  /// written, "paragraph 4" (第4段) for a numbered paragraph of a
  /// resolution, "paragraph 4 (a)" for its sub-paragraph.
  static func own(_ paragraph: Paragraph, chinese: Bool) -> String? {
    if let label = paragraph.label, paragraph.kind == .heading { return label }
    if let label = paragraph.label, isArticleLabel(label) { return label }
    guard let first = paragraph.path.first else { return nil }
    let rest = paragraph.path.dropFirst().map { "(\($0))" }
    return chinese ? "第\(first)\(rest.joined())段" : (["paragraph \(first)"] + rest).joined(separator: " ")
  }

  /// 第十五条, Article 5, Artículo 5: labels that name the unit themselves.
  static func isArticleLabel(_ label: String) -> Bool {
    label.hasPrefix("第") || label.first?.isLetter == true && label.count > 3
  }

  static func lineCount(_ text: String) -> Int {
    // The characters "\n": line feeds not joined to a carriage return.
    var count = 1
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if byte == 0x0A && previous != 0x0D { count += 1 }
      previous = byte
    }
    return count
  }
}

/// Chinese numerals for small counts (款 numbers).
enum ChineseNumbers {
  static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

  /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五; beyond 99, Arabic digits.
  static func spelled(_ n: Int) -> String {
    switch n {
    case 0...9: digits[n]
    case 10...19: "十" + (n == 10 ? "" : digits[n - 10])
    case 20...99: digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10])
    default: String(n)
    }
  }
}
