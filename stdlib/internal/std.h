/*
 * std.h - helpers the C parts of the stdlib share: a growable byte buffer
 * that ends as a Go string, descriptors of basic types, closure calls.
 */
#ifndef MG_STD_H
#define MG_STD_H

#include "minigo.h"

typedef struct mgstd_buf {
  uint8_t *p;
  int64_t len, cap;
} mgstd_buf;

void mgstd_buf_grow(mgstd_buf *b, int64_t n);  /* room for n more bytes */
void mgstd_buf_put(mgstd_buf *b, const void *p, int64_t n);
void mgstd_buf_str(mgstd_buf *b, mg_string s);
void mgstd_buf_cstr(mgstd_buf *b, const char *s);
void mgstd_buf_byte(mgstd_buf *b, uint8_t c);
void mgstd_buf_rune(mgstd_buf *b, int32_t r);  /* UTF-8, RuneError if invalid */
mg_string mgstd_buf_string(mgstd_buf *b);      /* the buffer becomes the string */

mg_string mgstd_substr(mg_string s, int64_t from, int64_t to);
mg_string mgstd_str_new(int64_t len, uint8_t **buf);

extern const mg_type mgstd_type_uint8, mgstd_type_int, mgstd_type_float64,
    mgstd_type_string;

/* The code of a Go func value, which takes the closure as hidden first
 * argument; a nil func panics as calling it does in Go. */
void *mgstd_code(mg_func *f);

#endif
