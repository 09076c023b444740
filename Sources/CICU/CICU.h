// Debian's libicu-dev, found with pkg-config (icu-i18n, which requires
// icu-uc). Only the C target ICUShim includes ICU's headers; Swift never
// imports this module, because ICU's headers clash with the copy of ICU that
// Foundation carries (_FoundationICU) inside any Swift module that also
// imports Foundation.
#include <unicode/utypes.h>
