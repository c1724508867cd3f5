/*
 * fmt.h - the printer shared by fmt's C files: Go's pp and fmt structs
 * (fmt/print.go, fmt/format.go) with values described by mg_type.
 */
#ifndef MG_FMT_H
#define MG_FMT_H

#include "internal/std.h"
#include "strconv/strconv.h"

typedef struct fmt_flags {
  bool widPresent, precPresent, minus, plus, sharp, space, zero;
  bool plusV, sharpV;  /* %+v and %#v */
} fmt_flags;

typedef struct fmt_pp {
  mgstd_buf buf;
  fmt_flags f;
  int64_t wid, prec;
  /* the operand being printed, for %!verb(type=value) */
  mg_iface arg;          /* set when it is a top-level argument */
  const mg_type *vtype;  /* otherwise a nested value */
  const void *vptr;
  bool erroring;         /* printing an error: do not call methods */
  bool panicking;        /* printing the value of a method's panic */
  bool wrapErrs;         /* Errorf: %w allowed */
  bool reordered, goodArgNum;
  int64_t *wrapped;      /* Errorf: indices of the %w operands */
  int64_t nwrapped;
} fmt_pp;

/* ---- fmt_verbs.c: format.go's primitives and Printf's parser */
void fmt_pad(fmt_pp *p, const uint8_t *s, int64_t n);
void fmt_pad_cstr(fmt_pp *p, const char *s);
void fmt_boolean(fmt_pp *p, bool v);
void fmt_integer(fmt_pp *p, uint64_t u, int base, bool isSigned, int verb, const char *digits);
void fmt_unicode(fmt_pp *p, uint64_t u);
void fmt_s(fmt_pp *p, mg_string s);
void fmt_sbx(fmt_pp *p, mg_string s, const char *digits);
void fmt_q(fmt_pp *p, mg_string s);
void fmt_c(fmt_pp *p, uint64_t c);
void fmt_qc(fmt_pp *p, uint64_t c);
void fmt_float(fmt_pp *p, double v, int size, int verb, int prec);
void fmt_0x64(fmt_pp *p, uint64_t v, bool leading0x);
void fmt_doprintf(fmt_pp *p, mg_string format, mg_slice a);

extern const char fmt_ldigits[], fmt_udigits[];

/* ---- fmt_print.c: values by descriptor */
void fmt_printarg(fmt_pp *p, mg_iface arg, int verb);
void fmt_badverb(fmt_pp *p, int verb);
void fmt_doprint(fmt_pp *p, mg_slice a);
void fmt_doprintln(fmt_pp *p, mg_slice a);

/* ---- fmt_sort.c: map entries in Go's fmtsort order */
int fmt_compare(const mg_type *t, const void *a, const void *b);
/* The map's keys and values (pointers), sorted by key; returns the count. */
int64_t fmt_sortmap(mg_map *m, const mg_type *keytype, void ***keys, void ***vals);

#endif
