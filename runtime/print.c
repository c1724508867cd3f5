/*
 * print.c - the print and println builtins, in the formats of Go's
 * runtime/print.go (floats as +1.500000e+000, pointers in hex). They
 * write straight to stderr, unbuffered, as Go's do.
 */
#include <unistd.h>

#include "minigo.h"
#include "runtime.h"

/* a runtime lock, invisible to -race as Go's printlock is */
static mg_lock print_mu;

void mg_print_lock(void) { mg_lock_acquire(&print_mu); }
void mg_print_unlock(void) { mg_lock_release(&print_mu); }

static void print_write(const void *p, size_t n) {
  const char *s = p;
  while (n > 0) {
    ssize_t w = write(2, s, n);
    if (w <= 0)
      return;
    s += w;
    n -= (size_t)w;
  }
}

void mg_print_cstr(const char *s) { print_write(s, strlen(s)); }
void mg_print_string(mg_string s) { print_write(s.ptr, (size_t)s.len); }
void mg_print_space(void) { print_write(" ", 1); }
void mg_print_nl(void) { print_write("\n", 1); }
void mg_print_bool(bool v) { mg_print_cstr(v ? "true" : "false"); }

void mg_print_uint(uint64_t v) {
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = (char)('0' + v % 10);
    v /= 10;
  } while (v > 0);
  print_write(buf + i, sizeof buf - (size_t)i);
}

void mg_print_int(int64_t v) {
  if (v < 0) {
    print_write("-", 1);
    mg_print_uint(-(uint64_t)v);
    return;
  }
  mg_print_uint((uint64_t)v);
}

static void print_hex(uint64_t v) {
  static const char dig[] = "0123456789abcdef";
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = dig[v % 16];
    v /= 16;
  } while (v > 0);
  buf[--i] = 'x';
  buf[--i] = '0';
  print_write(buf + i, sizeof buf - (size_t)i);
}

void mg_print_pointer(const void *p) { print_hex((uint64_t)(uintptr_t)p); }

/* Go's printfloat: 7 significant digits, sign always, 3-digit exponent. */
void mg_print_float(double v) {
  if (v != v) {
    mg_print_cstr("NaN");
    return;
  }
  if (v + v == v && v > 0) {
    mg_print_cstr("+Inf");
    return;
  }
  if (v + v == v && v < 0) {
    mg_print_cstr("-Inf");
    return;
  }
  enum { N = 7 };
  char buf[N + 7];
  int e = 0;
  buf[0] = '+';
  if (v == 0) {
    if (1 / v < 0)
      buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < N; i++)
      h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < N; i++) {
    int s = (int)v;
    buf[i + 2] = (char)(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[N + 2] = 'e';
  buf[N + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[N + 3] = '-';
  }
  buf[N + 4] = (char)(e / 100 + '0');
  buf[N + 5] = (char)(e / 10 % 10 + '0');
  buf[N + 6] = (char)(e % 10 + '0');
  print_write(buf, sizeof buf);
}

void mg_print_slice(mg_slice s) {
  mg_print_cstr("[");
  mg_print_int(s.len);
  mg_print_cstr("/");
  mg_print_int(s.cap);
  mg_print_cstr("]");
  mg_print_pointer(s.ptr);
}

void mg_print_iface(mg_iface v) {
  mg_print_cstr("(");
  mg_print_pointer(v.type);
  mg_print_cstr(",");
  mg_print_pointer(v.data);
  mg_print_cstr(")");
}
