extension NumberingLabel {
  /// What `recognize(in:)` learns from a paragraph's UTF-8 bytes alone,
  /// for the two openings most paragraphs have: a character that cannot
  /// open a label (a Han character of the text, most often), and an ASCII
  /// enumerator ("1.", "(a)", "iv)"). Every other opening (第, a division
  /// word, a full-width parenthesis, a token with a non-ASCII enumerator
  /// character) is left to the reading by scalars.
  ///
  /// The steps are those of `recognize(in:)` and `enumerator(_:from:first:)`,
  /// scalar for scalar, on byte offsets instead of string indices (whose
  /// checks cost more than the reading); `NumberingTests` and the byte-level
  /// checks in `ReaderByteScannerTests` hold the two to the same answers.
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
      // 第 and the division words are read by scalars, as is ㈠ … ㈩ and
      // every other non-ASCII opening.
      guard first.isASCII, !opensDivisionWord(first) else { return .undecided }
      return enumerator(text, bytes: bytes, from: i, first: first)
    }

    /// `enumerator(_:from:first:)` for an ASCII `first` at byte `start`.
    private static func enumerator(
      _ text: Substring, bytes: UnsafeBufferPointer<UInt8>, from start: Int, first: Unicode.Scalar
    ) -> ByteReading {
      let end = bytes.count
      var i = start
      let opened = first == "("
      if opened { i += 1 }
      let tokenStart = i
      while i < end {
        let (scalar, length) = bytes.utf8Scalar(at: i)
        guard isEnumeratorCharacter(scalar) else { break }
        // A token with a non-ASCII character ("1ａ", "(一)") is read by scalars.
        guard scalar.isASCII else { return .undecided }
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
      var textStart = i
      while textStart < end {
        let (scalar, length) = bytes.utf8Scalar(at: textStart)
        guard scalar.isSpace else { break }
        textStart += length
      }
      let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokenStart..<tokenEnd]), as: UTF8.self)
      // (`readingsOf` of an ASCII token.)
      let readings = asciiReadingsOf(token, punctuation: punctuation)
      guard !readings.isEmpty else { return .notLabel }
      let utf8 = text.utf8
      return .label(
        NumberingLabel(
          text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<labelEnd]), as: UTF8.self),
          readings: readings, textStart: utf8.index(utf8.startIndex, offsetBy: textStart)))
    }
  }
}
