import Alignment

extension Tokenizer {
  /// A segmentation needing no dictionary: each Han character alone, runs of
  /// letters and digits (other than Han), runs of whitespace, and every other
  /// character alone.
  ///
  /// - Complexity: O(*n*).
  @Sendable
  public static func fallbackSegmentation(_ text: String) -> [Range<String.Index>] {
    var result: [Range<String.Index>] = []
    var i = text.startIndex
    while i < text.endIndex {
      let c = text[i]
      var j = text.index(after: i)
      switch TokenClass(c) {
      case .word:
        while j < text.endIndex && TokenClass(text[j]) == .word { j = text.index(after: j) }
      case .space:
        while j < text.endIndex && TokenClass(text[j]) == .space { j = text.index(after: j) }
      case .han, .punctuation:
        break
      }
      result.append(i..<j)
      i = j
    }
    return result
  }

  /// Spans that must stay one token whatever the segmentation says.
  ///
  /// A span is a run of word characters (letters other than Han, digits),
  /// joined across `.`, `,`, `:` between digits (`1,000.5`), across an
  /// apostrophe between letters (`Council's`), and across `/` (and `.`)
  /// in a document symbol that starts with a capital letter
  /// (`S/2018/1177`, `A/C.3/75/L.1`). A run of two or more Chinese
  /// numerals (`一百二十二`, `十九`) is a span too.
  ///
  /// - Complexity: O(*n*).
  static func protectedSpans(in text: String) -> [Range<String.Index>] {
    protectedSpans(in: text, singletons: Unicode.Scalar.allGraphemeSingletons(text))
  }

  /// `protectedSpans(in:)`, told whether every scalar of `text` is a
  /// character of its own (`isGraphemeSingleton`).
  static func protectedSpans(in text: String, singletons: Bool) -> [Range<String.Index>] {
    if singletons { return protectedSpans(singletons: text) }
    var spans: [Range<String.Index>] = []
    var i = text.startIndex
    while i < text.endIndex {
      if isChineseNumeral(text[i]) {
        var j = text.index(after: i)
        while j < text.endIndex && isChineseNumeral(text[j]) { j = text.index(after: j) }
        if text.index(after: i) < j { spans.append(i..<j) }
        i = j
        continue
      }
      guard TokenClass(text[i]) == .word else {
        i = text.index(after: i)
        continue
      }
      let start = i
      let isSymbol = text[i].isUppercase
      var j = text.index(after: i)
      while j < text.endIndex {
        let c = text[j]
        if TokenClass(c) == .word {
          j = text.index(after: j)
          continue
        }
        // A joiner counts only between two word characters.
        let next = text.index(after: j)
        guard next < text.endIndex, TokenClass(text[next]) == .word else { break }
        let before = text[text.index(before: j)]
        let after = text[next]
        guard
          Self.joins(c, before: before, after: after, isSymbol: isSymbol, spanHasSlash: spanHasSlash(text[start..<j]))
        else { break }
        j = next
      }
      if text.index(after: start) < j { spans.append(start..<j) }
      i = j
    }
    return spans
  }

  /// `protectedSpans(in:)` for a text whose every scalar is a character of
  /// its own (`isGraphemeSingleton`), walking the scalars of its UTF-8
  /// bytes instead of characters; character properties are still asked of
  /// the character. The spans end where the walk by scalars would end them.
  ///
  /// - Complexity: O(*n*).
  private static func protectedSpans(singletons text: String) -> [Range<String.Index>] {
    // Offsets into the bytes are made indices of `text` by its UTF-8 view.
    var contiguous = text
    return contiguous.withUTF8 { bytes -> [Range<String.Index>] in
      let utf8 = text.utf8
      func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
      let table = ScalarTable.shared
      let end = bytes.count
      var spans: [Range<String.Index>] = []
      var i = 0
      while i < end {
        let (first, firstLength) = bytes.utf8Scalar(at: i)
        if isChineseNumeral(scalar: first, in: table) {
          var j = i + firstLength
          while j < end {
            let (next, length) = bytes.utf8Scalar(at: j)
            guard isChineseNumeral(scalar: next, in: table) else { break }
            j += length
          }
          if i + firstLength < j { spans.append(index(i)..<index(j)) }
          i = j
          continue
        }
        guard TokenClass(first, in: table) == .word else {
          i += firstLength
          continue
        }
        let start = i
        let isSymbol = Character(first).isUppercase
        var previous = first
        var j = i + firstLength
        while j < end {
          let (c, length) = bytes.utf8Scalar(at: j)
          if TokenClass(c, in: table) == .word {
            previous = c
            j += length
            continue
          }
          // A joiner counts only between two word characters.
          let next = j + length
          guard next < end else { break }
          let (after, afterLength) = bytes.utf8Scalar(at: next)
          guard TokenClass(after, in: table) == .word,
            Self.joins(
              Character(c), before: Character(previous), after: Character(after), isSymbol: isSymbol,
              spanHasSlash: spanHasSlash(text[index(start)..<index(j)]))
          else { break }
          previous = after
          j = next + afterLength
        }
        if start + firstLength < j { spans.append(index(start)..<index(j)) }
        i = j
      }
      return spans
    }
  }

  /// Whether a scalar, as a character of its own, is one of
  /// `chineseNumerals` (as `isChineseNumeral(_:)` of that character).
  static func isChineseNumeral(scalar: Unicode.Scalar, in table: ScalarTable) -> Bool {
    if let entry = table[scalar] { return entry.isChineseNumeral }
    return chineseNumerals.contains(Character(scalar))
  }

  /// Characters of Chinese numerals, common and financial forms.
  static let chineseNumerals: Set<Character> = Set("〇零一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾佰仟")

  private static func spanHasSlash(_ s: Substring) -> Bool {
    s.contains("/") || s.contains("／")
  }

  /// Whether `joiner` between `before` and `after` holds a protected span
  /// together: "1.5", "1,000", "12:30" between digits, "S/RES/2482" in a
  /// symbol ("." only once the span has a slash), "don't" between letters.
  /// `spanHasSlash` is evaluated only for a "." that could join a symbol.
  static func joins(
    _ joiner: Character, before: Character, after: Character, isSymbol: Bool,
    spanHasSlash: @autoclosure () -> Bool
  ) -> Bool {
    switch joiner {
    case ".", ",", ":", "．":
      before.isNumber && after.isNumber || (isSymbol && joiner == "." && spanHasSlash())
    case "'", "’":
      before.isLetter && after.isLetter
    case "/", "／":
      isSymbol
    default:
      false
    }
  }
}

/// The coarse class of a character for tokenizing and for scoring edit
/// boundaries.
enum TokenClass: UInt8, Equatable, Sendable {
  /// A Han character (ideograph): a token on its own in the fallback.
  case han
  /// A letter of another script or a digit: part of a word or number.
  case word
  case space
  /// Punctuation, symbols and anything else.
  case punctuation

  /// The class of a character, decided on its first scalar (as
  /// `Character.isWhitespace`, `isLetter` and `isNumber` are).
  ///
  /// - Complexity: O(1): a table look-up for the Basic Multilingual Plane.
  init(_ c: Character) {
    self.init(c.unicodeScalars.first ?? " ")
  }

  /// The class of a character whose first scalar is `scalar`.
  init(_ scalar: Unicode.Scalar) {
    self.init(scalar, in: ScalarTable.shared)
  }

  /// The class of a scalar, looked up in `table` (`ScalarTable.shared`,
  /// fetched once by a loop over many scalars).
  init(_ scalar: Unicode.Scalar, in table: ScalarTable) {
    self = table[scalar]?.tokenClass ?? TokenClass(properties: scalar)
  }

  /// The class from the scalar's Unicode properties (slow: used to fill
  /// `ScalarTable` and beyond the BMP).
  init(properties scalar: Unicode.Scalar) {
    let p = scalar.properties
    if p.isWhitespace {
      self = .space
    } else if p.isIdeographic {
      self = .han
    } else if p.isAlphabetic || p.numericType != nil {
      // What `Character.isLetter` and `isNumber` test.
      self = .word
    } else {
      self = .punctuation
    }
  }
}

extension Tokenizer {
  /// Whether a character is one of `chineseNumerals`.
  ///
  /// - Complexity: O(1) for a single scalar in `ScalarTable` (a table
  ///   look-up); a set look-up otherwise.
  static func isChineseNumeral(_ c: Character) -> Bool {
    var scalars = c.unicodeScalars.makeIterator()
    if let first = scalars.next(), scalars.next() == nil, let entry = ScalarTable.shared[first] {
      return entry.isChineseNumeral
    }
    return chineseNumerals.contains(c)
  }
}

/// Per-scalar facts for the scalars legal texts are mostly made of, so that
/// hot loops look them up instead of querying `Unicode.Scalar.Properties`
/// per scalar (a binary search each): the CJK Unified Ideographs and
/// Extension A, all `.han`, and a few blocks (Latin to Cyrillic, Arabic,
/// general and CJK punctuation, full-width forms) whose entries,
/// `blockBits`, are generated from the properties
/// (`ScalarTable+Blocks.swift`). `Tests/DiffTests/ScalarTableTests.swift`
/// checks every entry against the properties, and regenerates the blocks.
struct ScalarTable: Sendable {
  /// The facts about one scalar.
  struct Entry: Sendable, Equatable {
    let bits: UInt8

    init(_ tokenClass: TokenClass, isChineseNumeral: Bool) {
      bits = tokenClass.rawValue | (isChineseNumeral ? 0b100 : 0)
    }

    init(bits: UInt8) {
      self.bits = bits
    }

    var tokenClass: TokenClass { TokenClass(rawValue: bits & 0b11) ?? .punctuation }
    /// The scalar alone, as a `Character`, is in `Tokenizer.chineseNumerals`.
    var isChineseNumeral: Bool { bits & 0b100 != 0 }
  }

  /// Ranges of ideographs without canonical decompositions: a scalar there
  /// is canonically equivalent to itself alone.
  static let ideographs: [Range<UInt32>] = [0x4E00..<0xA000, 0x3400..<0x4DC0]
  /// Covers `ideographs`.
  static let ideographSpan: Range<UInt32> = 0x3400..<0xA000
  /// The blocks whose entries are `blockBits`, in its order.
  static let blocks: [Range<UInt32>] = [
    0x0000..<0x0590, 0x3000..<0x3040, 0xFF00..<0xFFF0, 0x2000..<0x2070, 0x0600..<0x0700,
  ]

  /// Whether each scalar of `ideographSpan` is one of the numerals.
  private let numerals: [Bool]
  /// `blockBits`, fetched once.
  private let bits: [UInt8]

  /// The table, built on first use: the numerals among the ideographs are
  /// marked then; the blocks are constant data. Filling the blocks from the
  /// properties at start-up took about 2.7M instructions (callgrind), on
  /// the thread that reads the larger revision.
  static let shared = ScalarTable()

  private init() {
    var numerals = [Bool](repeating: false, count: ScalarTable.ideographSpan.count)
    for numeral in Tokenizer.chineseNumerals {
      for value in numeral.unicodeScalars.map(\.value) where ScalarTable.ideographSpan.contains(value) {
        numerals[Int(value - ScalarTable.ideographSpan.lowerBound)] = true
      }
    }
    self.numerals = numerals
    bits = ScalarTable.blockBits
  }

  /// The entry of a scalar, or `nil` if the table does not cover it.
  subscript(scalar: Unicode.Scalar) -> Entry? {
    let value = scalar.value
    // `ideographs`, tested without walking the array.
    if (0x4E00..<0xA000).contains(value) || (0x3400..<0x4DC0).contains(value) {
      return Entry(.han, isChineseNumeral: numerals[Int(value - ScalarTable.ideographSpan.lowerBound)])
    }
    var offset = 0
    for block in ScalarTable.blocks {
      if block.contains(value) { return Entry(bits: bits[offset + Int(value - block.lowerBound)]) }
      offset += block.count
    }
    return nil
  }
}
