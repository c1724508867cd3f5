/* builder.c - strings.Builder: a byte slice that String() shares, not copies. */
#include "strings/strings.h"
#include "internal/std.h"
#include "race.h"
#include "unicode/utf8/utf8.h"

static void copy_check(strings__Builder *b) {
  if (b == NULL) mg_panic_nilderef();
  if (b->addr == NULL)
    b->addr = b;
  else if (b->addr != b)
    mg_panic_cstring("strings: illegal use of non-zero Builder copied by value");
}

#define CALLER __builtin_return_address(0)

/* append(b.buf, p...) with Go's growth, so Cap() matches Go's; under -race
 * a write of b.buf by the .mg line at pc, as in Go's instrumented code. */
static void append_bytes(strings__Builder *b, const void *p, int64_t n, void *pc) {
  copy_check(b);
  mg_race_write(&b->buf, pc);
  b->buf = mg_growslice(b->buf, b->buf.len + n, &mgstd_type_uint8);
  if (n > 0) memcpy((uint8_t *)b->buf.ptr + b->buf.len, p, n);
  b->buf.len += n;
}

static strings__Builder *deref(strings__Builder *b) {
  if (b == NULL) mg_panic_nilderef();
  return b;
}

mg_string strings__Builder__String(strings__Builder *b) {
  mg_race_read(&deref(b)->buf, CALLER);
  return (mg_string){b->buf.ptr, b->buf.len};
}
int64_t strings__Builder__Len(strings__Builder *b) {
  mg_race_read(&deref(b)->buf, CALLER);
  return b->buf.len;
}
int64_t strings__Builder__Cap(strings__Builder *b) {
  mg_race_read(&deref(b)->buf, CALLER);
  return b->buf.cap;
}

void strings__Builder__Reset(strings__Builder *b) {
  deref(b)->addr = NULL;
  b->buf = (mg_slice){NULL, 0, 0};
}

void strings__Builder__Grow(strings__Builder *b, int64_t n) {
  copy_check(b);
  if (n < 0) mg_panic_cstring("strings.Builder.Grow: negative count");
  if (b->buf.cap - b->buf.len >= n) return;
  mg_slice buf = mg_makeslice(&mgstd_type_uint8, b->buf.len, 2 * b->buf.cap + n);
  if (b->buf.len) memcpy(buf.ptr, b->buf.ptr, b->buf.len);
  b->buf = buf;
}

struct strings__Builder__Write__ret strings__Builder__Write(strings__Builder *b, mg_slice p) {
  append_bytes(b, p.ptr, p.len, CALLER);
  return (struct strings__Builder__Write__ret){p.len, {NULL, NULL}};
}

mg_iface strings__Builder__WriteByte(strings__Builder *b, uint8_t c) {
  append_bytes(b, &c, 1, CALLER);
  return (mg_iface){NULL, NULL};
}

struct strings__Builder__WriteRune__ret strings__Builder__WriteRune(strings__Builder *b,
                                                                    int32_t r) {
  uint8_t buf[4];
  int n = mg_utf8_encode(buf, r);
  append_bytes(b, buf, n, CALLER);
  return (struct strings__Builder__WriteRune__ret){n, {NULL, NULL}};
}

struct strings__Builder__WriteString__ret strings__Builder__WriteString(strings__Builder *b,
                                                                        mg_string s) {
  append_bytes(b, s.ptr, s.len, CALLER);
  return (struct strings__Builder__WriteString__ret){s.len, {NULL, NULL}};
}
