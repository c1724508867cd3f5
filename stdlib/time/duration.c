/*
 * duration.c - Duration.String, digit for digit as Go's time.Duration.format:
 * "1h2m3.5s", "1.5s", "250ms", "1µs", "0s".
 */
#include "time/mgtime.h"

/* Writes the fraction v/10^prec backwards ending at w, dropping trailing
 * zeros (and the dot when nothing is left); returns the new w, v /= 10^prec. */
static int fmt_frac(char *buf, int w, uint64_t *v, int prec) {
  bool print = false;
  for (int i = 0; i < prec; i++) {
    int digit = (int)(*v % 10);
    print = print || digit != 0;
    if (print)
      buf[--w] = (char)('0' + digit);
    *v /= 10;
  }
  if (print)
    buf[--w] = '.';
  return w;
}

static int fmt_int(char *buf, int w, uint64_t v) {
  do {
    buf[--w] = (char)('0' + v % 10);
    v /= 10;
  } while (v > 0);
  return w;
}

/* Formats backwards into buf[0..32); returns the start index. */
static int format_back(time__Duration d, char *buf) {
  int w = 32;
  uint64_t u = (uint64_t)d;
  bool neg = d < 0;
  if (neg)
    u = -u;
  buf[--w] = 's';
  if (u < 1000000000u) {
    int prec;
    if (u == 0) {
      buf[--w] = '0';
      return w;
    } else if (u < 1000) {
      prec = 0;
      buf[--w] = 'n';
    } else if (u < 1000000) {
      prec = 3;
      buf[--w] = (char)0xB5;  /* U+00B5 micro sign in UTF-8 */
      buf[--w] = (char)0xC2;
    } else {
      prec = 6;
      buf[--w] = 'm';
    }
    w = fmt_frac(buf, w, &u, prec);
    w = fmt_int(buf, w, u);
  } else {
    w = fmt_frac(buf, w, &u, 9);
    w = fmt_int(buf, w, u % 60);
    u /= 60;
    if (u > 0) {
      buf[--w] = 'm';
      w = fmt_int(buf, w, u % 60);
      u /= 60;
      if (u > 0) {
        buf[--w] = 'h';
        w = fmt_int(buf, w, u);
      }
    }
  }
  if (neg)
    buf[--w] = '-';
  return w;
}

int time_format_duration(time__Duration d, char *buf) {
  char tmp[32];
  int w = format_back(d, tmp);
  memcpy(buf, tmp + w, (size_t)(32 - w));
  return 32 - w;
}

mg_string time__Duration__String(time__Duration d) {
  char *buf = mg_alloc_atomic(32);
  int n = time_format_duration(d, buf);
  return (mg_string){(const uint8_t *)buf, n};
}
