/*
 * check_call.c - calls, conversions and the builtin functions.
 */
#include "check_impl.h"

#include <string.h>

static void invalidate(Operand *x) { x->mode = M_INVALID; }

/* ---- conversions ---- */

static bool is_bytes_or_runes(Type *t) {
  Type *u = type_underlying(t);
  if (u->kind != TY_SLICE) return false;
  Type *e = type_underlying(u->elem);
  return e->kind == TY_UINT8 || e->kind == TY_INT32;
}

bool is_convertible(Operand *x, Type *t) {
  if (assignable(x, t, NULL)) return true;
  Type *vu = type_underlying(x->type), *tu = type_underlying(t);
  if (type_identical(vu, tu)) return true;
  if (vu->kind == TY_POINTER && tu->kind == TY_POINTER && !type_is_named(x->type) &&
      !type_is_named(t) && type_identical(type_underlying(vu->elem), type_underlying(tu->elem)))
    return true;
  if (type_is_numeric(vu) && type_is_numeric(tu)) return true;
  if (type_is_string(tu) && (type_is_integer(vu) || is_bytes_or_runes(vu))) return true;
  if (type_is_string(vu) && is_bytes_or_runes(tu)) return true;
  if (vu->kind == TY_SLICE && tu->kind == TY_ARRAY && type_identical(vu->elem, tu->elem)) return true;
  if (vu->kind == TY_SLICE && tu->kind == TY_POINTER && type_underlying(tu->elem)->kind == TY_ARRAY &&
      type_identical(vu->elem, type_underlying(tu->elem)->elem))
    return true;
  return false;
}

static bool const_type(Type *t) {
  Type *u = type_underlying(t);
  return u && u->kind >= TY_BOOL && u->kind <= TY_STRING && u->kind != TY_COMPLEX64 &&
         u->kind != TY_COMPLEX128;
}

static Const *rune_string(__int128 v) {
  char buf[8];
  uint32_t r = v < 0 || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff) ? 0xfffd : (uint32_t)v;
  int n;
  if (r < 0x80) buf[0] = (char)r, n = 1;
  else if (r < 0x800) buf[0] = (char)(0xc0 | r >> 6), buf[1] = (char)(0x80 | (r & 0x3f)), n = 2;
  else if (r < 0x10000)
    buf[0] = (char)(0xe0 | r >> 12), buf[1] = (char)(0x80 | ((r >> 6) & 0x3f)),
    buf[2] = (char)(0x80 | (r & 0x3f)), n = 3;
  else
    buf[0] = (char)(0xf0 | r >> 18), buf[1] = (char)(0x80 | ((r >> 12) & 0x3f)),
    buf[2] = (char)(0x80 | ((r >> 6) & 0x3f)), buf[3] = (char)(0x80 | (r & 0x3f)), n = 4;
  buf[n] = 0;
  return const_string(intern(buf), n);
}

void check_conversion(Operand *x, Type *t, Node *call) {
  bool constArg = x->mode == M_CONST;
  bool ok = false;
  Const *val = x->val;
  if (constArg && const_type(t)) {
    bool trunc;
    Const *c = const_represent(x->val, t, &trunc);
    if (c) {
      ok = true;
      val = c;
    } else if (type_is_integer(x->type) && type_is_string(t)) {
      ok = true;
      val = rune_string(x->val->i);
    } else if (type_is_integer(x->type) && type_is_integer(t)) {
      check_error(expr_pos(x->expr), "constant %s overflows %s", const_string_go(x->val), tstr(t));
      return invalidate(x);
    }
  } else if (is_convertible(x, t)) {
    ok = true;
    constArg = false;
  }
  if (!ok) {
    check_error(expr_pos(x->expr), "cannot convert %s to type %s", operand_string(x), tstr(t));
    return invalidate(x);
  }
  if (type_is_untyped(x->type)) {
    Type *final = t;
    if (type_is_interface(t) || (x->mode == M_CONST && !const_type(t)))
      final = type_default(x->type);
    else if (x->mode == M_CONST && type_is_integer(x->type) && type_is_string(t))
      final = type_default(x->type);
    if (x->type->kind == TY_UNTYPED_NIL) final = t;
    set_final_type(x->expr, final);
  }
  x->type = t;
  x->expr = call;
  if (constArg && const_type(t)) {
    x->mode = M_CONST;
    x->val = val;
  } else {
    x->mode = M_VALUE;
    x->val = NULL;
  }
}

/* ---- argument lists ---- */

/* Evaluates call arguments; a single multi-value call expands. */
static int eval_args(Node *call, Type *sig, Operand **out) {
  Vec *args = &call->Args;
  if (args->len == 1 && !call->HasDots) {
    Operand x;
    Type *hint = sig && sig->params.len ? sig->params.data[0] : NULL;
    check_expr_any(&x, args->data[0], true, false, hint);
    if (x.mode != M_INVALID && x.type && x.type->kind == TY_TUPLE) {
      int n = x.type->params.len;
      *out = xmalloc(sizeof(Operand) * (size_t)n);
      for (int i = 0; i < n; i++) {
        (*out)[i] = x;
        (*out)[i].mode = M_VALUE;
        (*out)[i].type = x.type->params.data[i];
      }
      return n;
    }
    *out = xmalloc(sizeof(Operand));
    (*out)[0] = x;
    return 1;
  }
  *out = xmalloc(sizeof(Operand) * (size_t)(args->len + 1));
  for (int i = 0; i < args->len; i++) {
    Type *hint = NULL;
    if (sig) {
      int np = sig->params.len;
      if (i < np) hint = sig->params.data[i];
      if (sig->variadic && i >= np - 1 && np > 0) {
        hint = sig->params.data[np - 1];
        if (!call->HasDots) hint = hint->elem;
      }
    }
    check_expr_hint(&(*out)[i], args->data[i], hint);
  }
  return args->len;
}

static void check_args(Node *call, Type *sig, Operand *args, int nargs) {
  for (int i = 0; i < nargs; i++)
    if (args[i].mode == M_INVALID) return;
  int np = sig->params.len;
  bool variadic = sig->variadic;
  if (call->HasDots) {
    if (!variadic) {
      check_error(expr_pos(call->Args.data[call->Args.len - 1]),
                  "have (...) in call to non-variadic %s", expr_string(call->Fun));
      return;
    }
    if (call->Args.len == 1 && nargs > 1) {
      check_error(expr_pos(call->Args.data[0]), "cannot use ... with multi-valued %s",
                  expr_string(call->Args.data[0]));
      return;
    }
    variadic = false; /* the last argument is the slice itself */
  }
  bool countOK = variadic ? nargs >= np - 1 : nargs == np;
  if (!countOK) {
    Vec have = {0};
    for (int i = 0; i < nargs; i++) vec_push(&have, args[i].type);
    bool tooMany = nargs > np;
    Node *at = call;
    if (tooMany && nargs == call->Args.len) at = call->Args.data[np];
    else if (tooMany) at = call->Args.data[0];
    else if (call->Args.len) at = call->Args.data[call->Args.len - 1];
    check_error(expr_pos(at), "%s arguments in call to %s\n\thave %s\n\twant %s",
                tooMany ? "too many" : "not enough", expr_string(call->Fun),
                types_summary(&have, false), types_summary(&sig->params, sig->variadic));
    return;
  }
  for (int i = 0; i < nargs; i++) {
    Type *pt;
    if (variadic && i >= np - 1) pt = ((Type *)sig->params.data[np - 1])->elem;
    else pt = sig->params.data[i];
    check_assignment(&args[i], pt, xasprintf("argument to %s", expr_string(call->Fun)));
  }
}

static CallKind call_kind(Node *fun) {
  while (fun->kind == N_PAREN) fun = fun->X;
  if (fun->kind == N_IDENT && fun->obj && fun->obj->kind == OBJ_FUNC) return CALL_FUNC;
  if (fun->kind == N_SELECTOR) {
    switch (fun->sel) {
    case SEL_PKG: return fun->obj && fun->obj->kind == OBJ_FUNC ? CALL_FUNC : CALL_VALUE;
    case SEL_METHOD: return CALL_METHOD;
    case SEL_IFACE_METHOD: return CALL_IFACE;
    case SEL_METHOD_EXPR: return CALL_METHOD_EXPR;
    default: return CALL_VALUE;
    }
  }
  return CALL_VALUE;
}

void check_call(Operand *x, Node *call) {
  Operand f;
  check_expr_raw(&f, call->Fun, NULL);
  if (f.mode == M_NOVALUE) {
    check_error(expr_pos(call->Fun), "%s (no value) used as value", expr_string(call->Fun));
    f.mode = M_INVALID;
  } else if (f.mode != M_INVALID && f.type && f.type->kind == TY_TUPLE) {
    check_error(expr_pos(call->Fun), "multiple-value %s (value of type %s) in single-value context",
                expr_string(call->Fun), tstr(f.type));
    f.mode = M_INVALID;
  }
  if (f.mode == M_INVALID) {
    check_use_exprs(&call->Args);
    return invalidate(x);
  }
  if (f.mode == M_TYPE) {
    Type *t = f.type;
    call->sel = CALL_CONV;
    if (call->Args.len != 1 || call->HasDots) {
      check_use_exprs(&call->Args);
      if (call->HasDots && call->Args.len == 1)
        check_error(expr_pos(call->Args.data[0]), "invalid use of ... in conversion to %s", tstr(t));
      else
        check_error(call->Args.len ? expr_pos(call->Args.data[call->Args.len - 1]) : expr_pos(call),
                    "%s argument%s in conversion to %s",
                    call->Args.len ? "too many" : "missing", call->Args.len ? "s" : "", tstr(t));
      return invalidate(x);
    }
    check_expr_hint(x, call->Args.data[0], type_underlying(t)->kind == TY_STRUCT ? NULL : NULL);
    if (x->mode == M_INVALID) return;
    check_conversion(x, t, call);
    if (x->mode != M_INVALID) {
      call->type = x->type;
      call->cval = x->mode == M_CONST ? x->val : NULL;
    }
    return;
  }
  if (f.mode == M_BUILTIN) {
    call->sel = CALL_BUILTIN;
    check_builtin(x, call, f.id);
    x->expr = call;
    return;
  }
  Type *sig = type_underlying(f.type);
  if (!sig || sig->kind != TY_FUNC) {
    check_error(expr_pos(call), "invalid operation: cannot call non-function %s", operand_string(&f));
    check_use_exprs(&call->Args);
    return invalidate(x);
  }
  call->sel = call_kind(call->Fun);
  Operand *args;
  int nargs = eval_args(call, sig, &args);
  check_args(call, sig, args, nargs);
  x->expr = call;
  x->val = NULL;
  if (sig->results.len == 0) {
    x->mode = M_NOVALUE;
    x->type = NULL;
  } else if (sig->results.len == 1) {
    x->mode = M_VALUE;
    x->type = sig->results.data[0];
  } else {
    x->mode = M_VALUE;
    x->type = type_new(TY_TUPLE);
    x->type->params = sig->results;
  }
}

/* ---- builtins ---- */

static const char *builtin_names[] = {
    [BI_APPEND] = "append", [BI_CAP] = "cap", [BI_CLEAR] = "clear", [BI_CLOSE] = "close",
    [BI_COMPLEX] = "complex", [BI_COPY] = "copy", [BI_DELETE] = "delete", [BI_IMAG] = "imag",
    [BI_LEN] = "len", [BI_MAKE] = "make", [BI_MAX] = "max", [BI_MIN] = "min", [BI_NEW] = "new",
    [BI_PANIC] = "panic", [BI_PRINT] = "print", [BI_PRINTLN] = "println", [BI_REAL] = "real",
    [BI_RECOVER] = "recover"};

/* Is e free of calls and receives (so len/cap of an array is constant)? */
static bool no_calls(Node *e) {
  if (!e) return true;
  switch (e->kind) {
  case N_CALL: return false;
  case N_UNARY: return e->Op != T_ARROW && no_calls(e->X);
  case N_PAREN: case N_SELECTOR: case N_STAR: return no_calls(e->X);
  case N_INDEX: return no_calls(e->X) && no_calls(e->Index);
  case N_BINARY: return no_calls(e->X) && no_calls(e->Y);
  case N_KEYVALUE: return no_calls(e->Key) && no_calls(e->Value);
  case N_COMPOSITELIT:
    for (int i = 0; i < e->Elts.len; i++)
      if (!no_calls(e->Elts.data[i])) return false;
    return true;
  default: return e->kind == N_IDENT || e->kind == N_BASICLIT;
  }
}

static void bad_builtin_arg(Operand *a, const char *name) {
  check_error(expr_pos(a->expr), "invalid argument: %s for built-in %s", operand_string(a), name);
}

static void builtin_len_cap(Operand *x, Operand *a, Builtin id) {
  Type *u = type_underlying(a->type);
  if (u->kind == TY_POINTER && type_underlying(u->elem)->kind == TY_ARRAY) u = type_underlying(u->elem);
  bool ok;
  switch (u->kind) {
  case TY_STRING: case TY_UNTYPED_STRING: case TY_MAP: ok = id == BI_LEN; break;
  case TY_ARRAY: case TY_SLICE: case TY_CHAN: ok = true; break;
  default: ok = false;
  }
  if (!ok) {
    bad_builtin_arg(a, builtin_names[id]);
    return invalidate(x);
  }
  x->type = type_basic(TY_INT);
  if (a->mode == M_CONST && type_is_string(u)) {
    x->mode = M_CONST;
    x->val = const_int(a->val->slen);
    return;
  }
  if (u->kind == TY_ARRAY && no_calls(a->expr)) {
    x->mode = M_CONST;
    x->val = const_int(u->len);
    return;
  }
  if (type_is_untyped(a->type)) convert_untyped(a, type_basic(TY_STRING));
  x->mode = M_VALUE;
}

static void builtin_append(Operand *x, Node *call, Operand *args, int n) {
  Operand *s = &args[0];
  Type *u = type_underlying(s->type);
  if (u->kind != TY_SLICE) {
    check_error(expr_pos(s->expr), "first argument to append must be a slice; have %s",
                s->type->kind == TY_UNTYPED_NIL ? "untyped nil" : operand_string(s));
    return invalidate(x);
  }
  x->mode = M_VALUE;
  x->type = s->type;
  if (call->HasDots) {
    if (n != 2) {
      check_error(expr_pos(call), "invalid operation: can only use ... with final argument in list");
      return invalidate(x);
    }
    Operand *t = &args[1];
    if (type_underlying(u->elem)->kind == TY_UINT8 && type_is_string(t->type)) {
      convert_untyped(t, type_basic(TY_STRING));
      return;
    }
    check_assignment(t, s->type, "argument to append");
    if (t->mode == M_INVALID) invalidate(x);
    return;
  }
  for (int i = 1; i < n; i++) {
    check_assignment(&args[i], u->elem, "argument to append");
    if (args[i].mode == M_INVALID) return invalidate(x);
  }
}

static bool size_arg(Node *e, const char *what) {
  Operand a;
  check_expr(&a, e);
  if (a.mode == M_INVALID) return false;
  if (a.mode == M_CONST) {
    if (!const_is_int_valued(a.val)) {
      check_error(expr_pos(e), "%s %s truncated to int", what, operand_string(&a));
      return false;
    }
    bool trunc;
    Const *c = const_represent(a.val, type_basic(TY_INT), &trunc);
    if (!c || c->i < 0) {
      check_error(expr_pos(e), "invalid argument: index %s must not be negative", operand_string(&a));
      return false;
    }
  }
  convert_untyped(&a, type_basic(TY_INT));
  if (a.mode != M_INVALID && !type_is_integer(a.type)) {
    check_error(expr_pos(e), "cannot convert %s to type int", operand_string(&a));
    return false;
  }
  return a.mode != M_INVALID;
}

static void builtin_make(Operand *x, Node *call) {
  Node **a = (Node **)call->Args.data;
  int n = call->Args.len;
  Type *t = check_type(a[0]);
  if (t->kind == TY_INVALID) return invalidate(x);
  Type *u = type_underlying(t);
  int min = 1, max = 2;
  switch (u->kind) {
  case TY_SLICE: min = 2; max = 3; break;
  case TY_MAP: case TY_CHAN: break;
  default:
    check_error(expr_pos(a[0]), "invalid argument: cannot make %s; type must be slice, map, or channel",
                expr_string(a[0]));
    return invalidate(x);
  }
  if (n < min || n > max) {
    check_error(expr_pos(call), "invalid operation: %s expects %d or %d arguments; found %d",
                expr_string(call), min, max, n);
    return invalidate(x);
  }
  int64_t sizes[2] = {-1, -1};
  for (int i = 1; i < n; i++) {
    if (!size_arg(a[i], "make")) return invalidate(x);
    if (a[i]->cval) sizes[i - 1] = (int64_t)a[i]->cval->i;
  }
  if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
    check_error(expr_pos(a[1]), "invalid argument: length and capacity swapped");
    return invalidate(x);
  }
  x->mode = M_VALUE;
  x->type = t;
}

static void builtin_min_max(Operand *x, Operand *args, int n, Builtin id) {
  *x = args[0];
  for (int i = 0; i < n; i++) {
    if (!type_is_numeric(args[i].type) && !type_is_string(args[i].type)) {
      check_error(expr_pos(args[i].expr), "invalid argument: %s cannot be ordered", operand_string(&args[i]));
      return invalidate(x);
    }
  }
  for (int i = 1; i < n; i++) {
    Operand y = args[i];
    Operand cmpX = *x;
    if (type_is_untyped(cmpX.type) || type_is_untyped(y.type)) {
      convert_untyped(&cmpX, y.type);
      convert_untyped(&y, cmpX.type);
      if (cmpX.mode == M_INVALID || y.mode == M_INVALID) return invalidate(x);
    }
    if (!type_identical(cmpX.type, y.type)) {
      check_error(expr_pos(args[i].expr), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                  tstr(cmpX.type), tstr(y.type), expr_string(args[i].expr));
      return invalidate(x);
    }
    if (cmpX.mode == M_CONST && y.mode == M_CONST) {
      bool less = const_compare(T_LSS, y.val, cmpX.val);
      if ((id == BI_MIN) == less) cmpX.val = y.val;
      x->val = cmpX.val;
      x->type = cmpX.type;
      x->mode = M_CONST;
    } else {
      x->mode = M_VALUE;
      x->val = NULL;
      x->type = cmpX.type;
    }
    args[i] = y;
  }
  if (x->mode != M_CONST) {
    x->mode = M_VALUE;
    if (type_is_untyped(x->type)) x->type = type_default(x->type);
    for (int i = 0; i < n; i++) convert_untyped(&args[i], x->type);
  }
}

static bool builtin_arity(Node *call, Builtin id, int n) {
  static const signed char want[] = {
      [BI_APPEND] = 1, [BI_CAP] = 1, [BI_CLEAR] = 1, [BI_CLOSE] = 1, [BI_COMPLEX] = 2,
      [BI_COPY] = 2, [BI_DELETE] = 2, [BI_IMAG] = 1, [BI_LEN] = 1, [BI_MAKE] = 1,
      [BI_MAX] = 1, [BI_MIN] = 1, [BI_NEW] = 1, [BI_PANIC] = 1, [BI_PRINT] = 0,
      [BI_PRINTLN] = 0, [BI_REAL] = 1, [BI_RECOVER] = 0};
  bool variadic = id == BI_APPEND || id == BI_MAKE || id == BI_MAX || id == BI_MIN ||
                  id == BI_PRINT || id == BI_PRINTLN;
  const char *msg = n < want[id] ? "not enough" : (!variadic && n > want[id]) ? "too many" : NULL;
  if (!msg) return true;
  check_error(expr_pos(call), "invalid operation: %s arguments for %s (expected %d, found %d)", msg,
              expr_string(call), want[id], n);
  return false;
}

void check_builtin(Operand *x, Node *call, Builtin id) {
  int nargs = call->Args.len;
  memset(x, 0, sizeof *x);
  x->expr = call;
  if (id == BI_COMPLEX || id == BI_REAL || id == BI_IMAG) {
    check_error(expr_pos(call), "complex numbers are not supported by minigo");
    check_use_exprs(&call->Args);
    return invalidate(x);
  }
  if (!builtin_arity(call, id, nargs)) {
    check_use_exprs(&call->Args);
    return invalidate(x);
  }
  if (call->HasDots && id != BI_APPEND) {
    check_error(expr_pos(call), "invalid operation: invalid use of ... with built-in %s", builtin_names[id]);
    check_use_exprs(&call->Args);
    return invalidate(x);
  }
  if (id == BI_MAKE) return builtin_make(x, call);
  if (id == BI_NEW) {
    Type *t = check_type(call->Args.data[0]);
    if (t->kind == TY_INVALID) return invalidate(x);
    x->mode = M_VALUE;
    x->type = type_pointer(t);
    return;
  }
  Operand *args = xmalloc(sizeof(Operand) * (size_t)(nargs + 1));
  for (int i = 0; i < nargs; i++) {
    Type *hint = NULL;
    if (id == BI_APPEND && i > 0 && args[0].mode != M_INVALID && args[0].type &&
        type_underlying(args[0].type)->kind == TY_SLICE)
      hint = call->HasDots ? args[0].type : type_underlying(args[0].type)->elem;
    check_expr_hint(&args[i], call->Args.data[i], hint);
    if (args[i].mode == M_INVALID) {
      for (int j = i + 1; j < nargs; j++) check_expr(&args[nargs], call->Args.data[j]);
      return invalidate(x);
    }
  }
  Operand *a = args;
  switch (id) {
  case BI_LEN: case BI_CAP: builtin_len_cap(x, a, id); break;
  case BI_APPEND: builtin_append(x, call, args, nargs); break;
  case BI_CLEAR: {
    Type *u = type_underlying(a->type);
    if (u->kind != TY_MAP && u->kind != TY_SLICE) {
      check_error(expr_pos(a->expr), "invalid argument: %s is not a map or slice", operand_string(a));
      return invalidate(x);
    }
    x->mode = M_NOVALUE;
    break;
  }
  case BI_CLOSE: {
    Type *u = type_underlying(a->type);
    if (u->kind != TY_CHAN) {
      check_error(expr_pos(a->expr), "invalid operation: cannot close non-channel %s", operand_string(a));
      return invalidate(x);
    }
    if (u->dir == CHAN_RECV) {
      check_error(expr_pos(a->expr), "invalid operation: cannot close receive-only channel %s",
                  operand_string(a));
      return invalidate(x);
    }
    x->mode = M_NOVALUE;
    break;
  }
  case BI_COPY: {
    Type *d = type_underlying(a[0].type), *s = type_underlying(a[1].type);
    bool ok = d->kind == TY_SLICE &&
              ((s->kind == TY_SLICE && type_identical(d->elem, s->elem)) ||
               (type_is_string(s) && type_underlying(d->elem)->kind == TY_UINT8));
    if (!ok) {
      check_error(expr_pos(call), "invalid argument: copy expects slice arguments; found %s and %s",
                  operand_string(&a[0]), operand_string(&a[1]));
      return invalidate(x);
    }
    convert_untyped(&a[1], type_basic(TY_STRING));
    x->mode = M_VALUE;
    x->type = type_basic(TY_INT);
    break;
  }
  case BI_DELETE: {
    Type *u = type_underlying(a[0].type);
    if (u->kind != TY_MAP) {
      check_error(expr_pos(a[0].expr), "invalid argument: %s is not a map", operand_string(&a[0]));
      return invalidate(x);
    }
    check_assignment(&a[1], u->key, "argument to delete");
    x->mode = M_NOVALUE;
    break;
  }
  case BI_MAX: case BI_MIN: builtin_min_max(x, args, nargs, id); break;
  case BI_PANIC:
    check_assignment(a, type_empty_interface(), "argument to panic");
    x->mode = M_NOVALUE;
    break;
  case BI_PRINT: case BI_PRINTLN:
    for (int i = 0; i < nargs; i++) {
      if (a[i].type && a[i].type->kind == TY_UNTYPED_NIL) {
        check_error(expr_pos(a[i].expr), "use of untyped nil in argument to built-in %s", builtin_names[id]);
        return invalidate(x);
      }
      convert_untyped(&a[i], type_default(a[i].type));
    }
    x->mode = M_NOVALUE;
    break;
  case BI_RECOVER:
    if (ck.func) ck.func->hasRecover = true;
    x->mode = M_VALUE;
    x->type = type_empty_interface();
    break;
  default: return invalidate(x);
  }
  x->expr = call;
  if (x->mode != M_INVALID && x->mode != M_NOVALUE) {
    call->type = x->type;
    if (x->mode == M_CONST) call->cval = x->val;
  }
}
