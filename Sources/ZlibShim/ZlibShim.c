#include "ZlibShim.h"

#include <limits.h>
#include <stdlib.h>
#include <zlib.h>

int zlibshim_inflate_raw(const uint8_t *input, size_t input_length, size_t output_limit,
                         uint8_t **output, size_t *output_length) {
  *output = NULL;
  *output_length = 0;
  if (input_length > UINT_MAX) return ZLIBSHIM_TOO_LARGE;
  z_stream stream = {0};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return ZLIBSHIM_NO_MEMORY;
  size_t capacity = input_length * 4 + 1024;
  if (capacity > output_limit + 1) capacity = output_limit + 1;
  uint8_t *buffer = malloc(capacity);
  if (buffer == NULL) {
    inflateEnd(&stream);
    return ZLIBSHIM_NO_MEMORY;
  }
  stream.next_in = (Bytef *)input;
  stream.avail_in = (uInt)input_length;
  size_t length = 0;
  int result = Z_OK;
  for (;;) {
    if (length == capacity) {
      if (capacity > output_limit) {
        result = ZLIBSHIM_TOO_LARGE;
        break;
      }
      size_t grown = capacity * 2;
      if (grown > output_limit + 1) grown = output_limit + 1;
      uint8_t *larger = realloc(buffer, grown);
      if (larger == NULL) {
        result = ZLIBSHIM_NO_MEMORY;
        break;
      }
      buffer = larger;
      capacity = grown;
    }
    size_t room = capacity - length;
    stream.next_out = buffer + length;
    stream.avail_out = room > UINT_MAX ? UINT_MAX : (uInt)room;
    uInt before = stream.avail_out;
    int status = inflate(&stream, Z_NO_FLUSH);
    length += before - stream.avail_out;
    if (status == Z_STREAM_END) {
      result = length > output_limit ? ZLIBSHIM_TOO_LARGE : ZLIBSHIM_OK;
      break;
    }
    if (status == Z_OK) continue;
    if (status == Z_BUF_ERROR && stream.avail_out == 0) continue;  // needs room
    // Z_BUF_ERROR with input left empty: the stream is cut short.
    result = status == Z_MEM_ERROR ? ZLIBSHIM_NO_MEMORY : ZLIBSHIM_CORRUPT;
    break;
  }
  inflateEnd(&stream);
  if (result != ZLIBSHIM_OK) {
    free(buffer);
    return result;
  }
  *output = buffer;
  *output_length = length;
  return ZLIBSHIM_OK;
}

uint32_t zlibshim_crc32_update(uint32_t crc, const uint8_t *bytes, size_t length) {
  uLong value = crc;
  while (length > 0) {
    uInt piece = length > UINT_MAX ? UINT_MAX : (uInt)length;
    value = crc32(value, bytes, piece);
    bytes += piece;
    length -= piece;
  }
  return (uint32_t)value;
}

uint32_t zlibshim_crc32(const uint8_t *bytes, size_t length) {
  return zlibshim_crc32_update((uint32_t)crc32(0L, Z_NULL, 0), bytes, length);
}

void zlibshim_free(void *pointer) { free(pointer); }

struct zlibshim_deflater {
  z_stream stream;
  uint8_t *output;
  size_t length;
  size_t capacity;
};

enum { ZLIBSHIM_DEFLATE_CHUNK = 16 * 1024 };

zlibshim_deflater *zlibshim_deflate_begin(void) {
  zlibshim_deflater *deflater = calloc(1, sizeof *deflater);
  if (deflater == NULL) return NULL;
  if (deflateInit2(&deflater->stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK) {
    free(deflater);
    return NULL;
  }
  return deflater;
}

int zlibshim_deflate_write(zlibshim_deflater *deflater, const uint8_t *bytes, size_t length, int finish) {
  if (length > UINT_MAX) return ZLIBSHIM_TOO_LARGE;
  z_stream *stream = &deflater->stream;
  stream->next_in = (Bytef *)bytes;
  stream->avail_in = (uInt)length;
  int flush = finish ? Z_FINISH : Z_NO_FLUSH;
  do {
    if (deflater->capacity - deflater->length < ZLIBSHIM_DEFLATE_CHUNK) {
      size_t capacity = deflater->capacity * 2 + ZLIBSHIM_DEFLATE_CHUNK;
      uint8_t *grown = realloc(deflater->output, capacity);
      if (grown == NULL) return ZLIBSHIM_NO_MEMORY;
      deflater->output = grown;
      deflater->capacity = capacity;
    }
    stream->next_out = deflater->output + deflater->length;
    stream->avail_out = ZLIBSHIM_DEFLATE_CHUNK;
    int result = deflate(stream, flush);
    if (result < Z_OK && result != Z_BUF_ERROR) return ZLIBSHIM_CORRUPT;
    deflater->length += ZLIBSHIM_DEFLATE_CHUNK - stream->avail_out;
  } while (stream->avail_out == 0);
  return ZLIBSHIM_OK;
}

const uint8_t *zlibshim_deflate_take(zlibshim_deflater *deflater, size_t *length) {
  *length = deflater->length;
  deflater->length = 0;
  return deflater->output;
}

void zlibshim_deflate_end(zlibshim_deflater *deflater) {
  if (deflater == NULL) return;
  deflateEnd(&deflater->stream);
  free(deflater->output);
  free(deflater);
}
