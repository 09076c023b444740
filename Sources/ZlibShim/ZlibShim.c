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

uint32_t zlibshim_crc32(const uint8_t *bytes, size_t length) {
  uLong crc = crc32(0L, Z_NULL, 0);
  while (length > 0) {
    uInt chunk = length > UINT_MAX ? UINT_MAX : (uInt)length;
    crc = crc32(crc, bytes, chunk);
    bytes += chunk;
    length -= chunk;
  }
  return (uint32_t)crc;
}

void zlibshim_free(void *pointer) { free(pointer); }
