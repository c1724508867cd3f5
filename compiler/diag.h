/*
 * diag.h - error reporting shared by all compiler stages, plus the small
 * allocation and string-interning helpers every stage uses.
 */
#ifndef MINIGO_DIAG_H
#define MINIGO_DIAG_H

#include <stddef.h>
#include "ast.h"

#define DIAG_MAX_ERRORS 10

/* Prints "file:line:col: msg" to stderr at once (the checker sorts its own
 * errors first, as gc). The 11th error prints "file:line:col: too many
 * errors" instead and exits with status 1, as gc does. */
void diag_error(Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
int diag_count(void);
void diag_reset(void);  /* for unit tests */

/* Interned strings: pointer equality is string equality. */
const char *intern(const char *s);
const char *intern_n(const char *s, size_t n);

void *xmalloc(size_t n);  /* zeroed; aborts with a message on OOM */
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
