/*
 * check.c - checker state, buffered errors (printed sorted by position, as
 * gc does), scopes and the "declared and not used" report.
 */
#include "check_impl.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

Checker ck;

typedef struct CheckError {
  Pos pos;
  char *msg;
  int seq;
} CheckError;

/* Errors are buffered and printed sorted by position, as gc does. */
void check_error(Pos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *msg = NULL;
  if (vasprintf(&msg, fmt, ap) < 0) msg = xstrdup("out of memory");
  va_end(ap);
  CheckError *e = xmalloc(sizeof *e);
  e->pos = pos;
  e->msg = msg;
  e->seq = ck.errors.len;
  vec_push(&ck.errors, e);
}

static int error_cmp(const void *a, const void *b) {
  const CheckError *x = *(CheckError *const *)a, *y = *(CheckError *const *)b;
  int c = strcmp(x->pos.file ? x->pos.file : "", y->pos.file ? y->pos.file : "");
  if (!c) c = x->pos.line - y->pos.line;
  if (!c) c = x->pos.col - y->pos.col;
  return c ? c : x->seq - y->seq;
}

/* Prints the buffered errors in position order, dropping exact repeats. */
void check_flush_errors(void) {
  if (ck.errors.len) qsort(ck.errors.data, (size_t)ck.errors.len, sizeof(void *), error_cmp);
  for (int i = 0; i < ck.errors.len; i++) {
    CheckError *e = ck.errors.data[i], *p = i ? ck.errors.data[i - 1] : NULL;
    if (p && p->pos.line == e->pos.line && !strcmp(p->msg, e->msg)) continue;
    diag_error(e->pos, "%s", e->msg);
    /* gc stops at its 10th error with "too many errors" at that position */
    if (diag_count() == DIAG_MAX_ERRORS) diag_error(e->pos, "too many errors");
  }
  ck.errors.len = 0;
}

const char *tstr(Type *t) { return type_string_rel(t, ck.pkg ? ck.pkg->path : ""); }

static const char *short_file(const char *f) { return f ? f : "<input>"; }

/* Declares o in s; reports a redeclaration. Blank names are not declared. */
Obj *check_declare(Scope *s, Obj *o, Pos pos) {
  if (!strcmp(o->name, "_")) return o;
  Obj *alt = scope_lookup_local(s, o->name);
  if (alt) {
    if (alt->pos.line)
      check_error(pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
                  o->name, short_file(alt->pos.file), alt->pos.line, alt->pos.col,
                  o->name);
    else
      check_error(pos, "%s redeclared in this block", o->name);
    return alt;
  }
  scope_insert(s, o);
  return o;
}

void check_open_scope(void) { ck.scope = scope_new(ck.scope); }

void check_close_scope(void) { ck.scope = ck.scope->parent; }

/* Reports unused local variables of s (not params, results or globals). */
void check_report_unused(Scope *s) {
  for (int i = 0; i < s->names.len; i++) {
    Obj *o = s->names.data[i];
    if (o->kind == OBJ_VAR && !o->used && !o->param && !o->global)
      check_error(o->pos, "declared and not used: %s", o->name);
  }
}
