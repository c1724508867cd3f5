/*
 * check_expr.c - expressions: identifiers, literals, operators, untyped
 * constant conversion, index and slice expressions, type assertions.
 */
#include "check_impl.h"

#include <string.h>

static void invalidate(Operand *x) { x->mode = M_INVALID; }

static bool is_comparison(int op) {
  return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ ||
         op == T_GTR || op == T_GEQ;
}

static bool is_shift(int op) { return op == T_SHL || op == T_SHR; }

/* Rank of an untyped numeric kind: int < rune < float. */
static int untyped_rank(Type *t) {
  switch (t->kind) {
  case TY_UNTYPED_INT: return 1;
  case TY_UNTYPED_RUNE: return 2;
  case TY_UNTYPED_FLOAT: return 3;
  default: return 0;
  }
}

/* Gives n (and the untyped operands it was computed from) its final type. */
void set_final_type(Node *n, Type *t) {
  if (!n || !t) return;
  /* a typed node stays: the ok of v, ok := x.(T) / m[k] / <-c is untyped
   * bool, but the node holds the value v */
  if (n->type && !type_is_untyped(n->type) && n->type->kind != TY_INVALID) return;
  if (n->cval && !type_is_untyped(t) && !type_is_interface(t)) {
    bool trunc;
    Const *c = const_represent(n->cval, t, &trunc);
    if (c) n->cval = c;
  }
  if (n->type && type_is_untyped(n->type) && type_is_interface(t)) t = type_default(n->type);
  n->type = t;
  switch (n->kind) {
  case N_PAREN: set_final_type(n->X, t); break;
  case N_UNARY:
    if (n->Op != T_ARROW && n->Op != T_AND && n->X->type && type_is_untyped(n->X->type))
      set_final_type(n->X, t);
    break;
  case N_BINARY:
    if (is_comparison(n->Op)) break;
    if (n->X->type && type_is_untyped(n->X->type)) set_final_type(n->X, t);
    if (!is_shift(n->Op) && n->Y->type && type_is_untyped(n->Y->type))
      set_final_type(n->Y, t);
    break;
  default: break;
  }
}

enum { CONV_OK, CONV_OVERFLOW, CONV_TRUNC, CONV_MISMATCH };

/* go/types' implicitTypeAndValue: the type an untyped x takes in target. */
static int implicit_type(Operand *x, Type *target, Type **nt, Const **nv) {
  *nt = target;
  *nv = x->val;
  if (type_is_untyped(target)) {
    if (untyped_rank(x->type) && untyped_rank(target)) {
      if (untyped_rank(x->type) > untyped_rank(target)) *nt = x->type;
      return CONV_OK;
    }
    return x->type == target ? CONV_OK : CONV_MISMATCH;
  }
  Type *u = type_underlying(target);
  if (!u || u->kind == TY_INVALID) return CONV_OK;
  if (x->type->kind == TY_UNTYPED_NIL)
    return type_has_nil(u) ? CONV_OK : CONV_MISMATCH;
  if (u->kind == TY_INTERFACE) {
    *nt = type_default(x->type);
    return CONV_OK;
  }
  if (u->kind > TY_STRING) return CONV_MISMATCH;
  if (x->mode == M_CONST && x->val) {
    bool trunc;
    Const *c = const_represent(x->val, u, &trunc);
    if (c) {
      *nv = c;
      return CONV_OK;
    }
    if (type_is_numeric(x->type) && type_is_numeric(u))
      return trunc ? CONV_TRUNC : CONV_OVERFLOW;
    return CONV_MISMATCH;
  }
  if (type_is_boolean(x->type) != type_is_boolean(u) ||
      type_is_string(x->type) != type_is_string(u) ||
      type_is_numeric(x->type) != type_is_numeric(u))
    return CONV_MISMATCH;
  if (x->expr && x->expr->kind == N_BINARY && is_shift(x->expr->Op) && !type_is_integer(u))
    return CONV_MISMATCH;
  return CONV_OK;
}

static void invalid_conversion(int code, Operand *x, Type *t) {
  const char *xs = operand_string(x);
  if (code == CONV_TRUNC) check_error(expr_pos(x->expr), "%s truncated to %s", xs, tstr(t));
  else if (code == CONV_OVERFLOW) check_error(expr_pos(x->expr), "%s overflows %s", xs, tstr(t));
  else check_error(expr_pos(x->expr), "cannot convert %s to type %s", xs, tstr(t));
}

static bool apply_untyped(Operand *x, Type *target, int *code) {
  Type *nt;
  Const *nv;
  *code = implicit_type(x, target, &nt, &nv);
  if (*code) return false;
  x->type = nt;
  x->val = nv;
  if (x->expr) {
    set_final_type(x->expr, nt);
    if (x->mode == M_CONST && nv && !type_is_interface(nt)) x->expr->cval = nv;
  }
  return true;
}

void convert_untyped(Operand *x, Type *target) {
  if (x->mode == M_INVALID || !type_is_untyped(x->type) || !target ||
      target->kind == TY_INVALID)
    return;
  int code;
  if (!apply_untyped(x, target, &code)) {
    Type *t = type_is_untyped(target) ? target : type_underlying(target);
    if (x->expr && x->expr->kind == N_BINARY && is_shift(x->expr->Op) && code == CONV_MISMATCH)
      check_error(expr_pos(x->expr), "invalid operation: shifted operand %s (type %s) must be integer",
                  expr_string(x->expr->X), tstr(target));
    else
      invalid_conversion(code, x, t);
    invalidate(x);
  }
}

/* Used by assignments: reports "cannot use x as T value in ctx (overflows)". */
bool convert_untyped_assign(Operand *x, Type *target, const char *context) {
  if (!type_is_untyped(x->type) || target->kind == TY_INVALID) return true;
  Type *t = target;
  if (type_is_interface(target) && x->type->kind != TY_UNTYPED_NIL) t = type_default(x->type);
  int code;
  Operand orig = *x;
  if (apply_untyped(x, t, &code)) return true;
  const char *suffix = code == CONV_TRUNC ? " (truncated)" : code == CONV_OVERFLOW ? " (overflows)" : "";
  check_error(expr_pos(orig.expr), "cannot use %s as %s value in %s%s", operand_string(&orig),
              tstr(target), context, suffix);
  invalidate(x);
  return false;
}

static void record(Operand *x) {
  if (!x->expr) return;
  if (x->mode == M_INVALID) return;
  x->expr->type = x->type;
  if (x->mode == M_CONST) x->expr->cval = x->val;
}

/* ---- identifiers ---- */

/* A local of an enclosing function used inside a func literal. */
static void note_capture(Obj *o) {
  if (o->global) return; /* Obj.check is a DeclInfo for globals */
  FuncInfo *owner = o->check;
  if (!ck.func || !owner || owner == ck.func) return;
  o->captured = o->escapes = true;
  for (FuncInfo *f = ck.func; f && f != owner; f = f->outer) {
    bool seen = false;
    for (int i = 0; i < f->captures.len; i++) seen |= f->captures.data[i] == o;
    if (!seen) vec_push(&f->captures, o);
  }
}

static void check_ident(Operand *x, Node *n) {
  if (!strcmp(n->Name, "_")) {
    check_error(n->pos, "cannot use _ as value");
    return invalidate(x);
  }
  Obj *o = scope_lookup(ck.scope, n->Name);
  if (!o) {
    check_error(n->pos, "undefined: %s", n->Name);
    return invalidate(x);
  }
  n->obj = o;
  if (o->kind != OBJ_VAR) o->used = true;
  if (o->global && o->kind != OBJ_PKG) check_obj(o);
  check_record_use(o);
  x->type = o->type;
  switch (o->kind) {
  case OBJ_CONST:
    if (!*o->pkg && !strcmp(o->name, "iota")) {
      if (!ck.inConst) {
        check_error(n->pos, "cannot use iota outside constant declaration");
        return invalidate(x);
      }
      x->val = const_int(ck.iota);
    } else {
      x->val = o->cval;
    }
    if (!x->val || !o->type || o->type->kind == TY_INVALID) return invalidate(x);
    x->mode = M_CONST;
    break;
  case OBJ_TYPE: x->mode = M_TYPE; break;
  case OBJ_VAR:
    o->used = true;
    note_capture(o);
    x->mode = M_VAR;
    break;
  case OBJ_FUNC: x->mode = M_VALUE; break;
  case OBJ_NIL: x->mode = M_VALUE; break;
  case OBJ_BUILTIN: x->mode = M_BUILTIN; x->id = o->builtin; break;
  case OBJ_PKG:
    check_error(n->pos, "use of package %s not in selector", o->name);
    return invalidate(x);
  default: return invalidate(x);
  }
  if (!x->type || x->type->kind == TY_INVALID) {
    if (o->kind != OBJ_BUILTIN) invalidate(x);
  }
}

/* ---- escapes ---- */

void mark_escapes(Node *n) {
  while (n && n->kind == N_PAREN) n = n->X;
  if (!n) return;
  if (n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_VAR) n->obj->escapes = true;
  else if (n->kind == N_SELECTOR && n->sel == SEL_FIELD && !((Selection *)n->aux)->indirect &&
           n->X->type && type_underlying(n->X->type)->kind != TY_POINTER)
    mark_escapes(n->X);
  else if (n->kind == N_INDEX && n->X->type && type_underlying(n->X->type)->kind == TY_ARRAY)
    mark_escapes(n->X);
}

/* ---- constant results ---- */

/* x holds the constant value of operation e: a typed one must be
 * representable in its type, as Go's "x overflows T" error demands. */
static void check_const_overflow(Operand *x, Node *e) {
  x->expr = e;
  if (type_is_untyped(x->type)) return;
  bool trunc;
  Const *c = const_represent(x->val, x->type, &trunc);
  if (!c) {
    check_error(expr_pos(e), "%s overflows %s", operand_string(x), tstr(type_underlying(x->type)));
    return invalidate(x);
  }
  x->val = c;
}

/* ---- unary ---- */

static void check_unary(Operand *x, Node *n) {
  if (n->Op == T_AND) {
    Node *inner = n->X;
    while (inner->kind == N_PAREN) inner = inner->X;
    if (inner->kind == N_COMPOSITELIT) {
      check_expr(x, inner);
      if (x->mode == M_INVALID) return;
    } else {
      check_expr(x, n->X);
      if (x->mode == M_INVALID) return;
      if (x->mode != M_VAR) {
        check_error(expr_pos(n->X), "invalid operation: cannot take address of %s", operand_string(x));
        return invalidate(x);
      }
    }
    mark_escapes(n->X);
    x->type = type_pointer(x->type);
    x->mode = M_VALUE;
    return;
  }
  if (n->Op == T_ARROW) {
    check_expr(x, n->X);
    if (x->mode == M_INVALID) return;
    Type *u = type_underlying(x->type);
    if (u->kind != TY_CHAN) {
      check_error(expr_pos(n->X), "invalid operation: cannot receive from non-channel %s", operand_string(x));
      return invalidate(x);
    }
    if (u->dir == CHAN_SEND) {
      check_error(expr_pos(n->X), "invalid operation: cannot receive from send-only channel %s",
                  operand_string(x));
      return invalidate(x);
    }
    x->type = u->elem;
    x->mode = M_COMMAOK;
    x->val = NULL;
    return;
  }
  check_expr(x, n->X);
  if (x->mode == M_INVALID) return;
  bool ok = n->Op == T_NOT ? type_is_boolean(x->type)
            : n->Op == T_XOR ? type_is_integer(x->type)
                             : type_is_numeric(x->type);
  if (!ok) {
    const char *op = n->Op == T_NOT ? "!" : n->Op == T_XOR ? "^" : n->Op == T_SUB ? "-" : "+";
    check_error(expr_pos(n->X), "invalid operation: operator %s not defined on %s", op, operand_string(x));
    return invalidate(x);
  }
  if (x->mode == M_CONST) {
    if (n->Op == T_XOR && type_is_untyped(x->type) && x->val->kind != C_INT) {
      check_error(expr_pos(n), "invalid operation: operator ^ not defined on %s", operand_string(x));
      return invalidate(x);
    }
    x->val = const_unary(n->Op, x->val, x->type);
    return check_const_overflow(x, n);
  }
  x->mode = M_VALUE;
}

/* ---- binary ---- */

static bool may_convert(Operand *x, Operand *y) {
  bool bx = type_is_const_kind(x->type) || x->type->kind == TY_UNTYPED_NIL;
  bool by = type_is_const_kind(y->type) || y->type->kind == TY_UNTYPED_NIL;
  if (x->type->kind == TY_UNTYPED_NIL) return type_has_nil(y->type);
  if (y->type->kind == TY_UNTYPED_NIL) return type_has_nil(x->type);
  if (type_is_interface(x->type) || type_is_interface(y->type)) return true;
  if (bx != by) return false;
  if (type_is_boolean(x->type) != type_is_boolean(y->type)) return false;
  if (type_is_string(x->type) != type_is_string(y->type)) return false;
  return true;
}

static void match_types(Operand *x, Operand *y) {
  if (!may_convert(x, y)) return;
  convert_untyped(x, y->type);
  if (x->mode == M_INVALID) return;
  convert_untyped(y, x->type);
  if (y->mode == M_INVALID) invalidate(x);
}

static const char *kind_string(Type *t) {
  Type *u = type_underlying(t);
  switch (u->kind) {
  case TY_SLICE: return "slice";
  case TY_FUNC: return "func";
  case TY_MAP: return "map";
  case TY_CHAN: return "chan";
  case TY_STRUCT: return "struct";
  case TY_ARRAY: return "array";
  case TY_INTERFACE: return "interface";
  case TY_POINTER: return "pointer";
  default: return tstr(t);
  }
}

/* go/types' incomparableCause: names the offending field type. */
static const char *incomparable_cause(Type *t) {
  Type *u = type_underlying(t);
  if (u->kind == TY_SLICE || u->kind == TY_FUNC || u->kind == TY_MAP)
    return xasprintf("%s can only be compared to nil", kind_string(t));
  Type *bad = u;
  while (bad && bad->kind != TY_SLICE && bad->kind != TY_FUNC && bad->kind != TY_MAP) {
    Type *next = NULL;
    if (bad->kind == TY_ARRAY) next = bad->elem;
    for (int i = 0; bad->kind == TY_STRUCT && i < bad->fields.len && !next; i++) {
      Type *ft = ((Field *)bad->fields.data[i])->type;
      if (!type_comparable(ft)) next = ft;
    }
    if (!next) break;
    if (type_underlying(next)->kind == TY_SLICE || type_underlying(next)->kind == TY_FUNC ||
        type_underlying(next)->kind == TY_MAP)
      return xasprintf("%s containing %s cannot be compared", kind_string(t), tstr(next));
    bad = type_underlying(next);
  }
  return xasprintf("%s cannot be compared", tstr(t));
}

static const char *op_name(int op) {
  switch (op) {
  case T_EQL: return "=="; case T_NEQ: return "!="; case T_LSS: return "<";
  case T_LEQ: return "<="; case T_GTR: return ">"; case T_GEQ: return ">=";
  case T_ADD: return "+"; case T_SUB: return "-"; case T_MUL: return "*";
  case T_QUO: return "/"; case T_REM: return "%"; case T_AND: return "&";
  case T_OR: return "|"; case T_XOR: return "^"; case T_AND_NOT: return "&^";
  case T_LAND: return "&&"; case T_LOR: return "||"; case T_SHL: return "<<";
  default: return ">>";
  }
}

/* nil keeps denoting nil after it took the type of its context. */
static bool is_nil(Operand *x) {
  if (x->type && x->type->kind == TY_UNTYPED_NIL) return true;
  Node *e = x->expr;
  while (e && e->kind == N_PAREN) e = e->X;
  return e && e->kind == N_IDENT && e->obj && e->obj->kind == OBJ_NIL;
}

static bool ordered(Type *t) { return type_is_numeric(t) || type_is_string(t); }

void check_comparison(Operand *x, Operand *y, int op, Node *e) {
  const char *cause = NULL;
  const char *rx, *ry;
  Operand *errOp = x;
  if (!assignable(x, y->type, NULL) && !assignable(y, x->type, NULL)) {
    errOp = y;
    cause = xasprintf("mismatched types %s and %s", tstr(x->type), tstr(y->type));
    goto error;
  }
  if (op == T_EQL || op == T_NEQ) {
    if (is_nil(x) || is_nil(y)) {
      Type *t = is_nil(x) ? y->type : x->type;
      if (!type_has_nil(t)) {
        errOp = y;
        goto error;
      }
    } else if (!type_comparable(x->type)) {
      cause = incomparable_cause(x->type);
      goto error;
    } else if (!type_comparable(y->type)) {
      errOp = y;
      cause = incomparable_cause(y->type);
      goto error;
    }
  } else if (!ordered(x->type)) {
    goto error;
  } else if (!ordered(y->type)) {
    errOp = y;
    goto error;
  }
  if (x->mode == M_CONST && y->mode == M_CONST) {
    x->val = const_bool(const_compare(op, x->val, y->val));
  } else {
    x->mode = M_VALUE;
    x->val = NULL;
    if (type_is_untyped(x->type)) convert_untyped(x, type_default(x->type));
    if (type_is_untyped(y->type)) convert_untyped(y, type_default(y->type));
  }
  x->type = type_basic(TY_UNTYPED_BOOL);
  return;
error:
  if (!cause)
    cause = xasprintf("operator %s not defined on %s", op_name(op), kind_string(errOp->type));
  rx = expr_string(x->expr);
  ry = expr_string(y->expr);
  if (!e)
    check_error(expr_pos(x->expr), "invalid case %s in switch on %s (%s)", rx, ry, cause);
  else
    check_error(expr_pos(errOp->expr), "invalid operation: %s %s %s (%s)", rx, op_name(op), ry, cause);
  invalidate(x);
}

static bool op_defined(int op, Type *t) {
  switch (op) {
  case T_ADD: return type_is_numeric(t) || type_is_string(t);
  case T_SUB: case T_MUL: case T_QUO: return type_is_numeric(t);
  case T_REM: case T_AND: case T_OR: case T_XOR: case T_AND_NOT:
    return type_is_integer(t);
  case T_LAND: case T_LOR: return type_is_boolean(t);
  default: return false;
  }
}

static void check_shift(Operand *x, Operand *y, Node *e) {
  /* the shift count */
  if (y->mode == M_CONST) {
    bool trunc;
    if (!const_is_int_valued(y->val) || !type_is_numeric(y->type)) {
      check_error(expr_pos(y->expr), "invalid operation: shift count %s must be integer",
                  operand_string(y));
      return invalidate(x);
    }
    Const *c = const_represent(y->val, type_basic(TY_UNTYPED_INT), &trunc);
    if (c->i < 0) {
      check_error(expr_pos(y->expr), "invalid operation: negative shift count %s", operand_string(y));
      return invalidate(x);
    }
    if (type_is_untyped(y->type)) convert_untyped(y, type_basic(TY_UINT));
  } else if (!type_is_integer(y->type)) {
    check_error(expr_pos(y->expr), "invalid operation: shift count %s must be integer", operand_string(y));
    return invalidate(x);
  }
  /* the shifted operand */
  if (x->mode == M_CONST && type_is_untyped(x->type)) {
    if (!const_is_int_valued(x->val)) {
      check_error(expr_pos(x->expr), "invalid operation: shifted operand %s must be integer",
                  operand_string(x));
      return invalidate(x);
    }
    if (y->mode == M_CONST) {
      bool trunc;
      x->val = const_shift(e->Op, const_represent(x->val, type_basic(TY_UNTYPED_INT), &trunc),
                           (uint64_t)y->val->i);
      if (!x->val) {
        check_error(e->pos, "constant shift overflow");
        return invalidate(x);
      }
      if (x->type->kind == TY_UNTYPED_FLOAT) x->type = type_basic(TY_UNTYPED_INT);
      x->expr = e;
      return;
    }
    /* non-constant shift of an untyped constant: typed by its context */
    x->mode = M_VALUE;
    x->val = NULL;
    if (x->type->kind == TY_UNTYPED_FLOAT) x->type = type_basic(TY_UNTYPED_INT);
    return;
  }
  if (!type_is_integer(x->type)) {
    check_error(expr_pos(x->expr), "invalid operation: shifted operand %s must be integer",
                operand_string(x));
    return invalidate(x);
  }
  if (x->mode == M_CONST && y->mode == M_CONST) {
    x->val = const_shift(e->Op, x->val, (uint64_t)y->val->i);
    if (!x->val) {
      check_error(e->pos, "constant shift overflow");
      return invalidate(x);
    }
    return check_const_overflow(x, e);
  }
  x->mode = M_VALUE;
  x->val = NULL;
}

static void check_binary(Operand *x, Node *e) {
  Operand y;
  check_expr(x, e->X);
  check_expr(&y, e->Y);
  if (x->mode == M_INVALID) return;
  if (y.mode == M_INVALID) return invalidate(x);
  if (is_shift(e->Op)) {
    check_shift(x, &y, e);
    return;
  }
  match_types(x, &y);
  if (x->mode == M_INVALID) return;
  if (is_comparison(e->Op)) {
    check_comparison(x, &y, e->Op, e);
    return;
  }
  if (!type_identical(x->type, y.type)) {
    if (x->type->kind != TY_INVALID && y.type->kind != TY_INVALID)
      check_error(expr_pos(e), "invalid operation: %s (mismatched types %s and %s)",
                  expr_string(e), tstr(x->type), tstr(y.type));
    return invalidate(x);
  }
  if (!op_defined(e->Op, x->type)) {
    check_error(expr_pos(e), "invalid operation: operator %s not defined on %s", op_name(e->Op),
                operand_string(x));
    return invalidate(x);
  }
  if ((e->Op == T_QUO || e->Op == T_REM) && y.mode == M_CONST &&
      (x->mode == M_CONST || type_is_integer(x->type)) &&
      ((y.val->kind == C_INT && y.val->i == 0) || (y.val->kind == C_FLOAT && y.val->f == 0))) {
    check_error(expr_pos(y.expr), "invalid operation: division by zero");
    return invalidate(x);
  }
  if (x->mode == M_CONST && y.mode == M_CONST) {
    bool intDiv = type_is_integer(x->type);
    Const *v = const_binary(e->Op, x->val, y.val, intDiv);
    if (!v) {
      check_error(e->pos, "constant %s overflow",
                  e->Op == T_ADD ? "addition" : e->Op == T_SUB ? "subtraction" : "multiplication");
      return invalidate(x);
    }
    x->val = v;
    return check_const_overflow(x, e);
  }
  x->mode = M_VALUE;
  x->val = NULL;
}

/* ---- index and slice ---- */

/* Checks a constant or integer index; returns false after an error. With a
 * constant index, *out receives it (else -1). max < 0: no upper bound. */
bool check_index_value(Node *idx, int64_t max, int64_t *out) {
  Operand x;
  check_expr(&x, idx);
  *out = -1;
  if (x.mode == M_INVALID) return false;
  convert_untyped(&x, type_basic(TY_INT));
  if (x.mode == M_INVALID) return false;
  if (!type_is_integer(x.type)) {
    check_error(expr_pos(idx), "invalid argument: index %s must be integer", operand_string(&x));
    return false;
  }
  if (x.mode == M_CONST) {
    if (x.val->i < 0) {
      check_error(expr_pos(idx), "invalid argument: index %s must not be negative", operand_string(&x));
      return false;
    }
    if (max >= 0 && x.val->i >= max) {
      check_error(expr_pos(idx), "invalid argument: index %s out of bounds [0:%lld]",
                  const_string_go(x.val), (long long)max);
      return false;
    }
    *out = (int64_t)x.val->i;
  }
  return true;
}

static void check_index(Operand *x, Node *n) {
  check_expr_or_type(x, n->X);
  if (x->mode == M_INVALID) return;
  if (x->mode == M_TYPE || (x->type && x->type->kind == TY_FUNC && n->X->obj &&
                            n->X->obj->kind == OBJ_FUNC)) {
    check_error(expr_pos(n), "generic instantiation is not supported by minigo");
    return invalidate(x);
  }
  Type *u = type_underlying(x->type);
  int64_t idx;
  int64_t length = -1;
  switch (u->kind) {
  case TY_STRING: case TY_UNTYPED_STRING:
    if (x->mode == M_CONST) length = x->val->slen;
    if (!check_index_value(n->Index, length, &idx)) return invalidate(x);
    if (x->mode == M_CONST && idx >= 0) {
      x->val = const_int((unsigned char)x->val->s[idx]);
      x->type = type_byte();
      x->mode = M_CONST;
      x->mode = M_VALUE; /* indexing a constant string is not a constant */
      x->val = NULL;
      return;
    }
    if (type_is_untyped(x->type)) convert_untyped(x, type_basic(TY_STRING));
    x->mode = M_VALUE;
    x->type = type_byte();
    return;
  case TY_ARRAY:
    if (!check_index_value(n->Index, u->len, &idx)) return invalidate(x);
    if (x->mode != M_VAR) x->mode = M_VALUE;
    x->type = u->elem;
    return;
  case TY_POINTER:
    if (type_underlying(u->elem)->kind == TY_ARRAY) {
      Type *a = type_underlying(u->elem);
      if (!check_index_value(n->Index, a->len, &idx)) return invalidate(x);
      x->mode = M_VAR;
      x->type = a->elem;
      return;
    }
    break;
  case TY_SLICE:
    if (!check_index_value(n->Index, -1, &idx)) return invalidate(x);
    x->mode = M_VAR;
    x->type = u->elem;
    return;
  case TY_MAP: {
    Operand k;
    check_expr_hint(&k, n->Index, u->key);
    if (k.mode == M_INVALID) return invalidate(x);
    check_assignment(&k, u->key, "map index");
    if (k.mode == M_INVALID) return invalidate(x);
    x->mode = M_MAPINDEX;
    x->type = u->elem;
    return;
  }
  default: break;
  }
  check_error(expr_pos(n), "invalid operation: cannot index %s", operand_string(x));
  invalidate(x);
}

static void check_slice_expr(Operand *x, Node *n) {
  check_expr(x, n->X);
  if (x->mode == M_INVALID) return;
  Type *u = type_underlying(x->type);
  int64_t length = -1;
  Type *result = NULL;
  switch (u->kind) {
  case TY_STRING: case TY_UNTYPED_STRING:
    if (n->Slice3) {
      check_error(expr_pos(n), "invalid operation: 3-index slice of string");
      return invalidate(x);
    }
    if (x->mode == M_CONST) length = x->val->slen;
    if (type_is_untyped(x->type)) convert_untyped(x, type_basic(TY_STRING));
    result = x->type;
    break;
  case TY_ARRAY:
    if (x->mode != M_VAR) {
      check_error(expr_pos(n), "invalid operation: %s (slice of unaddressable value)", expr_string(n));
      return invalidate(x);
    }
    mark_escapes(n->X);
    length = u->len;
    result = type_slice(u->elem);
    break;
  case TY_POINTER:
    if (type_underlying(u->elem)->kind == TY_ARRAY) {
      length = type_underlying(u->elem)->len;
      result = type_slice(type_underlying(u->elem)->elem);
    }
    break;
  case TY_SLICE: result = x->type; break;
  default: break;
  }
  if (!result) {
    check_error(expr_pos(n), "cannot slice %s", operand_string(x));
    return invalidate(x);
  }
  Node *idx[3] = {n->Low, n->High, n->Max};
  int64_t vals[3] = {-1, -1, -1};
  for (int i = 0; i < 3; i++)
    if (idx[i] && !check_index_value(idx[i], length >= 0 ? length + 1 : -1, &vals[i]))
      return invalidate(x);
  for (int i = 0; i < 3; i++)
    for (int j = i + 1; j < 3; j++)
      if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
        check_error(idx[j]->pos, "invalid slice indices: %lld < %lld", (long long)vals[j],
                    (long long)vals[i]);
        return invalidate(x);
      }
  x->mode = M_VALUE;
  x->val = NULL;
  x->type = result;
}

/* ---- type assertions ---- */

static void check_type_assert(Operand *x, Node *n) {
  check_expr(x, n->X);
  if (x->mode == M_INVALID) return;
  if (!n->Type) {
    check_error(n->pos, "invalid syntax tree: use of .(type) outside type switch");
    return invalidate(x);
  }
  if (!type_is_interface(x->type)) {
    check_error(expr_pos(n->X), "invalid operation: %s is not an interface", operand_string(x));
    return invalidate(x);
  }
  Type *t = check_type(n->Type);
  if (t->kind == TY_INVALID) return invalidate(x);
  const char *reason = NULL;
  if (!type_is_interface(t) && !implements(t, x->type, &reason)) {
    check_error(expr_pos(n), "impossible type assertion: %s\n\t%s does not implement %s %s",
                expr_string(n), tstr(t), tstr(x->type), reason ? reason : "");
    return invalidate(x);
  }
  x->mode = M_COMMAOK;
  x->type = t;
}

/* ---- composite literals ---- */

static void check_elem(Node *e, Type *t) {
  Operand v;
  if (e->kind == N_COMPOSITELIT && !e->Type) {
    Type *base = type_underlying(t)->kind == TY_POINTER ? type_underlying(t)->elem : t;
    check_expr_hint(&v, e, base);
    if (v.mode != M_INVALID && base != t) e->type = t;
    return;
  }
  check_expr_hint(&v, e, t);
  if (v.mode == M_INVALID) return;
  check_assignment(&v, t, "array or slice literal");
}

static void check_struct_lit(Node *n, Type *t, Type *u) {
  if (!n->Elts.len) return;
  bool keyed = ((Node *)n->Elts.data[0])->kind == N_KEYVALUE;
  bool *seen = xmalloc((size_t)u->fields.len + 1);
  for (int i = 0; i < n->Elts.len; i++) {
    Node *e = n->Elts.data[i];
    if ((e->kind == N_KEYVALUE) != keyed) {
      check_error(expr_pos(e), "mixture of field:value and value elements in struct literal");
      return;
    }
    Node *val = keyed ? e->Value : e;
    int fi = i;
    if (keyed) {
      fi = -1;
      if (e->Key->kind == N_IDENT)
        for (int j = 0; j < u->fields.len; j++)
          if (((Field *)u->fields.data[j])->name == e->Key->Name) fi = j;
      if (fi < 0) {
        check_error(e->Key->pos, "unknown field %s in struct literal of type %s",
                    expr_string(e->Key), tstr(t));
        Operand v;
        check_expr(&v, val);
        continue;
      }
      if (seen[fi]) {
        check_error(e->Key->pos, "duplicate field name %s in struct literal", e->Key->Name);
        continue;
      }
      if (!exported_to(e->Key->Name, t)) {
        check_error(e->Key->pos, "cannot refer to unexported field %s in struct literal of type %s",
                    e->Key->Name, tstr(t));
        continue;
      }
      seen[fi] = true;
      e->aux = (void *)(intptr_t)(fi + 1);
    } else if (fi >= u->fields.len) {
      check_error(expr_pos(e), "too many values in struct literal of type %s", tstr(t));
      return;
    } else if (!exported_to(((Field *)u->fields.data[fi])->name, t)) {
      check_error(expr_pos(e), "implicit assignment to unexported field %s in struct literal of type %s",
                  ((Field *)u->fields.data[fi])->name, tstr(t));
      Operand v;
      check_expr(&v, val);
      continue;
    }
    Field *f = u->fields.data[fi];
    Operand v;
    check_expr_hint(&v, val, f->type);
    if (v.mode != M_INVALID) check_assignment(&v, f->type, "struct literal");
  }
  if (!keyed && n->Elts.len < u->fields.len)
    check_error(n->End.line ? n->End : n->pos, "too few values in struct literal of type %s", tstr(t));
}

/* Checks array/slice elements; returns the length (max index + 1). */
static int64_t check_indexed_elts(Node *n, Type *elem, int64_t length) {
  int64_t idx = 0, max = 0;
  Vec seen = {0}; /* indexes used, as (void *)(idx + 1) */
  for (int i = 0; i < n->Elts.len; i++) {
    Node *e = n->Elts.data[i];
    Node *val = e;
    bool valid = true;
    if (e->kind == N_KEYVALUE) {
      int64_t k;
      valid = check_index_value(e->Key, length, &k);
      if (valid && k >= 0) idx = k;
      else if (valid) {
        check_error(expr_pos(e->Key), "index %s must be integer constant", expr_string(e->Key));
        valid = false;
      }
      val = e->Value;
    } else if (length >= 0 && idx >= length) {
      check_error(expr_pos(e), "index %lld is out of bounds (>= %lld)", (long long)idx, (long long)length);
      valid = false;
    }
    for (int j = 0; valid && j < seen.len; j++)
      if (seen.data[j] == (void *)(intptr_t)(idx + 1)) {
        check_error(expr_pos(e), "duplicate index %lld in array or slice literal", (long long)idx);
        valid = false;
      }
    if (valid) vec_push(&seen, (void *)(intptr_t)(idx + 1));
    check_elem(val, elem);
    idx++;
    if (idx > max) max = idx;
  }
  return max;
}

static void check_composite_lit(Operand *x, Node *n, Type *hint) {
  Type *t;
  if (n->Type && n->Type->kind == N_ARRAYTYPE && n->Type->Len &&
      n->Type->Len->kind == N_ELLIPSIS) {
    Type *elem = check_type(n->Type->Elt);
    int64_t len = check_indexed_elts(n, elem, -1);
    t = type_array(elem, len);
    n->Type->type = t;
  } else if (n->Type) {
    t = check_type(n->Type);
  } else if (hint) {
    t = hint;
  } else {
    check_error(n->pos, "invalid composite literal type: missing type");
    return invalidate(x);
  }
  if (t->kind == TY_INVALID) return invalidate(x);
  Type *u = type_underlying(t);
  x->mode = M_VALUE;
  x->type = t;
  x->val = NULL;
  switch (u->kind) {
  case TY_STRUCT: check_struct_lit(n, t, u); break;
  case TY_ARRAY:
    if (!(n->Type && n->Type->kind == N_ARRAYTYPE && n->Type->Len &&
          n->Type->Len->kind == N_ELLIPSIS))
      check_indexed_elts(n, u->elem, u->len);
    break;
  case TY_SLICE: check_indexed_elts(n, u->elem, -1); break;
  case TY_MAP:
    for (int i = 0; i < n->Elts.len; i++) {
      Node *e = n->Elts.data[i];
      if (e->kind != N_KEYVALUE) {
        check_error(expr_pos(e), "missing key in map literal");
        continue;
      }
      check_elem(e->Key, u->key);
      check_elem(e->Value, u->elem);
      for (int j = 0; e->Key->cval && j < i; j++) {
        Node *p = ((Node *)n->Elts.data[j])->Key;
        if (p && p->cval && p->cval->kind == e->Key->cval->kind && type_identical(p->type, e->Key->type) &&
            const_compare(T_EQL, p->cval, e->Key->cval)) {
          check_error(expr_pos(e->Key), "duplicate key %s in map literal", expr_string(e->Key));
          break;
        }
      }
    }
    break;
  default:
    check_error(n->pos, "invalid composite literal type %s", tstr(t));
    return invalidate(x);
  }
}

/* ---- func literals ---- */

static void check_func_lit(Operand *x, Node *n) {
  FuncInfo *fi = func_info_new(n, ck.func);
  vec_push(ck.func ? &ck.func->lits : &ck.pkg->lits, n);
  fi->sig = check_func_type(n->Type, fi);
  n->aux = fi;
  check_func_body(fi, n->Body);
  x->mode = M_VALUE;
  x->type = fi->sig;
  x->val = NULL;
}

/* ---- entry points ---- */

/* Evaluates n whatever it denotes (type, builtin, no value, tuple). */
void check_expr_raw(Operand *x, Node *n, Type *hint) {
  memset(x, 0, sizeof *x);
  x->expr = n;
  switch (n->kind) {
  case N_BAD: return invalidate(x);
  case N_IDENT: check_ident(x, n); break;
  case N_BASICLIT:
    if (n->litKind == LIT_IMAG) {
      check_error(n->pos, "complex numbers are not supported by minigo");
      return invalidate(x);
    }
    x->mode = M_CONST;
    x->val = const_from_lit(n, &x->type);
    break;
  case N_COMPOSITELIT: check_composite_lit(x, n, hint); break;
  case N_FUNCLIT: check_func_lit(x, n); break;
  case N_PAREN: check_expr_raw(x, n->X, hint); x->expr = n; break;
  case N_SELECTOR: check_selector(x, n); break;
  case N_INDEX: check_index(x, n); break;
  case N_SLICE: check_slice_expr(x, n); break;
  case N_TYPEASSERT: check_type_assert(x, n); break;
  case N_CALL: check_call(x, n); break;
  case N_STAR:
    check_expr_or_type(x, n->X);
    if (x->mode == M_INVALID) return;
    if (x->mode == M_TYPE) {
      x->type = type_pointer(x->type);
      break;
    }
    if (is_nil(x)) {
      check_error(n->pos, "invalid operation: cannot indirect nil");
      return invalidate(x);
    }
    if (type_underlying(x->type)->kind != TY_POINTER) {
      check_error(n->pos, "invalid operation: cannot indirect %s", operand_string(x));
      return invalidate(x);
    }
    x->type = type_underlying(x->type)->elem;
    x->mode = M_VAR;
    break;
  case N_UNARY: check_unary(x, n); break;
  case N_BINARY: check_binary(x, n); break;
  case N_KEYVALUE:
    check_error(n->pos, "unexpected key:value expression");
    return invalidate(x);
  case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
  case N_MAPTYPE: case N_CHANTYPE: case N_ELLIPSIS:
    x->type = check_type(n);
    x->mode = x->type->kind == TY_INVALID ? M_INVALID : M_TYPE;
    break;
  default:
    check_error(n->pos, "unexpected %s in expression", ast_kind_name(n->kind));
    return invalidate(x);
  }
  x->expr = n;
  record(x);
}

void check_expr_any(Operand *x, Node *n, bool allowMulti, bool allowType, Type *hint) {
  check_expr_raw(x, n, hint);
  switch (x->mode) {
  case M_INVALID: return;
  case M_TYPE:
    if (allowType) return;
    check_error(expr_pos(n), "%s (type) is not an expression", expr_string(n));
    return invalidate(x);
  case M_NOVALUE:
    check_error(expr_pos(n), "%s (no value) used as value", expr_string(n));
    return invalidate(x);
  case M_BUILTIN:
    check_error(expr_pos(n), "%s (built-in) must be called", expr_string(n));
    return invalidate(x);
  default: break;
  }
  if (!allowMulti && x->type && x->type->kind == TY_TUPLE) {
    check_error(expr_pos(n), "multiple-value %s (value of type %s) in single-value context",
                expr_string(n), tstr(x->type));
    invalidate(x);
  }
}

void check_expr(Operand *x, Node *n) { check_expr_any(x, n, false, false, NULL); }

void check_expr_hint(Operand *x, Node *n, Type *hint) { check_expr_any(x, n, false, false, hint); }

void check_expr_or_type(Operand *x, Node *n) { check_expr_any(x, n, false, true, NULL); }

void check_multi_expr(Operand *x, Node *n) { check_expr_any(x, n, true, false, NULL); }

/* Checks expressions only for their errors and uses (after another error). */
void check_use_exprs(Vec *v) {
  for (int i = 0; i < v->len; i++) {
    Operand x;
    if (v->data[i]) check_expr_raw(&x, v->data[i], NULL);
  }
}
