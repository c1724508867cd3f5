/* atoi.c - integer parsing with Go's base prefixes, underscores and ranges. */
#include "strconv/strconv.h"

/* Go's underscoreOK: underscores only between digits or after a base prefix. */
bool mg_strconv_underscore_ok(const uint8_t *s, int64_t n) {
  char saw = '^';
  int64_t i = 0;
  if (n >= 1 && (s[0] == '-' || s[0] == '+')) s++, n--;
  bool hex = false;
  uint8_t prefix = n >= 2 && s[0] == '0' ? mg_strconv_lower(s[1]) : 0;
  if (prefix == 'b' || prefix == 'o' || prefix == 'x') i = 2, saw = '0', hex = prefix == 'x';
  for (; i < n; i++) {
    uint8_t c = mg_strconv_lower(s[i]);
    if ((s[i] >= '0' && s[i] <= '9') || (hex && c >= 'a' && c <= 'f')) {
      saw = '0';
    } else if (s[i] == '_') {
      if (saw != '0') return false;
      saw = '_';
    } else {
      if (saw == '_') return false;
      saw = '!';
    }
  }
  return saw != '_';
}

struct strconv__parseUint__ret strconv__parseUint(mg_string str, int64_t base, int64_t bitSize) {
  typedef struct strconv__parseUint__ret ret;
  const uint8_t *s = str.ptr;
  int64_t n = str.len;
  if (n == 0) return (ret){0, STRCONV_SYNTAX};
  bool base0 = base == 0;
  if (base0) {
    base = 10;
    if (s[0] == '0') {
      uint8_t c = n >= 3 ? mg_strconv_lower(s[1]) : 0;
      base = c == 'b' ? 2 : c == 'x' ? 16 : 8;
      int skip = c == 'b' || c == 'o' || c == 'x' ? 2 : 1;
      s += skip, n -= skip;
    }
  } else if (base < 2 || base > 36) {
    return (ret){0, STRCONV_BASE};
  }
  if (bitSize == 0) bitSize = 64;
  else if (bitSize < 0 || bitSize > 64) return (ret){0, STRCONV_BITSIZE};
  uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
  uint64_t max = bitSize == 64 ? UINT64_MAX : ((uint64_t)1 << bitSize) - 1, v = 0;
  bool underscores = false;
  for (int64_t i = 0; i < n; i++) {
    uint8_t c = s[i], d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (mg_strconv_lower(c) >= 'a' && mg_strconv_lower(c) <= 'z') {
      d = mg_strconv_lower(c) - 'a' + 10;
    } else {
      return (ret){0, STRCONV_SYNTAX};
    }
    if (d >= base) return (ret){0, STRCONV_SYNTAX};
    if (v >= cutoff) return (ret){max, STRCONV_RANGE};
    v *= base;
    uint64_t v1 = v + d;
    if (v1 < v || v1 > max) return (ret){max, STRCONV_RANGE};
    v = v1;
  }
  if (underscores && !mg_strconv_underscore_ok(str.ptr, str.len)) return (ret){0, STRCONV_SYNTAX};
  return (ret){v, STRCONV_OK};
}

struct strconv__parseInt__ret strconv__parseInt(mg_string s, int64_t base, int64_t bitSize) {
  typedef struct strconv__parseInt__ret ret;
  if (s.len == 0) return (ret){0, STRCONV_SYNTAX};
  bool neg = s.ptr[0] == '-';
  if (neg || s.ptr[0] == '+') s.ptr++, s.len--;
  struct strconv__parseUint__ret u = strconv__parseUint(s, base, bitSize);
  if (u.r1 != STRCONV_OK && u.r1 != STRCONV_RANGE) return (ret){0, u.r1};
  if (bitSize == 0) bitSize = 64;
  uint64_t cutoff = (uint64_t)1 << (bitSize - 1);
  if (!neg && u.r0 >= cutoff) return (ret){(int64_t)(cutoff - 1), STRCONV_RANGE};
  if (neg && u.r0 > cutoff) return (ret){-(int64_t)cutoff, STRCONV_RANGE};
  return (ret){neg ? -(int64_t)u.r0 : (int64_t)u.r0, STRCONV_OK};
}
