/*
 * ftoa.c - FormatFloat. The decimal digits come from the C library, which
 * rounds exactly (half to even, as Go's decimal does); the shortest form is
 * the fewest digits that read back as the same value. The layout of the
 * digits follows Go's ftoa.go (fmtE, fmtF, %g's choice, fmtB, fmtX).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "internal/std.h"
#include "strconv/strconv.h"

/* Decimal digits d[0:nd] with the decimal point dp digits from the left. */
typedef struct digits {
  char *d;
  int nd, dp;
} digits;

static void trim(digits *g) {
  while (g->nd > 0 && g->d[g->nd - 1] == '0') g->nd--;
  if (g->nd == 0) g->dp = 0;
}

/* Rounded to n significant digits (n >= 1), not trimmed; buf holds n + 32 bytes. */
static void round_sig(double f, int n, digits *g, char *buf) {
  snprintf(buf, n + 32, "%.*e", n - 1, f);
  g->nd = 0;
  const char *e = buf;
  for (; *e != 'e'; e++)
    if (*e >= '0' && *e <= '9') g->d[g->nd++] = *e;
  g->dp = atoi(e + 1) + 1;
}

static bool roundtrips(const digits *g, double f, bool f32) {
  char buf[48], *p = buf;
  *p++ = '0', *p++ = '.';
  memcpy(p, g->d, g->nd);
  p += g->nd;
  *p++ = 'e';
  int e = g->dp;
  if (e < 0) *p++ = '-', e = -e;
  char rev[8];
  int k = 0;
  do rev[k++] = '0' + e % 10;
  while ((e /= 10) > 0);
  while (k > 0) *p++ = rev[--k];
  *p = 0;
  return f32 ? strtof(buf, NULL) == (float)f : strtod(buf, NULL) == f;
}

/* Adds delta (+1 or -1) to the last of the nd digits. */
static void step(digits *g, int delta) {
  int i = g->nd - 1;
  for (; i >= 0; i--) {
    int v = g->d[i] - '0' + delta;
    g->d[i] = '0' + (v + 10) % 10;
    if (v >= 0 && v <= 9) break;
  }
  if (i < 0) {  /* 99..9 + 1: one digit longer */
    memmove(g->d + 1, g->d, g->nd - 1);
    g->d[0] = '1', g->dp++;
  } else if (g->d[0] == '0') {  /* 10..0 - 1: one digit shorter */
    memmove(g->d, g->d + 1, --g->nd);
    g->dp--;
  }
}

/* f correctly rounded to n <= 17 digits, from its 17-digit form d17: the
 * 17 digits decide the rounding unless they end in exactly 5000..., where
 * the C library is asked again. */
static void round_from17(double f, const digits *d17, int n, digits *g, char *buf) {
  int i = n;
  while (i < 17 && d17->d[i] == (i == n ? '5' : '0')) i++;
  if (n < 17 && i == 17) {
    round_sig(f, n, g, buf);
    return;
  }
  memcpy(g->d, d17->d, n);
  g->nd = n, g->dp = d17->dp;
  if (n < 17 && d17->d[n] >= '5') step(g, 1);
}

/* The n-digit decimal nearest to f that reads back as f, if there is one.
 * The correctly rounded n digits may fall outside f's rounding interval
 * where a neighbour is inside, so both neighbours are tried too. */
static bool nearest_roundtrip(double f, bool f32, const digits *d17, int n, digits *g,
                              char *buf) {
  char nb[32];
  round_from17(f, d17, n, g, buf);
  if (roundtrips(g, f, f32)) return true;
  digits up = *g, down = *g;
  up.d = memcpy(nb, g->d, n);
  step(&up, 1);
  if (roundtrips(&up, f, f32)) {
    memcpy(g->d, nb, n), g->dp = up.dp;
    return true;
  }
  down.d = memcpy(nb, g->d, n);
  step(&down, -1);
  if (down.nd > 0 && roundtrips(&down, f, f32)) {
    memcpy(g->d, nb, down.nd), g->nd = down.nd, g->dp = down.dp;
    return true;
  }
  return false;
}

/* The fewest digits that read back as f (Go's shortest form). Having such
 * a decimal is monotonic in the digit count, so binary search finds it. */
static void shortest(double f, bool f32, digits *g, char *buf) {
  char d17buf[17];
  digits d17 = {d17buf, 0, 0};
  round_sig(f, 17, &d17, buf);
  int lo = 1, hi = 17;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (nearest_roundtrip(f, f32, &d17, mid, g, buf)) hi = mid;
    else lo = mid + 1;
  }
  nearest_roundtrip(f, f32, &d17, lo, g, buf);
  trim(g);
}

/* Rounded to prec digits after the point: the %f digit count is exact. */
static void round_frac(double f, int prec, digits *g, mgstd_buf *b) {
  int n = snprintf(NULL, 0, "%.*f", prec, f);
  mgstd_buf_grow(b, n + 1);
  snprintf((char *)b->p, n + 1, "%.*f", prec, f);
  char *s = (char *)b->p;
  int lead = 0;  /* significant digits start at the first non-zero */
  g->nd = 0, g->dp = 0;
  bool point = false;
  for (; *s; s++) {
    if (*s == '.') {
      point = true;
    } else if (*s >= '0' && *s <= '9') {
      if (*s == '0' && g->nd == 0) {
        if (point) lead--;
        continue;
      }
      if (!point) g->dp++;
      g->d[g->nd++] = *s;
    }
  }
  if (g->nd > 0 && g->dp == 0) g->dp = lead;
  trim(g);
}

static void put_exp(mgstd_buf *b, int exp, int mindigits) {
  char tmp[16];
  snprintf(tmp, sizeof tmp, "%c%0*d", exp < 0 ? '-' : '+', mindigits, abs(exp));
  mgstd_buf_cstr(b, tmp);
}

static void fmt_e(mgstd_buf *b, const digits *g, int prec, char fmt) {
  mgstd_buf_byte(b, g->nd ? g->d[0] : '0');
  if (prec > 0) {
    mgstd_buf_byte(b, '.');
    int m = g->nd < prec + 1 ? g->nd : prec + 1, i = 1;
    if (i < m) mgstd_buf_put(b, g->d + 1, m - 1), i = m;
    for (; i <= prec; i++) mgstd_buf_byte(b, '0');
  }
  mgstd_buf_byte(b, fmt);
  put_exp(b, g->nd ? g->dp - 1 : 0, 2);
}

static void fmt_f(mgstd_buf *b, const digits *g, int prec) {
  if (g->dp > 0) {
    int m = g->nd < g->dp ? g->nd : g->dp;
    mgstd_buf_put(b, g->d, m);
    for (; m < g->dp; m++) mgstd_buf_byte(b, '0');
  } else {
    mgstd_buf_byte(b, '0');
  }
  if (prec > 0) {
    mgstd_buf_byte(b, '.');
    for (int i = 1; i <= prec; i++) {
      int j = g->dp + i - 1;
      mgstd_buf_byte(b, j >= 0 && j < g->nd ? g->d[j] : '0');
    }
  }
}

/* Go's %b: decimal mantissa, 'p', binary exponent. */
static void fmt_b(mgstd_buf *b, uint64_t mant, int exp) {
  char tmp[48];
  snprintf(tmp, sizeof tmp, "%llup%c%d", (unsigned long long)mant, exp < 0 ? '-' : '+', abs(exp));
  mgstd_buf_cstr(b, tmp);
}

/* Go's %x: -0x1.yyyyp±dd, mant normalised so that its leading 1 is bit 60. */
static void fmt_x(mgstd_buf *b, uint64_t mant, int exp, int mantbits, int prec, char fmt) {
  const uint64_t one = (uint64_t)1 << 60;
  if (mant == 0) exp = 0;
  mant <<= 60 - mantbits;
  while (mant != 0 && (mant & one) == 0) mant <<= 1, exp--;
  if (prec >= 0 && prec < 15) {
    unsigned shift = prec * 4;
    uint64_t extra = (mant << shift) & (one - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > one / 2) mant++;
    mant <<= 60 - shift;
    if (mant & (one << 1)) mant >>= 1, exp++;  /* wrapped around */
  }
  const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  mgstd_buf_byte(b, '0');
  mgstd_buf_byte(b, fmt);
  mgstd_buf_byte(b, '0' + ((mant >> 60) & 1));
  mant <<= 4;
  if ((prec < 0 && mant != 0) || prec > 0) mgstd_buf_byte(b, '.');
  for (int i = 0; prec < 0 ? mant != 0 : i < prec; i++, mant <<= 4)
    mgstd_buf_byte(b, hex[(mant >> 60) & 15]);
  mgstd_buf_byte(b, fmt == 'X' ? 'P' : 'p');
  put_exp(b, exp, 2);
}

/* Go's formatDigits: lays out digits for 'e', 'f' and 'g'. */
static void format_digits(mgstd_buf *b, const digits *g, int prec, bool shortest, char fmt) {
  switch (fmt) {
  case 'e': case 'E':
    fmt_e(b, g, prec, fmt);
    return;
  case 'f':
    fmt_f(b, g, prec);
    return;
  }
  int eprec = prec;  /* 'g', 'G' */
  if (eprec > g->nd && g->nd >= g->dp) eprec = g->nd;
  if (shortest) eprec = 6;
  int exp = g->dp - 1;
  if (exp < -4 || exp >= eprec) {
    if (prec > g->nd) prec = g->nd;
    fmt_e(b, g, prec - 1, fmt + 'e' - 'g');
    return;
  }
  if (prec > g->dp) prec = g->nd;
  fmt_f(b, g, prec - g->dp > 0 ? prec - g->dp : 0);
}

mg_string strconv__FormatFloat(double f, uint8_t fmt, int64_t prec, int64_t bitSize) {
  bool f32 = bitSize == 32;
  if (f32) f = (float)f;
  if (isnan(f)) return MG_STR("NaN");
  if (isinf(f)) return f > 0 ? MG_STR("+Inf") : MG_STR("-Inf");
  mgstd_buf b = {0};
  if (signbit(f)) mgstd_buf_byte(&b, '-'), f = -f;
  if (fmt == 'b' || fmt == 'x' || fmt == 'X') {
    int mantbits = f32 ? 23 : 52, bias = f32 ? -127 : -1023, exp;
    uint64_t mant;
    if (f32) {
      float x = (float)f;
      uint32_t u;
      memcpy(&u, &x, 4);
      exp = u >> 23 & 0xFF, mant = u & ((1u << 23) - 1);
    } else {
      uint64_t u;
      memcpy(&u, &f, 8);
      exp = u >> 52 & 0x7FF, mant = u & (((uint64_t)1 << 52) - 1);
    }
    if (exp == 0) exp++;
    else mant |= (uint64_t)1 << mantbits;
    exp += bias;
    if (fmt == 'b') fmt_b(&b, mant, exp - mantbits);
    else fmt_x(&b, mant, exp, mantbits, prec, fmt);
    return mgstd_buf_string(&b);
  }
  if (fmt != 'e' && fmt != 'E' && fmt != 'f' && fmt != 'g' && fmt != 'G') {
    mgstd_buf_byte(&b, '%');
    mgstd_buf_byte(&b, fmt);
    return mgstd_buf_string(&b);
  }
  /* %f of 1e308 has 309 integer digits; a large prec needs the heap. */
  int64_t room = 400 + (prec > 0 ? prec : 0);
  char dsmall[512], ssmall[512 + 32];
  char *dbuf = room <= 512 ? dsmall : mg_alloc_atomic(room);
  char *sbuf = room <= 512 ? ssmall : mg_alloc_atomic(room + 32);
  digits g = {dbuf, 0, 0};
  bool isshort = prec < 0;
  if (isshort) {
    shortest(f, f32, &g, sbuf);
    if (fmt == 'e' || fmt == 'E') prec = g.nd > 1 ? g.nd - 1 : 0;
    else if (fmt == 'f') prec = g.nd - g.dp > 0 ? g.nd - g.dp : 0;
    else prec = g.nd;
  } else if (fmt == 'f') {
    mgstd_buf tmp = {0};
    round_frac(f, (int)prec, &g, &tmp);
  } else {
    if ((fmt == 'g' || fmt == 'G') && prec == 0) prec = 1;
    round_sig(f, fmt == 'e' || fmt == 'E' ? (int)prec + 1 : (int)prec, &g, sbuf);
    trim(&g);
  }
  format_digits(&b, &g, (int)prec, isshort, fmt);
  return mgstd_buf_string(&b);
}
