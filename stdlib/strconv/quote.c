/* quote.c - Go-syntax quoting and unquoting of strings and runes. */
#include "internal/std.h"
#include "strconv/strconv.h"
#include "unicode/unicode.h"
#include "unicode/utf8/utf8.h"

static const char hexdigits[] = "0123456789abcdef";

static void put_hex(mgstd_buf *b, const char *prefix, uint32_t v, int n) {
  mgstd_buf_cstr(b, prefix);
  for (int s = (n - 1) * 4; s >= 0; s -= 4) mgstd_buf_byte(b, hexdigits[v >> s & 15]);
}

/* Go's appendEscapedRune. */
static void escaped_rune(mgstd_buf *b, int32_t r, char quote, bool ascii) {
  if (r == quote || r == '\\') {
    mgstd_buf_byte(b, '\\');
    mgstd_buf_byte(b, (uint8_t)r);
    return;
  }
  if (ascii ? r < MG_RUNE_SELF && unicode__IsPrint(r) : unicode__IsPrint(r)) {
    mgstd_buf_rune(b, r);
    return;
  }
  static const char esc[] = "\a\b\f\n\r\t\v", name[] = "abfnrtv";
  const char *e = r > 0 && r < 0x80 ? strchr(esc, r) : NULL;
  if (e) {
    mgstd_buf_byte(b, '\\');
    mgstd_buf_byte(b, name[e - esc]);
  } else if (r < ' ' || r == 0x7F) {
    put_hex(b, "\\x", r, 2);
  } else {
    if (!unicode_utf8__ValidRune(r)) r = MG_RUNE_ERROR;
    if (r < 0x10000) put_hex(b, "\\u", r, 4);
    else put_hex(b, "\\U", r, 8);
  }
}

static mg_string quote_with(mg_string s, char quote, bool ascii) {
  mgstd_buf b = {0};
  mgstd_buf_grow(&b, 3 * s.len / 2 + 2);
  mgstd_buf_byte(&b, quote);
  int64_t width;
  for (int64_t i = 0; i < s.len; i += width) {
    int32_t r = mg_utf8_decode(s.ptr + i, s.len - i, &width);
    if (width == 1 && r == MG_RUNE_ERROR) put_hex(&b, "\\x", s.ptr[i], 2);
    else escaped_rune(&b, r, quote, ascii);
  }
  mgstd_buf_byte(&b, quote);
  return mgstd_buf_string(&b);
}

static mg_string quote_rune(int32_t r, bool ascii) {
  mgstd_buf b = {0};
  if (!unicode_utf8__ValidRune(r)) r = MG_RUNE_ERROR;
  mgstd_buf_byte(&b, '\'');
  escaped_rune(&b, r, '\'', ascii);
  mgstd_buf_byte(&b, '\'');
  return mgstd_buf_string(&b);
}

mg_string strconv__Quote(mg_string s) { return quote_with(s, '"', false); }
mg_string strconv__QuoteToASCII(mg_string s) { return quote_with(s, '"', true); }
mg_string strconv__QuoteRune(int32_t r) { return quote_rune(r, false); }
mg_string strconv__QuoteRuneToASCII(int32_t r) { return quote_rune(r, true); }
bool strconv__IsPrint(int32_t r) { return unicode__IsPrint(r); }

bool strconv__CanBackquote(mg_string s) {
  int64_t width;
  for (int64_t i = 0; i < s.len; i += width) {
    int32_t r = mg_utf8_decode(s.ptr + i, s.len - i, &width);
    if (width > 1) {
      if (r == 0xFEFF) return false;
    } else if (r == MG_RUNE_ERROR || (r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
      return false;
    }
  }
  return true;
}

static int unhex(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
  return -1;
}

/* Go's UnquoteChar on s[*i:]: appends the character to b; false on bad syntax. */
static bool unquote_char(mg_string s, int64_t *i, char quote, mgstd_buf *b) {
  uint8_t c = s.ptr[*i];
  if (c == quote) return false;
  if (c >= MG_RUNE_SELF) {
    int64_t size;
    mgstd_buf_rune(b, mg_utf8_decode(s.ptr + *i, s.len - *i, &size));
    *i += size;
    return true;
  }
  if (c != '\\') return mgstd_buf_byte(b, c), ++*i, true;
  if (*i + 1 >= s.len) return false;
  c = s.ptr[*i + 1];
  *i += 2;
  static const char esc[] = "\a\b\f\n\r\t\v", name[] = "abfnrtv";
  const char *e = c ? strchr(name, c) : NULL;
  if (e) return mgstd_buf_byte(b, esc[e - name]), true;
  int n = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
  if (n) {
    int32_t v = 0;
    if (s.len - *i < n) return false;
    for (int j = 0; j < n; j++) {
      int x = unhex(s.ptr[*i + j]);
      if (x < 0) return false;
      v = v << 4 | x;
    }
    *i += n;
    if (c == 'x') return mgstd_buf_byte(b, (uint8_t)v), true;  /* one byte, maybe not UTF-8 */
    if (!unicode_utf8__ValidRune(v)) return false;
    return mgstd_buf_rune(b, v), true;
  }
  if (c >= '0' && c <= '7') {
    int v = c - '0';
    if (s.len - *i < 2) return false;
    for (int j = 0; j < 2; j++) {
      int x = s.ptr[*i + j] - '0';
      if (x < 0 || x > 7) return false;
      v = v << 3 | x;
    }
    *i += 2;
    return v <= 255 && (mgstd_buf_byte(b, (uint8_t)v), true);
  }
  if (c == '\\' || ((c == '\'' || c == '"') && c == quote)) return mgstd_buf_byte(b, c), true;
  return false;
}

/* Go's Unquote: the value of a quoted, back-quoted or single-quoted literal. */
struct strconv__unquote__ret strconv__unquote(mg_string s) {
  typedef struct strconv__unquote__ret ret;
  const ret fail = {{NULL, 0}, false};
  if (s.len < 2 || s.ptr[0] != s.ptr[s.len - 1]) return fail;
  char quote = s.ptr[0];
  mg_string in = mgstd_substr(s, 1, s.len - 1);
  mgstd_buf b = {0};
  if (quote == '`') {
    if (memchr(in.ptr, '`', in.len)) return fail;
    for (int64_t i = 0; i < in.len; i++)  /* raw strings drop carriage returns */
      if (in.ptr[i] != '\r') mgstd_buf_byte(&b, in.ptr[i]);
    return (ret){mgstd_buf_string(&b), true};
  }
  if (quote != '"' && quote != '\'') return fail;
  int64_t i = 0;
  while (i < in.len) {
    if (in.ptr[i] == '\n' || !unquote_char(in, &i, quote, &b)) return fail;
    if (quote == '\'' && i != in.len) return fail;  /* a single character */
  }
  return (ret){mgstd_buf_string(&b), true};
}
