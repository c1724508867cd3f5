/*
 * check_assign.c - assignability, assignments, := and variable
 * initialization (count mismatches, comma-ok forms).
 */
#include "check_impl.h"

#include <string.h>

/* Go's "named type": a defined type or a predeclared basic type. */
static bool has_name(Type *t) { return t->kind == TY_NAMED || t->kind < TY_ARRAY; }

bool assignable(Operand *x, Type *t, const char **reason) {
  Type *v = x->type;
  if (!v || !t || v->kind == TY_INVALID || t->kind == TY_INVALID) return true;
  if (type_identical(v, t)) return true;
  Type *vu = type_underlying(v), *tu = type_underlying(t);
  if (type_is_untyped(v)) {
    if (tu->kind == TY_INTERFACE) return v->kind == TY_UNTYPED_NIL || !tu->methods.len ||
                                         implements(type_default(v), t, reason);
    if (v->kind == TY_UNTYPED_NIL) return type_has_nil(tu);
    if (type_is_untyped(t)) return true;
    if (x->mode == M_CONST && x->val) {
      bool trunc;
      return const_represent(x->val, t, &trunc) != NULL;
    }
    return (type_is_boolean(v) && type_is_boolean(tu)) || (type_is_numeric(v) && type_is_numeric(tu)) ||
           (type_is_string(v) && type_is_string(tu));
  }
  if (type_identical(vu, tu) && (!has_name(v) || !has_name(t))) return true;
  if (tu->kind == TY_INTERFACE) {
    const char *r = NULL;
    if (implements(v, t, &r)) return true;
    if (reason) *reason = xasprintf("%s does not implement %s %s", tstr(v), tstr(t), r);
    return false;
  }
  if (vu->kind == TY_INTERFACE && tu->kind != TY_INTERFACE) {
    if (reason && implements(t, v, NULL)) *reason = "need type assertion";
    return false;
  }
  if (vu->kind == TY_CHAN && tu->kind == TY_CHAN && vu->dir == CHAN_BOTH &&
      type_identical(vu->elem, tu->elem) && (!has_name(v) || !has_name(t)))
    return true;
  return false;
}

/* Assigns x to a destination of type t (NULL: the variable takes x's
 * default type). Reports Go's "cannot use x as T value in context". */
void check_assignment(Operand *x, Type *t, const char *context) {
  if (x->mode == M_INVALID) return;
  if (type_is_untyped(x->type)) {
    Type *target = t;
    if (!t || (type_is_interface(t) && x->type->kind != TY_UNTYPED_NIL)) {
      if (x->type->kind == TY_UNTYPED_NIL) {
        check_error(expr_pos(x->expr), "use of untyped nil in %s", context);
        x->mode = M_INVALID;
        return;
      }
      target = type_default(x->type);
    }
    if (!convert_untyped_assign(x, target, context)) return;
  }
  if (!t) return;
  const char *reason = NULL;
  if (!assignable(x, t, &reason)) {
    if (reason)
      check_error(expr_pos(x->expr), "cannot use %s as %s value in %s: %s", operand_string(x), tstr(t),
                  context, reason);
    else
      check_error(expr_pos(x->expr), "cannot use %s as %s value in %s", operand_string(x), tstr(t), context);
    x->mode = M_INVALID;
  }
}

void assignment_mismatch(Pos pos, int nl, int nr, Node *rhs0) {
  Node *r = rhs0;
  while (r && r->kind == N_PAREN) r = r->X;
  const char *vars = xasprintf("%d variable%s", nl, nl == 1 ? "" : "s");
  const char *vals = xasprintf("%d value%s", nr, nr == 1 ? "" : "s");
  if (r && r->kind == N_CALL)
    check_error(expr_pos(rhs0), "assignment mismatch: %s but %s returns %s", vars, expr_string(r->Fun), vals);
  else
    check_error(rhs0 ? expr_pos(rhs0) : pos, "assignment mismatch: %s but %s", vars, vals);
}

/* The comma-ok forms: m[k], x.(T), <-ch. */
static bool comma_ok_expr(Operand *x) {
  return x->mode == M_MAPINDEX || (x->mode == M_COMMAOK);
}

static bool is_call(Node *e) {
  while (e && e->kind == N_PAREN) e = e->X;
  return e && e->kind == N_CALL;
}

/* Evaluates the right side of an n:1 assignment into n operands. */
static Operand *expand_rhs(Node *rhs, int n, bool *ok, Type *hint) {
  Operand x;
  *ok = false;
  check_expr_raw(&x, rhs, hint);
  if (x.mode == M_NOVALUE) {
    check_error(expr_pos(rhs), "%s (no value) used as value", expr_string(rhs));
    return NULL;
  }
  if (x.mode == M_TYPE || x.mode == M_BUILTIN) {
    check_expr(&x, rhs); /* reports the misuse */
    return NULL;
  }
  if (x.mode == M_INVALID) return NULL;
  Operand *out = xmalloc(sizeof(Operand) * (size_t)n);
  if (n == 1 && !(x.type && x.type->kind == TY_TUPLE)) {
    out[0] = x;
    *ok = true;
    return out;
  }
  if (x.type && x.type->kind == TY_TUPLE) {
    if (x.type->params.len != n) {
      assignment_mismatch(rhs->pos, n, x.type->params.len, rhs);
      return NULL;
    }
    for (int i = 0; i < n; i++) {
      out[i] = x;
      out[i].mode = M_VALUE;
      out[i].type = x.type->params.data[i];
    }
    *ok = true;
    return out;
  }
  if (n == 2 && comma_ok_expr(&x)) {
    Node *r = rhs;
    while (r->kind == N_PAREN) r = r->X;
    r->aux = (void *)1;
    out[0] = x;
    out[0].mode = M_VALUE;
    out[1] = x;
    out[1].mode = M_VALUE;
    out[1].type = type_basic(TY_UNTYPED_BOOL);
    out[1].val = NULL;
    *ok = true;
    return out;
  }
  assignment_mismatch(rhs->pos, n, 1, rhs);
  return NULL;
}

static void init_var(Obj *o, Operand *x, const char *context) {
  if (x->mode == M_INVALID) {
    if (!o->type) o->type = type_basic(TY_INVALID);
    o->used = true;
    return;
  }
  if (!o->type) {
    check_assignment(x, NULL, context);
    o->type = x->mode == M_INVALID ? type_basic(TY_INVALID) : x->type;
    if (x->mode == M_INVALID) o->used = true;
    if (o->decl) o->decl->type = o->type;
    return;
  }
  check_assignment(x, o->type, context);
  if (x->mode == M_INVALID) o->used = true;
}

/* var a, b = x, y  /  a, b := f(). lhs: Vec of Obj* (NULL type: inferred). */
void check_init_vars(Vec *lhs, Vec *rhs, Pos pos, bool define) {
  const char *context = define ? "assignment" : "variable declaration";
  int nl = lhs->len, nr = rhs->len;
  if (nl == nr && !(nr == 1 && is_call(rhs->data[0]))) {
    for (int i = 0; i < nl; i++) {
      Obj *o = lhs->data[i];
      Operand x;
      check_expr_hint(&x, rhs->data[i], o->type);
      init_var(o, &x, context);
    }
    return;
  }
  bool ok = false;
  Operand *vals = NULL;
  if (nr == 1) vals = expand_rhs(rhs->data[0], nl, &ok, nl == 1 ? ((Obj *)lhs->data[0])->type : NULL);
  else {
    check_use_exprs(rhs);
    assignment_mismatch(pos, nl, nr, rhs->data[0]);
  }
  for (int i = 0; i < nl; i++) {
    Obj *o = lhs->data[i];
    if (ok) {
      vals[i].expr = rhs->data[0];
      Operand v = vals[i];
      init_var(o, &v, context);
      if (v.mode == M_INVALID) ok = false;
    } else {
      if (!o->type) o->type = type_basic(TY_INVALID);
      o->used = true;
    }
  }
  if (!ok)
    for (int i = 0; i < nl; i++) ((Obj *)lhs->data[i])->used = true;
}

/* ---- assignments to existing operands ---- */

/* The type of an assignment destination (NULL for _). */
static Type *check_lhs(Node *lhs, Operand *z) {
  Node *l = lhs;
  while (l->kind == N_PAREN) l = l->X;
  memset(z, 0, sizeof *z);
  if (l->kind == N_IDENT && !strcmp(l->Name, "_")) {
    l->obj = NULL;
    z->mode = M_VAR;
    return NULL;
  }
  Obj *v = NULL;
  bool used = false;
  if (l->kind == N_IDENT) {
    v = scope_lookup(ck.scope, l->Name);
    if (v && v->kind == OBJ_VAR && !v->global) used = v->used;
    else v = NULL;
  }
  check_expr(z, lhs);
  if (v) v->used = used;
  if (z->mode == M_INVALID) return type_basic(TY_INVALID);
  if (z->mode != M_VAR && z->mode != M_MAPINDEX) {
    Node *sel = l;
    if (sel->kind == N_SELECTOR && sel->sel == SEL_FIELD) {
      Node *b = sel->X;
      while (b->kind == N_PAREN) b = b->X;
      if (b->kind == N_INDEX && b->X->type && type_underlying(b->X->type)->kind == TY_MAP) {
        check_error(expr_pos(lhs), "cannot assign to struct field %s in map", expr_string(lhs));
        z->mode = M_INVALID;
        return type_basic(TY_INVALID);
      }
    }
    check_error(expr_pos(lhs), "cannot assign to %s (neither addressable nor a map index expression)",
                expr_string(lhs));
    z->mode = M_INVALID;
    return type_basic(TY_INVALID);
  }
  return z->type;
}

/* gc names the context of `_ = x` "assignment to _ identifier". */
static const char *assign_context(Type *lhsType) { return lhsType ? "assignment" : "assignment to _ identifier"; }

void check_assign_var(Node *lhs, Operand *x) {
  Operand z;
  Type *t = check_lhs(lhs, &z);
  if (z.mode == M_INVALID || x->mode == M_INVALID) return;
  check_assignment(x, t, assign_context(t));
}

static void assign_vars(Vec *lhs, Vec *rhs, Pos pos) {
  int nl = lhs->len, nr = rhs->len;
  if (nl == nr && !(nr == 1 && is_call(rhs->data[0]))) {
    for (int i = 0; i < nl; i++) {
      Operand z, x;
      Type *t = check_lhs(lhs->data[i], &z);
      check_expr_hint(&x, rhs->data[i], t && t->kind != TY_INVALID ? t : NULL);
      if (z.mode == M_INVALID || x.mode == M_INVALID) continue;
      check_assignment(&x, t, assign_context(t));
    }
    return;
  }
  if (nr != 1) {
    for (int i = 0; i < nl; i++) {
      Operand z;
      check_lhs(lhs->data[i], &z);
    }
    check_use_exprs(rhs);
    assignment_mismatch(pos, nl, nr, rhs->data[0]);
    return;
  }
  Type **types = xmalloc(sizeof(Type *) * (size_t)nl);
  bool bad = false;
  for (int i = 0; i < nl; i++) {
    Operand z;
    types[i] = check_lhs(lhs->data[i], &z);
    bad |= z.mode == M_INVALID;
  }
  bool ok;
  Operand *vals = expand_rhs(rhs->data[0], nl, &ok, nl == 1 ? types[0] : NULL);
  if (!ok || bad) return;
  for (int i = 0; i < nl; i++) {
    vals[i].expr = rhs->data[0];
    check_assignment(&vals[i], types[i], assign_context(types[i]));
  }
}

/* x op= y: the binary operation, then the assignment (x counts as used,
 * as in gc). */
static void assign_op(Node *s, int op, Node *y) {
  Node bin = {.kind = N_BINARY, .pos = s->pos, .X = s->Lhs.data[0], .Y = y, .Op = op};
  Operand x;
  check_expr(&x, &bin);
  if (x.mode == M_INVALID) return;
  check_assign_var(bin.X, &x);
  s->type = bin.type;
}

static int binop_of(int assignOp) {
  switch (assignOp) {
  case T_ADD_ASSIGN: return T_ADD; case T_SUB_ASSIGN: return T_SUB;
  case T_MUL_ASSIGN: return T_MUL; case T_QUO_ASSIGN: return T_QUO;
  case T_REM_ASSIGN: return T_REM; case T_AND_ASSIGN: return T_AND;
  case T_OR_ASSIGN: return T_OR; case T_XOR_ASSIGN: return T_XOR;
  case T_SHL_ASSIGN: return T_SHL; case T_SHR_ASSIGN: return T_SHR;
  default: return T_AND_NOT;
  }
}

void check_incdec(Node *s) {
  Operand x;
  check_expr(&x, s->X);
  if (x.mode == M_INVALID) return;
  if (!type_is_numeric(x.type)) {
    check_error(expr_pos(s->X), "invalid operation: %s%s (non-numeric type %s)", expr_string(s->X),
                s->Op == T_INC ? "++" : "--", tstr(x.type));
    return;
  }
  Operand z;
  check_lhs(s->X, &z);
}

void check_assign_stmt(Node *s) {
  if (s->Op == T_DEFINE) {
    check_define(&s->Lhs, &s->Rhs, s->pos);
    return;
  }
  if (s->Op == T_ASSIGN) {
    assign_vars(&s->Lhs, &s->Rhs, s->pos);
    return;
  }
  if (s->Lhs.len != 1 || s->Rhs.len != 1) {
    check_error(s->pos, "assignment operation %s requires single-valued expressions", "op=");
    return;
  }
  assign_op(s, binop_of(s->Op), s->Rhs.data[0]);
}

/* a, b := ... */
void check_define(Vec *lhs, Vec *rhs, Pos pos) {
  Vec objs = {0}, fresh = {0};
  bool anyNew = false, bad = false;
  for (int i = 0; i < lhs->len; i++) {
    Node *id = lhs->data[i];
    if (id->kind != N_IDENT) {
      check_error(expr_pos(id), "non-name %s on left side of :=", expr_string(id));
      bad = true;
      Operand z;
      check_expr(&z, id);
      continue;
    }
    bool dup = false;
    for (int j = 0; j < i; j++) {
      Node *o = lhs->data[j];
      if (o->kind == N_IDENT && o->Name == id->Name && strcmp(id->Name, "_")) dup = true;
    }
    if (dup) {
      check_error(id->pos, "%s repeated on left side of :=", id->Name);
      bad = true;
      continue;
    }
    Obj *o = strcmp(id->Name, "_") ? scope_lookup_local(ck.scope, id->Name) : NULL;
    if (o && o->kind == OBJ_VAR) {
      id->obj = o;
      vec_push(&objs, o);
      continue;
    }
    o = obj_new(OBJ_VAR, id->Name, NULL, id->pos);
    o->decl = id;
    o->pkg = ck.pkg->path;
    o->check = ck.func;
    if (strcmp(id->Name, "_")) {
      anyNew = true;
      id->obj = o;
    } else {
      o->used = true;
    }
    vec_push(&objs, o);
    vec_push(&fresh, o);
  }
  if (bad) {
    check_use_exprs(rhs);
    return;
  }
  if (!anyNew) check_error(pos, "no new variables on left side of :=");
  /* existing variables are assigned: their types guide the rhs */
  check_init_vars(&objs, rhs, pos, true);
  for (int i = 0; i < fresh.len; i++) {
    Obj *o = fresh.data[i];
    if (strcmp(o->name, "_")) check_declare(ck.scope, o, o->pos);
  }
}
