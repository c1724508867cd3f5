/* utf8.c - package unicode/utf8, following Go's decoding rules byte for byte. */
#include "unicode/utf8/utf8.h"

/* Length of the sequence that lead byte b starts (0: invalid), and the
 * range its second byte must fall in (rules out overlongs and surrogates). */
static int lead_len(uint8_t b, uint8_t *lo, uint8_t *hi) {
  *lo = 0x80, *hi = 0xBF;
  if (b < 0xC2) return 0;
  if (b < 0xE0) return 2;
  if (b == 0xE0) *lo = 0xA0;
  if (b == 0xED) *hi = 0x9F;
  if (b < 0xF0) return 3;
  if (b == 0xF0) *lo = 0x90;
  if (b == 0xF4) *hi = 0x8F;
  return b < 0xF5 ? 4 : 0;
}

int32_t mg_utf8_decode(const uint8_t *p, int64_t n, int64_t *size) {
  if (n < 1) return *size = 0, MG_RUNE_ERROR;
  if (p[0] < MG_RUNE_SELF) return *size = 1, p[0];
  uint8_t lo, hi;
  int len = lead_len(p[0], &lo, &hi);
  if (len == 0 || n < 2 || p[1] < lo || p[1] > hi) return *size = 1, MG_RUNE_ERROR;
  int32_t r = p[0] & (0xFF >> (len + 1));
  r = r << 6 | (p[1] & 0x3F);
  for (int i = 2; i < len; i++) {
    if (i >= n || (p[i] & 0xC0) != 0x80) return *size = 1, MG_RUNE_ERROR;
    r = r << 6 | (p[i] & 0x3F);
  }
  *size = len;
  return r;
}

int32_t mg_utf8_decode_last(const uint8_t *p, int64_t n, int64_t *size) {
  if (n < 1) return *size = 0, MG_RUNE_ERROR;
  int64_t start = n - 1;
  if (p[start] < MG_RUNE_SELF) return *size = 1, p[start];
  int64_t lim = n - 4 < 0 ? 0 : n - 4;
  for (start--; start >= lim; start--)
    if ((p[start] & 0xC0) != 0x80) break;
  if (start < 0) start = 0;
  int32_t r = mg_utf8_decode(p + start, n - start, size);
  if (start + *size != n) return *size = 1, MG_RUNE_ERROR;
  return r;
}

int mg_utf8_encode(uint8_t *p, int32_t r) {
  if (r >= 0 && r < 0x80) return p[0] = (uint8_t)r, 1;
  if (r >= 0 && r < 0x800) {
    p[0] = 0xC0 | r >> 6, p[1] = 0x80 | (r & 0x3F);
    return 2;
  }
  if (!unicode_utf8__ValidRune(r)) r = MG_RUNE_ERROR;
  if (r < 0x10000) {
    p[0] = 0xE0 | r >> 12, p[1] = 0x80 | (r >> 6 & 0x3F), p[2] = 0x80 | (r & 0x3F);
    return 3;
  }
  p[0] = 0xF0 | r >> 18, p[1] = 0x80 | (r >> 12 & 0x3F);
  p[2] = 0x80 | (r >> 6 & 0x3F), p[3] = 0x80 | (r & 0x3F);
  return 4;
}

int64_t mg_utf8_count(const uint8_t *p, int64_t n) {
  int64_t count = 0, size;
  for (int64_t i = 0; i < n; i += size, count++)
    mg_utf8_decode(p + i, n - i, &size);
  return count;
}

bool mg_utf8_valid(const uint8_t *p, int64_t n) {
  int64_t size;
  for (int64_t i = 0; i < n; i += size)
    if (mg_utf8_decode(p + i, n - i, &size) == MG_RUNE_ERROR && size == 1) return false;
  return true;
}

/* Go's FullRune: would a longer input change how p[0:n] decodes? */
static bool full_rune(const uint8_t *p, int64_t n) {
  if (n == 0) return false;
  uint8_t lo, hi;
  int len = lead_len(p[0], &lo, &hi);
  if (p[0] < MG_RUNE_SELF || len == 0 || n >= len) return true;
  if (n > 1 && (p[1] < lo || p[1] > hi)) return true;
  return n > 2 && (p[2] & 0xC0) != 0x80;
}

int64_t unicode_utf8__RuneLen(int32_t r) {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xD800 && r <= 0xDFFF) return -1;
  if (r < 0x10000) return 3;
  return r <= 0x10FFFF ? 4 : -1;
}

bool unicode_utf8__ValidRune(int32_t r) {
  return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF);
}

int64_t unicode_utf8__RuneCountInString(mg_string s) { return mg_utf8_count(s.ptr, s.len); }
int64_t unicode_utf8__RuneCount(mg_slice p) { return mg_utf8_count(p.ptr, p.len); }
bool unicode_utf8__ValidString(mg_string s) { return mg_utf8_valid(s.ptr, s.len); }
bool unicode_utf8__Valid(mg_slice p) { return mg_utf8_valid(p.ptr, p.len); }
bool unicode_utf8__FullRuneInString(mg_string s) { return full_rune(s.ptr, s.len); }
bool unicode_utf8__FullRune(mg_slice p) { return full_rune(p.ptr, p.len); }

struct unicode_utf8__DecodeRuneInString__ret unicode_utf8__DecodeRuneInString(mg_string s) {
  struct unicode_utf8__DecodeRuneInString__ret ret;
  ret.r0 = mg_utf8_decode(s.ptr, s.len, &ret.r1);
  return ret;
}

struct unicode_utf8__DecodeLastRuneInString__ret unicode_utf8__DecodeLastRuneInString(mg_string s) {
  struct unicode_utf8__DecodeLastRuneInString__ret ret;
  ret.r0 = mg_utf8_decode_last(s.ptr, s.len, &ret.r1);
  return ret;
}

struct unicode_utf8__DecodeRune__ret unicode_utf8__DecodeRune(mg_slice p) {
  struct unicode_utf8__DecodeRune__ret ret;
  ret.r0 = mg_utf8_decode(p.ptr, p.len, &ret.r1);
  return ret;
}

struct unicode_utf8__DecodeLastRune__ret unicode_utf8__DecodeLastRune(mg_slice p) {
  struct unicode_utf8__DecodeLastRune__ret ret;
  ret.r0 = mg_utf8_decode_last(p.ptr, p.len, &ret.r1);
  return ret;
}

/* EncodeRune: panics as Go does when p is too short. */
int64_t unicode_utf8__EncodeRune(mg_slice p, int32_t r) {
  uint8_t buf[4];
  int n = mg_utf8_encode(buf, r);
  if (p.len < n) mg_panic_index(n - 1, p.len);
  memcpy(p.ptr, buf, n);
  return n;
}
