/*
 * check_const.c - exact constant arithmetic (integers as 128-bit, floats as
 * long double), literal parsing and representability.
 */
#include "check_impl.h"

#include <stdlib.h>
#include <string.h>

static Const *const_new(ConstKind kind) {
  Const *c = xmalloc(sizeof *c);
  c->kind = kind;
  return c;
}

Const *const_int(__int128 v) { Const *c = const_new(C_INT); c->i = v; return c; }
/* Constants are exact: there is no negative zero (Go prints -0.0 as 0). */
Const *const_float(long double v) {
  Const *c = const_new(C_FLOAT);
  c->f = v == 0 ? 0 : v;
  return c;
}
Const *const_bool(bool v) { Const *c = const_new(C_BOOL); c->b = v; return c; }

Const *const_string(const char *s, int64_t len) {
  Const *c = const_new(C_STRING);
  c->s = s;
  c->slen = len;
  return c;
}

static long double to_float(Const *c) { return c->kind == C_INT ? (long double)c->i : c->f; }

/* |f| without libm (the compiler is linked without -lm). */
static long double abs_ld(long double f) { return f < 0 ? -f : f; }

bool const_is_int_valued(Const *c) {
  if (c->kind == C_INT) return true;
  return c->kind == C_FLOAT && abs_ld(c->f) < 1.7e38L && c->f == (long double)(__int128)c->f;
}

/* Removes '_' separators. */
static char *strip_underscores(const char *s) {
  char *out = xmalloc(strlen(s) + 1), *p = out;
  for (; *s; s++)
    if (*s != '_') *p++ = *s;
  return out;
}

static Const *parse_int(const char *lit) {
  char *s = strip_underscores(lit);
  int base = 10;
  const char *p = s;
  if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) base = 16, p += 2;
  else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B')) base = 2, p += 2;
  else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O')) base = 8, p += 2;
  else if (p[0] == '0' && p[1]) base = 8, p += 1;
  unsigned __int128 v = 0;
  for (; *p; p++) {
    int d = *p >= 'a' ? *p - 'a' + 10 : *p >= 'A' ? *p - 'A' + 10 : *p - '0';
    v = v * (unsigned)base + (unsigned)d;
  }
  free(s);
  return const_int((__int128)v);
}

Const *const_from_lit(Node *lit, Type **type) {
  switch (lit->litKind) {
  case LIT_INT: *type = type_basic(TY_UNTYPED_INT); return parse_int(lit->Lit);
  case LIT_FLOAT: {
    char *s = strip_underscores(lit->Lit);
    Const *c = const_float(strtold(s, NULL));
    free(s);
    *type = type_basic(TY_UNTYPED_FLOAT);
    return c;
  }
  case LIT_CHAR:
    *type = type_basic(TY_UNTYPED_RUNE);
    return const_int(lit->RuneVal);
  case LIT_STRING:
    *type = type_basic(TY_UNTYPED_STRING);
    return const_string(lit->Lit, lit->LitLen);
  default: return NULL;
  }
}

Const *const_unary(int op, Const *x, Type *t) {
  switch (op) {
  case T_ADD: return x;
  case T_SUB: return x->kind == C_INT ? const_int(-x->i) : const_float(-x->f);
  case T_NOT: return const_bool(!x->b);
  case T_XOR: {
    Type *u = type_underlying(t);
    if (!type_is_unsigned(u)) return const_int(~x->i);
    type_layout(u);
    unsigned __int128 mask = ((unsigned __int128)1 << (u->size * 8)) - 1;
    return const_int((__int128)(~(unsigned __int128)x->i & mask));
  }
  default: return x;
  }
}

/* x op y for arithmetic ops; NULL on division by zero or when an integer
 * result does not fit in 128 bits (Go allows 512: minigo reports it). */
Const *const_binary(int op, Const *x, Const *y, bool intDiv) {
  if (x->kind == C_STRING) {
    size_t n = (size_t)(x->slen + y->slen);
    char *s = xmalloc(n + 1);
    memcpy(s, x->s, (size_t)x->slen);
    memcpy(s + x->slen, y->s, (size_t)y->slen);
    return const_string(s, (int64_t)n);
  }
  if (x->kind == C_BOOL)
    return const_bool(op == T_LAND ? (x->b && y->b) : (x->b || y->b));
  if (x->kind == C_INT && y->kind == C_INT && (op != T_QUO || intDiv)) {
    __int128 a = x->i, b = y->i, r;
    switch (op) {
    case T_ADD: return __builtin_add_overflow(a, b, &r) ? NULL : const_int(r);
    case T_SUB: return __builtin_sub_overflow(a, b, &r) ? NULL : const_int(r);
    case T_MUL: return __builtin_mul_overflow(a, b, &r) ? NULL : const_int(r);
    case T_QUO: return b ? const_int(a / b) : NULL;
    case T_REM: return b ? const_int(a % b) : NULL;
    case T_AND: return const_int(a & b);
    case T_OR: return const_int(a | b);
    case T_XOR: return const_int(a ^ b);
    case T_AND_NOT: return const_int(a & ~b);
    default: return NULL;
    }
  }
  long double a = to_float(x), b = to_float(y);
  switch (op) {
  case T_ADD: return const_float(a + b);
  case T_SUB: return const_float(a - b);
  case T_MUL: return const_float(a * b);
  case T_QUO: return b != 0 ? const_float(a / b) : NULL;
  default: return NULL;
  }
}

/* NULL when a left shift does not fit in 128 bits. */
Const *const_shift(int op, Const *x, uint64_t s) {
  __int128 v = x->kind == C_INT ? x->i : (__int128)x->f;
  if (op == T_SHR) return const_int(s >= 127 ? (v < 0 ? -1 : 0) : v >> s);
  if (v == 0) return const_int(0);
  if (s >= 127) return NULL;
  __int128 r = (__int128)((unsigned __int128)v << s);
  return r >> s == v ? const_int(r) : NULL;
}

bool const_compare(int op, Const *x, Const *y) {
  int c;
  if (x->kind == C_STRING) {
    int64_t n = x->slen < y->slen ? x->slen : y->slen;
    c = memcmp(x->s, y->s, (size_t)n);
    if (!c) c = (x->slen > y->slen) - (x->slen < y->slen);
  } else if (x->kind == C_BOOL) {
    c = x->b != y->b;
  } else if (x->kind == C_INT && y->kind == C_INT) {
    c = (x->i > y->i) - (x->i < y->i);
  } else {
    long double a = to_float(x), b = to_float(y);
    c = (a > b) - (a < b);
  }
  switch (op) {
  case T_EQL: return c == 0;
  case T_NEQ: return c != 0;
  case T_LSS: return c < 0;
  case T_LEQ: return c <= 0;
  case T_GTR: return c > 0;
  default: return c >= 0;
  }
}

static bool int_fits(__int128 v, TypeKind k) {
  switch (k) {
  case TY_INT8: return v >= -128 && v <= 127;
  case TY_INT16: return v >= -32768 && v <= 32767;
  case TY_INT32: return v >= INT32_MIN && v <= INT32_MAX;
  case TY_INT: case TY_INT64: return v >= INT64_MIN && v <= INT64_MAX;
  case TY_UINT8: return v >= 0 && v <= 255;
  case TY_UINT16: return v >= 0 && v <= 65535;
  case TY_UINT32: return v >= 0 && v <= UINT32_MAX;
  case TY_UINT: case TY_UINT64: case TY_UINTPTR:
    return v >= 0 && v <= (__int128)UINT64_MAX;
  default: return true;
  }
}

Const *const_represent(Const *c, Type *t, bool *truncated) {
  Type *u = type_underlying(t);
  *truncated = false;
  if (!u) return NULL;
  if (type_is_boolean(u)) return c->kind == C_BOOL ? c : NULL;
  if (type_is_string(u)) return c->kind == C_STRING ? c : NULL;
  if (type_is_integer(u)) {
    if (c->kind != C_INT && c->kind != C_FLOAT) return NULL;
    if (!const_is_int_valued(c)) {
      *truncated = true;
      return NULL;
    }
    Const *r = c->kind == C_INT ? c : const_int((__int128)c->f);
    return int_fits(r->i, u->kind) ? r : NULL;
  }
  if (type_is_float(u)) {
    if (c->kind != C_INT && c->kind != C_FLOAT) return NULL;
    long double f = to_float(c);
    if (u->kind == TY_FLOAT32) {
      if (abs_ld(f) > 3.40282346638528859811704183484516925440e+38L) return NULL;
      return const_float((float)f);
    }
    if (u->kind == TY_FLOAT64) {
      if (abs_ld(f) > 1.797693134862315708145274237317043567981e+308L) return NULL;
      return const_float((double)f);
    }
    return c->kind == C_FLOAT ? c : const_float(f);
  }
  if (u->kind == TY_INTERFACE) return c;
  return NULL;
}

static const char *int128_string(__int128 v) {
  char buf[64], *p = buf + sizeof buf - 1;
  *p = 0;
  unsigned __int128 u = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
  do *--p = (char)('0' + (int)(u % 10)); while ((u /= 10));
  if (v < 0) *--p = '-';
  return intern(p);
}

/* A Go-quoted string literal (strconv.Quote for the ASCII range). */
static const char *quote_go(const char *s, int64_t len) {
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);
  fputc('"', f);
  for (int64_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
    else if (c == '\n') fputs("\\n", f);
    else if (c == '\t') fputs("\\t", f);
    else if (c < 0x20 || c == 0x7f) fprintf(f, "\\x%02x", c);
    else fputc(c, f);
  }
  fputc('"', f);
  fclose(f);
  const char *r = intern(buf);
  free(buf);
  return r;
}

/* The value as go/constant's String() prints it. */
const char *const_string_go(Const *c) {
  switch (c->kind) {
  case C_BOOL: return c->b ? "true" : "false";
  case C_INT: return int128_string(c->i);
  case C_FLOAT: {
    if (const_is_int_valued(c) && abs_ld(c->f) < 1e21L) return int128_string((__int128)c->f);
    char buf[64];
    snprintf(buf, sizeof buf, "%.6Lg", c->f);
    return intern(buf);
  }
  case C_STRING: return quote_go(c->s, c->slen > 72 ? 72 : c->slen);
  }
  return "?";
}
