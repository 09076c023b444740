#ifndef MALLOCSHIM_H
#define MALLOCSHIM_H

#include <stddef.h>

/// glibc's `malloc_trim(0)`: returns the free pages inside the heap to the
/// system. 1 if memory was returned, 0 if not or on a C library without it.
int mallocshim_trim(void);

/// Sets glibc's `M_MMAP_THRESHOLD` (`mallopt`): blocks of at least `bytes`
/// get pages of their own, returned to the system when freed, and the
/// threshold no longer moves. 1 on success, 0 on failure or on a C library
/// without it.
int mallocshim_set_mmap_threshold(size_t bytes);

/// Sets glibc's `M_TOP_PAD` (`mallopt`): each time a heap grows, it grows
/// by `bytes` more than asked, and a heap shrinks only past `bytes` of
/// free space at its top. A thread's arena grows by `mprotect`, a page at
/// a time when the pad is the default 128 KB. 1 on success, 0 on failure
/// or on a C library without it.
int mallocshim_set_top_pad(size_t bytes);

#endif
