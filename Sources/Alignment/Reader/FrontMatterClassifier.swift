/// Recognises the lines that come before a document's body (symbol, title,
/// adoption line, "The Security Council,") and web noise around it
/// (navigation, licence footers).
enum FrontMatterClassifier {
  static let authorNames: [String] = [
    "安全理事会", "安全理事會", "大会", "大會", "经济及社会理事会", "人权理事会", "理事会",
    "Security Council", "General Assembly", "Economic and Social Council", "Human Rights Council",
    "Conseil de sécurité", "Assemblée générale", "Consejo de Seguridad", "Asamblea General",
    "Совет Безопасности", "Генеральная Ассамблея", "مجلس الأمن", "الجمعية العامة",
  ]

  /// `authorNames` lower-cased once.
  private static let lowercasedAuthorNames: Set<String> = Set(authorNames.map { $0.lowercased() })

  /// "安全理事会，", "The Security Council,", "L'Assemblée générale,".
  static func isAuthorLine(_ text: some StringProtocol) -> Bool {
    let trimmed = text.trimmingSpaces()
    guard let last = trimmed.last, last == "," || last == "，" || last == "،",
      trimmed.hasAtMostCharacters(40)
    else { return false }
    return authorNames.contains { trimmed.contains($0) }
  }

  /// An author line without its comma ("安全理事会", "The Security Council",
  /// "Le Conseil de sécurité"): the organ's name alone, after an optional
  /// article, with at most a colon or comma after it. Alone on a line, such
  /// a name is also a cover-page heading ("Security Council" above
  /// "Distr.: General"), so the reader takes it for the author only when a
  /// preambular or numbered paragraph follows.
  static func isBareAuthorLine(_ text: some StringProtocol) -> Bool {
    let trimmed = text.trimmingSpaces()
    guard trimmed.hasAtMostCharacters(50) else { return false }
    var name = String(trimmed)
    while let last = name.unicodeScalars.last, ",，،:：".unicodeScalars.contains(last) || last.isSpace {
      name.unicodeScalars.removeLast()
    }
    for article in ["The ", "the ", "Le ", "La ", "L'", "L\u{2019}", "El ", "Il "] where name.hasPrefix(article) {
      name = String(name.dropFirst(article.count))
      break
    }
    let lower = name.lowercased()
    return lowercasedAuthorNames.contains(lower)
  }

  /// Phrases of licence, attribution and site footers in the six UN
  /// languages. Each is specific enough that a statute's own paragraph
  /// rarely carries it.
  static let footerMarkers: [String] = [
    // English
    "creative commons", "licensed under", "public domain", "all rights reserved", "copyright ©",
    "copyright (c)", "©", "terms of use", "privacy policy", "retrieved from", "this page was last edited",
    "cc by", "cc-by", "cc0",
    // French
    "tous droits réservés", "droits d'auteur", "droits d’auteur", "domaine public", "sous licence",
    "conditions d'utilisation", "conditions d’utilisation", "mentions légales",
    // Spanish
    "todos los derechos reservados", "derechos de autor", "dominio público", "bajo licencia",
    "términos de uso", "aviso legal", "condiciones de uso",
    // Russian
    "все права защищены", "авторское право", "авторские права", "общественное достояние",
    "на условиях лицензии", "условия использования", "при использовании материалов", "ссылка обязательна",
    // Arabic
    "جميع الحقوق محفوظة", "حقوق النشر", "حقوق الطبع", "المشاع الإبداعي", "الملك العام", "شروط الاستخدام",
    // Chinese
    "版权所有", "版權所有", "版权声明", "版權聲明", "知识共享", "知識共享", "公有领域", "公有領域",
    "本作品", "许可协议", "許可協議", "转载请注明", "轉載請註明", "免责声明", "免責聲明", "使用条款", "使用條款",
  ]

  /// The longest block that can open a footer.
  static let footerMarkerLength = 300

  /// A block that opens a licence, attribution or site footer.
  ///
  /// A lower-cased block that is `isNormalizationInert` (most are) is
  /// searched for the markers' bytes: in such text every character but CR LF
  /// is one scalar and canonical equivalence is byte equality, and no marker
  /// holds a CR or LF, so a marker's bytes occur exactly where the marker
  /// does. Other text is searched by characters.
  ///
  /// - Complexity: O(*n*) per marker for a block of *n* characters; by
  ///   characters, O(*n*) hashings and a substring search only for the
  ///   markers all of whose characters occur in it.
  static func isFooterMarker(_ text: some StringProtocol) -> Bool {
    guard text.hasAtMostCharacters(footerMarkerLength) else { return false }
    var lower = lowercasedByBytes(text) ?? text.lowercased()
    let found = lower.withUTF8 { bytes -> Bool? in
      guard bytes.isNormalizationInert else { return nil }
      // A marker can occur only if every one of its bytes does.
      let present = ByteSet(bytes)
      return zip(footerMarkerBytes, footerMarkerByteSets).contains { marker, set in
        set.isSubset(of: present) && bytes.contains(bytes: marker)
      }
    }
    if let found { return found }
    // A marker can occur only if every one of its characters does.
    let present = Set(lower)
    return zip(footerMarkers, footerMarkerCharacters).contains { marker, characters in
      characters.isSubset(of: present) && lower.contains(marker)
    }
  }

  /// `text.lowercased()` made on its bytes, when every scalar of it is in
  /// `byteLowercasingRanges` (legal text in Chinese mostly is); `nil`
  /// otherwise. There ASCII A-Z and full-width Ａ-Ｚ (U+FF21–U+FF3A) have
  /// one-scalar lower cases of the same length and nothing else changes,
  /// so the bytes change in place (`FooterMarkerTests` holds every scalar
  /// of the ranges to `lowercased()`).
  ///
  /// - Complexity: O(*n*) in the bytes of `text`.
  static func lowercasedByBytes(_ text: some StringProtocol) -> String? {
    let copied = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      var i = 0
      while i < bytes.count {
        let lead = bytes[i]
        if lead < 0x80 {
          i += 1
          continue
        }
        guard i + 2 < bytes.count else { return nil }
        let second = bytes[i + 1]
        switch lead {
        case 0xE3...0xE9: break  // U+3000–U+9FFF
        case 0xE2 where second == 0x80 || second == 0x81: break  // U+2000–U+207F
        case 0xEF where second >= 0xBC: break  // U+FF00–U+FFFF
        default: return nil
        }
        i += 3
      }
      return String(unsafeUninitializedCapacity: bytes.count) { buffer in
        var i = 0
        while i < bytes.count {
          let byte = bytes[i]
          if byte < 0x80 {
            buffer[i] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            i += 1
          } else {
            // Ａ-Ｚ are EF BC A1–BA; ａ-ｚ are EF BD 81–9A.
            let (second, third) = (bytes[i + 1], bytes[i + 2])
            let fullWidthCapital = byte == 0xEF && second == 0xBC && (0xA1...0xBA).contains(third)
            buffer[i] = byte
            buffer[i + 1] = fullWidthCapital ? 0xBD : second
            buffer[i + 2] = fullWidthCapital ? third - 0x20 : third
            i += 3
          }
        }
        return bytes.count
      }
    }
    return copied ?? nil
  }

  /// The scalars `lowercasedByBytes` lower-cases on their bytes.
  static let byteLowercasingRanges: [ClosedRange<UInt32>] = [
    0x0000...0x007F, 0x2000...0x207F, 0x3000...0x9FFF, 0xFF00...0xFFFF,
  ]

  /// The UTF-8 bytes of each of `footerMarkers`.
  static let footerMarkerBytes: [[UInt8]] = footerMarkers.map { Array($0.utf8) }

  /// The set of bytes of each of `footerMarkers`.
  static let footerMarkerByteSets: [ByteSet] = footerMarkerBytes.map { $0.withUnsafeBufferPointer(ByteSet.init) }

  /// The characters of each of `footerMarkers`.
  static let footerMarkerCharacters: [Set<Character>] = footerMarkers.map { Set($0) }

  /// A document symbol: S/RES/2482 (2019), A/RES/56/150, S/2018/1177.
  static func symbol(in text: some StringProtocol) -> String? {
    let words = text.split(separator: " ")
    for (index, word) in words.enumerated() {
      let parts = word.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.count >= 2, let first = parts.first,
        ["S", "A", "E", "A/C.3", "ST"].contains(first)
          || (first.count <= 4 && first.allSatisfy(\.isUppercase)),
        parts.dropFirst().allSatisfy({ !$0.isEmpty }),
        parts.last?.contains(where: \.isNumber) ?? false
      else { continue }
      var symbol = String(word)
      if index + 1 < words.count, words[index + 1].hasPrefix("("), words[index + 1].hasSuffix(")"),
        words[index + 1].dropFirst().dropLast().allSatisfy(\.isNumber)
      {
        symbol += " " + words[index + 1]
      }
      return symbol
    }
    return nil
  }

  /// "2019 年 7 月 19 日安全理事会第 8582 次会议通过",
  /// "Adopted by the Security Council at its 8582nd meeting, on 19 July 2019".
  static func isAdoptionLine(_ text: some StringProtocol) -> Bool {
    let lower = text.lowercased()
    if lower.hasPrefix("adopted by") || lower.hasPrefix("adoptée par") || lower.hasPrefix("aprobada por")
      || lower.hasPrefix("принята") || lower.hasPrefix("adoptada por")
    {
      return true
    }
    return text.hasSuffix("通过") && text.contains("会议") || text.hasSuffix("通過") && text.contains("會議")
  }

  /// "Resolution 2482 (2019)", "第2446(2018)号决议", "中华人民共和国宪法".
  static func isTitleLine(_ text: some StringProtocol) -> Bool {
    let lower = text.lowercased()
    return lower.hasPrefix("resolution ") || lower.hasPrefix("résolution ") || lower.hasPrefix("resolución ")
      || lower.hasPrefix("резолюция ") || (text.hasPrefix("第") && (text.hasSuffix("号决议") || text.hasSuffix("號決議")))
  }

  /// Web navigation, breadcrumbs, licence and print footers.
  ///
  /// - Complexity: O(*n*) for a block of *n* bytes; the markers are searched
  ///   only in blocks of at most `webNoiseMarkerLength` characters.
  static func isWebNoise(_ text: some StringProtocol) -> Bool {
    var s = String(text)
    if hasTwoBars(s) || s.hasSuffix("|") { return true }
    // An arrow's bytes first: the search by characters runs only where they
    // are (it tells "->" from "->" with a combining mark after it).
    let arrows = s.withUTF8 { bytes in
      (
        bytes.contains(bytes: Self.asciiArrow), bytes.contains(bytes: Self.leftArrow),
        bytes.contains(bytes: Self.rightArrow)
      )
    }
    if arrows.0 && s.contains("->") || arrows.1 && s.contains("←") || arrows.2 && s.contains("→") || s.hasPrefix("[") {
      return true
    }
    // Counting stops after the limit: a long paragraph is not walked.
    if let limit = s.index(s.startIndex, offsetBy: webNoiseMarkerLength, limitedBy: s.endIndex),
      limit != s.endIndex
    {
      return false
    }
    var lower = s.lowercased()
    let candidates = lower.withUTF8 { bytes in
      // Characters compare by canonical equivalence: U+F9B4 is 領 and
      // U+FAAE is 类 to `contains`, and their bytes are other bytes.
      bytes.containsCompatibilityIdeograph
        ? Array(webNoiseMarkers.indices)
        : webNoiseMarkerBytes.indices.filter { bytes.contains(bytes: webNoiseMarkerBytes[$0]) }
    }
    return candidates.contains { lower.contains(webNoiseMarkers[$0]) } || isFooterMarker(s)
  }

  /// `webNoiseMarkers` in UTF-8: a marker is looked for by characters only
  /// where its bytes are.
  private static let webNoiseMarkerBytes = webNoiseMarkers.map { Array($0.utf8) }
  private static let asciiArrow = Array("->".utf8)
  private static let leftArrow = Array("←".utf8)
  private static let rightArrow = Array("→".utf8)

  /// The longest block that web-noise markers ("copyright", 首页) mark as
  /// noise.
  static let webNoiseMarkerLength = 200

  /// Words of site chrome, in lower case.
  static let webNoiseMarkers = [
    "public domain", "creative commons", "licensed under", "license", "licence", "copyright",
    "all rights reserved", "retrieved from", "this page was last edited", "categories:",
    "本作品", "公有领域", "公有領域", "版权所有", "版權所有", "知识共享", "分类：", "分类:", "打印",
    "字体", "来源:", "来源：", "首页", "返回顶部", "中华文库", "维基文库", "維基文庫",
  ]

  /// Whether at least two characters of `s` are a bar ("首页 | 新闻 |").
  /// A bar character is one byte 0x7C, so fewer than two such bytes
  /// settle it; otherwise the characters are counted, since a bar
  /// followed by a combining mark is another character.
  private static func hasTwoBars(_ s: String) -> Bool {
    var bytes = 0
    for byte in s.utf8 where byte == UInt8(ascii: "|") {
      bytes += 1
      if bytes >= 2 { break }
    }
    guard bytes >= 2 else { return false }
    return s.filter({ $0 == "|" }).count >= 2
  }
}

/// A set of byte values, as 256 bits.
struct ByteSet {
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  /// The values that occur in `bytes`.
  ///
  /// - Complexity: O(*n*).
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    for byte in bytes {
      let bit: UInt64 = 1 << (byte & 63)
      switch byte >> 6 {
      case 0: words.0 |= bit
      case 1: words.1 |= bit
      case 2: words.2 |= bit
      default: words.3 |= bit
      }
    }
  }

  func isSubset(of other: ByteSet) -> Bool {
    words.0 & ~other.words.0 == 0 && words.1 & ~other.words.1 == 0 && words.2 & ~other.words.2 == 0
      && words.3 & ~other.words.3 == 0
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether `needle` occurs in these bytes.
  ///
  /// - Complexity: O(*n* · *m*) at worst; about O(*n*) when the needle's
  ///   first byte is rare.
  /// Whether the UTF-8 holds a CJK compatibility ideograph (U+F900–U+FAFF),
  /// each canonically equivalent to a unified one.
  ///
  /// - Complexity: O(*n*).
  var containsCompatibilityIdeograph: Bool {
    guard count >= 3 else { return false }
    for i in 0..<count - 2 where self[i] == 0xEF && (0xA4...0xAB).contains(self[i + 1]) { return true }
    return false
  }

  func contains(bytes needle: [UInt8]) -> Bool {
    guard let first = needle.first else { return true }
    guard needle.count <= count else { return false }
    var i = 0
    while i <= count - needle.count {
      if self[i] == first {
        var k = 1
        while k < needle.count, self[i + k] == needle[k] { k += 1 }
        if k == needle.count { return true }
      }
      i += 1
    }
    return false
  }
}
