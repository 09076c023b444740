// ICUShim: prefixed wrappers over the parts of ICU's C API that `align` uses.
//
// ICU renames every entry point by macro (`ubrk_open` -> `ubrk_open_72`) and
// defines `U_SUCCESS` as a macro; Swift sees neither. Each wrapper here is a
// `static inline` function named `icu_<name>` that calls the renamed symbol.
// Only `Sources/Alignment/ICU/` imports this module.
#ifndef ALIGN_ICU_SHIM_H
#define ALIGN_ICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>

static inline int icu_success(UErrorCode code) { return U_SUCCESS(code); }
static inline const char *icu_errorName(UErrorCode code) { return u_errorName(code); }

// Break iteration (ubrk.h)
static inline UBreakIterator *icu_ubrk_open(UBreakIteratorType type, const char *locale,
                                            const UChar *text, int32_t length,
                                            UErrorCode *status) {
  return ubrk_open(type, locale, text, length, status);
}
static inline void icu_ubrk_close(UBreakIterator *bi) { ubrk_close(bi); }
static inline int32_t icu_ubrk_first(UBreakIterator *bi) { return ubrk_first(bi); }
static inline int32_t icu_ubrk_next(UBreakIterator *bi) { return ubrk_next(bi); }
static inline int32_t icu_ubrk_getRuleStatus(UBreakIterator *bi) { return ubrk_getRuleStatus(bi); }

// Normalization (unorm2.h)
static inline const UNormalizer2 *icu_unorm2_getNFKCInstance(UErrorCode *status) {
  return unorm2_getNFKCInstance(status);
}
static inline const UNormalizer2 *icu_unorm2_getNFKCCasefoldInstance(UErrorCode *status) {
  return unorm2_getNFKCCasefoldInstance(status);
}
static inline const UNormalizer2 *icu_unorm2_getNFCInstance(UErrorCode *status) {
  return unorm2_getNFCInstance(status);
}
static inline int32_t icu_unorm2_normalize(const UNormalizer2 *norm, const UChar *src,
                                           int32_t length, UChar *dest, int32_t capacity,
                                           UErrorCode *status) {
  return unorm2_normalize(norm, src, length, dest, capacity, status);
}

// Transliteration (utrans.h)
static inline UTransliterator *icu_utrans_openU(const UChar *id, int32_t idLength,
                                                UTransDirection dir, UErrorCode *status) {
  return utrans_openU(id, idLength, dir, NULL, 0, NULL, status);
}
static inline void icu_utrans_close(UTransliterator *trans) { utrans_close(trans); }
static inline UTransliterator *icu_utrans_clone(const UTransliterator *trans, UErrorCode *status) {
  return utrans_clone(trans, status);
}
static inline void icu_utrans_transUChars(const UTransliterator *trans, UChar *text,
                                          int32_t *textLength, int32_t textCapacity,
                                          int32_t start, int32_t *limit, UErrorCode *status) {
  utrans_transUChars(trans, text, textLength, textCapacity, start, limit, status);
}

// Charset detection (ucsdet.h)
static inline UCharsetDetector *icu_ucsdet_open(UErrorCode *status) { return ucsdet_open(status); }
static inline void icu_ucsdet_close(UCharsetDetector *det) { ucsdet_close(det); }
static inline void icu_ucsdet_setText(UCharsetDetector *det, const char *text, int32_t length,
                                      UErrorCode *status) {
  ucsdet_setText(det, text, length, status);
}
static inline const UCharsetMatch *icu_ucsdet_detect(UCharsetDetector *det, UErrorCode *status) {
  return ucsdet_detect(det, status);
}
static inline const char *icu_ucsdet_getName(const UCharsetMatch *match, UErrorCode *status) {
  return ucsdet_getName(match, status);
}
static inline int32_t icu_ucsdet_getConfidence(const UCharsetMatch *match, UErrorCode *status) {
  return ucsdet_getConfidence(match, status);
}

// Conversion (ucnv.h)
static inline UConverter *icu_ucnv_open(const char *name, UErrorCode *status) {
  return ucnv_open(name, status);
}
static inline void icu_ucnv_close(UConverter *cnv) { ucnv_close(cnv); }
/// Makes the converter stop with U_ILLEGAL_CHAR_FOUND / U_INVALID_CHAR_FOUND
/// on a bad byte sequence instead of substituting.
static inline void icu_ucnv_setStopOnError(UConverter *cnv, UErrorCode *status) {
  ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, status);
  ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, status);
}
/// Copies the bytes of the sequence that made the last `toUnicode` call stop.
static inline void icu_ucnv_getInvalidChars(const UConverter *cnv, char *errBytes, int8_t *len,
                                            UErrorCode *status) {
  ucnv_getInvalidChars(cnv, errBytes, len, status);
}
/// The number of input bytes the converter holds: after a stop, the bytes it
/// read past the bad sequence and will convert again.
static inline int32_t icu_ucnv_toUCountPending(const UConverter *cnv, UErrorCode *status) {
  return ucnv_toUCountPending(cnv, status);
}
static inline void icu_ucnv_toUnicode(UConverter *cnv, UChar **target, const UChar *targetLimit,
                                      const char **source, const char *sourceLimit,
                                      UBool flush, UErrorCode *status) {
  ucnv_toUnicode(cnv, target, targetLimit, source, sourceLimit, NULL, flush, status);
}
static inline void icu_ucnv_fromUnicode(UConverter *cnv, char **target, const char *targetLimit,
                                        const UChar **source, const UChar *sourceLimit,
                                        UBool flush, UErrorCode *status) {
  ucnv_fromUnicode(cnv, target, targetLimit, source, sourceLimit, NULL, flush, status);
}

// Case folding (ustring.h)
static inline int32_t icu_u_strFoldCase(UChar *dest, int32_t destCapacity, const UChar *src,
                                        int32_t srcLength, UErrorCode *status) {
  return u_strFoldCase(dest, destCapacity, src, srcLength, U_FOLD_CASE_DEFAULT, status);
}

// Character properties (uchar.h, uscript.h)
static inline UScriptCode icu_uscript_getScript(UChar32 c, UErrorCode *status) {
  return uscript_getScript(c, status);
}

#endif
