/*
 * fmt_scan.c - the Scan family (Go's fmt/scan.go): operands are pointers
 * to bools, integers, floats, strings and byte slices. Input is a string
 * or standard input, read one byte at a time as Go reads os.Stdin, so no
 * input is lost between calls. Errors are returned as Go's texts; fmt.go
 * maps "EOF" and "unexpected EOF" to io.EOF and io.ErrUnexpectedEOF.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdio.h>
#include <unistd.h>

#include "fmt/fmt.h"
#include "runtime.h"

enum { EOF_RUNE = -1 };
#define HUGE_WID (INT64_C(1) << 30)

typedef struct scanner {
  mg_string src;        /* the input, unless stdin */
  bool stdin_src;
  int64_t pos;          /* next byte of src */
  int32_t last;         /* the last rune read, for unread */
  bool unread;
  bool nlIsSpace;       /* Scan: newlines are spaces */
  bool nlIsEnd;         /* Scanln: a newline ends the input */
  bool atEOF;
  int64_t count, argLimit;
  mgstd_buf buf;        /* the token being scanned */
  int64_t n;            /* operands stored */
  mg_string err;
  jmp_buf jb;
} scanner;

_Noreturn static void scan_fail(scanner *s, mg_string msg)
{
  s->err = msg;
  longjmp(s->jb, 1);
}

_Noreturn static void scan_error(scanner *s, const char *msg)
{
  scan_fail(s, mg_cstring(msg));
}

static int32_t read_stdin_rune(void)
{
  uint8_t b[4];
  int n = 0, need = 1;
  mg_entersyscall();
  while (n < need) {
    ssize_t r = read(0, b + n, 1);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0)
      break;
    if (n++ == 0)
      need = b[0] < 0xC0 ? 1 : b[0] < 0xE0 ? 2 : b[0] < 0xF0 ? 3 : 4;
  }
  mg_exitsyscall();
  if (n == 0)
    return EOF_RUNE;
  int64_t w;
  return mg_string_decode_rune((mg_string){b, n}, 0, &w);
}

static int32_t read_rune(scanner *s)
{
  if (s->unread) {
    s->unread = false;
    return s->last;
  }
  if (s->stdin_src)
    return s->last = read_stdin_rune();
  if (s->pos >= s->src.len)
    return s->last = EOF_RUNE;
  int64_t w;
  s->last = mg_string_decode_rune(s->src, s->pos, &w);
  s->pos += w;
  return s->last;
}

/* ss.getRune: EOF at the end, past the width, or after a Scanln newline. */
static int32_t get_rune(scanner *s)
{
  if (s->atEOF || s->count >= s->argLimit)
    return EOF_RUNE;
  int32_t r = read_rune(s);
  if (r == EOF_RUNE) {
    s->atEOF = true;
    return r;
  }
  s->count++;
  if (s->nlIsEnd && r == '\n')
    s->atEOF = true;
  return r;
}

static void unread_rune(scanner *s)
{
  s->unread = true;
  s->atEOF = false;
  s->count--;
}

static int32_t must_read_rune(scanner *s)
{
  int32_t r = get_rune(s);
  if (r == EOF_RUNE)
    scan_error(s, "unexpected EOF");
  return r;
}

static bool is_space(int32_t r)
{
  if (r >= 0x2000 && r <= 0x200A)
    return true;
  switch (r) {
  case ' ': case '\t': case '\n': case '\v': case '\f': case '\r': case 0x85: case 0xA0:
  case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
    return true;
  }
  return false;
}

static bool in_set(const char *set, int32_t r)
{
  return r > 0 && r < 0x80 && strchr(set, r) != NULL;
}

static bool peek(scanner *s, const char *set)
{
  int32_t r = get_rune(s);
  if (r != EOF_RUNE)
    unread_rune(s);
  return in_set(set, r);
}

/* Reads the next rune into the token if it is in set. */
static bool accept(scanner *s, const char *set)
{
  int32_t r = get_rune(s);
  if (r == EOF_RUNE)
    return false;
  if (in_set(set, r)) {
    mgstd_buf_rune(&s->buf, r);
    return true;
  }
  unread_rune(s);
  return false;
}

static void skip_space(scanner *s)
{
  for (;;) {
    int32_t r = get_rune(s);
    if (r == EOF_RUNE)
      return;
    if (r == '\r' && peek(s, "\n"))
      continue;
    if (r == '\n') {
      if (s->nlIsSpace)
        continue;
      scan_error(s, "unexpected newline");
    }
    if (!is_space(r)) {
      unread_rune(s);
      return;
    }
  }
}

static void not_eof(scanner *s)
{
  if (get_rune(s) == EOF_RUNE)
    scan_error(s, "EOF");
  unread_rune(s);
}

static void ok_verb(scanner *s, int32_t verb, const char *verbs, const char *type)
{
  if (in_set(verbs, verb))
    return;
  char msg[64];
  snprintf(msg, sizeof msg, "bad verb '%%%c' for %s", verb < 0x80 ? (char)verb : '?', type);
  scan_error(s, msg);
}

static mg_string token(scanner *s)
{
  return (mg_string){s->buf.p, s->buf.len};
}

_Noreturn static void parse_failed(scanner *s, const char *fn, int status)
{
  mgstd_buf m = {0};
  mgstd_buf_cstr(&m, "strconv.");
  mgstd_buf_cstr(&m, fn);
  mgstd_buf_cstr(&m, ": parsing ");
  mgstd_buf_str(&m, strconv__Quote(token(s)));
  mgstd_buf_cstr(&m, status == STRCONV_RANGE ? ": value out of range" : ": invalid syntax");
  scan_fail(s, mgstd_buf_string(&m));
}

_Noreturn static void overflow(scanner *s, const char *what)
{
  mgstd_buf m = {0};
  mgstd_buf_cstr(&m, what);
  mgstd_buf_str(&m, token(s));
  scan_fail(s, mgstd_buf_string(&m));
}

/* The digits of an integer, after an optional sign and base prefix. */
static int scan_number_token(scanner *s, int32_t verb, bool isSigned)
{
  s->buf.len = 0;
  skip_space(s);
  not_eof(s);
  int base = verb == 'b' ? 2 : verb == 'o' ? 8 : (verb == 'x' || verb == 'X') ? 16 : 10;
  const char *digits = base == 2 ? "01_" : base == 8 ? "01234567_" :
                       base == 16 ? "0123456789aAbBcCdDeEfF_" : "0123456789_";
  bool have = false;
  if (isSigned)
    accept(s, "+-");
  if (verb == 'v') {
    base = 0;
    if (peek(s, "0")) {
      accept(s, "0");
      have = true;
      digits = accept(s, "bB") ? "01_" : accept(s, "oO") ? "01234567_" :
               accept(s, "xX") ? "0123456789aAbBcCdDeEfF_" : "01234567_";
    }
  }
  while (accept(s, digits))
    have = true;
  if (!have)
    scan_error(s, "expected integer");
  return base;
}

static int64_t scan_int(scanner *s, int32_t verb, int bits)
{
  if (verb == 'c')
    return get_rune(s);
  ok_verb(s, verb, "bcdoUxXv", "integer");
  int base = scan_number_token(s, verb, true);
  struct strconv__parseInt__ret r = strconv__parseInt(token(s), base, 64);
  if (r.r1 != STRCONV_OK)
    parse_failed(s, "ParseInt", (int)r.r1);
  int64_t x = bits == 64 ? r.r0 : (int64_t)((uint64_t)r.r0 << (64 - bits)) >> (64 - bits);
  if (x != r.r0)
    overflow(s, "integer overflow on token ");
  return x;
}

static uint64_t scan_uint(scanner *s, int32_t verb, int bits)
{
  if (verb == 'c')
    return (uint64_t)(int64_t)get_rune(s);
  ok_verb(s, verb, "bcdoUxXv", "integer");
  int base = scan_number_token(s, verb, false);
  struct strconv__parseUint__ret r = strconv__parseUint(token(s), base, 64);
  if (r.r1 != STRCONV_OK)
    parse_failed(s, "ParseUint", (int)r.r1);
  uint64_t x = bits == 64 ? r.r0 : (r.r0 << (64 - bits)) >> (64 - bits);
  if (x != r.r0)
    overflow(s, "unsigned integer overflow on token ");
  return x;
}

static double scan_float(scanner *s, int32_t verb, int bits)
{
  ok_verb(s, verb, "beEfFgGv", "floating-point number");
  skip_space(s);
  not_eof(s);
  s->buf.len = 0;
  if (accept(s, "nN") && accept(s, "aA") && accept(s, "nN"))
    goto parse;
  accept(s, "+-");
  if (accept(s, "iI") && accept(s, "nN") && accept(s, "fF"))
    goto parse;
  const char *digits = "0123456789_", *exp = "eEpP";
  if (accept(s, "0") && accept(s, "xX"))
    digits = "0123456789aAbBcCdDeEfF_", exp = "pP";
  while (accept(s, digits))
    ;
  if (accept(s, "."))
    while (accept(s, digits))
      ;
  if (accept(s, exp)) {
    accept(s, "+-");
    while (accept(s, "0123456789_"))
      ;
  }
parse:;
  struct strconv__parseFloat__ret r = strconv__parseFloat(token(s), bits);
  if (r.r1 != STRCONV_OK)
    parse_failed(s, "ParseFloat", (int)r.r1);
  return r.r0;
}

static bool scan_bool(scanner *s, int32_t verb)
{
  skip_space(s);
  not_eof(s);
  ok_verb(s, verb, "tv", "boolean");
  s->buf.len = 0;
  switch (get_rune(s)) {
  case '0': return false;
  case '1': return true;
  case 't': case 'T':
    if (accept(s, "rR") && (!accept(s, "uU") || !accept(s, "eE")))
      scan_error(s, "syntax error scanning boolean");
    return true;
  case 'f': case 'F':
    if (accept(s, "aA") && (!accept(s, "lL") || !accept(s, "sS") || !accept(s, "eE")))
      scan_error(s, "syntax error scanning boolean");
    return false;
  }
  return false;
}

/* %s and %v: the next space-delimited word. */
static mg_string scan_word(scanner *s, int32_t verb)
{
  ok_verb(s, verb, "sv", "string");
  skip_space(s);
  not_eof(s);
  mgstd_buf w = {0};
  for (int32_t r; (r = get_rune(s)) != EOF_RUNE;) {
    if (is_space(r)) {
      unread_rune(s);
      break;
    }
    mgstd_buf_rune(&w, r);
  }
  return mgstd_buf_string(&w);
}

static void scan_one(scanner *s, int32_t verb, mg_iface arg)
{
  const mg_type *t = arg.type;
  if (t == NULL || t->kind != MG_POINTER || arg.data == NULL) {
    mgstd_buf m = {0};
    mgstd_buf_cstr(&m, t == NULL || t->kind != MG_POINTER ? "type not a pointer: " : "can't scan type: ");
    mgstd_buf_cstr(&m, t ? t->name : "<nil>");
    scan_fail(s, mgstd_buf_string(&m));
  }
  void *p = arg.data;
  const mg_type *e = t->elem;
  switch (e->kind) {
  case MG_BOOL: *(bool *)p = scan_bool(s, verb); return;
  case MG_INT8: *(int8_t *)p = (int8_t)scan_int(s, verb, 8); return;
  case MG_INT16: *(int16_t *)p = (int16_t)scan_int(s, verb, 16); return;
  case MG_INT32: *(int32_t *)p = (int32_t)scan_int(s, verb, 32); return;
  case MG_INT: case MG_INT64: *(int64_t *)p = scan_int(s, verb, 64); return;
  case MG_UINT8: *(uint8_t *)p = (uint8_t)scan_uint(s, verb, 8); return;
  case MG_UINT16: *(uint16_t *)p = (uint16_t)scan_uint(s, verb, 16); return;
  case MG_UINT32: *(uint32_t *)p = (uint32_t)scan_uint(s, verb, 32); return;
  case MG_UINT: case MG_UINT64: case MG_UINTPTR: *(uint64_t *)p = scan_uint(s, verb, 64); return;
  case MG_FLOAT32: *(float *)p = (float)scan_float(s, verb, 32); return;
  case MG_FLOAT64: *(double *)p = scan_float(s, verb, 64); return;
  case MG_STRING: *(mg_string *)p = scan_word(s, verb); return;
  case MG_SLICE:
    if (e->elem->kind == MG_UINT8) {
      *(mg_slice *)p = mg_bytes_from_string(scan_word(s, verb));
      return;
    }
    break;
  default: break;
  }
  mgstd_buf m = {0};
  mgstd_buf_cstr(&m, "can't scan type: ");
  mgstd_buf_cstr(&m, t->name);
  scan_fail(s, mgstd_buf_string(&m));
}

/* ---- Scanf's format matching (ss.advance) */

static int32_t format_rune(mg_string f, int64_t i, int64_t *w)
{
  *w = 0;
  return i < f.len ? mg_string_decode_rune(f, i, w) : EOF_RUNE;
}

static void advance_space(scanner *s, mg_string f, int64_t *i)
{
  int64_t w;
  int newlines = 0;
  bool trailing = false;
  for (int32_t c = format_rune(f, *i, &w); *i < f.len && is_space(c); c = format_rune(f, *i, &w)) {
    if (c == '\n')
      newlines++, trailing = false;
    else
      trailing = true;
    *i += w;
  }
  for (int j = 0; j < newlines; j++) {
    int32_t in = get_rune(s);
    while (is_space(in) && in != '\n')
      in = get_rune(s);
    if (in != '\n' && in != EOF_RUNE)
      scan_error(s, "newline in format does not match input");
  }
  if (!trailing)
    return;
  int32_t in = get_rune(s);
  if (newlines == 0) {
    if (!is_space(in) && in != EOF_RUNE)
      scan_error(s, "expected space in input to match format");
    if (in == '\n')
      scan_error(s, "newline in input does not match format");
  }
  while (is_space(in) && in != '\n')
    in = get_rune(s);
  if (in != EOF_RUNE)
    unread_rune(s);
}

/* Matches literal text and spaces; returns the bytes of format consumed,
 * or -1 when the input does not match. */
static int64_t advance(scanner *s, mg_string f)
{
  int64_t i = 0, w;
  while (i < f.len) {
    int32_t c = format_rune(f, i, &w);
    if (is_space(c)) {
      advance_space(s, f, &i);
      continue;
    }
    if (c == '%') {
      if (i + w == f.len)
        scan_error(s, "missing verb: % at end of format string");
      int64_t w2;
      if (format_rune(f, i + w, &w2) != '%')
        return i;
      i += w;
    }
    if (must_read_rune(s) != c) {
      unread_rune(s);
      return -1;
    }
    i += w;
  }
  return i;
}

static void do_scanf(scanner *s, mg_string f, mg_slice a)
{
  const mg_iface *args = a.ptr;
  for (int64_t i = 0; i < f.len;) {
    int64_t w = advance(s, (mg_string){f.ptr + i, f.len - i});
    if (w > 0) {
      i += w;
      continue;
    }
    if (f.ptr[i] != '%') {
      if (w < 0)
        scan_error(s, "input does not match format");
      break;
    }
    i++;
    int64_t wid = 0;
    bool widPresent = false;
    for (; i < f.len && f.ptr[i] >= '0' && f.ptr[i] <= '9'; i++)
      wid = wid * 10 + (f.ptr[i] - '0'), widPresent = true;
    int64_t vw;
    int32_t verb = format_rune(f, i, &vw);
    int64_t verbAt = i;
    i += vw;
    if (verb != 'c')
      skip_space(s);
    if (verb == '%') {
      skip_space(s);
      not_eof(s);
      if (get_rune(s) != '%')
        scan_error(s, "missing literal %");
      continue;
    }
    if (s->n >= a.len) {
      mgstd_buf m = {0};
      mgstd_buf_cstr(&m, "too few operands for format '%");
      mgstd_buf_put(&m, f.ptr + verbAt, f.len - verbAt);
      mgstd_buf_byte(&m, '\'');
      scan_fail(s, mgstd_buf_string(&m));
    }
    s->argLimit = s->count + (widPresent ? wid : HUGE_WID);
    scan_one(s, verb, args[s->n]);
    s->n++;
    s->argLimit = HUGE_WID * 4;
  }
  if (s->n < a.len)
    scan_error(s, "too many operands");
}

/* ---- entry points for fmt.go */

struct fmt__scan__ret { int64_t r0; mg_string r1; };

static void scanner_init(scanner *s, mg_string src, bool fromStdin)
{
  memset(s, 0, sizeof *s);
  s->src = src;
  s->stdin_src = fromStdin;
  s->argLimit = HUGE_WID * 4;
}

/* Scan (ln false) and Scanln (ln true) from src or standard input. */
struct fmt__scan__ret fmt__scan(mg_string src, bool fromStdin, bool ln, mg_slice a)
{
  scanner *s = mg_alloc(sizeof *s);  /* on the heap: it survives the longjmp */
  scanner_init(s, src, fromStdin);
  s->nlIsSpace = !ln;
  s->nlIsEnd = ln;
  if (setjmp(s->jb) == 0) {
    for (; s->n < a.len; s->n++)
      scan_one(s, 'v', ((mg_iface *)a.ptr)[s->n]);
    if (ln)
      for (;;) {
        int32_t r = get_rune(s);
        if (r == '\n' || r == EOF_RUNE)
          break;
        if (!is_space(r))
          scan_error(s, "expected newline");
      }
  }
  return (struct fmt__scan__ret){s->n, s->err};
}

struct fmt__scanf__ret { int64_t r0; mg_string r1; };

struct fmt__scanf__ret fmt__scanf(mg_string src, bool fromStdin, mg_string format, mg_slice a)
{
  scanner *s = mg_alloc(sizeof *s);
  scanner_init(s, src, fromStdin);
  if (setjmp(s->jb) == 0)
    do_scanf(s, format, a);
  return (struct fmt__scanf__ret){s->n, s->err};
}
