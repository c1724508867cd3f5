/*
 * lex.re - the Go lexer, after cmd/compile/internal/syntax/scanner.go.
 * re2c recognises operators, identifiers and token starts; literals and
 * comments are scanned by hand so that errors carry gc's wording and
 * positions. Semicolons are inserted as the Go spec says; T_LBODY follows
 * go.y's loophack (see lex_bracket_open / lex_brace_open).
 */
#include "lex.h"

#include <locale.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "diag.h"

struct Lexer {
  const char *file;
  char *buf;                /* copy of the source, NUL-terminated */
  const char *cur, *lim;    /* re2c cursor and limit (lim points at the NUL) */
  const char *tok;          /* start of the current token */
  const char *line_start;
  int line;
  Pos tok_pos;
  bool nlsemi;              /* a newline here ends a statement */
  int hack;                 /* 1: the next `{` at this level is T_LBODY */
  char *restore;            /* per open ( [ {: what `hack` becomes when it closes */
  int depth, cap;
  int lbody_frame;          /* stack index of the last T_LBODY, or -1 */
  bool lbody_closed;        /* that frame was closed already */
  locale_t utf8;            /* for Unicode letter and digit classes */
};

/* ---- positions and errors ---- */

static Pos lx_pos(Lexer *lx, const char *p) {
  return (Pos){lx->file, lx->line, (int)(p - lx->line_start) + 1};
}

#define lx_error(lx, p, ...) diag_error(lx_pos(lx, p), __VA_ARGS__)

/* Called whenever the scan passes the '\n' at p. */
static void lx_newline(Lexer *lx, const char *p) {
  lx->line++;
  lx->line_start = p + 1;
}

/* ---- UTF-8 ---- */

#define RUNE_ERROR 0xFFFD

/* Decodes the rune at p as Go's utf8.DecodeRune; invalid input gives
 * RUNE_ERROR with width 1. */
static int32_t rune_at(const char *p, const char *end, int *w) {
  const unsigned char *s = (const unsigned char *)p;
  size_t n = (size_t)(end - p);
  int32_t r;
  *w = 1;
  if (n == 0) return -1;
  if (s[0] < 0x80) return s[0];
  if (s[0] >= 0xC2 && s[0] <= 0xDF && n >= 2 && (s[1] & 0xC0) == 0x80) {
    *w = 2;
    return ((s[0] & 0x1F) << 6) | (s[1] & 0x3F);
  }
  if (s[0] >= 0xE0 && s[0] <= 0xEF && n >= 3 && (s[1] & 0xC0) == 0x80 &&
      (s[2] & 0xC0) == 0x80) {
    r = ((s[0] & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    if (r < 0x800 || (r >= 0xD800 && r < 0xE000)) return RUNE_ERROR;
    *w = 3;
    return r;
  }
  if (s[0] >= 0xF0 && s[0] <= 0xF4 && n >= 4 && (s[1] & 0xC0) == 0x80 &&
      (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80) {
    r = ((s[0] & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) |
        (s[3] & 0x3F);
    if (r < 0x10000 || r > 0x10FFFF) return RUNE_ERROR;
    *w = 4;
    return r;
  }
  return RUNE_ERROR;
}

static int rune_encode(char *out, int32_t r) {
  if (r < 0x80) {
    out[0] = (char)r;
    return 1;
  }
  if (r < 0x800) {
    out[0] = (char)(0xC0 | (r >> 6));
    out[1] = (char)(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    out[0] = (char)(0xE0 | (r >> 12));
    out[1] = (char)(0x80 | ((r >> 6) & 0x3F));
    out[2] = (char)(0x80 | (r & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (r >> 18));
  out[1] = (char)(0x80 | ((r >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((r >> 6) & 0x3F));
  out[3] = (char)(0x80 | (r & 0x3F));
  return 4;
}

/* Formats a rune as Go's %#U: "U+0040 '@'" (quote omitted if unprintable). */
static const char *rune_desc(Lexer *lx, int32_t r) {
  static char buf[32];
  char enc[5] = {0};
  if (r >= 0x20 && r != 0x7F && iswprint_l((wint_t)r, lx->utf8)) {
    enc[rune_encode(enc, r)] = 0;
    snprintf(buf, sizeof buf, "U+%04X '%s'", (unsigned)r, enc);
  } else {
    snprintf(buf, sizeof buf, "U+%04X", (unsigned)r);
  }
  return buf;
}

/* Formats a rune as Go's %q: 'Z', '\n', '\x00'. */
static const char *rune_quote(Lexer *lx, int32_t r) {
  static char buf[16];
  char enc[5] = {0};
  static const char esc[] = "\a\b\f\n\r\t\v";
  const char *e = r > 0 && r < 0x20 ? strchr(esc, (int)r) : NULL;
  if (e)
    snprintf(buf, sizeof buf, "'\\%c'", "abfnrtv"[e - esc]);
  else if (r == '\'' || r == '\\')
    snprintf(buf, sizeof buf, "'\\%c'", (int)r);
  else if (r >= 0x20 && r != 0x7F && iswprint_l((wint_t)r, lx->utf8)) {
    enc[rune_encode(enc, r)] = 0;
    snprintf(buf, sizeof buf, "'%s'", enc);
  } else if (r < 0x100)
    snprintf(buf, sizeof buf, "'\\x%02x'", (unsigned)r);
  else
    snprintf(buf, sizeof buf, "'\\u%04x'", (unsigned)r);
  return buf;
}

/*
 * Reads the rune at lx->cur for the hand-written scanners, as Go's
 * source.nextch: NUL bytes and BOMs are reported and skipped, invalid UTF-8
 * is reported and reads as RUNE_ERROR. Returns -1 at the end of input.
 */
static int32_t lx_peek(Lexer *lx, int *w) {
  for (;;) {
    if (lx->cur >= lx->lim) {
      *w = 0;
      return -1;
    }
    int32_t r = rune_at(lx->cur, lx->lim, w);
    if (r == 0) {
      lx_error(lx, lx->cur, "invalid NUL character");
    } else if (r == 0xFEFF) {
      lx_error(lx, lx->cur, "invalid BOM in the middle of the file");
    } else {
      if (r == RUNE_ERROR && *w == 1)
        lx_error(lx, lx->cur, "invalid UTF-8 encoding");
      return r;
    }
    lx->cur += *w;
  }
}

/* Advances past the rune lx_peek returned. */
static void lx_skip(Lexer *lx, int w) {
  if (*lx->cur == '\n') lx_newline(lx, lx->cur);
  lx->cur += w;
}

/* ---- brackets and the loophack ---- */

static void lex_push(Lexer *lx, int restore) {
  if (lx->depth == lx->cap) {
    lx->cap = lx->cap ? lx->cap * 2 : 64;
    lx->restore = xrealloc(lx->restore, (size_t)lx->cap);
  }
  lx->restore[lx->depth++] = (char)restore;
}

static void lex_pop(Lexer *lx) {
  if (lx->depth == 0) return;  /* unbalanced: the parser reports it */
  lx->depth--;
  if (lx->depth == lx->lbody_frame) lx->lbody_closed = true;
  lx->hack = lx->restore[lx->depth];
}

/* ( and [ open a nesting in which `{` never opens a header's body. */
static void lex_bracket_open(Lexer *lx) {
  lex_push(lx, lx->hack);
  lx->hack = 0;
}

/* Returns T_LBODY for the `{` after an if/for/switch/select header. */
static int lex_brace_open(Lexer *lx) {
  int kind = lx->hack ? T_LBODY : T_LBRACE;
  if (kind == T_LBODY) {
    lx->lbody_frame = lx->depth;
    lx->lbody_closed = false;
  }
  lex_push(lx, 0);
  lx->hack = 0;
  return kind;
}

void lex_lbody_was_literal(Lexer *lx) {
  if (lx->lbody_frame < 0) return;
  if (lx->lbody_closed)
    lx->hack = 1;
  else
    lx->restore[lx->lbody_frame] = 1;
  lx->lbody_frame = -1;
}

/* ---- literals ---- */

static const char *base_name(int base) {
  switch (base) {
  case 2: return "binary";
  case 8: return "octal";
  case 10: return "decimal";
  default: return "hexadecimal";
  }
}

static bool is_dec(int c) { return c >= '0' && c <= '9'; }
static bool is_hex(int c) {
  return is_dec(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static int lower(int c) { return c | 0x20; }

/* Scans digits and '_'; returns bit 0 = digit seen, bit 1 = '_' seen.
 * Records the offset of the first digit >= base in *invalid. */
static int scan_digits(Lexer *lx, int base, const char **invalid) {
  int digsep = 0;
  for (;;) {
    int c = (unsigned char)*lx->cur;
    if (c == '_') {
      digsep |= 2;
    } else if (base <= 10 ? is_dec(c) : is_hex(c)) {
      if (base < 10 && c >= '0' + base && !*invalid) *invalid = lx->cur;
      digsep |= 1;
    } else {
      return digsep;
    }
    lx->cur++;
  }
}

/* Index of the first misplaced '_' in a number literal, or -1 (Go's
 * invalidSep). */
static long invalid_sep(const char *x, size_t n) {
  int x1 = ' ', d = '.';
  size_t i = 0;
  if (n >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < n; i++) {
    int p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return (long)i;
    } else if (is_dec(d) || (x1 == 'x' && is_hex(d))) {
      d = '0';
    } else {
      if (p == '_') return (long)i - 1;
      d = '.';
    }
  }
  return d == '_' ? (long)n - 1 : -1;
}

/* Scans a number starting at lx->tok (Go's scanner.number). */
static int scan_number(Lexer *lx) {
  bool ok = true, seen_point = *lx->tok == '.';
  int kind = T_INT, base = 10, prefix = 0, digsep = 0;
  const char *invalid = NULL;
  lx->cur = lx->tok + seen_point;
  if (!seen_point) {
    if (*lx->cur == '0') {
      lx->cur++;
      switch (lower(*lx->cur)) {
      case 'x': lx->cur++; base = 16; prefix = 'x'; break;
      case 'o': lx->cur++; base = 8; prefix = 'o'; break;
      case 'b': lx->cur++; base = 2; prefix = 'b'; break;
      default: base = 8; prefix = '0'; digsep = 1;
      }
    }
    digsep |= scan_digits(lx, base, &invalid);
    if (*lx->cur == '.') {
      if (prefix == 'o' || prefix == 'b') {
        lx_error(lx, lx->cur, "invalid radix point in %s literal", base_name(base));
        ok = false;
      }
      lx->cur++;
      seen_point = true;
    }
  }
  if (seen_point) {
    kind = T_FLOAT;
    digsep |= scan_digits(lx, base, &invalid);
  }
  if (!(digsep & 1) && ok) {
    lx_error(lx, lx->cur, "%s literal has no digits", base_name(base));
    ok = false;
  }
  int e = lower(*lx->cur);
  if (e == 'e' || e == 'p') {
    if (ok && e == 'e' && prefix != 0 && prefix != '0') {
      lx_error(lx, lx->cur, "'%c' exponent requires decimal mantissa", *lx->cur);
      ok = false;
    } else if (ok && e == 'p' && prefix != 'x') {
      lx_error(lx, lx->cur, "'%c' exponent requires hexadecimal mantissa", *lx->cur);
      ok = false;
    }
    lx->cur++;
    kind = T_FLOAT;
    if (*lx->cur == '+' || *lx->cur == '-') lx->cur++;
    const char *none = NULL;
    digsep = scan_digits(lx, 10, &none) | (digsep & 2);
    if (!(digsep & 1) && ok) {
      lx_error(lx, lx->cur, "exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == T_FLOAT && ok) {
    lx_error(lx, lx->cur, "hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }
  if (*lx->cur == 'i') {
    kind = T_IMAG;
    lx->cur++;
  }
  if (kind == T_INT && invalid && ok) {
    lx_error(lx, invalid, "invalid digit '%c' in %s literal", *invalid, base_name(base));
    ok = false;
  }
  if ((digsep & 2) && ok) {
    long i = invalid_sep(lx->tok, (size_t)(lx->cur - lx->tok));
    if (i >= 0) lx_error(lx, lx->tok + i, "'_' must separate successive digits");
  }
  return kind;
}

/* A growable byte buffer for decoded string values. */
typedef struct StrBuf {
  char *data;
  size_t len, cap;
} StrBuf;

static void sb_add(StrBuf *sb, const char *s, size_t n) {
  if (sb->len + n + 1 > sb->cap) {
    sb->cap = (sb->len + n + 1) * 2;
    sb->data = xrealloc(sb->data, sb->cap);
  }
  memcpy(sb->data + sb->len, s, n);
  sb->len += n;
  sb->data[sb->len] = 0;
}

static void sb_rune(StrBuf *sb, int32_t r) {
  char enc[4];
  sb_add(sb, enc, (size_t)rune_encode(enc, r));
}

/*
 * Scans an escape after the backslash (Go's scanner.escape) and appends its
 * value to sb. \x and octal escapes are bytes; \u and \U are UTF-8 encoded.
 * Returns false after reporting an error.
 */
static bool scan_escape(Lexer *lx, int quote, StrBuf *sb, int32_t *value) {
  int w, n;
  uint32_t base, max;
  int32_t c = lx_peek(lx, &w);
  static const char simple[] = "abfnrtv\\";
  static const char simple_val[] = "\a\b\f\n\r\t\v\\";
  const char *s = c > 0 && c < 0x80 ? strchr(simple, (int)c) : NULL;
  if (c == quote || (s && *s)) {
    char v = c == quote ? (char)quote : simple_val[s - simple];
    lx_skip(lx, w);
    sb_add(sb, &v, 1);
    *value = (unsigned char)v;
    return true;
  }
  switch (c) {
  case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
    n = 3, base = 8, max = 255;
    break;
  case 'x': lx_skip(lx, w); n = 2, base = 16, max = 255; break;
  case 'u': lx_skip(lx, w); n = 4, base = 16, max = 0x10FFFF; break;
  case 'U': lx_skip(lx, w); n = 8, base = 16, max = 0x10FFFF; break;
  default:
    if (c < 0) return true;  /* the caller reports the missing terminator */
    lx_error(lx, lx->cur, "unknown escape");
    return false;
  }
  uint32_t x = 0;
  for (; n > 0; n--) {
    c = lx_peek(lx, &w);
    if (c < 0) return true;
    uint32_t d = base;
    if (is_dec(c))
      d = (uint32_t)(c - '0');
    else if (c < 0x80 && lower(c) >= 'a' && lower(c) <= 'f')
      d = (uint32_t)(lower(c) - 'a' + 10);
    if (d >= base) {
      lx_error(lx, lx->cur, "invalid character %s in %s escape", rune_quote(lx, c),
               base_name((int)base));
      return false;
    }
    x = x * base + d;
    lx_skip(lx, w);
  }
  if (x > max && base == 8) {
    lx_error(lx, lx->cur, "octal escape value %u > 255", x);
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    lx_error(lx, lx->cur, "escape is invalid Unicode code point %s", rune_desc(lx, (int32_t)x));
    return false;
  }
  if (max == 255) {
    char b = (char)x;
    sb_add(sb, &b, 1);
  } else {
    sb_rune(sb, (int32_t)x);
  }
  *value = (int32_t)x;
  return true;
}

/* Scans an interpreted string; lx->cur is just past the opening quote. */
static void scan_string(Lexer *lx, Token *t) {
  StrBuf sb = {0};
  int w;
  sb_add(&sb, "", 0);
  for (;;) {
    int32_t c = lx_peek(lx, &w), v;
    if (c == '"') {
      lx_skip(lx, w);
      break;
    }
    if (c == '\\') {
      lx_skip(lx, w);
      scan_escape(lx, '"', &sb, &v);
      continue;
    }
    if (c == '\n') {
      lx_error(lx, lx->cur, "newline in string");
      break;
    }
    if (c < 0) {
      diag_error(lx->tok_pos, "string not terminated");
      break;
    }
    sb_add(&sb, lx->cur, (size_t)w);
    lx_skip(lx, w);
  }
  t->sval = sb.data;
  t->slen = (int64_t)sb.len;
}

/* Scans a raw string; carriage returns are dropped from the value. */
static void scan_raw_string(Lexer *lx, Token *t) {
  StrBuf sb = {0};
  int w;
  sb_add(&sb, "", 0);
  for (;;) {
    int32_t c = lx_peek(lx, &w);
    if (c == '`') {
      lx_skip(lx, w);
      break;
    }
    if (c < 0) {
      diag_error(lx->tok_pos, "string not terminated");
      break;
    }
    if (c != '\r') sb_add(&sb, lx->cur, (size_t)w);
    lx_skip(lx, w);
  }
  t->sval = sb.data;
  t->slen = (int64_t)sb.len;
}

/* Scans a rune literal; slen gets the rune's value. */
static void scan_rune(Lexer *lx, Token *t) {
  StrBuf sb = {0};
  bool ok = true;
  int w, n = 0;
  int32_t value = 0;
  for (;; n++) {
    int32_t c = lx_peek(lx, &w);
    if (c == '\'') {
      if (ok && n == 0) {
        lx_error(lx, lx->cur, "empty rune literal or unescaped '");
        ok = false;
      } else if (ok && n != 1) {
        diag_error(lx->tok_pos, "more than one character in rune literal");
        ok = false;
      }
      lx_skip(lx, w);
      break;
    }
    if (c == '\\') {
      lx_skip(lx, w);
      if (!scan_escape(lx, '\'', &sb, &value)) ok = false;
      continue;
    }
    if (c == '\n') {
      if (ok) lx_error(lx, lx->cur, "newline in rune literal");
      break;
    }
    if (c < 0) {
      if (ok) diag_error(lx->tok_pos, "rune literal not terminated");
      break;
    }
    value = c;
    lx_skip(lx, w);
  }
  free(sb.data);
  t->slen = value;
}

/* Skips a general comment after its opening; returns whether it spans lines. */
static bool skip_block_comment(Lexer *lx) {
  int line = lx->line, w;
  for (;;) {
    int32_t c = lx_peek(lx, &w);
    if (c < 0) {
      diag_error(lx->tok_pos, "comment not terminated");
      break;
    }
    lx_skip(lx, w);
    if (c == '*' && *lx->cur == '/') {
      lx->cur++;
      break;
    }
  }
  return lx->line != line;
}

static void skip_line_comment(Lexer *lx) {
  int w;
  for (int32_t c; (c = lx_peek(lx, &w)) >= 0 && c != '\n';) lx_skip(lx, w);
}

/* ---- identifiers and keywords ---- */

static const struct {
  const char *name;
  int kind;
} keywords[] = {
  {"break", T_BREAK}, {"case", T_CASE}, {"chan", T_CHAN}, {"const", T_CONST},
  {"continue", T_CONTINUE}, {"default", T_DEFAULT}, {"defer", T_DEFER},
  {"else", T_ELSE}, {"fallthrough", T_FALLTHROUGH}, {"for", T_FOR},
  {"func", T_FUNC}, {"go", T_GO}, {"goto", T_GOTO}, {"if", T_IF},
  {"import", T_IMPORT}, {"interface", T_INTERFACE}, {"map", T_MAP},
  {"package", T_PACKAGE}, {"range", T_RANGE}, {"return", T_RETURN},
  {"select", T_SELECT}, {"struct", T_STRUCT}, {"switch", T_SWITCH},
  {"type", T_TYPE}, {"var", T_VAR},
};

static int keyword_kind(const char *s, size_t n) {
  for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
    if (strlen(keywords[i].name) == n && !memcmp(keywords[i].name, s, n))
      return keywords[i].kind;
  return T_IDENT;
}

/* Continues an identifier over letters, digits and '_' of any script,
 * reporting other runes as gc does (they still belong to the name). */
static int scan_ident(Lexer *lx) {
  int w;
  for (int32_t c; (c = lx_peek(lx, &w)) >= 0; lx_skip(lx, w)) {
    bool first = lx->cur == lx->tok;
    if (c < 0x80) {
      if (!(c == '_' || (lower(c) >= 'a' && lower(c) <= 'z') || (!first && is_dec(c))))
        break;
    } else if (c == RUNE_ERROR && w == 1) {
      /* invalid UTF-8, reported by lx_peek */
    } else if (iswalpha_l((wint_t)c, lx->utf8)) {
      /* a Unicode letter */
    } else if (iswdigit_l((wint_t)c, lx->utf8)) {
      if (first) lx_error(lx, lx->cur, "identifier cannot begin with digit %s", rune_desc(lx, c));
    } else {
      lx_error(lx, lx->cur, "invalid character %s in identifier", rune_desc(lx, c));
    }
  }
  return keyword_kind(lx->tok, (size_t)(lx->cur - lx->tok));
}

/* Anything re2c does not recognise: a non-ASCII identifier, or a character
 * that is reported and skipped. Returns -1 for a skipped one. */
static int scan_other(Lexer *lx) {
  int w;
  lx->cur = lx->tok;
  int32_t c = lx_peek(lx, &w);
  if (lx->cur != lx->tok) return -1;  /* NUL or BOM, reported and skipped */
  bool bad_utf8 = c == RUNE_ERROR && w == 1;
  if (c >= 0x80 && !bad_utf8) return scan_ident(lx);
  lx_skip(lx, w);
  if (!bad_utf8) diag_error(lx->tok_pos, "invalid character %s", rune_desc(lx, c));
  return -1;
}

/* ---- the scanner proper ---- */

Lexer *lex_open(const char *filename, const char *src, size_t len) {
  Lexer *lx = xmalloc(sizeof *lx);
  lx->file = intern(filename);
  lx->buf = xmalloc(len + 1);
  memcpy(lx->buf, src, len);
  lx->cur = lx->line_start = lx->buf;
  lx->lim = lx->buf + len;
  lx->line = 1;
  lx->lbody_frame = -1;
  lx->utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
  if (!lx->utf8) lx->utf8 = newlocale(LC_CTYPE_MASK, "C", (locale_t)0);
  if (len >= 3 && !memcmp(src, "\xEF\xBB\xBF", 3)) lx->cur += 3; /* leading BOM */
  return lx;
}

void lex_close(Lexer *lx) {
  if (!lx) return;
  freelocale(lx->utf8);
  free(lx->restore);
  free(lx->buf);
  free(lx);
}

/* Whether a newline after a token of this kind inserts a semicolon. */
static bool ends_statement(int kind) {
  switch (kind) {
  case T_IDENT: case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR:
  case T_STRING: case T_BREAK: case T_CONTINUE: case T_FALLTHROUGH:
  case T_RETURN: case T_INC: case T_DEC: case T_RPAREN: case T_RBRACK:
  case T_RBRACE:
    return true;
  default:
    return false;
  }
}

static Token semicolon(Lexer *lx, const char *at, const char *why) {
  Token t = {T_SEMICOLON, lx_pos(lx, at), at, 0, why, (int64_t)strlen(why)};
  return t;
}

/* Scans one token, or returns kind -1 for a skipped character. */
static int scan(Lexer *lx, Token *t) {
  const char *YYMARKER;
  /*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "lx->cur";
    re2c:define:YYLIMIT = "lx->lim";
    re2c:define:YYMARKER = "YYMARKER";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;

    $                 { return 0; }
    [a-zA-Z_]         { return scan_ident(lx); }
    [0-9] | "." [0-9] { return scan_number(lx); }
    ["]               { scan_string(lx, t); return T_STRING; }
    [`]               { scan_raw_string(lx, t); return T_STRING; }
    [']               { scan_rune(lx, t); return T_CHAR; }

    "+"   { return T_ADD; }      "-"   { return T_SUB; }
    "*"   { return T_MUL; }      "/"   { return T_QUO; }
    "%"   { return T_REM; }      "&"   { return T_AND; }
    "|"   { return T_OR; }       "^"   { return T_XOR; }
    "<<"  { return T_SHL; }      ">>"  { return T_SHR; }
    "&^"  { return T_AND_NOT; }
    "+="  { return T_ADD_ASSIGN; }  "-="  { return T_SUB_ASSIGN; }
    "*="  { return T_MUL_ASSIGN; }  "/="  { return T_QUO_ASSIGN; }
    "%="  { return T_REM_ASSIGN; }  "&="  { return T_AND_ASSIGN; }
    "|="  { return T_OR_ASSIGN; }   "^="  { return T_XOR_ASSIGN; }
    "<<=" { return T_SHL_ASSIGN; }  ">>=" { return T_SHR_ASSIGN; }
    "&^=" { return T_AND_NOT_ASSIGN; }
    "&&"  { return T_LAND; }     "||"  { return T_LOR; }
    "<-"  { return T_ARROW; }    "++"  { return T_INC; }
    "--"  { return T_DEC; }      "=="  { return T_EQL; }
    "<"   { return T_LSS; }      ">"   { return T_GTR; }
    "="   { return T_ASSIGN; }   "!"   { return T_NOT; }
    "!="  { return T_NEQ; }      "<="  { return T_LEQ; }
    ">="  { return T_GEQ; }      ":="  { return T_DEFINE; }
    "..." { return T_ELLIPSIS; } "."   { return T_PERIOD; }
    ","   { return T_COMMA; }    ";"   { return T_SEMICOLON; }
    ":"   { return T_COLON; }    "~"   { return T_TILDE; }
    "("   { lex_bracket_open(lx); return T_LPAREN; }
    "["   { lex_bracket_open(lx); return T_LBRACK; }
    "{"   { return lex_brace_open(lx); }
    ")"   { lex_pop(lx); return T_RPAREN; }
    "]"   { lex_pop(lx); return T_RBRACK; }
    "}"   { lex_pop(lx); return T_RBRACE; }

    *     { return scan_other(lx); }
  */
}

Token lex_next(Lexer *lx) {
  for (;;) {
    while (*lx->cur == ' ' || *lx->cur == '\t' || *lx->cur == '\r' ||
           (*lx->cur == '\n' && !lx->nlsemi)) {
      if (*lx->cur == '\n') lx_newline(lx, lx->cur);
      lx->cur++;
    }
    if (lx->cur >= lx->lim) {
      lx->cur = lx->lim;
      if (lx->nlsemi) {
        lx->nlsemi = false;
        return semicolon(lx, lx->cur, "EOF");
      }
      return (Token){0, lx_pos(lx, lx->cur), lx->cur, 0, NULL, 0};
    }
    if (*lx->cur == '\n') {
      Token t = semicolon(lx, lx->cur, "newline");
      lx_newline(lx, lx->cur);
      lx->cur++;
      lx->nlsemi = false;
      return t;
    }
    lx->tok = lx->cur;
    lx->tok_pos = lx_pos(lx, lx->cur);
    if (lx->cur[0] == '/' && lx->cur[1] == '/') {
      lx->cur += 2;
      skip_line_comment(lx);
      continue;
    }
    if (lx->cur[0] == '/' && lx->cur[1] == '*') {
      lx->cur += 2;
      if (skip_block_comment(lx) && lx->nlsemi) {
        lx->nlsemi = false;
        return semicolon(lx, lx->tok, "newline");
      }
      continue;
    }
    Token t = {0};
    int kind = scan(lx, &t);
    if (kind < 0) continue;
    t.kind = kind;
    t.pos = lx->tok_pos;
    t.text = lx->tok;
    t.len = (size_t)(lx->cur - lx->tok);
    if (kind == T_SEMICOLON) t.sval = "semicolon", t.slen = 9;
    if (kind == T_IF || kind == T_FOR || kind == T_SWITCH || kind == T_SELECT)
      lx->hack = 1;
    lx->nlsemi = ends_statement(kind);
    return t;
  }
}

const char *tok_string(int kind) {
  switch (kind) {
  case 0: return "EOF";
  case T_IDENT: return "name";
  case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
    return "literal";
  case T_ADD: return "+";        case T_SUB: return "-";
  case T_MUL: return "*";        case T_QUO: return "/";
  case T_REM: return "%";        case T_AND: return "&";
  case T_OR: return "|";         case T_XOR: return "^";
  case T_SHL: return "<<";       case T_SHR: return ">>";
  case T_AND_NOT: return "&^";
  case T_ADD_ASSIGN: return "+=";  case T_SUB_ASSIGN: return "-=";
  case T_MUL_ASSIGN: return "*=";  case T_QUO_ASSIGN: return "/=";
  case T_REM_ASSIGN: return "%=";  case T_AND_ASSIGN: return "&=";
  case T_OR_ASSIGN: return "|=";   case T_XOR_ASSIGN: return "^=";
  case T_SHL_ASSIGN: return "<<="; case T_SHR_ASSIGN: return ">>=";
  case T_AND_NOT_ASSIGN: return "&^=";
  case T_LAND: return "&&";      case T_LOR: return "||";
  case T_ARROW: return "<-";     case T_INC: return "++";
  case T_DEC: return "--";       case T_EQL: return "==";
  case T_LSS: return "<";        case T_GTR: return ">";
  case T_ASSIGN: return "=";     case T_NOT: return "!";
  case T_NEQ: return "!=";       case T_LEQ: return "<=";
  case T_GEQ: return ">=";       case T_DEFINE: return ":=";
  case T_ELLIPSIS: return "...";  case T_PERIOD: return ".";
  case T_COMMA: return "comma";  case T_SEMICOLON: return "semicolon or newline";
  case T_COLON: return ":";      case T_TILDE: return "~";
  case T_LPAREN: return "(";     case T_RPAREN: return ")";
  case T_LBRACK: return "[";     case T_RBRACK: return "]";
  case T_LBRACE: case T_LBODY: return "{";
  case T_RBRACE: return "}";
  }
  for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
    if (keywords[i].kind == kind) return keywords[i].name;
  return "?";
}
