/*
 * check_fmt.c - operands and type lists as go/types prints them in errors
 * ("f() (value of type int)", "300 (untyped int constant)", "(number, string)").
 */
#include "check_impl.h"

#include <stdlib.h>
#include <string.h>

static const char *mem_string(void (*fn)(FILE *, void *), void *arg) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  fn(f, arg);
  fclose(f);
  const char *s = intern(buf);
  free(buf);
  return s;
}

const char *expr_string(Node *n) {
  char *s = ast_expr_string(n);
  const char *r = intern(s);
  free(s);
  return r;
}

static const char *mode_names[] = {
    [M_INVALID] = "invalid operand", [M_NOVALUE] = "no value",
    [M_BUILTIN] = "built-in", [M_TYPE] = "type", [M_CONST] = "constant",
    [M_VAR] = "variable", [M_MAPINDEX] = "map index expression",
    [M_VALUE] = "value", [M_COMMAOK] = "comma, ok expression"};

/* gc 1.24+ describes a defined type's structure: "variable of struct type
 * T", "value of int type Celsius"; "" for other types. */
static const char *type_structure(Type *t) {
  if (t->kind != TY_NAMED || !t->underlying) return "";
  switch (t->underlying->kind) {
  case TY_ARRAY: return "array ";
  case TY_SLICE: return "slice ";
  case TY_STRUCT: return "struct ";
  case TY_POINTER: return "pointer ";
  case TY_FUNC: return "func ";
  case TY_INTERFACE: return "interface ";
  case TY_MAP: return "map ";
  case TY_CHAN: return "chan ";
  case TY_INVALID: return "";
  default: return xasprintf("%s ", tstr(t->underlying));
  }
}

static void write_operand(FILE *f, void *arg) {
  Operand *x = arg;
  const char *expr = x->expr ? expr_string(x->expr) : "";
  if (x->mode == M_VALUE && x->type && x->type->kind == TY_UNTYPED_NIL) {
    fputs("nil", f);
    return;
  }
  fputs(expr, f);
  fputs(" (", f);
  bool hasType = false;
  if (x->mode != M_INVALID && x->mode != M_NOVALUE && x->mode != M_BUILTIN &&
      x->mode != M_TYPE && x->type) {
    if (type_is_untyped(x->type)) fprintf(f, "%s ", tstr(x->type));
    else hasType = true;
  }
  fputs(mode_names[x->mode], f);
  if (x->mode == M_CONST && x->val) {
    const char *v = const_string_go(x->val);
    if (strcmp(v, expr)) fprintf(f, " %s", v);
  }
  if (hasType) fprintf(f, " of %stype %s", type_structure(x->type), tstr(x->type));
  fputc(')', f);
}

const char *operand_string(Operand *x) { return mem_string(write_operand, x); }

/* The start of n, where go/types reports errors about it. */
Pos expr_pos(Node *n) { return ast_start_pos(n); }

/* go/types' typesSummary for "have (...)"/"want (...)": untyped numeric
 * values show as "number". */
const char *types_summary(Vec *types, bool variadic) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  fputc('(', f);
  for (int i = 0; i < types->len; i++) {
    Type *t = types->data[i];
    if (i) fputs(", ", f);
    if (!t || t->kind == TY_INVALID) fputs("unknown type", f);
    else if (type_is_untyped(t)) fputs(type_is_numeric(t) ? "number" : tstr(t) + 8, f);
    else if (variadic && i == types->len - 1) fprintf(f, "...%s", tstr(t->elem));
    else fputs(tstr(t), f);
  }
  fputc(')', f);
  fclose(f);
  const char *s = intern(buf);
  free(buf);
  return s;
}
