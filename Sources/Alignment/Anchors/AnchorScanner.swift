#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A paragraph's folded text (`AnchorExtractor.foldDigitsAndBrackets`) as
/// the anchor patterns read it: one code per Character, so that the
/// hand-written matchers (`AnchorScanner+Patterns`) find the matches the
/// Regex patterns they replace found (Regex matches Characters, not
/// scalars or bytes).
///
/// A Character's code is its scalar's value; for a Character that is
/// not in NFC (a letter and its combining accent, a CJK compatibility
/// ideograph) the value of its NFC form when that is one scalar, as
/// Regex compares Characters by canonical equivalence ("e\u{301}"
/// matches "é" and `[À-ÿ]`). A Character whose NFC form is several
/// scalars, or is ASCII (the Kelvin sign: Regex's ASCII classes such as
/// `[A-Z]` never match a non-ASCII Character), has the code `none`,
/// which no matcher accepts.
struct AnchorScanner {
  /// The code that matches nothing.
  static let none: UInt32 = 0x11_0000

  /// One code per Character.
  let codes: [UInt32]
  /// The UTF-8 offset in `text` where each Character starts, and the
  /// text's UTF-8 length last.
  let offsets: [Int]
  let text: String

  /// - Complexity: O(*n*) in the length of `text`.
  init(_ text: String) {
    self.text = text
    var codes: [UInt32] = []
    var offsets: [Int] = []
    codes.reserveCapacity(text.utf8.count)
    offsets.reserveCapacity(text.utf8.count + 1)
    var offset = 0
    for character in text {
      offsets.append(offset)
      codes.append(Self.code(of: character))
      offset += character.utf8.count
    }
    offsets.append(offset)
    self.codes = codes
    self.offsets = offsets
  }

  var count: Int { codes.count }

  /// The code at `i`, `none` past the end.
  @inline(__always) func code(_ i: Int) -> UInt32 { i < codes.count ? codes[i] : Self.none }

  /// The code of one Character (see the type's description).
  static func code(of character: Character) -> UInt32 {
    let scalars = character.unicodeScalars
    var iterator = scalars.makeIterator()
    guard let first = iterator.next() else { return none }
    if iterator.next() == nil, isStable(first) { return first.value }
    let composed = Normalization.nfc(String(character)).unicodeScalars
    guard let only = composed.first, composed.count == 1, !only.isASCII else { return none }
    return only.value
  }

  /// Whether NFC leaves `scalar` as it is: everything but the scalars
  /// excluded from composition (singletons such as U+212B ANGSTROM SIGN,
  /// CJK compatibility ideographs). The blocks anchors are written in are
  /// answered without a property look-up.
  static func isStable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x300, 0x400..<0x530, 0x600..<0x700, 0x2010..<0x2030, 0x3000..<0x3100, 0x3400..<0xA000, 0xFF00..<0xFFF0:
      true
    default: !scalar.properties.isFullCompositionExclusion
    }
  }

  /// The codes of `literal`, Character by Character.
  static func codes(_ literal: String) -> [UInt32] { literal.map { code(of: $0) } }

  /// The text of Characters `range`.
  func string(_ range: Range<Int>) -> Substring {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: offsets[range.lowerBound])
    let end = utf8.index(start, offsetBy: offsets[range.upperBound] - offsets[range.lowerBound])
    return text[start..<end]
  }

  // MARK: Primitives

  @inline(__always) func isDigit(_ i: Int) -> Bool {
    let c = code(i)
    return c >= 0x30 && c <= 0x39
  }

  /// How many ASCII digits follow from `i`, at most `limit`.
  func digitRun(from i: Int, limit: Int = .max) -> Int {
    var k = 0
    while k < limit && isDigit(i + k) { k += 1 }
    return k
  }

  /// How many codes satisfying `accepts` follow from `i`, at most `limit`.
  func run(from i: Int, limit: Int = .max, where accepts: (UInt32) -> Bool) -> Int {
    var k = 0
    while k < limit && accepts(code(i + k)) { k += 1 }
    return k
  }

  /// The value of the ASCII digits `range` (at most 18 of them).
  func value(_ range: Range<Int>) -> Int {
    range.reduce(0) { $0 * 10 + Int(codes[$1] - 0x30) }
  }

  /// Whether `literal` (codes) occurs at `i`.
  func has(_ literal: [UInt32], at i: Int) -> Bool {
    guard i + literal.count <= codes.count else { return false }
    for (k, c) in literal.enumerated() where codes[i + k] != c { return false }
    return true
  }

  /// Whether `literal` (lower-case codes) occurs at `i` ignoring case
  /// (`lowercased`).
  func hasIgnoringCase(_ literal: [UInt32], at i: Int) -> Bool {
    guard i + literal.count <= codes.count else { return false }
    for (k, c) in literal.enumerated() where Self.lowercased(codes[i + k]) != c { return false }
    return true
  }

  /// The lower-case code of a capital of the letters the paragraph words
  /// are written in (ASCII, Latin-1, Cyrillic); other codes unchanged.
  static func lowercased(_ c: UInt32) -> UInt32 {
    switch c {
    case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x410...0x42F: c + 0x20
    case 0x400...0x40F: c + 0x50
    default: c
    }
  }

  /// The digit runs of Characters `range`, as text: "10 和 11" → "10", "11".
  func digitRuns(in range: Range<Int>) -> [String] {
    var result: [String] = []
    var i = range.lowerBound
    while i < range.upperBound {
      guard isDigit(i) else {
        i += 1
        continue
      }
      let k = min(digitRun(from: i), range.upperBound - i)
      result.append(String(string(i..<i + k)))
      i += k
    }
    return result
  }

  /// The leftmost non-overlapping matches of a pattern, as Regex's
  /// `matches(of:)` finds them: `match` tries a match starting at its
  /// argument (only where `starts` accepts the code) and returns the
  /// match's end with what it captured; the search resumes at the end.
  ///
  /// - Complexity: O(*n*) calls of `match` for a text of *n* Characters.
  func matches<Captures>(
    startingWhere starts: (UInt32) -> Bool, _ match: (Int) -> (end: Int, captures: Captures)?
  ) -> [(range: Range<Int>, captures: Captures)] {
    var found: [(range: Range<Int>, captures: Captures)] = []
    var i = 0
    while i < codes.count {
      if starts(codes[i]), let (end, captures) = match(i), end > i {
        found.append((i..<end, captures))
        i = end
      } else {
        i += 1
      }
    }
    return found
  }
}

extension AnchorScanner {
  static let space: UInt32 = 0x20
  static let slash: UInt32 = 0x2F
  static let period: UInt32 = 0x2E
  static let comma: UInt32 = 0x2C
  static let hyphen: UInt32 = 0x2D
  static let openParenthesis: UInt32 = 0x28
  static let closeParenthesis: UInt32 = 0x29

  static func isCapital(_ c: UInt32) -> Bool { c >= 0x41 && c <= 0x5A }
  static func isLowercase(_ c: UInt32) -> Bool { c >= 0x61 && c <= 0x7A }
  static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
  static func isNonZeroDigit(_ c: UInt32) -> Bool { c >= 0x31 && c <= 0x39 }
}
