internal import ICUShim

extension ICU {
  /// A text boundary analyser over one piece of UTF-16 text.
  ///
  /// The iterator owns both its ICU handle and a private copy of the text
  /// (ICU keeps a pointer to the text rather than copying it), and releases
  /// both in `deinit`. Not thread-safe: use one iterator per task.
  ///
  /// The corresponding ICU type is `UBreakIterator`.
  final class BreakIterator {
    /// The kind of boundary to find.
    enum Kind {
      case word
      case sentence

      fileprivate var icuType: UBreakIteratorType {
        switch self {
        case .word: UBRK_WORD
        case .sentence: UBRK_SENTENCE
        }
      }
    }

    private let iterator: OpaquePointer
    /// The text's buffer, at least as long as the text; reused by
    /// `setText(_:)` while the new text fits.
    private var text: UnsafeMutableBufferPointer<UChar>

    /// Opens a break iterator of `kind` for `locale` over `utf16`.
    ///
    /// The corresponding ICU function is `ubrk_open`.
    ///
    /// - Parameters:
    ///   - kind: Word or sentence boundaries.
    ///   - locale: An ICU locale ID such as `"zh_Hans"` or `"en"`.
    ///   - utf16: The text; copied.
    /// - Throws: `ICUError` if ICU cannot open the iterator (missing data,
    ///   or text longer than `Int32.max` units).
    init(_ kind: Kind, locale: String, utf16: some Collection<UInt16>)
      throws(ICUError)
    {
      guard utf16.count <= Int(Int32.max) else {
        throw ICUError(code: U_INDEX_OUTOFBOUNDS_ERROR)
      }
      // Never a zero-size allocation, so `baseAddress` is never nil.
      let text = UnsafeMutableBufferPointer<UChar>.allocate(
        capacity: max(utf16.count, 1))
      _ = text.initialize(fromContentsOf: utf16)
      var status = U_ZERO_ERROR
      let iterator = icu_ubrk_open(
        kind.icuType, locale, text.baseAddress, Int32(utf16.count), &status)
      guard let iterator, status.isSuccess else {
        if let iterator { icu_ubrk_close(iterator) }
        text.deallocate()
        throw ICUError(code: status)
      }
      self.iterator = iterator
      self.text = text
    }

    deinit {
      icu_ubrk_close(iterator)
      text.deallocate()
    }

    /// Points the iterator at new text and moves to its start, keeping the
    /// rules (and, for Chinese, the dictionary engine) already loaded.
    ///
    /// The corresponding ICU function is `ubrk_setText`.
    ///
    /// - Parameter utf16: The text; copied into the iterator's buffer, which
    ///   grows when the text does not fit.
    /// - Throws: `ICUError` if ICU rejects the text (longer than
    ///   `Int32.max` units); the iterator is then not to be used.
    func setText(_ utf16: some Collection<UInt16>) throws(ICUError) {
      let count = utf16.count
      guard count <= Int(Int32.max) else {
        throw ICUError(code: U_INDEX_OUTOFBOUNDS_ERROR)
      }
      if count > text.count {
        let larger = UnsafeMutableBufferPointer<UChar>.allocate(capacity: count)
        text.deallocate()
        text = larger
      }
      _ = text.initialize(fromContentsOf: utf16)
      var status = U_ZERO_ERROR
      icu_ubrk_setText(iterator, text.baseAddress, Int32(count), &status)
      guard status.isSuccess else { throw ICUError(code: status) }
    }

    /// Moves to the start of the text and returns offset 0.
    ///
    /// The corresponding ICU function is `ubrk_first`.
    func first() -> Int {
      Int(icu_ubrk_first(iterator))
    }

    /// Moves to the next boundary and returns its UTF-16 offset, or `nil`
    /// after the last one.
    ///
    /// The corresponding ICU function is `ubrk_next`.
    func next() -> Int? {
      let offset = icu_ubrk_next(iterator)
      return offset == UBRK_DONE ? nil : Int(offset)
    }

    /// The status of the rule that produced the current boundary; for word
    /// boundaries one of the `UBRK_WORD_*` ranges describing the segment
    /// that ends here.
    ///
    /// The corresponding ICU function is `ubrk_getRuleStatus`.
    var ruleStatus: Int {
      Int(icu_ubrk_getRuleStatus(iterator))
    }
  }
}

extension ICU.BreakIterator {
  /// How ICU classifies a word segment, from the `UBRK_WORD_*` status ranges.
  enum WordStatus {
    /// `UBRK_WORD_NONE`: spaces, punctuation, symbols.
    case none
    /// `UBRK_WORD_NUMBER`.
    case number
    /// `UBRK_WORD_LETTER`.
    case letter
    /// `UBRK_WORD_KANA`.
    case kana
    /// `UBRK_WORD_IDEO`: a CJK word found through the dictionary.
    case ideographic

    init(ruleStatus: Int) {
      switch Int32(clamping: ruleStatus) {
      case UBRK_WORD_NONE..<UBRK_WORD_NONE_LIMIT:
        self = .none
      case UBRK_WORD_NUMBER..<UBRK_WORD_NUMBER_LIMIT:
        self = .number
      case UBRK_WORD_LETTER..<UBRK_WORD_LETTER_LIMIT:
        self = .letter
      case UBRK_WORD_KANA..<UBRK_WORD_KANA_LIMIT:
        self = .kana
      case UBRK_WORD_IDEO..<UBRK_WORD_IDEO_LIMIT:
        self = .ideographic
      default:
        self = .none
      }
    }
  }
}
