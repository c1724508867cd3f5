/* std.c - helpers shared by the stdlib's C parts (see std.h). */
#include "internal/std.h"
#include "unicode/utf8/utf8.h"

void mgstd_buf_grow(mgstd_buf *b, int64_t n) {
  if (b->cap - b->len >= n) return;
  int64_t cap = b->cap * 2 > b->len + n ? b->cap * 2 : b->len + n;
  if (cap < 16) cap = 16;
  uint8_t *p = mg_alloc_atomic(cap);
  if (b->len) memcpy(p, b->p, b->len);
  b->p = p, b->cap = cap;
}

void mgstd_buf_put(mgstd_buf *b, const void *p, int64_t n) {
  if (n <= 0) return;
  mgstd_buf_grow(b, n);
  memcpy(b->p + b->len, p, n);
  b->len += n;
}

void mgstd_buf_str(mgstd_buf *b, mg_string s) { mgstd_buf_put(b, s.ptr, s.len); }
void mgstd_buf_cstr(mgstd_buf *b, const char *s) { mgstd_buf_put(b, s, strlen(s)); }

void mgstd_buf_byte(mgstd_buf *b, uint8_t c) {
  mgstd_buf_grow(b, 1);
  b->p[b->len++] = c;
}

void mgstd_buf_rune(mgstd_buf *b, int32_t r) {
  mgstd_buf_grow(b, 4);
  b->len += mg_utf8_encode(b->p + b->len, r);
}

mg_string mgstd_buf_string(mgstd_buf *b) {
  mg_string s = {b->p, b->len};
  *b = (mgstd_buf){0};
  return s;
}

mg_string mgstd_substr(mg_string s, int64_t from, int64_t to) {
  return (mg_string){s.ptr + from, to - from};
}

mg_string mgstd_str_new(int64_t len, uint8_t **buf) {
  *buf = mg_alloc_atomic(len);
  return (mg_string){*buf, len};
}

void *mgstd_code(mg_func *f) {
  if (f == NULL) mg_panic_nilderef();
  return f->fn;
}

#define BASIC(id, k, sz, nm)                                                  \
  const mg_type id = {.kind = k, .size = sz, .align = sz, .name = nm,       \
                      .ptrfree = true, .comparable = true}
BASIC(mgstd_type_uint8, MG_UINT8, 1, "uint8");
BASIC(mgstd_type_int, MG_INT, 8, "int");
BASIC(mgstd_type_float64, MG_FLOAT64, 8, "float64");
const mg_type mgstd_type_string = {.kind = MG_STRING, .size = 16, .align = 8,
                                   .name = "string", .comparable = true};
