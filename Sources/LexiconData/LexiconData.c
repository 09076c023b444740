#include "LexiconData.h"

const char *lexicondata_bundle_name(void) {
#if defined(__APPLE__)
  return "align_LexiconData.bundle";
#else
  return "align_LexiconData.resources";
#endif
}
