#include "MallocShim.h"

// Any C library header defines __GLIBC__ on glibc.
#include <stdlib.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

int mallocshim_trim(void) {
#if defined(__GLIBC__)
  return malloc_trim(0);
#else
  return 0;
#endif
}

int mallocshim_set_mmap_threshold(size_t bytes) {
#if defined(__GLIBC__)
  if (bytes > (size_t)0x7fffffff) return 0;
  return mallopt(M_MMAP_THRESHOLD, (int)bytes);
#else
  (void)bytes;
  return 0;
#endif
}

int mallocshim_set_top_pad(size_t bytes) {
#if defined(__GLIBC__)
  if (bytes > (size_t)0x7fffffff) return 0;
  return mallopt(M_TOP_PAD, (int)bytes);
#else
  (void)bytes;
  return 0;
#endif
}
