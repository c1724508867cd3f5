/* itoa.c - integer formatting (FormatInt, FormatUint, Itoa). */
#include "strconv/strconv.h"
#include "internal/std.h"

static mg_string format_bits(uint64_t u, int64_t base, bool neg) {
  if (base < 2 || base > 36) mg_panic_cstring("strconv: illegal AppendInt/FormatInt base");
  char buf[65];
  int i = sizeof buf;
  do {
    buf[--i] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % base];
    u /= base;
  } while (u);
  if (neg) buf[--i] = '-';
  uint8_t *p;
  mg_string s = mgstd_str_new(sizeof buf - i, &p);
  memcpy(p, buf + i, s.len);
  return s;
}

mg_string strconv__FormatInt(int64_t i, int64_t base) {
  return format_bits(i < 0 ? -(uint64_t)i : (uint64_t)i, base, i < 0);
}
mg_string strconv__FormatUint(uint64_t i, int64_t base) { return format_bits(i, base, false); }
mg_string strconv__Itoa(int64_t i) { return strconv__FormatInt(i, 10); }
