/*
 * string.c - Go strings: concatenation, comparison, conversions and UTF-8
 * decoding with Go's rules (an invalid byte decodes as U+FFFD, width 1).
 */
#include "minigo.h"

enum { RUNE_ERROR = 0xFFFD, MAX_RUNE = 0x10FFFF };

static mg_string str_alloc(int64_t len, uint8_t **buf)
{
  *buf = mg_alloc_atomic(len);
  return (mg_string){*buf, len};
}

mg_string mg_string_concat(mg_string a, mg_string b)
{
  if (a.len == 0)
    return b;
  if (b.len == 0)
    return a;
  uint8_t *p;
  mg_string s = str_alloc(a.len + b.len, &p);
  memcpy(p, a.ptr, (size_t)a.len);
  memcpy(p + a.len, b.ptr, (size_t)b.len);
  return s;
}

int mg_string_compare(mg_string a, mg_string b)
{
  int64_t n = a.len < b.len ? a.len : b.len;
  int c = n > 0 ? memcmp(a.ptr, b.ptr, (size_t)n) : 0;
  if (c != 0)
    return c < 0 ? -1 : 1;
  return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
}

bool mg_string_equal(mg_string a, mg_string b)
{
  return a.len == b.len && (a.ptr == b.ptr || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

mg_string mg_string_from_bytes(mg_slice b)
{
  if (b.len == 0)
    return (mg_string){NULL, 0};
  uint8_t *p;
  mg_string s = str_alloc(b.len, &p);
  memcpy(p, b.ptr, (size_t)b.len);
  return s;
}

/* cap == len, as Go gives []byte("const") and []rune("const"). */
mg_slice mg_bytes_from_string(mg_string s)
{
  uint8_t *p = mg_alloc_atomic(s.len);
  if (s.len > 0)
    memcpy(p, s.ptr, (size_t)s.len);
  return (mg_slice){p, s.len, s.len};
}

int32_t mg_string_decode_rune(mg_string s, int64_t i, int64_t *width)
{
  const uint8_t *p = s.ptr + i;
  int64_t n = s.len - i;
  uint8_t b0 = p[0];
  *width = 1;
  if (b0 < 0x80)
    return b0;
  int need;
  int32_t r;
  uint8_t lo = 0x80, hi = 0xBF;  /* allowed range of the second byte */
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1, r = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2, r = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;       /* overlong */
    if (b0 == 0xED) hi = 0x9F;       /* surrogates */
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3, r = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;       /* overlong */
    if (b0 == 0xF4) hi = 0x8F;       /* above U+10FFFF */
  } else {
    return RUNE_ERROR;
  }
  if (n <= need || p[1] < lo || p[1] > hi)
    return RUNE_ERROR;
  for (int k = 1; k <= need; k++) {
    if (k > 1 && (p[k] < 0x80 || p[k] > 0xBF))
      return RUNE_ERROR;
    r = (r << 6) | (p[k] & 0x3F);
  }
  *width = need + 1;
  return r;
}

/* Encodes r (already valid) into buf; returns the byte count. */
static int rune_encode(uint8_t *buf, int32_t r)
{
  if (r < 0x80) {
    buf[0] = (uint8_t)r;
    return 1;
  }
  if (r < 0x800) {
    buf[0] = (uint8_t)(0xC0 | (r >> 6));
    buf[1] = (uint8_t)(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    buf[0] = (uint8_t)(0xE0 | (r >> 12));
    buf[1] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
    buf[2] = (uint8_t)(0x80 | (r & 0x3F));
    return 3;
  }
  buf[0] = (uint8_t)(0xF0 | (r >> 18));
  buf[1] = (uint8_t)(0x80 | ((r >> 12) & 0x3F));
  buf[2] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
  buf[3] = (uint8_t)(0x80 | (r & 0x3F));
  return 4;
}

/* Negative, surrogate and too large runes become U+FFFD, as in Go. */
static int32_t rune_valid(int64_t r)
{
  if (r < 0 || r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF))
    return RUNE_ERROR;
  return (int32_t)r;
}

int mg_rune_encode(uint8_t buf[4], int64_t r)
{
  return rune_encode(buf, rune_valid(r));
}

mg_string mg_string_from_rune(int64_t r)
{
  uint8_t tmp[4], *p;
  int n = mg_rune_encode(tmp, r);
  mg_string s = str_alloc(n, &p);
  memcpy(p, tmp, (size_t)n);
  return s;
}

mg_string mg_string_from_runes(mg_slice rs)
{
  const int32_t *r = rs.ptr;
  uint8_t tmp[4], *p;
  int64_t n = 0;
  for (int64_t i = 0; i < rs.len; i++)
    n += mg_rune_encode(tmp, r[i]);
  mg_string s = str_alloc(n, &p);
  for (int64_t i = 0; i < rs.len; i++)
    p += mg_rune_encode(p, r[i]);
  return s;
}

int64_t mg_string_runecount(mg_string s)
{
  int64_t n = 0, w;
  for (int64_t i = 0; i < s.len; i += w, n++)
    mg_string_decode_rune(s, i, &w);
  return n;
}

mg_slice mg_runes_from_string(mg_string s)
{
  int64_t n = mg_string_runecount(s), w;
  int32_t *r = mg_alloc_atomic(n * 4);
  for (int64_t i = 0, k = 0; i < s.len; i += w)
    r[k++] = mg_string_decode_rune(s, i, &w);
  return (mg_slice){r, n, n};
}

mg_string mg_cstring(const char *cs)
{
  int64_t n = (int64_t)strlen(cs);
  uint8_t *p;
  mg_string s = str_alloc(n, &p);
  memcpy(p, cs, (size_t)n);
  return s;
}
