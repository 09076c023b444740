// Forwards each ICUShim function to ICU's renamed entry point.
#include "ICUShim.h"

#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

#define STATUS(s) ((UErrorCode *)(s))

// The header repeats ICU's constants without including ICU; check them here.
_Static_assert(ICUSHIM_MISSING_RESOURCE_ERROR == U_MISSING_RESOURCE_ERROR, "UErrorCode");
_Static_assert(ICUSHIM_INDEX_OUTOFBOUNDS_ERROR == U_INDEX_OUTOFBOUNDS_ERROR, "UErrorCode");
_Static_assert(ICUSHIM_INVALID_CHAR_FOUND == U_INVALID_CHAR_FOUND, "UErrorCode");
_Static_assert(ICUSHIM_TRUNCATED_CHAR_FOUND == U_TRUNCATED_CHAR_FOUND, "UErrorCode");
_Static_assert(ICUSHIM_ILLEGAL_CHAR_FOUND == U_ILLEGAL_CHAR_FOUND, "UErrorCode");
_Static_assert(ICUSHIM_BUFFER_OVERFLOW_ERROR == U_BUFFER_OVERFLOW_ERROR, "UErrorCode");
_Static_assert(ICUSHIM_UBRK_WORD == UBRK_WORD && ICUSHIM_UBRK_SENTENCE == UBRK_SENTENCE, "UBreakIteratorType");
_Static_assert(ICUSHIM_UBRK_DONE == UBRK_DONE, "UBRK_DONE");
_Static_assert(ICUSHIM_UBRK_WORD_IDEO == UBRK_WORD_IDEO && ICUSHIM_UBRK_WORD_NUMBER == UBRK_WORD_NUMBER,
               "UWordBreak");
_Static_assert(ICUSHIM_USCRIPT_HAN == USCRIPT_HAN && ICUSHIM_USCRIPT_LATIN == USCRIPT_LATIN &&
                   ICUSHIM_USCRIPT_HIRAGANA == USCRIPT_HIRAGANA && ICUSHIM_USCRIPT_KATAKANA == USCRIPT_KATAKANA &&
                   ICUSHIM_USCRIPT_HANGUL == USCRIPT_HANGUL && ICUSHIM_USCRIPT_BOPOMOFO == USCRIPT_BOPOMOFO &&
                   ICUSHIM_USCRIPT_COMMON == USCRIPT_COMMON && ICUSHIM_USCRIPT_INHERITED == USCRIPT_INHERITED,
               "UScriptCode");

int icu_success(int32_t code) { return U_SUCCESS((UErrorCode)code); }
const char *icu_errorName(int32_t code) { return u_errorName((UErrorCode)code); }

ICUShimBreakIterator *icu_ubrk_open(int32_t type, const char *locale, const uint16_t *text,
                                    int32_t length, int32_t *status) {
  return (ICUShimBreakIterator *)ubrk_open((UBreakIteratorType)type, locale, (const UChar *)text,
                                           length, STATUS(status));
}
void icu_ubrk_close(ICUShimBreakIterator *bi) { ubrk_close((UBreakIterator *)bi); }
int32_t icu_ubrk_first(ICUShimBreakIterator *bi) { return ubrk_first((UBreakIterator *)bi); }
int32_t icu_ubrk_next(ICUShimBreakIterator *bi) { return ubrk_next((UBreakIterator *)bi); }
int32_t icu_ubrk_getRuleStatus(ICUShimBreakIterator *bi) {
  return ubrk_getRuleStatus((UBreakIterator *)bi);
}
void icu_ubrk_setText(ICUShimBreakIterator *bi, const uint16_t *text, int32_t length, int32_t *status) {
  ubrk_setText((UBreakIterator *)bi, (const UChar *)text, length, STATUS(status));
}

const ICUShimNormalizer *icu_unorm2_getNFCInstance(int32_t *status) {
  return (const ICUShimNormalizer *)unorm2_getNFCInstance(STATUS(status));
}
const ICUShimNormalizer *icu_unorm2_getNFKCInstance(int32_t *status) {
  return (const ICUShimNormalizer *)unorm2_getNFKCInstance(STATUS(status));
}
const ICUShimNormalizer *icu_unorm2_getNFKCCasefoldInstance(int32_t *status) {
  return (const ICUShimNormalizer *)unorm2_getNFKCCasefoldInstance(STATUS(status));
}
int32_t icu_unorm2_normalize(const ICUShimNormalizer *norm, const uint16_t *src, int32_t length,
                             uint16_t *dest, int32_t capacity, int32_t *status) {
  return unorm2_normalize((const UNormalizer2 *)norm, (const UChar *)src, length, (UChar *)dest,
                          capacity, STATUS(status));
}

ICUShimTransliterator *icu_utrans_openU(const uint16_t *id, int32_t idLength, int32_t *status) {
  return (ICUShimTransliterator *)utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, NULL,
                                               0, NULL, STATUS(status));
}
void icu_utrans_close(ICUShimTransliterator *trans) { utrans_close((UTransliterator *)trans); }
void icu_utrans_transUChars(const ICUShimTransliterator *trans, uint16_t *text, int32_t *textLength,
                            int32_t textCapacity, int32_t start, int32_t *limit, int32_t *status) {
  utrans_transUChars((const UTransliterator *)trans, (UChar *)text, textLength, textCapacity, start,
                     limit, STATUS(status));
}

ICUShimCharsetDetector *icu_ucsdet_open(int32_t *status) {
  return (ICUShimCharsetDetector *)ucsdet_open(STATUS(status));
}
void icu_ucsdet_close(ICUShimCharsetDetector *det) { ucsdet_close((UCharsetDetector *)det); }
void icu_ucsdet_setText(ICUShimCharsetDetector *det, const char *text, int32_t length,
                        int32_t *status) {
  ucsdet_setText((UCharsetDetector *)det, text, length, STATUS(status));
}
const ICUShimCharsetMatch *icu_ucsdet_detect(ICUShimCharsetDetector *det, int32_t *status) {
  return (const ICUShimCharsetMatch *)ucsdet_detect((UCharsetDetector *)det, STATUS(status));
}
const char *icu_ucsdet_getName(const ICUShimCharsetMatch *match, int32_t *status) {
  return ucsdet_getName((const UCharsetMatch *)match, STATUS(status));
}
int32_t icu_ucsdet_getConfidence(const ICUShimCharsetMatch *match, int32_t *status) {
  return ucsdet_getConfidence((const UCharsetMatch *)match, STATUS(status));
}

ICUShimConverter *icu_ucnv_open(const char *name, int32_t *status) {
  return (ICUShimConverter *)ucnv_open(name, STATUS(status));
}
void icu_ucnv_close(ICUShimConverter *cnv) { ucnv_close((UConverter *)cnv); }
void icu_ucnv_setStopOnError(ICUShimConverter *cnv, int32_t *status) {
  ucnv_setToUCallBack((UConverter *)cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, STATUS(status));
  ucnv_setFromUCallBack((UConverter *)cnv, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL,
                        STATUS(status));
}
void icu_ucnv_toUnicode(ICUShimConverter *cnv, uint16_t **target, const uint16_t *targetLimit,
                        const char **source, const char *sourceLimit, int flush, int32_t *status) {
  ucnv_toUnicode((UConverter *)cnv, (UChar **)target, (const UChar *)targetLimit, source,
                 sourceLimit, NULL, (UBool)(flush != 0), STATUS(status));
}
void icu_ucnv_fromUnicode(ICUShimConverter *cnv, char **target, const char *targetLimit,
                          const uint16_t **source, const uint16_t *sourceLimit, int flush,
                          int32_t *status) {
  ucnv_fromUnicode((UConverter *)cnv, target, targetLimit, (const UChar **)source,
                   (const UChar *)sourceLimit, NULL, (UBool)(flush != 0), STATUS(status));
}
void icu_ucnv_getInvalidChars(const ICUShimConverter *cnv, char *bytes, int8_t *length,
                              int32_t *status) {
  ucnv_getInvalidChars((const UConverter *)cnv, bytes, length, STATUS(status));
}

ICUShimTransliterator *icu_utrans_clone(const ICUShimTransliterator *trans, int32_t *status) {
  return (ICUShimTransliterator *)utrans_clone((const UTransliterator *)trans, STATUS(status));
}
int32_t icu_ucnv_toUCountPending(const ICUShimConverter *cnv, int32_t *status) {
  return ucnv_toUCountPending((const UConverter *)cnv, STATUS(status));
}
int32_t icu_u_strFoldCase(uint16_t *dest, int32_t destCapacity, const uint16_t *src, int32_t srcLength,
                          int32_t *status) {
  return u_strFoldCase((UChar *)dest, destCapacity, (const UChar *)src, srcLength, U_FOLD_CASE_DEFAULT,
                       STATUS(status));
}
int32_t icu_uscript_getScript(int32_t codePoint, int32_t *status) {
  return (int32_t)uscript_getScript((UChar32)codePoint, STATUS(status));
}
