// ICUShim: the parts of ICU's C API that `align` uses, as plain C functions.
//
// ICU renames every entry point by macro (`ubrk_open` -> `ubrk_open_72`) and
// `U_SUCCESS` is a macro; Swift sees neither. And ICU's own headers cannot be
// imported into a Swift module that also imports Foundation, whose bundled
// ICU declares the same types. So this header uses only C types: handles are
// opaque pointers, status codes and enum values are `int32_t`, UTF-16 text
// is `uint16_t`. ICUShim.c includes ICU and forwards each call.
// Only `Sources/Alignment/ICU/` imports this module.
#ifndef ALIGN_ICU_SHIM_H
#define ALIGN_ICU_SHIM_H

#include <stdint.h>

/// ICU status codes used by the Swift layer (values of `UErrorCode`).
enum {
  ICUSHIM_ZERO_ERROR = 0,
  ICUSHIM_MISSING_RESOURCE_ERROR = 2,
  ICUSHIM_INDEX_OUTOFBOUNDS_ERROR = 8,
  ICUSHIM_INVALID_CHAR_FOUND = 10,
  ICUSHIM_TRUNCATED_CHAR_FOUND = 11,
  ICUSHIM_ILLEGAL_CHAR_FOUND = 12,
  ICUSHIM_BUFFER_OVERFLOW_ERROR = 15,
};

/// Break iterator kinds (values of `UBreakIteratorType`).
enum { ICUSHIM_UBRK_CHARACTER = 0, ICUSHIM_UBRK_WORD = 1, ICUSHIM_UBRK_LINE = 2, ICUSHIM_UBRK_SENTENCE = 3 };

/// Word-break rule status ranges (`UWordBreak`).
enum {
  ICUSHIM_UBRK_WORD_NONE = 0, ICUSHIM_UBRK_WORD_NONE_LIMIT = 100,
  ICUSHIM_UBRK_WORD_NUMBER = 100, ICUSHIM_UBRK_WORD_NUMBER_LIMIT = 200,
  ICUSHIM_UBRK_WORD_LETTER = 200, ICUSHIM_UBRK_WORD_LETTER_LIMIT = 300,
  ICUSHIM_UBRK_WORD_KANA = 300, ICUSHIM_UBRK_WORD_KANA_LIMIT = 400,
  ICUSHIM_UBRK_WORD_IDEO = 400, ICUSHIM_UBRK_WORD_IDEO_LIMIT = 500,
};

enum { ICUSHIM_UBRK_DONE = -1 };

/// Script codes (values of `UScriptCode`) that `align` distinguishes.
enum {
  ICUSHIM_USCRIPT_COMMON = 0, ICUSHIM_USCRIPT_INHERITED = 1, ICUSHIM_USCRIPT_BOPOMOFO = 5,
  ICUSHIM_USCRIPT_HAN = 17, ICUSHIM_USCRIPT_HANGUL = 18, ICUSHIM_USCRIPT_HIRAGANA = 20,
  ICUSHIM_USCRIPT_KATAKANA = 22, ICUSHIM_USCRIPT_LATIN = 25,
};

typedef struct ICUShimBreakIterator ICUShimBreakIterator;
typedef struct ICUShimNormalizer ICUShimNormalizer;
typedef struct ICUShimTransliterator ICUShimTransliterator;
typedef struct ICUShimCharsetDetector ICUShimCharsetDetector;
typedef struct ICUShimCharsetMatch ICUShimCharsetMatch;
typedef struct ICUShimConverter ICUShimConverter;

/// `U_SUCCESS(code)`.
int icu_success(int32_t code);
/// `u_errorName`.
const char *icu_errorName(int32_t code);

// Break iteration (ubrk.h)
ICUShimBreakIterator *icu_ubrk_open(int32_t type, const char *locale, const uint16_t *text,
                                    int32_t length, int32_t *status);
void icu_ubrk_close(ICUShimBreakIterator *bi);
int32_t icu_ubrk_first(ICUShimBreakIterator *bi);
int32_t icu_ubrk_next(ICUShimBreakIterator *bi);
int32_t icu_ubrk_getRuleStatus(ICUShimBreakIterator *bi);
void icu_ubrk_setText(ICUShimBreakIterator *bi, const uint16_t *text, int32_t length, int32_t *status);

// Normalization (unorm2.h); instances are owned by ICU, never closed.
const ICUShimNormalizer *icu_unorm2_getNFCInstance(int32_t *status);
const ICUShimNormalizer *icu_unorm2_getNFKCInstance(int32_t *status);
const ICUShimNormalizer *icu_unorm2_getNFKCCasefoldInstance(int32_t *status);
int32_t icu_unorm2_normalize(const ICUShimNormalizer *norm, const uint16_t *src, int32_t length,
                             uint16_t *dest, int32_t capacity, int32_t *status);

// Transliteration (utrans.h)
ICUShimTransliterator *icu_utrans_openU(const uint16_t *id, int32_t idLength, int32_t *status);
void icu_utrans_close(ICUShimTransliterator *trans);
/// `utrans_clone`: a private copy, since a transliterator is not thread-safe.
ICUShimTransliterator *icu_utrans_clone(const ICUShimTransliterator *trans, int32_t *status);
/// `utrans_transUChars` over text[0, *textLength), in place.
void icu_utrans_transUChars(const ICUShimTransliterator *trans, uint16_t *text, int32_t *textLength,
                            int32_t textCapacity, int32_t start, int32_t *limit, int32_t *status);

// Charset detection (ucsdet.h)
ICUShimCharsetDetector *icu_ucsdet_open(int32_t *status);
void icu_ucsdet_close(ICUShimCharsetDetector *det);
void icu_ucsdet_setText(ICUShimCharsetDetector *det, const char *text, int32_t length, int32_t *status);
const ICUShimCharsetMatch *icu_ucsdet_detect(ICUShimCharsetDetector *det, int32_t *status);
const char *icu_ucsdet_getName(const ICUShimCharsetMatch *match, int32_t *status);
int32_t icu_ucsdet_getConfidence(const ICUShimCharsetMatch *match, int32_t *status);

// Conversion (ucnv.h)
ICUShimConverter *icu_ucnv_open(const char *name, int32_t *status);
void icu_ucnv_close(ICUShimConverter *cnv);
/// Makes the converter stop with an error on a bad byte sequence instead of
/// substituting.
void icu_ucnv_setStopOnError(ICUShimConverter *cnv, int32_t *status);
void icu_ucnv_toUnicode(ICUShimConverter *cnv, uint16_t **target, const uint16_t *targetLimit,
                        const char **source, const char *sourceLimit, int flush, int32_t *status);
void icu_ucnv_fromUnicode(ICUShimConverter *cnv, char **target, const char *targetLimit,
                          const uint16_t **source, const uint16_t *sourceLimit, int flush,
                          int32_t *status);
/// `ucnv_toUCountPending`: input bytes the converter holds; after a stop, the
/// bytes it read past the bad sequence and will convert again.
int32_t icu_ucnv_toUCountPending(const ICUShimConverter *cnv, int32_t *status);
/// `ucnv_getInvalidChars`: the bytes of the sequence that stopped conversion.
void icu_ucnv_getInvalidChars(const ICUShimConverter *cnv, char *bytes, int8_t *length, int32_t *status);

// Case folding and scripts (ustring.h, uscript.h)
/// `u_strFoldCase` with `U_FOLD_CASE_DEFAULT`.
int32_t icu_u_strFoldCase(uint16_t *dest, int32_t destCapacity, const uint16_t *src, int32_t srcLength,
                          int32_t *status);
/// `uscript_getScript`: the `UScriptCode` of a code point.
int32_t icu_uscript_getScript(int32_t codePoint, int32_t *status);

#endif
