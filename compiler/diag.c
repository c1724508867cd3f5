/*
 * diag.c - error reporting, allocation and string interning.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int diag_errors;

void diag_error(Pos pos, const char *fmt, ...) {
  const char *file = pos.file ? pos.file : "<input>";
  if (diag_errors == DIAG_MAX_ERRORS) {
    fprintf(stderr, "%s:%d:%d: too many errors\n", file, pos.line, pos.col);
    exit(1);
  }
  diag_errors++;
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "%s:%d:%d: ", file, pos.line, pos.col);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

int diag_count(void) { return diag_errors; }

void diag_reset(void) { diag_errors = 0; }

static void oom(void) {
  fputs("minigo: out of memory\n", stderr);
  abort();
}

void *xmalloc(size_t n) {
  void *p = calloc(1, n ? n : 1);
  if (!p) oom();
  return p;
}

void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) oom();
  return p;
}

char *xstrdup(const char *s) {
  size_t n = strlen(s);
  char *p = xmalloc(n + 1);
  memcpy(p, s, n);
  return p;
}

char *xasprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) oom();
  char *p = xmalloc((size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return p;
}

/* Open-addressing hash set of interned strings (FNV-1a), keyed by bytes and
 * length; each entry owns a NUL-terminated copy. */
typedef struct InternEntry {
  const char *str;
  size_t len;
  uint64_t hash;
} InternEntry;

static InternEntry *intern_tab;
static size_t intern_cap, intern_used;

static uint64_t intern_hash(const char *s, size_t n) {
  uint64_t h = 14695981039346656037ull;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return h;
}

static InternEntry *intern_slot(InternEntry *tab, size_t cap, const char *s,
                                size_t n, uint64_t h) {
  size_t i = h & (cap - 1);
  while (tab[i].str &&
         !(tab[i].hash == h && tab[i].len == n && !memcmp(tab[i].str, s, n)))
    i = (i + 1) & (cap - 1);
  return &tab[i];
}

static void intern_grow(void) {
  size_t ncap = intern_cap ? intern_cap * 2 : 1024;
  InternEntry *ntab = xmalloc(ncap * sizeof *ntab);
  for (size_t i = 0; i < intern_cap; i++) {
    InternEntry *e = &intern_tab[i];
    if (e->str) *intern_slot(ntab, ncap, e->str, e->len, e->hash) = *e;
  }
  free(intern_tab);
  intern_tab = ntab;
  intern_cap = ncap;
}

const char *intern_n(const char *s, size_t n) {
  if ((intern_used + 1) * 2 > intern_cap) intern_grow();
  uint64_t h = intern_hash(s, n);
  InternEntry *e = intern_slot(intern_tab, intern_cap, s, n, h);
  if (!e->str) {
    char *copy = xmalloc(n + 1);
    memcpy(copy, s, n);
    e->str = copy;
    e->len = n;
    e->hash = h;
    intern_used++;
  }
  return e->str;
}

const char *intern(const char *s) { return intern_n(s, strlen(s)); }
