extension NumberingLabel {
  /// What `recognize(in:)` learns from a paragraph's UTF-8 bytes alone,
  /// for the openings most paragraphs have: a character that cannot open a
  /// label (a Han character of the text, most often), 第X条 and 第X章, and
  /// an enumerator ("1.", "(a)", "（一）", "一、", "а)"). The division words
  /// ("Article 5", "Глава 2") and ㈠ … ㈩ are left to the reading by
  /// scalars.
  ///
  /// The steps are those of `recognize(in:)`, `chineseDivision(_:from:)`
  /// and `enumerator(_:from:first:)`, scalar for scalar, on byte offsets
  /// instead of string indices (whose checks cost more than the reading);
  /// `NumberingTests` and the byte-level checks in `ReaderByteScannerTests`
  /// hold the two to the same answers.
  enum ByteReading {
    case label(NumberingLabel)
    case notLabel
    /// The bytes do not decide; the scalar reading must.
    case undecided

    /// Reads the opening of `text`, whose UTF-8 is `bytes`.
    ///
    /// - Complexity: O(*k*) in the length of the label and the spaces
    ///   around it.
    static func read(_ text: Substring, bytes: UnsafeBufferPointer<UInt8>) -> ByteReading {
      var i = 0
      var first: Unicode.Scalar = " "
      while i < bytes.count {
        let (scalar, length) = bytes.utf8Scalar(at: i)
        first = scalar
        guard scalar.isSpace else { break }
        i += length
      }
      guard i < bytes.count, mayOpenLabel(first) else { return .notLabel }
      // 第 opens a division or nothing: no enumerator starts with it.
      if first == "第" { return chineseDivision(text, bytes: bytes, from: i) }
      // The division words are read by scalars, as is ㈠ … ㈩.
      guard !opensDivisionWord(first), !(0x3220...0x3229).contains(first.value) else { return .undecided }
      return enumerator(text, bytes: bytes, from: i, first: first)
    }

    /// `chineseDivision(_:from:)` at byte `start`, which holds 第.
    private static func chineseDivision(
      _ text: Substring, bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> ByteReading {
      let end = bytes.count
      var i = start + 3  // 第 is E7 AC AC.
      while i < end, bytes[i] == UInt8(ascii: " ") { i += 1 }
      let numberStart = i
      i = numeralEnd(bytes, from: i)
      let numberEnd = i
      while i < end, bytes[i] == UInt8(ascii: " ") { i += 1 }
      guard numberStart < numberEnd, i < end,
        let value = ChineseNumeral.parse(string(bytes, numberStart..<numberEnd)), value > 0
      else { return .notLabel }
      let style: Style
      let (unit, unitLength) = bytes.utf8Scalar(at: i)
      var unitEnd = i + unitLength
      /// The scalar at `unitEnd`, or `nil` at the end.
      func scalarAtUnitEnd() -> Unicode.Scalar? { unitEnd < end ? bytes.utf8Scalar(at: unitEnd).scalar : nil }
      switch unit {
      case "条", "條": style = .article
      case "章": style = .heading("chapter")
      case "节", "節": style = .heading("section")
      case "编", "編": style = .heading("part")
      case "分":
        // 第二分编 所有权: the sub-parts of the Civil Code's books.
        guard let next = scalarAtUnitEnd(), next == "编" || next == "編" else { return .notLabel }
        unitEnd += 3
        style = .heading("subpart")
      case "部":
        guard scalarAtUnitEnd() == "分" else { return .notLabel }
        unitEnd += 3
        style = .heading("part")
      default: return .notLabel
      }
      // 第一百二十条之一: an article inserted after 第一百二十条, "120-1".
      var component = String(value)
      if style == .article, scalarAtUnitEnd() == "之" {
        let subStart = unitEnd + 3
        let subEnd = numeralEnd(bytes, from: subStart)
        if subStart < subEnd, let sub = ChineseNumeral.parse(string(bytes, subStart..<subEnd)), sub > 0 {
          component += "-\(sub)"
          unitEnd = subEnd
        }
      }
      // A reference such as "第十五条规定的" is text, not a label.
      var textStart = unitEnd
      if let next = scalarAtUnitEnd() {
        if next.isSpace || next == "：" || next == ":" || next == "、" {
          textStart = spacesEnd(bytes, from: unitEnd + UTF8.width(next))
        } else if style == .article, isReferenceContinuation(next) {
          return .notLabel
        }
      }
      let utf8 = text.utf8
      return .label(
        NumberingLabel(
          text: string(bytes, start..<unitEnd),
          readings: [Reading(style: style, component: component, ordinal: value)],
          textStart: utf8.index(utf8.startIndex, offsetBy: textStart)))
    }

    /// The end of the run of `ChineseNumeral.isNumeralCharacter` scalars
    /// from byte `start`.
    private static func numeralEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
      var i = start
      while i < bytes.count {
        let (scalar, length) = bytes.utf8Scalar(at: i)
        guard ChineseNumeral.isNumeralCharacter(scalar) else { break }
        i += length
      }
      return i
    }

    /// The end of the run of `isSpace` scalars from byte `start`.
    private static func spacesEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
      var i = start
      while i < bytes.count {
        let (scalar, length) = bytes.utf8Scalar(at: i)
        guard scalar.isSpace else { break }
        i += length
      }
      return i
    }

    /// The text of `bytes[range]`, which holds whole scalars.
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// `enumerator(_:from:first:)` at byte `start`, whose scalar is
    /// `first` (not ㈠ … ㈩).
    private static func enumerator(
      _ text: Substring, bytes: UnsafeBufferPointer<UInt8>, from start: Int, first: Unicode.Scalar
    ) -> ByteReading {
      let end = bytes.count
      var i = start
      let opened = first == "(" || first == "（"
      if opened { i += UTF8.width(first) }
      let tokenStart = i
      var asciiToken = true
      while i < end {
        let (scalar, length) = bytes.utf8Scalar(at: i)
        guard isEnumeratorCharacter(scalar) else { break }
        asciiToken = asciiToken && length == 1
        i += length
      }
      let tokenEnd = i
      guard tokenStart < tokenEnd, i < end else { return .notLabel }
      let punctuation: Punctuation
      let (mark, markLength) = bytes.utf8Scalar(at: i)
      if opened {
        guard mark == ")" || mark == "）" else { return .notLabel }
        punctuation = .parentheses
        i += markLength
      } else {
        switch mark {
        case ".", "．":
          punctuation = .period
          i += markLength
          // "2.5" is a number, not a label.
          if i < end, isDigit(bytes.utf8Scalar(at: i).scalar) { return .notLabel }
        case ")", "）":
          punctuation = .closingParenthesis
          i += markLength
        case "、":
          punctuation = .ideographicComma
          i += markLength
        case " ", "-", "–":
          // "1 - Text" as in some French and Spanish documents.
          var j = i
          while j < end, bytes[j] == UInt8(ascii: " ") { j += 1 }
          guard j < end else { return .notLabel }
          let (dash, dashLength) = bytes.utf8Scalar(at: j)
          guard dash == "-" || dash == "–" else { return .notLabel }
          j += dashLength
          guard j < end, bytes[j] == UInt8(ascii: " ") else { return .notLabel }
          punctuation = .dash
          i = j
        default: return .notLabel
        }
      }
      let labelEnd = i
      if i < end {
        let next = bytes.utf8Scalar(at: i).scalar
        if !(next.isSpace || next.joinsWithoutSpace || (opened && !next.properties.isLowercase)),
          punctuation != .ideographicComma
        {
          return .notLabel
        }
      }
      let textStart = spacesEnd(bytes, from: i)
      let token = string(bytes, tokenStart..<tokenEnd)
      // (`readingsOf` goes to `asciiReadingsOf` for an ASCII token.)
      let readings =
        asciiToken ? asciiReadingsOf(token, punctuation: punctuation) : readingsOf(token, punctuation: punctuation)
      guard !readings.isEmpty else { return .notLabel }
      let utf8 = text.utf8
      return .label(
        NumberingLabel(
          text: string(bytes, start..<labelEnd), readings: readings,
          textStart: utf8.index(utf8.startIndex, offsetBy: textStart)))
    }
  }
}
