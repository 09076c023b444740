internal import ICUShim

/// The one place `align` talks to ICU. Every ICU handle is owned by a type in
/// this folder and closed in its `deinit`; no other file imports `ICUShim`.
enum ICU {}

/// An ICU status code that reported failure.
struct ICUError: Error, CustomStringConvertible {
  let code: Int32
  var description: String { String(cString: icu_errorName(code)) }
}

/// An ICU `UErrorCode`, as the shim passes it.
typealias ICUStatus = Int32

extension ICUStatus {
  /// Throws unless the status is a success (or a warning).
  ///
  /// The corresponding ICU macro is `U_SUCCESS`.
  func checkSuccess() throws(ICUError) {
    if icu_success(self) == 0 { throw ICUError(code: self) }
  }

  var isSuccess: Bool { icu_success(self) != 0 }
}

// ICU's own names for the shim's plain C types, so the wrappers in this
// folder read like ICU's documentation.
typealias UChar = UInt16
typealias UErrorCode = Int32
typealias UBreakIteratorType = Int32

let U_ZERO_ERROR: UErrorCode = 0
let U_MISSING_RESOURCE_ERROR = UErrorCode(ICUSHIM_MISSING_RESOURCE_ERROR)
let U_INDEX_OUTOFBOUNDS_ERROR = UErrorCode(ICUSHIM_INDEX_OUTOFBOUNDS_ERROR)
let U_INVALID_CHAR_FOUND = UErrorCode(ICUSHIM_INVALID_CHAR_FOUND)
let U_TRUNCATED_CHAR_FOUND = UErrorCode(ICUSHIM_TRUNCATED_CHAR_FOUND)
let U_ILLEGAL_CHAR_FOUND = UErrorCode(ICUSHIM_ILLEGAL_CHAR_FOUND)
let U_BUFFER_OVERFLOW_ERROR = UErrorCode(ICUSHIM_BUFFER_OVERFLOW_ERROR)

let UBRK_WORD = UBreakIteratorType(ICUSHIM_UBRK_WORD)
let UBRK_SENTENCE = UBreakIteratorType(ICUSHIM_UBRK_SENTENCE)
let UBRK_DONE = Int32(ICUSHIM_UBRK_DONE)
let UBRK_WORD_NONE = Int32(ICUSHIM_UBRK_WORD_NONE)
let UBRK_WORD_NONE_LIMIT = Int32(ICUSHIM_UBRK_WORD_NONE_LIMIT)
let UBRK_WORD_NUMBER = Int32(ICUSHIM_UBRK_WORD_NUMBER)
let UBRK_WORD_NUMBER_LIMIT = Int32(ICUSHIM_UBRK_WORD_NUMBER_LIMIT)
let UBRK_WORD_LETTER = Int32(ICUSHIM_UBRK_WORD_LETTER)
let UBRK_WORD_LETTER_LIMIT = Int32(ICUSHIM_UBRK_WORD_LETTER_LIMIT)
let UBRK_WORD_KANA = Int32(ICUSHIM_UBRK_WORD_KANA)
let UBRK_WORD_KANA_LIMIT = Int32(ICUSHIM_UBRK_WORD_KANA_LIMIT)
let UBRK_WORD_IDEO = Int32(ICUSHIM_UBRK_WORD_IDEO)
let UBRK_WORD_IDEO_LIMIT = Int32(ICUSHIM_UBRK_WORD_IDEO_LIMIT)

let USCRIPT_COMMON = Int32(ICUSHIM_USCRIPT_COMMON)
let USCRIPT_INHERITED = Int32(ICUSHIM_USCRIPT_INHERITED)
let USCRIPT_BOPOMOFO = Int32(ICUSHIM_USCRIPT_BOPOMOFO)
let USCRIPT_HAN = Int32(ICUSHIM_USCRIPT_HAN)
let USCRIPT_HANGUL = Int32(ICUSHIM_USCRIPT_HANGUL)
let USCRIPT_HIRAGANA = Int32(ICUSHIM_USCRIPT_HIRAGANA)
let USCRIPT_KATAKANA = Int32(ICUSHIM_USCRIPT_KATAKANA)
let USCRIPT_LATIN = Int32(ICUSHIM_USCRIPT_LATIN)
