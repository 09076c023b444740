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

/// zlib's CRC-32 of `length` more bytes, continuing `crc` (0 to start).
uint32_t zlibshim_crc32_update(uint32_t crc, const uint8_t *bytes, size_t length);

/// A raw deflate stream (no zlib header, as in zip entries) at zlib's
/// default level, 15-bit window and memory level 9.
typedef struct zlibshim_deflater zlibshim_deflater;

/// A new stream, or NULL when there is no memory.
zlibshim_deflater *zlibshim_deflate_begin(void);

/// Compresses `length` bytes (`bytes` may be NULL when 0), the last ones
/// when `finish` is not 0, handing zlib 16 KiB of output space at a time;
/// the output waits in the stream until `zlibshim_deflate_take`.
/// ZLIBSHIM_OK, or ZLIBSHIM_NO_MEMORY, ZLIBSHIM_TOO_LARGE (more than
/// UINT_MAX bytes at once) or ZLIBSHIM_CORRUPT (zlib refused).
int zlibshim_deflate_write(zlibshim_deflater *stream, const uint8_t *bytes, size_t length, int finish);

/// The output waiting in the stream, valid until the next call on it;
/// taking it empties the stream's buffer.
const uint8_t *zlibshim_deflate_take(zlibshim_deflater *stream, size_t *length);

void zlibshim_deflate_end(zlibshim_deflater *stream);

#endif
