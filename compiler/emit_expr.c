/*
 * emit_expr.c - expressions: constants, variables, operators with Go's
 * defined results (wrapping, checked division and shifts), indexing and
 * slicing with bounds checks, conversions, composite literals, type
 * assertions, equality of every comparable type.
 */
#include <stdlib.h>
#include <string.h>

#include "emit_int.h"

bool is_blank(Node *n)
{
  while (n->kind == N_PAREN)
    n = n->X;
  return n->kind == N_IDENT && strcmp(n->Name, "_") == 0;
}

static const char *alloc_fn(Type *t) { return type_pointer_free(t) ? "mg_alloc_atomic" : "mg_alloc"; }

/* The C type of a basic type without typedef names (for the helpers). */
static const char *base_ctype(Type *t)
{
  Type *u = under(t);
  if (type_is_untyped(u))
    u = type_default(u);
  return ctype(u);
}

/* ---- constants */

static const char *int128_text(__int128 v)
{
  char buf[48];
  int i = sizeof buf - 1;
  buf[i] = 0;
  unsigned __int128 u = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
  do {
    buf[--i] = (char)('0' + (int)(u % 10));
    u /= 10;
  } while (u > 0);
  if (v < 0)
    buf[--i] = '-';
  return xstrdup(buf + i);
}

/* Shortest decimal that reads back as exactly v, else hex. */
/* A constant's C text; constants have no negative zero. */
static const char *float_text(double v, bool f32)
{
  char buf[64];
  if (v == 0)
    v = 0;
  snprintf(buf, sizeof buf, "%.17g", v);
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(buf, sizeof buf, "%.*g", prec, v);
    if (strtod(buf, NULL) == v)
      break;
  }
  if (strtod(buf, NULL) != v || strchr(buf, 'n') || strchr(buf, 'i'))
    snprintf(buf, sizeof buf, "%a", v);
  else if (!strpbrk(buf, ".e"))
    strcat(buf, ".0");
  return xasprintf(v < 0 ? "(%s%s)" : "%s%s", buf, f32 ? "f" : "");
}

const char *emit_const(Const *c, Type *t)
{
  Type *u = under(t);
  if (type_is_untyped(u))
    u = type_default(u);
  const char *ct = ctype(t);
  switch (c->kind) {
  case C_BOOL:
    return c->b ? "true" : "false";
  case C_STRING:
    if (c->slen == 0)
      return "((mg_string){0})";
    return xasprintf("MG_STR(%s)", c_string_lit(c->s, c->slen));
  case C_INT:
    if (type_is_float(u))
      return xasprintf("%s.0", int128_text(c->i));
    if (c->i >= INT32_MIN && c->i <= INT32_MAX)
      return c->i < 0 ? xasprintf("(%s)", int128_text(c->i)) : int128_text(c->i);
    if (type_is_unsigned(u))
      return xasprintf("((%s)UINT64_C(%s))", ct, int128_text(c->i));
    if (c->i == -(__int128)INT64_MAX - 1)
      return xasprintf("((%s)(-INT64_C(9223372036854775807) - 1))", ct);
    return xasprintf("((%s)INT64_C(%s))", ct, int128_text(c->i));
  case C_FLOAT:
    if (type_is_integer(u))
      return xasprintf("((%s)INT64_C(%s))", ct, int128_text((__int128)c->f));
    return float_text((double)c->f, u->kind == TY_FLOAT32);
  }
  return "0";
}

/* The type a constant gets when it is boxed into an interface. */
static Type *const_type(Node *n)
{
  Type *t = n->type;
  if (t && !type_is_interface(t) && !type_is_untyped(t))
    return t;
  Node *b = n;
  while (b->kind == N_PAREN)
    b = b->X;
  if (b->kind == N_BASICLIT && b->litKind == LIT_CHAR)
    return type_rune();
  switch (n->cval->kind) {
  case C_BOOL: return type_basic(TY_BOOL);
  case C_INT: return type_basic(TY_INT);
  case C_FLOAT: return type_basic(TY_FLOAT64);
  default: return type_basic(TY_STRING);
  }
}

/* ---- conversions for assignment */

static const char *box(const char *c, Type *from)
{
  if (ptr_shaped(from))
    return xasprintf("((mg_iface){%s, (void *)(%s)})", tdesc(from), c);
  const char *v = temp_var(ctype(from), c);
  return xasprintf("mg_box(%s, &%s)", tdesc(from), v);
}

const char *conv_assign(const char *c, Type *from, Type *to)
{
  if (to == NULL || from == NULL)
    return c;
  if (type_is_interface(to)) {
    if (type_is_interface(from))
      return c;
    if (from->kind == TY_UNTYPED_NIL)
      return "((mg_iface){0})";
    return box(c, from);
  }
  if (from->kind == TY_UNTYPED_NIL)
    return zero_of(to);
  const char *fc = ctype(from), *tc = ctype(to);
  if (strcmp(fc, tc) == 0)
    return c;
  Type *u = under(to);
  if (u->kind == TY_STRUCT || u->kind == TY_ARRAY) {
    const char *v = temp_var(fc, c);
    return xasprintf("(*(%s *)&%s)", tc, v);
  }
  return xasprintf("((%s)(%s))", tc, c);
}

const char *emit_expr_to(Node *n, Type *to)
{
  if (n->cval && to && !type_is_interface(to))
    return emit_const(n->cval, to);
  if (n->cval) {
    Type *ct = const_type(n);
    return conv_assign(emit_const(n->cval, ct), ct, to);
  }
  return conv_assign(emit_expr(n), n->type, to);
}

/* ---- equality */

static const char *nil_test(const char *x, Type *t, bool eq)
{
  const char *op = eq ? "==" : "!=";
  switch (under(t)->kind) {
  case TY_SLICE: return xasprintf("((%s).ptr %s NULL)", x, op);
  case TY_INTERFACE: return xasprintf("((%s).type %s NULL)", x, op);
  default: return xasprintf("((%s) %s NULL)", x, op);
  }
}

const char *emit_equal(const char *l, Type *lt, const char *r, Type *rt)
{
  if (rt->kind == TY_UNTYPED_NIL)
    return nil_test(l, lt, true);
  if (lt->kind == TY_UNTYPED_NIL)
    return nil_test(r, rt, true);
  bool li = type_is_interface(lt), ri = type_is_interface(rt);
  if (li || ri) {
    if (!li)
      l = box(l, lt);
    if (!ri)
      r = box(r, rt);
    return xasprintf("mg_iface_equal(%s, %s)", l, r);
  }
  Type *u = under(lt);
  if (u->kind == TY_STRING || u->kind == TY_UNTYPED_STRING)
    return xasprintf("mg_string_equal(%s, %s)", l, r);
  if (u->kind == TY_STRUCT || u->kind == TY_ARRAY) {
    const char *a = temp_var(ctype(lt), l);
    const char *b = temp_var(ctype(lt), conv_assign(r, rt, lt));
    return xasprintf("mg_equal(%s, &%s, &%s)", tdesc(lt), a, b);
  }
  return xasprintf("((%s) == (%s))", l, r);
}

/* ---- operators */

static int type_bits(Type *t)
{
  switch (under(t)->kind) {
  case TY_INT8: case TY_UINT8: return 8;
  case TY_INT16: case TY_UINT16: return 16;
  case TY_INT32: case TY_UINT32: return 32;
  default: return 64;
  }
}

static const char *emit_shift(Node *n)
{
  Type *t = n->type;
  const char *bt = base_ctype(t);
  const char *x = emit_expr_to(n->X, t);
  const char *op = n->Op == T_SHL ? "shl" : "shr";
  if (n->Y->cval && n->Y->cval->kind == C_INT && n->Y->cval->i >= 0 &&
      n->Y->cval->i < type_bits(t)) {
    int s = (int)n->Y->cval->i;
    if (n->Op == T_SHR)
      return xasprintf("((%s)((%s)%s >> %d))", ctype(t), bt, x, s);
    return xasprintf("((%s)mg_shl_%s(%s, %d))", ctype(t), bt, x, s);
  }
  const char *y = emit_expr(n->Y);
  const char *cnt = type_is_unsigned(n->Y->type) ? xasprintf("(uint64_t)(%s)", y)
                                                : xasprintf("mg_shcount(%s)", y);
  return xasprintf("((%s)mg_%s_%s(%s, %s))", ctype(t), op, bt, x, cnt);
}

static const char *emit_logical(Node *n)
{
  const char *l = emit_expr(n->X);
  Buf pre = {0};
  Buf *save = F->out;
  F->out = &pre;
  F->indent++;
  const char *r = emit_expr(n->Y);
  F->indent--;
  F->out = save;
  const char *op = n->Op == T_LAND ? "&&" : "||";
  if (pre.len == 0)
    return xasprintf("(%s %s %s)", l, op, r);
  /* the right operand needs statements: evaluate it only when needed */
  const char *t = temp_var("bool", l);
  out_line("if (%s%s) {", n->Op == T_LAND ? "" : "!", t);
  buf_puts(F->out, pre.s);
  out_line("  %s = %s;", t, r);
  out_line("}");
  return t;
}

static bool is_nil(Node *n)
{
  while (n->kind == N_PAREN)
    n = n->X;
  return n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_NIL;
}

static const char *emit_compare(Node *n)
{
  Type *lt = n->X->type, *rt = n->Y->type;
  if (is_nil(n->Y) || is_nil(n->X)) {
    Node *x = is_nil(n->Y) ? n->X : n->Y;
    return nil_test(emit_expr(x), x->type, n->Op == T_EQL);
  }
  /* an untyped constant operand takes the other's type */
  const char *l = n->X->cval && !type_is_interface(rt) && rt->kind != TY_UNTYPED_NIL
                      ? emit_expr_to(n->X, rt) : emit_expr(n->X);
  const char *r = n->Y->cval && !type_is_interface(lt) && lt->kind != TY_UNTYPED_NIL
                      ? emit_expr_to(n->Y, lt) : emit_expr(n->Y);
  if (n->X->cval && !type_is_interface(rt) && rt->kind != TY_UNTYPED_NIL)
    lt = rt;
  if (n->Y->cval && !type_is_interface(lt) && lt->kind != TY_UNTYPED_NIL)
    rt = lt;
  if (n->X->cval && type_is_interface(rt))
    lt = const_type(n->X);
  if (n->Y->cval && type_is_interface(lt))
    rt = const_type(n->Y);
  if (n->Op == T_EQL || n->Op == T_NEQ) {
    const char *eq = emit_equal(l, lt, r, rt);
    return n->Op == T_EQL ? eq : xasprintf("(!%s)", eq);
  }
  const char *op = n->Op == T_LSS ? "<" : n->Op == T_LEQ ? "<=" : n->Op == T_GTR ? ">" : ">=";
  if (type_is_string(lt))
    return xasprintf("(mg_string_compare(%s, %s) %s 0)", l, r, op);
  return xasprintf("((%s) %s (%s))", l, op, r);
}

static const char *emit_binary(Node *n)
{
  switch (n->Op) {
  case T_LAND: case T_LOR: return emit_logical(n);
  case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ:
    return emit_compare(n);
  case T_SHL: case T_SHR: return emit_shift(n);
  default: break;
  }
  Type *t = n->type;
  const char *x = emit_expr_to(n->X, t), *y = emit_expr_to(n->Y, t);
  const char *ct = ctype(t);
  if (type_is_string(t))
    return xasprintf("mg_string_concat(%s, %s)", x, y);
  if ((n->Op == T_QUO || n->Op == T_REM) && type_is_integer(t)) {
    Const *d = n->Y->cval;
    if (d && d->kind == C_INT && d->i != 0 && d->i != -1)
      return xasprintf("((%s)(%s %s %s))", ct, x, n->Op == T_QUO ? "/" : "%", y);
    return xasprintf("((%s)mg_%s_%s(%s, %s))", ct, n->Op == T_QUO ? "div" : "mod",
                     base_ctype(t), x, y);
  }
  const char *op;
  switch (n->Op) {
  case T_ADD: op = "+"; break;
  case T_SUB: op = "-"; break;
  case T_MUL: op = "*"; break;
  case T_QUO: op = "/"; break;
  case T_AND: op = "&"; break;
  case T_OR: op = "|"; break;
  case T_XOR: op = "^"; break;
  case T_AND_NOT: return xasprintf("((%s)(%s & ~%s))", ct, x, y);
  default:
    emit_unsupported(n->pos, "this operator");
    return "0";
  }
  return xasprintf("((%s)(%s %s %s))", ct, x, op, y);
}

static const char *emit_recv(Node *n)
{
  Type *ct = under(n->X->type);
  const char *c = emit_expr(n->X);
  const char *v = temp_var(ctype(ct->elem), zero_init(ct->elem));
  out_line("mg_chanrecv(%s, &%s);", c, v);
  return v;
}

static const char *emit_unary(Node *n)
{
  if (n->Op == T_AND)
    return emit_addr(n->X);
  if (n->Op == T_ARROW)
    return emit_recv(n);
  const char *x = emit_expr_to(n->X, n->type);
  const char *ct = ctype(n->type);
  switch (n->Op) {
  case T_ADD: return x;
  case T_SUB: return xasprintf("((%s)-%s)", ct, x);
  case T_NOT: return xasprintf("(!%s)", x);
  case T_XOR: return xasprintf("((%s)~%s)", ct, x);
  default:
    emit_unsupported(n->pos, "this unary operator");
    return "0";
  }
}

/* ---- addresses */

static const char *heap_copy(Type *t, const char *v)
{
  const char *ct = ctype(t);
  const char *p = new_temp();
  out_line("%s *%s = %s(sizeof(%s));", ct, p, alloc_fn(t), ct);
  out_line("*%s = %s;", p, v);
  return p;
}

const char *emit_addr(Node *n)
{
  while (n->kind == N_PAREN)
    n = n->X;
  if (n->kind == N_COMPOSITELIT)
    return heap_copy(n->type, emit_expr(n));
  if (n->kind == N_STAR)
    return emit_expr(n->X);
  return xasprintf("(&%s)", emit_expr(n));
}

/* ---- selectors, indexing, slicing */

static const char *emit_selector(Node *n)
{
  Selection *s = n->aux;
  switch (n->sel) {
  case SEL_PKG:
    if (n->cval)
      return emit_const(n->cval, n->type);
    return var_ref(n->obj);
  case SEL_FIELD: {
    Type *t;
    return sel_walk(emit_expr(n->X), n->X->type, s, s->npath, &t);
  }
  case SEL_METHOD: case SEL_IFACE_METHOD: return method_value(n);
  case SEL_METHOD_EXPR: return method_expr(n);
  default:
    emit_unsupported(n->pos, "this selector");
    return "0";
  }
}

static const char *emit_mapindex(Node *n)
{
  Type *mt = under(n->X->type);
  const char *m = emit_expr(n->X);
  const char *k = temp_var(ctype(mt->key), emit_expr_to(n->Index, mt->key));
  const char *vt = ctype(mt->elem);
  const char *p = temp_var(xasprintf("%s *", vt), xasprintf("mg_mapaccess(%s, &%s)", m, k));
  return temp_var(vt, xasprintf("%s ? *%s : %s", p, p, zero_of(mt->elem)));
}

static const char *emit_index(Node *n)
{
  Type *t = under(n->X->type);
  if (t->kind == TY_MAP)
    return emit_mapindex(n);
  const char *x = emit_expr(n->X);
  const char *i = emit_expr_to(n->Index, type_basic(TY_INT));
  switch (t->kind) {
  case TY_STRING: case TY_UNTYPED_STRING:
    return xasprintf("mg_stridx(%s, %s)", x, i);
  case TY_SLICE: {
    const char *et = ctype(t->elem);
    return xasprintf("(*(%s *)mg_sidx(%s, %s, sizeof(%s)))", et, x, i, et);
  }
  case TY_ARRAY:
    if (n->Index->cval)
      return xasprintf("(%s).a[%s]", x, i);
    return xasprintf("(%s).a[mg_ckidx(%s, %lld)]", x, i, (long long)t->len);
  case TY_POINTER:
    if (n->Index->cval)
      return xasprintf("(%s)->a[%s]", x, i);
    return xasprintf("(%s)->a[mg_ckidx(%s, %lld)]", x, i, (long long)under(t->elem)->len);
  default:
    emit_unsupported(n->pos, "indexing this type");
    return "0";
  }
}

static const char *emit_slice(Node *n)
{
  Type *t = under(n->X->type);
  const char *x = emit_expr(n->X);
  Type *it = type_basic(TY_INT);
  const char *lo = n->Low ? emit_expr_to(n->Low, it) : "0";
  if (type_is_string(t)) {
    const char *s = temp_var("mg_string", x);
    const char *hi = n->High ? emit_expr_to(n->High, it) : xasprintf("%s.len", s);
    return xasprintf("mg_strslice(%s, %s, %s)", s, lo, hi);
  }
  const char *sl, *esz;
  bool arr = false;
  if (t->kind == TY_SLICE) {
    sl = temp_var("mg_slice", x);
    esz = xasprintf("sizeof(%s)", ctype(t->elem));
  } else {
    /* an addressable array, or a pointer to one */
    Type *at = t->kind == TY_POINTER ? under(t->elem) : t;
    const char *p = t->kind == TY_POINTER ? x : xasprintf("(&%s)", x);
    sl = temp_var("mg_slice", xasprintf("(mg_slice){(%s)->a, %lld, %lld}", p, (long long)at->len,
                                        (long long)at->len));
    esz = xasprintf("sizeof(%s)", ctype(at->elem));
    arr = true;
  }
  const char *hi = n->High ? emit_expr_to(n->High, it) : xasprintf("%s.len", sl);
  if (n->Slice3)
    return xasprintf("mg_slice3(%s, %s, %s, %s, %s, %s)", sl, lo, hi, emit_expr_to(n->Max, it),
                     esz, arr ? "true" : "false");
  return xasprintf("mg_slice2(%s, %s, %s, %s, %s)", sl, lo, hi, esz, arr ? "true" : "false");
}

/* ---- type assertions */

static const char *unbox(const char *x, Type *t)
{
  if (type_is_interface(t))
    return x;
  if (ptr_shaped(t))
    return xasprintf("((%s)%s.data)", ctype(t), x);
  return xasprintf("(*(%s *)%s.data)", ctype(t), x);
}

const char *type_test(const char *x, Type *t)
{
  if (type_is_interface(t))
    return xasprintf("mg_implements(%s.type, %s)", x, tdesc(t));
  /* the C parts of the stdlib have their own descriptors of basic types */
  if (t->kind != TY_NAMED && t->kind <= TY_UNSAFEPTR)
    return xasprintf("mg_type_identical(%s.type, %s)", x, tdesc(t));
  return xasprintf("(%s.type == %s)", x, tdesc(t));
}

static const char *emit_typeassert(Node *n)
{
  const char *x = temp_var("mg_iface", emit_expr(n->X));
  Type *t = commaok_type(n);
  out_line("if (!%s)", type_test(x, t));
  out_line("  mg_panic_typeassert(%s, %s, %s);", x, tdesc(t), tdesc(n->X->type));
  return unbox(x, t);
}

Type *commaok_type(Node *n)
{
  while (n->kind == N_PAREN)
    n = n->X;
  return n->type;
}

const char *emit_commaok(Node *n)
{
  while (n->kind == N_PAREN)
    n = n->X;
  Type *vt = commaok_type(n);
  Vec parts = {0};
  vec_push(&parts, vt);
  vec_push(&parts, type_basic(TY_BOOL));
  const char *tup = temp_var(tuple_ctype(&parts), "{}");
  if (n->kind == N_INDEX) {
    Type *mt = under(n->X->type);
    const char *m = emit_expr(n->X);
    const char *k = temp_var(ctype(mt->key), emit_expr_to(n->Index, mt->key));
    const char *vt = ctype(mt->elem);
    const char *p = temp_var(xasprintf("%s *", vt), xasprintf("mg_mapaccess(%s, &%s)", m, k));
    out_line("if (%s) {", p);
    out_line("  %s.r0 = *%s;", tup, p);
    out_line("  %s.r1 = true;", tup);
    out_line("}");
  } else if (n->kind == N_TYPEASSERT) {
    const char *x = temp_var("mg_iface", emit_expr(n->X));
    out_line("%s.r1 = %s;", tup, type_test(x, vt));
    out_line("if (%s.r1)", tup);
    out_line("  %s.r0 = %s;", tup, unbox(x, vt));
  } else if (n->kind == N_UNARY && n->Op == T_ARROW) {
    const char *c = emit_expr(n->X);
    out_line("%s.r1 = mg_chanrecv(%s, &%s.r0);", tup, c, tup);
  } else {
    emit_unsupported(n->pos, "this comma-ok expression");
  }
  return tup;
}

/* ---- composite literals */

static const char *emit_complit_of(Node *n, Type *t);

static const char *emit_complit(Node *n)
{
  Type *t = n->type;
  Type *u = under(t);
  if (u->kind == TY_POINTER)  /* &T elided in an element: {..} means &T{..} */
    return heap_copy(u->elem, emit_complit_of(n, u->elem));
  return emit_complit_of(n, t);
}

/* The value of a composite literal element, keyed or not. */
static Node *elem_value(Node *e) { return e->kind == N_KEYVALUE ? e->Value : e; }

static int64_t elem_index(Node *e, int64_t next)
{
  if (e->kind == N_KEYVALUE && e->Key->cval)
    return (int64_t)e->Key->cval->i;
  return next;
}

/* A slice literal of many constants of a basic type, as a static table
 * copied into the new array: thousands of element stores make gcc's
 * alias walk quadratic (3,000 strings took 30 s to compile). */
#define TABLE_MIN 8

static const char *const_table(Node *n, Type *et, int64_t len)
{
  Type *eu = under(et);
  if (len < TABLE_MIN || !(type_is_numeric(eu) || eu->kind == TY_STRING || eu->kind == TY_BOOL))
    return NULL;
  for (int i = 0; i < n->Elts.len; i++) {
    Node *e = n->Elts.data[i];
    if (!elem_value(e)->cval)
      return NULL;
  }
  const char *tab = new_temp();
  Buf b = {0};
  buf_printf(&b, "static const %s %s[%lld] = {", ctype(et), tab, (long long)len);
  for (int64_t i = 0, next = 0; i < n->Elts.len; i++, next++) {
    Node *e = n->Elts.data[i];
    next = elem_index(e, next);
    Const *c = elem_value(e)->cval;
    const char *v = c->kind == C_STRING ? xasprintf("MG_STR_INIT(%s)", c_string_lit(c->s, c->slen))
                                        : emit_const(c, et);
    buf_printf(&b, "%s[%lld] = %s", i ? ", " : "", (long long)next, v);
  }
  buf_puts(&b, "};");
  out_line("%s", b.s);
  return tab;
}

static const char *emit_complit_of(Node *n, Type *t)
{
  Type *u = under(t);
  const char *ct = ctype(t);
  Buf b = {0};
  switch (u->kind) {
  case TY_STRUCT:
    buf_printf(&b, "((%s){", ct);
    for (int i = 0; i < n->Elts.len; i++) {
      Node *e = n->Elts.data[i];
      Node *val = elem_value(e);
      /* the checker put the field index + 1 on each key: value element */
      int fi = e->kind == N_KEYVALUE ? (int)(intptr_t)e->aux - 1 : i;
      Field *f = u->fields.data[fi];
      buf_printf(&b, "%s.%s = %s", i ? ", " : "", cfield(u, fi), emit_expr_to(val, f->type));
    }
    buf_puts(&b, "})");
    return b.s;
  case TY_ARRAY: {
    buf_printf(&b, "((%s){.a = {", ct);
    for (int64_t i = 0, next = 0; i < n->Elts.len; i++, next++) {
      Node *e = n->Elts.data[i];
      next = elem_index(e, next);
      Node *val = elem_value(e);
      buf_printf(&b, "%s[%lld] = %s", i ? ", " : "", (long long)next, emit_expr_to(val, u->elem));
    }
    buf_puts(&b, "}})");
    return b.s;
  }
  case TY_SLICE: {
    int64_t len = 0;
    for (int64_t i = 0, next = 0; i < n->Elts.len; i++, next++) {
      next = elem_index(n->Elts.data[i], next);
      if (next + 1 > len)
        len = next + 1;
    }
    const char *et = ctype(u->elem);
    const char *tab = const_table(n, u->elem, len);
    const char *p = temp_var(xasprintf("%s *", et),
                             xasprintf("%s(%lld * sizeof(%s))", alloc_fn(u->elem),
                                       (long long)(len ? len : 1), et));
    if (tab) {
      out_line("memcpy(%s, %s, sizeof %s);", p, tab, tab);
      return xasprintf("((mg_slice){%s, %lld, %lld})", p, (long long)len, (long long)len);
    }
    for (int64_t i = 0, next = 0; i < n->Elts.len; i++, next++) {
      Node *e = n->Elts.data[i];
      next = elem_index(e, next);
      Node *val = elem_value(e);
      const char *v = emit_expr_to(val, u->elem);
      out_line("%s[%lld] = %s;", p, (long long)next, v);
    }
    return xasprintf("((mg_slice){%s, %lld, %lld})", p, (long long)len, (long long)len);
  }
  case TY_MAP: {
    const char *m = temp_var("mg_map *", xasprintf("mg_makemap(%s, %d)", tdesc(t), n->Elts.len));
    for (int i = 0; i < n->Elts.len; i++) {
      Node *e = n->Elts.data[i];
      const char *k = temp_var(ctype(u->key), emit_expr_to(e->Key, u->key));
      const char *v = emit_expr_to(e->Value, u->elem);
      out_line("*(%s *)mg_mapassign(%s, &%s) = %s;", ctype(u->elem), m, k, v);
    }
    return m;
  }
  default:
    emit_unsupported(n->pos, "this composite literal");
    return "0";
  }
}

/* ---- the dispatcher */

static const char *emit_ident(Node *n)
{
  Obj *o = n->obj;
  if (o == NULL) {
    emit_unsupported(n->pos, "this use of _");
    return "0";
  }
  switch (o->kind) {
  case OBJ_VAR: return var_ref(o);
  case OBJ_FUNC: return func_value(o);
  case OBJ_NIL: return n->type->kind == TY_UNTYPED_NIL ? "NULL" : zero_of(n->type);
  default:
    emit_unsupported(n->pos, "this identifier");
    return "0";
  }
}

const char *emit_expr(Node *n)
{
  if (n->cval)
    return emit_const(n->cval, type_is_interface(n->type) ? const_type(n) : n->type);
  switch (n->kind) {
  case N_IDENT: return emit_ident(n);
  case N_PAREN: return emit_expr(n->X);
  case N_SELECTOR: return emit_selector(n);
  case N_INDEX: return emit_index(n);
  case N_SLICE: return emit_slice(n);
  case N_TYPEASSERT: return emit_typeassert(n);
  case N_CALL: {
    const char *v = emit_call(n, false);
    return v ? v : "0";
  }
  case N_STAR: return xasprintf("(*%s)", emit_expr(n->X));
  case N_UNARY: return emit_unary(n);
  case N_BINARY: return emit_binary(n);
  case N_COMPOSITELIT: return emit_complit(n);
  case N_FUNCLIT: return emit_funclit(n);
  default:
    emit_unsupported(n->pos, xasprintf("the expression %s", ast_kind_name(n->kind)));
    return "0";
  }
}

/* ---- stores */

/* `_ = r`: r is still computed, so that nil dereferences fault, and a
 * variable is read: Go's -race reports `_ = v` racing with a write. */
void emit_discard(Node *r)
{
  const char *v = r->kind == N_CALL ? emit_call(r, true) : emit_expr(r);
  if (v)
    out_line("MG_DISCARD(%s);", v);
}

void emit_store(Node *lhs, const char *c, Type *ct)
{
  while (lhs->kind == N_PAREN)
    lhs = lhs->X;
  if (is_blank(lhs)) {
    out_line("MG_DISCARD(%s);", c);
    return;
  }
  if (lhs->kind == N_INDEX && under(lhs->X->type)->kind == TY_MAP) {
    Type *mt = under(lhs->X->type);
    const char *m = emit_expr(lhs->X);
    const char *k = temp_var(ctype(mt->key), emit_expr_to(lhs->Index, mt->key));
    out_line("*(%s *)mg_mapassign(%s, &%s) = %s;", ctype(mt->elem), m, k,
             conv_assign(c, ct, mt->elem));
    return;
  }
  const char *l = emit_expr(lhs);
  out_line("%s = %s;", l, conv_assign(c, ct, lhs->type));
}
