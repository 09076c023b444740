#ifndef ZLIBSHIM_H
#define ZLIBSHIM_H

#include <stddef.h>
#include <stdint.h>

/// The outcome of `zlibshim_inflate_raw`.
enum {
  ZLIBSHIM_OK = 0,
  /// The output would pass `output_limit`.
  ZLIBSHIM_TOO_LARGE = 1,
  /// Not a valid deflate stream, or one that ends before its end block.
  ZLIBSHIM_CORRUPT = 2,
  ZLIBSHIM_NO_MEMORY = 3,
};

/// Inflates the raw deflate stream (no zlib header, as in zip entries) of
/// `input_length` bytes into a buffer of at most `output_limit` bytes,
/// returned in `*output` (free it with `zlibshim_free`) and `*output_length`.
/// Reads nothing past `input_length`: a truncated stream is ZLIBSHIM_CORRUPT.
int zlibshim_inflate_raw(const uint8_t *input, size_t input_length, size_t output_limit,
                         uint8_t **output, size_t *output_length);

/// zlib's CRC-32 of `length` bytes.
uint32_t zlibshim_crc32(const uint8_t *bytes, size_t length);

void zlibshim_free(void *pointer);

#endif
