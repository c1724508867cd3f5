/*
 * emit_call.c - calls (static, method, interface, func value), argument
 * passing with variadic packing, conversions, the builtins, and the
 * argument saving of go and defer statements.
 */
#include <string.h>

#include "emit_int.h"

static const char *alloc_fn(Type *t) { return type_pointer_free(t) ? "mg_alloc_atomic" : "mg_alloc"; }

static Node *unparen(Node *n)
{
  while (n->kind == N_PAREN)
    n = n->X;
  return n;
}

/* ---- call plans: the callee and arguments, evaluated in order */

typedef struct Plan {
  CallKind kind;
  Type *sig;
  const char *fname;    /* static callee */
  Selection *sel;       /* method calls */
  const char *recv;     /* receiver, interface or func value */
  Type *recvType;
  Vec args, argTypes;
  const char *goname;
} Plan;

static void plan_push(Plan *p, const char *c, Type *t)
{
  vec_push(&p->args, (void *)c);
  vec_push(&p->argTypes, t);
}

/* Packs the trailing arguments of a variadic call into a new slice. */
static const char *pack_variadic(Vec *vals, Vec *types, int from, Type *st)
{
  int n = vals->len - from;
  if (n <= 0)
    return "((mg_slice){0})";
  Type *et = under(st)->elem;
  const char *ct = ctype(et);
  const char *v = temp_var(xasprintf("%s *", ct), xasprintf("%s(%d * sizeof(%s))", alloc_fn(et), n, ct));
  for (int i = 0; i < n; i++)
    out_line("%s[%d] = %s;", v, i, conv_assign(vals->data[from + i], types->data[from + i], et));
  return xasprintf("((mg_slice){%s, %d, %d})", v, n, n);
}

static void plan_args(Node *call, Type *sig, Plan *p)
{
  Vec vals = {0}, types = {0};
  int np = sig->params.len;
  bool pack = sig->variadic && !call->HasDots;
  Node *a0 = call->Args.len > 0 ? unparen(call->Args.data[0]) : NULL;
  if (call->Args.len == 1 && a0->type && a0->type->kind == TY_TUPLE) {
    const char *t = emit_expr(a0);
    for (int i = 0; i < a0->type->params.len; i++) {
      vec_push(&vals, xasprintf("%s.r%d", t, i));
      vec_push(&types, a0->type->params.data[i]);
    }
  } else {
    for (int i = 0; i < call->Args.len; i++) {
      Type *pt = pack && i >= np - 1 ? under(sig->params.data[np - 1])->elem : sig->params.data[i];
      vec_push(&vals, (void *)emit_expr_to(call->Args.data[i], pt));
      vec_push(&types, pt);
    }
  }
  int fixed = pack ? np - 1 : np;
  for (int i = 0; i < fixed && i < vals.len; i++)
    plan_push(p, conv_assign(vals.data[i], types.data[i], sig->params.data[i]), sig->params.data[i]);
  if (pack)
    plan_push(p, pack_variadic(&vals, &types, fixed, sig->params.data[np - 1]), sig->params.data[np - 1]);
}

static const char *simple(const char *c, const char *ct)
{
  for (const char *s = c; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_'))
      return temp_var(ct, c);
  return c;
}

static const char *obj_goname(Obj *fn)
{
  Node *d = fn->decl;
  return go_name(fn, d && d->kind == N_FUNCDECL ? d->aux : NULL);
}

static void plan_call(Node *call, Plan *p)
{
  Node *fun = unparen(call->Fun);
  memset(p, 0, sizeof *p);
  p->kind = call->sel;
  switch (call->sel) {
  case CALL_FUNC: {
    Obj *fn = fun->obj;
    p->fname = func_cname(fn);
    p->sig = under(fn->type);
    p->goname = obj_goname(fn);
    plan_args(call, p->sig, p);
    return;
  }
  case CALL_METHOD: case CALL_IFACE: {
    Selection *s = fun->aux;
    p->sel = s;
    p->recv = sel_receiver(emit_expr(fun->X), fun->X->type, s, &p->recvType);
    if (s->kind == SEL_IFACE_METHOD) {
      p->kind = CALL_IFACE;
      p->recv = simple(p->recv, "mg_iface");
      p->goname = F->goname;
    } else {
      p->kind = CALL_METHOD;
      p->fname = func_cname(s->method->func);
      p->goname = obj_goname(s->method->func);
    }
    p->sig = s->method->sig;
    plan_args(call, p->sig, p);
    return;
  }
  default: {
    p->kind = CALL_VALUE;
    p->recvType = fun->type;
    p->recv = simple(emit_expr(fun), "mg_func *");
    p->goname = fun->kind == N_FUNCLIT ? xasprintf("%s.func%d", F->goname, F->nlit) : F->goname;
    p->sig = under(fun->type);
    plan_args(call, p->sig, p);
    return;
  }
  }
}

static const char *join(Vec *args)
{
  Buf b = {0};
  for (int i = 0; i < args->len; i++)
    buf_printf(&b, "%s%s", i ? ", " : "", (const char *)args->data[i]);
  return b.s ? b.s : "";
}

static const char *plan_text(Plan *p, bool *direct)
{
  *direct = false;
  switch (p->kind) {
  case CALL_FUNC:
    *direct = true;
    return xasprintf("%s(%s)", p->fname, join(&p->args));
  case CALL_METHOD: case CALL_IFACE:
    return method_call_text(p->sel, p->recv, join(&p->args), direct);
  default:
    return call_value_text(p->recv, p->sig, &p->args);
  }
}

static const char *plan_rettype(Plan *p, bool direct)
{
  if (p->sig->results.len > 1 && direct)
    return xasprintf("struct %s__ret", p->fname);
  return ret_ctype(p->sig);
}

/* ---- conversions */

static bool elem_is(Type *t, TypeKind k)
{
  Type *u = under(t);
  return u->kind == TY_SLICE && under(u->elem)->kind == k;
}

/* [N]T(s) and (*[N]T)(s): the slice must hold at least N elements. */
static const char *slice_to_array(const char *x, Type *at, bool ptr)
{
  int64_t n = under(at)->len;
  const char *s = temp_var("mg_slice", x);
  out_line("if (%s.len < %lld)", s, (long long)n);
  out_line("  mg_panic_bounds(MG_BOUNDS_CONVERT, %s.len, %lld);", s, (long long)n);
  if (ptr)
    return xasprintf("((%s *)%s.ptr)", ctype(at), s);
  return xasprintf("(*(%s *)%s.ptr)", ctype(at), s);
}

static const char *emit_conversion(Node *call)
{
  Type *to = call->type;
  Node *arg = call->Args.data[0];
  Type *from = arg->type;
  if (type_is_interface(to))
    return emit_expr_to(arg, to);
  const char *x = emit_expr(arg);
  if (arg->cval && !type_is_interface(from))
    x = emit_const(arg->cval, from);
  Type *tu = under(to), *fu = under(from);
  const char *ct = ctype(to);
  if (type_is_string(tu)) {
    if (type_is_integer(fu))
      return xasprintf("mg_string_from_rune((int64_t)(%s))", x);
    if (elem_is(fu, TY_UINT8))
      return xasprintf("mg_string_from_bytes(%s)", x);
    if (elem_is(fu, TY_INT32))
      return xasprintf("mg_string_from_runes(%s)", x);
  }
  if (type_is_string(fu) && tu->kind == TY_SLICE) {
    if (elem_is(tu, TY_UINT8))
      return xasprintf("mg_bytes_from_string(%s)", x);
    return xasprintf("mg_runes_from_string(%s)", x);
  }
  if (type_is_numeric(tu) && type_is_numeric(fu))
    return xasprintf("((%s)(%s))", ct, x);
  if (fu->kind == TY_SLICE && (tu->kind == TY_ARRAY || tu->kind == TY_POINTER))
    return slice_to_array(x, tu->kind == TY_ARRAY ? to : tu->elem, tu->kind == TY_POINTER);
  return conv_assign(x, from, to);
}

/* ---- builtins */

static const char *emit_append(Node *call)
{
  Type *st = call->type;
  Type *et = under(st)->elem;
  const char *ct = ctype(et);
  const char *s = temp_var("mg_slice", emit_expr_to(call->Args.data[0], st));
  if (call->HasDots) {
    Node *src = call->Args.data[1];
    const char *v = emit_expr(src);
    if (type_is_string(src->type)) {
      const char *str = temp_var("mg_string", v);
      v = xasprintf("((mg_slice){(void *)%s.ptr, %s.len, %s.len})", str, str, str);
    }
    const char *o = temp_var("mg_slice", v);
    const char *n = temp_var("int64_t", xasprintf("%s.len + %s.len", s, o));
    out_line("if (%s > %s.cap)", n, s);
    out_line("  %s = mg_growslice(%s, %s, %s);", s, s, n, tdesc(et));
    out_line("if (%s.len > 0)", o);
    out_line("  memmove((%s *)%s.ptr + %s.len, %s.ptr, (size_t)%s.len * sizeof(%s));", ct, s, s, o,
             o, ct);
    out_line("%s.len = %s;", s, n);
    return s;
  }
  int n = call->Args.len - 1;
  if (n == 0)
    return s;
  Vec vals = {0};
  for (int i = 1; i < call->Args.len; i++)
    vec_push(&vals, (void *)emit_expr_to(call->Args.data[i], et));
  out_line("if (%s.len + %d > %s.cap)", s, n, s);
  out_line("  %s = mg_growslice(%s, %s.len + %d, %s);", s, s, s, n, tdesc(et));
  for (int i = 0; i < n; i++)
    out_line("((%s *)%s.ptr)[%s.len + %d] = %s;", ct, s, s, i, (const char *)vals.data[i]);
  out_line("%s.len += %d;", s, n);
  return s;
}

static const char *as_bytes(Node *n)
{
  const char *v = emit_expr(n);
  if (!type_is_string(n->type))
    return v;
  const char *s = temp_var("mg_string", v);
  return xasprintf("((mg_slice){(void *)%s.ptr, %s.len, %s.len})", s, s, s);
}

static const char *emit_len(Node *arg, bool cap)
{
  Type *u = under(arg->type);
  if (u->kind == TY_POINTER)
    u = under(u->elem);
  const char *x = emit_expr(arg);
  switch (u->kind) {
  case TY_STRING: case TY_UNTYPED_STRING: return xasprintf("(%s).len", x);
  case TY_SLICE: return xasprintf("(%s).%s", x, cap ? "cap" : "len");
  case TY_ARRAY: return xasprintf("((int64_t)%lld)", (long long)u->len);
  case TY_MAP: return xasprintf("mg_maplen(%s)", x);
  case TY_CHAN: return xasprintf("mg_chan%s(%s)", cap ? "cap" : "len", x);
  default:
    emit_unsupported(arg->pos, "len of this type");
    return "0";
  }
}

static const char *emit_make(Node *call)
{
  Type *t = call->type;
  Type *u = under(t);
  Type *it = type_basic(TY_INT);
  const char *a1 = call->Args.len > 1 ? emit_expr_to(call->Args.data[1], it) : "0";
  const char *a2 = call->Args.len > 2 ? emit_expr_to(call->Args.data[2], it) : NULL;
  switch (u->kind) {
  case TY_SLICE:
    if (a2 == NULL)
      a1 = temp_var("int64_t", a1);
    return xasprintf("mg_makeslice(%s, %s, %s)", tdesc(u->elem), a1, a2 ? a2 : a1);
  case TY_MAP: return xasprintf("mg_makemap(%s, %s)", tdesc(t), a1);
  case TY_CHAN: return xasprintf("mg_makechan(%s, %s)", tdesc(u->elem), a1);
  default:
    emit_unsupported(call->pos, "make of this type");
    return "0";
  }
}

static void emit_print(Node *call, bool ln)
{
  Vec vals = {0};
  for (int i = 0; i < call->Args.len; i++)
    vec_push(&vals, (void *)emit_expr(call->Args.data[i]));
  out_line("mg_print_lock();");
  for (int i = 0; i < call->Args.len; i++) {
    Node *a = call->Args.data[i];
    const char *v = vals.data[i];
    Type *u = under(a->type);
    if (type_is_untyped(u) && u->kind != TY_UNTYPED_NIL)
      u = type_default(u);
    if (ln && i > 0)
      out_line("mg_print_space();");
    if (u->kind == TY_UNTYPED_NIL)
      out_line("mg_print_cstr(\"nil\");");
    else if (type_is_boolean(u))
      out_line("mg_print_bool(%s);", v);
    else if (type_is_integer(u))
      out_line("mg_print_%s(%s);", type_is_unsigned(u) ? "uint" : "int", v);
    else if (type_is_float(u))
      out_line("mg_print_float((double)(%s));", v);
    else if (type_is_string(u))
      out_line("mg_print_string(%s);", v);
    else if (u->kind == TY_SLICE)
      out_line("mg_print_slice(%s);", v);
    else if (u->kind == TY_INTERFACE)
      out_line("mg_print_iface(%s);", v);
    else if (ptr_shaped(u))
      out_line("mg_print_pointer((const void *)(%s));", v);
    else
      emit_unsupported(a->pos, "printing this type with print");
  }
  if (ln)
    out_line("mg_print_nl();");
  out_line("mg_print_unlock();");
}

static const char *emit_minmax(Node *call, bool isMin)
{
  Type *t = call->type;
  const char *ct = ctype(t);
  const char *m = temp_var(ct, emit_expr_to(call->Args.data[0], t));
  const char *op = isMin ? "<" : ">";
  for (int i = 1; i < call->Args.len; i++) {
    const char *v = temp_var(ct, emit_expr_to(call->Args.data[i], t));
    if (type_is_string(t))
      out_line("if (mg_string_compare(%s, %s) %s 0)", v, m, op);
    else if (type_is_float(t))
      out_line("if (%s %s %s || %s != %s || (%s == %s && %s(%s)))", v, op, m, v, v, v, m,
               isMin ? "__builtin_signbit" : "!__builtin_signbit", v);
    else
      out_line("if (%s %s %s)", v, op, m);
    out_line("  %s = %s;", m, v);
  }
  return m;
}

static Builtin builtin_of(Node *call)
{
  Node *f = unparen(call->Fun);
  return f->obj ? f->obj->builtin : 0;
}

const char *emit_builtin(Node *call, bool stmt)
{
  Node *a0 = call->Args.len > 0 ? call->Args.data[0] : NULL;
  switch (builtin_of(call)) {
  case BI_LEN: return emit_len(a0, false);
  case BI_CAP: return emit_len(a0, true);
  case BI_APPEND: return emit_append(call);
  case BI_MAKE: return emit_make(call);
  case BI_NEW: {
    Type *et = under(call->type)->elem;
    const char *ct = ctype(et);
    return xasprintf("((%s *)%s(sizeof(%s)))", ct, alloc_fn(et), ct);
  }
  case BI_COPY: {
    Type *et = under(a0->type)->elem;
    const char *d = emit_expr(a0);
    const char *s = as_bytes(call->Args.data[1]);
    const char *r = xasprintf("mg_slicecopy(%s, %s, sizeof(%s))", d, s, ctype(et));
    if (stmt) {
      out_line("%s;", r);
      return NULL;
    }
    return temp_var("int64_t", r);
  }
  case BI_DELETE: {
    Type *mt = under(a0->type);
    const char *m = emit_expr(a0);
    const char *k = temp_var(ctype(mt->key), emit_expr_to(call->Args.data[1], mt->key));
    out_line("mg_mapdelete(%s, &%s);", m, k);
    return NULL;
  }
  case BI_CLOSE:
    out_line("mg_closechan(%s);", emit_expr(a0));
    return NULL;
  case BI_PANIC:
    out_line("mg_panic(%s);", emit_expr_to(a0, type_empty_interface()));
    return NULL;
  case BI_RECOVER: {
    const char *r = recover_text();
    if (stmt) {
      out_line("%s;", r);
      return NULL;
    }
    return temp_var("mg_iface", r);
  }
  case BI_PRINT: emit_print(call, false); return NULL;
  case BI_PRINTLN: emit_print(call, true); return NULL;
  case BI_MIN: return emit_minmax(call, true);
  case BI_MAX: return emit_minmax(call, false);
  case BI_CLEAR: {
    Type *u = under(a0->type);
    const char *x = emit_expr(a0);
    if (u->kind == TY_MAP) {
      out_line("mg_mapclear(%s);", x);
    } else {
      const char *s = temp_var("mg_slice", x);
      out_line("if (%s.len > 0)", s);
      out_line("  memset(%s.ptr, 0, (size_t)%s.len * sizeof(%s));", s, s, ctype(u->elem));
    }
    return NULL;
  }
  default:
    emit_unsupported(call->pos, "complex numbers");
    return NULL;
  }
}

/* ---- calls */

const char *emit_call(Node *call, bool stmt)
{
  if (call->sel == CALL_CONV)
    return emit_conversion(call);
  if (call->sel == CALL_BUILTIN)
    return emit_builtin(call, stmt);
  Plan p;
  plan_call(call, &p);
  bool direct;
  const char *text = plan_text(&p, &direct);
  if (stmt || p.sig->results.len == 0) {
    out_line("%s;", text);
    return NULL;
  }
  return temp_var(plan_rettype(&p, direct), text);
}

/* Saves value c of type t in the next field of the go/defer block. */
static const char *save(Deferred *d, const char *c, Type *t)
{
  int i = d->fields.len;
  type_define(t);
  vec_push(&d->fields, xasprintf("%s f%d", ctype(t), i));
  vec_push(&d->inits, (void *)c);
  vec_push(&d->types, t);
  return xasprintf("_a->f%d", i);
}

/* go/defer of a builtin: the arguments are saved, and the builtin is
 * emitted in the thunk on variables bound to the saved fields. */
static void prepare_builtin(Node *call, Deferred *d)
{
  Node *synth = xmalloc(sizeof *synth);
  *synth = *call;
  memset(&synth->Args, 0, sizeof synth->Args);
  for (int i = 0; i < call->Args.len; i++) {
    Node *a = call->Args.data[i];
    Type *t = a->type;
    if (a->cval && (type_is_untyped(t) || type_is_interface(t))) {
      vec_push(&synth->Args, a);  /* constants need no saving */
      continue;
    }
    const char *f = save(d, emit_expr(a), t);
    Obj *o = obj_new(OBJ_VAR, "_saved", t, a->pos);
    o->global = true;
    o->cname = f;
    Node *id = ast_new(N_IDENT, a->pos);
    id->Name = intern("_saved");
    id->obj = o;
    id->type = t;
    vec_push(&synth->Args, id);
  }
  Fn tf = {0};
  tf.cname = "_a";  /* no fi: recover() here never recovers */
  tf.goname = F->goname;
  tf.out = &tf.body;
  tf.indent = 1;
  tf.outer = F;
  F = &tf;
  const char *v = emit_builtin(synth, true);
  if (v != NULL)
    out_line("(void)(%s);", v);
  F = tf.outer;
  d->call = tf.body.s ? tf.body.s : "";
  d->callee = "NULL";
  d->goname = F->goname;
}

void prepare_deferred(Node *call, Deferred *d)
{
  call = unparen(call);
  if (call->sel == CALL_BUILTIN) {
    prepare_builtin(call, d);
    return;
  }
  Plan p;
  plan_call(call, &p);
  if (p.recv)
    p.recv = save(d, p.recv, p.recvType);
  for (int i = 0; i < p.args.len; i++)
    p.args.data[i] = (void *)save(d, p.args.data[i], p.argTypes.data[i]);
  bool direct;
  d->call = xasprintf("  %s;\n", plan_text(&p, &direct));
  d->goname = p.goname;
  switch (p.kind) {
  case CALL_FUNC: case CALL_METHOD: d->callee = p.fname; break;
  case CALL_IFACE:
    d->callee = xasprintf("mg_iface_method(%s, \"%s\")", p.recv, p.sel->method->name);
    break;
  default: d->callee = xasprintf("%s->fn", p.recv); break;
  }
}
