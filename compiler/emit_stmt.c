/*
 * emit_stmt.c - statements. Control flow is lowered to C blocks and gotos:
 * break and continue jump to per-statement labels (_brkN, _contN), so
 * that a Go switch (emitted as tests and gotos) never captures them.
 */
#include <string.h>

#include "emit_int.h"

static const char *fallthrough_label;  /* the next case clause's label */

static const char *alloc_fn(Type *t) { return type_pointer_free(t) ? "mg_alloc_atomic" : "mg_alloc"; }

static int label_id(Node *stmt)
{
  intptr_t id = (intptr_t)pmap_get(&F->labels, stmt);
  if (id == 0) {
    id = ++F->nlabel;
    pmap_put(&F->labels, stmt, (void *)id);
  }
  return (int)id;
}

static void open_block(void)
{
  out_line("{");
  F->indent++;
}

static void close_block(void)
{
  F->indent--;
  out_line("}");
}

void emit_stmts(Vec *list)
{
  for (int i = 0; i < list->len; i++)
    emit_stmt(list->data[i]);
}

void emit_block(Node *block)
{
  open_block();
  emit_stmts(&block->List);
  close_block();
}

/* Declares local o initialized with init (zero when NULL). */
static void declare(Obj *o, const char *init)
{
  if (o == NULL || o->name == NULL || strcmp(o->name, "_") == 0) {
    if (init)
      out_line("MG_DISCARD(%s);", init);
    return;
  }
  const char *ct = ctype(o->type);
  local_cname(o);
  if (o->escapes) {
    out_line("%s *%s = %s(sizeof(%s));", ct, o->cname, alloc_fn(o->type), ct);
    if (init)
      out_line("*%s = %s;", o->cname, init);
  } else {
    out_line("%s %s = %s;", ct, o->cname, init ? init : zero_init(o->type));
  }
}

static bool is_new_var(Node *lhs)
{
  return lhs->kind == N_IDENT && lhs->obj && lhs->obj->decl == lhs;
}

/* ---- assignments */

/* Values of a multi-value right side (call or comma-ok), and their types. */
static const char *multi_value(Node *rhs, Type **types, int n)
{
  Node *r = rhs;
  while (r->kind == N_PAREN)
    r = r->X;
  if (r->kind == N_CALL) {
    const char *t = emit_expr(r);
    for (int i = 0; i < n; i++)
      types[i] = r->type->params.data[i];
    return t;
  }
  types[0] = commaok_type(r);
  types[1] = type_basic(TY_BOOL);
  return emit_commaok(r);
}

/* A left side of an assignment. Go evaluates the operands of its index
 * expressions and indirections first (phase one) and indexes when it
 * stores (phase two). */
typedef struct LVal {
  Node *n;
  bool declare;       /* := of a new variable */
  const char *ptr;    /* address of the target */
  const char *map, *key;
  const char *base, *idx;  /* slice value or array pointer, index */
} LVal;

static void lval_prepare(LVal *lv, Node *l, bool define)
{
  memset(lv, 0, sizeof *lv);
  while (l->kind == N_PAREN)
    l = l->X;
  lv->n = l;
  lv->declare = define && is_new_var(l);
  if (is_blank(l) || l->kind == N_IDENT)
    return;
  if (l->kind == N_INDEX) {
    Type *xt = under(l->X->type);
    if (xt->kind == TY_MAP) {
      lv->map = temp_var("mg_map *", emit_expr(l->X));
      lv->key = temp_var(ctype(xt->key), emit_expr_to(l->Index, xt->key));
      return;
    }
    if (xt->kind == TY_SLICE)
      lv->base = temp_var("mg_slice", emit_expr(l->X));
    else if (xt->kind == TY_ARRAY)
      lv->base = temp_var(xasprintf("%s *", ctype(l->X->type)), emit_addr(l->X));
    else
      lv->base = temp_var(ctype(l->X->type), emit_expr(l->X));
    lv->idx = temp_var("int64_t", emit_expr_to(l->Index, type_basic(TY_INT)));
    return;
  }
  lv->ptr = temp_var(xasprintf("%s *", ctype(l->type)), emit_addr(l));
}

static void lval_store(LVal *lv, const char *c, Type *ct)
{
  Node *l = lv->n;
  if (lv->declare) {
    declare(l->obj, conv_assign(c, ct, l->obj->type));
    return;
  }
  if (is_blank(l)) {
    out_line("MG_DISCARD(%s);", c);
    return;
  }
  if (lv->map) {
    Type *vt = under(l->X->type)->elem;
    out_line("*(%s *)mg_mapassign(%s, &%s) = %s;", ctype(vt), lv->map, lv->key,
             conv_assign(c, ct, vt));
    return;
  }
  const char *v = conv_assign(c, ct, l->type);
  if (lv->base) {
    Type *xt = under(l->X->type);
    const char *et = ctype(l->type);
    if (xt->kind == TY_SLICE) {
      out_line("*(%s *)mg_sidx(%s, %s, sizeof(%s)) = %s;", et, lv->base, lv->idx, et, v);
    } else {
      Type *at = xt->kind == TY_POINTER ? under(xt->elem) : xt;
      out_line("%s->a[mg_ckidx(%s, %lld)] = %s;", lv->base, lv->idx, (long long)at->len, v);
    }
  } else if (lv->ptr) {
    out_line("*%s = %s;", lv->ptr, v);
  } else {
    emit_store(l, c, ct);
  }
}

static void emit_define_or_assign(Node *s, bool define)
{
  int n = s->Lhs.len;
  if (n == 1 && s->Rhs.len == 1) {
    Node *l = s->Lhs.data[0], *r = s->Rhs.data[0];
    if (define && is_new_var(l)) {
      declare(l->obj, emit_expr_to(r, l->obj->type));
    } else if (is_blank(l)) {
      emit_discard(r);
    } else {
      LVal lv;
      lval_prepare(&lv, l, false);
      lval_store(&lv, emit_expr_to(r, l->type), l->type);
    }
    return;
  }
  LVal lv[n];
  for (int i = 0; i < n; i++)
    lval_prepare(&lv[i], s->Lhs.data[i], define);
  if (s->Rhs.len == 1) {
    Type *types[n];
    const char *t = multi_value(s->Rhs.data[0], types, n);
    for (int i = 0; i < n; i++)
      lval_store(&lv[i], xasprintf("%s.r%d", t, i), types[i]);
    return;
  }
  /* a, b = b, a: every right side before any store */
  const char *vals[n];
  Type *types[n];
  for (int i = 0; i < n; i++) {
    Node *r = s->Rhs.data[i];
    if (is_blank(lv[i].n)) {
      emit_discard(r);
      continue;
    }
    types[i] = r->type;
    if (r->cval && (type_is_untyped(types[i]) || type_is_interface(types[i])))
      types[i] = lv[i].declare ? lv[i].n->obj->type : type_default(types[i]);
    vals[i] = temp_var(ctype(types[i]), emit_expr_to(r, types[i]));
  }
  for (int i = 0; i < n; i++)
    if (!is_blank(lv[i].n))
      lval_store(&lv[i], vals[i], types[i]);
}

static int base_op(int op)
{
  switch (op) {
  case T_ADD_ASSIGN: case T_INC: return T_ADD;
  case T_SUB_ASSIGN: case T_DEC: return T_SUB;
  case T_MUL_ASSIGN: return T_MUL;
  case T_QUO_ASSIGN: return T_QUO;
  case T_REM_ASSIGN: return T_REM;
  case T_AND_ASSIGN: return T_AND;
  case T_OR_ASSIGN: return T_OR;
  case T_XOR_ASSIGN: return T_XOR;
  case T_SHL_ASSIGN: return T_SHL;
  case T_SHR_ASSIGN: return T_SHR;
  default: return T_AND_NOT;
  }
}

/* An identifier node standing for C lvalue text c of type t. */
static Node *synth_ident(const char *c, Type *t, Pos pos)
{
  Obj *o = obj_new(OBJ_VAR, "_lhs", t, pos);
  o->global = true;
  o->cname = c;
  Node *id = ast_new(N_IDENT, pos);
  id->Name = intern("_lhs");
  id->obj = o;
  id->type = t;
  return id;
}

/* x op= y and x++: the left side is evaluated once. */
static void emit_opassign(Node *lhs, int op, Node *rhs, Pos pos)
{
  while (lhs->kind == N_PAREN)
    lhs = lhs->X;
  Type *t = lhs->type;
  Node *bin = ast_new(N_BINARY, pos);
  bin->Op = base_op(op);
  bin->Y = rhs;
  bin->type = t;
  if (lhs->kind == N_INDEX && under(lhs->X->type)->kind == TY_MAP) {
    Type *mt = under(lhs->X->type);
    const char *m = temp_var("mg_map *", emit_expr(lhs->X));
    const char *k = temp_var(ctype(mt->key), emit_expr_to(lhs->Index, mt->key));
    const char *p = temp_var(xasprintf("%s *", ctype(t)), xasprintf("mg_mapaccess(%s, &%s)", m, k));
    const char *old = temp_var(ctype(t), xasprintf("%s ? *%s : %s", p, p, zero_of(t)));
    bin->X = synth_ident(old, t, pos);
    const char *v = emit_expr(bin);
    out_line("*(%s *)mg_mapassign(%s, &%s) = %s;", ctype(t), m, k, v);
    return;
  }
  const char *target;
  if (lhs->kind == N_IDENT) {
    target = emit_expr(lhs);
  } else {
    const char *p = temp_var(xasprintf("%s *", ctype(t)), emit_addr(lhs));
    target = xasprintf("(*%s)", p);
  }
  bin->X = synth_ident(target, t, pos);
  const char *v = emit_expr(bin);
  out_line("%s = %s;", target, v);
}

static void emit_assign(Node *s)
{
  switch (s->Op) {
  case T_DEFINE: emit_define_or_assign(s, true); return;
  case T_ASSIGN: emit_define_or_assign(s, false); return;
  default: emit_opassign(s->Lhs.data[0], s->Op, s->Rhs.data[0], s->pos); return;
  }
}

static void emit_incdec(Node *s)
{
  Const *one = xmalloc(sizeof *one);
  one->kind = C_INT;
  one->i = 1;
  Node *lit = ast_new(N_BASICLIT, s->pos);
  lit->cval = one;
  lit->type = s->X->type;
  emit_opassign(s->X, s->Op, lit, s->pos);
}

/* ---- declarations */

static void emit_valuespec(Node *spec)
{
  int n = spec->Names.len;
  if (spec->Values.len == 0) {
    for (int i = 0; i < n; i++)
      declare(((Node *)spec->Names.data[i])->obj, NULL);
    return;
  }
  if (spec->Values.len == 1 && n > 1) {
    Type *types[n];
    const char *t = multi_value(spec->Values.data[0], types, n);
    for (int i = 0; i < n; i++) {
      Obj *o = ((Node *)spec->Names.data[i])->obj;
      declare(o, conv_assign(xasprintf("%s.r%d", t, i), types[i], o ? o->type : types[i]));
    }
    return;
  }
  const char *vals[n];
  for (int i = 0; i < n; i++) {
    Obj *o = ((Node *)spec->Names.data[i])->obj;
    Node *v = spec->Values.data[i];
    vals[i] = NULL;
    if (is_blank(spec->Names.data[i])) {
      emit_discard(v);
      continue;
    }
    vals[i] = emit_expr_to(v, o ? o->type : v->type);
    if (n > 1)
      vals[i] = temp_var(ctype(o ? o->type : v->type), vals[i]);
  }
  for (int i = 0; i < n; i++)
    declare(((Node *)spec->Names.data[i])->obj, vals[i]);
}

static void emit_declstmt(Node *s)
{
  Node *d = s->Decl;
  if (d->Tok != T_VAR)
    return;  /* constants are folded; types are declared on use */
  for (int i = 0; i < d->Specs.len; i++)
    emit_valuespec(d->Specs.data[i]);
}

/* ---- return */

static void emit_return(Node *s)
{
  Type *sig = F->sig;
  int n = sig->results.len;
  Vec vals = {0};
  if (s->Results.len == 1 && n > 1) {
    Type *types[n];
    const char *t = multi_value(s->Results.data[0], types, n);
    for (int i = 0; i < n; i++)
      vec_push(&vals, (void *)conv_assign(xasprintf("%s.r%d", t, i), types[i], sig->results.data[i]));
  } else {
    for (int i = 0; i < s->Results.len; i++) {
      const char *v = emit_expr_to(s->Results.data[i], sig->results.data[i]);
      if (s->Results.len > 1 && F->results.len > 0)
        v = temp_var(ctype(sig->results.data[i]), v);  /* return b, a with named a, b */
      vec_push(&vals, (void *)v);
    }
  }
  if (F->hasDefer) {
    for (int i = 0; i < vals.len; i++)
      out_line("%s = %s;", (const char *)F->results.data[i], (const char *)vals.data[i]);
    out_line("goto _exit;");
    return;
  }
  if (n == 0) {
    out_line("return;");
  } else if (vals.len == 0) {
    out_line("return %s;", results_value());
  } else if (n == 1) {
    out_line("return %s;", (const char *)vals.data[0]);
  } else {
    Buf b = {0};
    for (int i = 0; i < vals.len; i++)
      buf_printf(&b, "%s%s", i ? ", " : "", (const char *)vals.data[i]);
    out_line("return (%s){%s};", F->retc, b.s);
  }
}

/* ---- if, switch */

static void emit_if(Node *s)
{
  open_block();
  if (s->Init)
    emit_stmt(s->Init);
  const char *c = emit_expr(s->Cond);
  out_line("if (%s)", c);
  emit_block(s->Body);
  if (s->Else) {
    out_line("else");
    if (s->Else->kind == N_BLOCKSTMT) {
      emit_block(s->Else);
    } else {
      open_block();
      emit_stmt(s->Else);
      close_block();
    }
  }
  close_block();
}

static Vec *clause_body(Node *clause)
{
  return clause->Body ? &clause->Body->List : NULL;
}

static bool ends_in_fallthrough(Node *clause)
{
  Vec *body = clause_body(clause);
  if (body == NULL || body->len == 0)
    return false;
  Node *last = body->data[body->len - 1];
  return last->kind == N_BRANCHSTMT && last->Op == T_FALLTHROUGH;
}

static void emit_clause_bodies(int id, Vec *clauses, Obj **vars, const char *x)
{
  for (int i = 0; i < clauses->len; i++) {
    Node *cl = clauses->data[i];
    buf_printf(F->out, "_c%d_%d:;\n", id, i);
    open_block();
    if (vars && vars[i]) {
      Obj *o = vars[i];
      const char *v = type_is_interface(o->type) ? x
                      : ptr_shaped(o->type) ? xasprintf("((%s)%s.data)", ctype(o->type), x)
                                           : xasprintf("(*(%s *)%s.data)", ctype(o->type), x);
      declare(o, v);
      out_line("(void)%s;", var_ref(o));
    }
    const char *save = fallthrough_label;
    fallthrough_label = i + 1 < clauses->len ? xasprintf("_c%d_%d", id, i + 1) : NULL;
    Vec *body = clause_body(cl);
    if (body)
      emit_stmts(body);
    fallthrough_label = save;
    if (!ends_in_fallthrough(cl))
      out_line("goto _brk%d;", id);
    close_block();
  }
}

static int default_index(Vec *clauses)
{
  for (int i = 0; i < clauses->len; i++) {
    Node *cl = clauses->data[i];
    if (cl->IsDefault)
      return i;
  }
  return -1;
}

static void emit_switch(Node *s)
{
  int id = label_id(s);
  Vec *clauses = &s->Body->List;
  open_block();
  if (s->Init)
    emit_stmt(s->Init);
  const char *tag = NULL;
  Type *tt = NULL;
  if (s->Tag) {
    tt = s->Tag->type;
    if (type_is_untyped(tt))
      tt = type_default(tt);
    tag = temp_var(ctype(tt), emit_expr_to(s->Tag, tt));
  }
  for (int i = 0; i < clauses->len; i++) {
    Node *cl = clauses->data[i];
    for (int j = 0; j < cl->List.len; j++) {
      Node *e = cl->List.data[j];
      open_block();
      const char *c;
      if (tag) {
        bool konst = e->cval && !type_is_interface(tt);
        c = emit_equal(tag, tt, konst ? emit_expr_to(e, tt) : emit_expr(e), konst ? tt : e->type);
      } else {
        c = emit_expr(e);
      }
      out_line("if (%s)", c);
      out_line("  goto _c%d_%d;", id, i);
      close_block();
    }
  }
  int def = default_index(clauses);
  if (def >= 0)
    out_line("goto _c%d_%d;", id, def);
  else
    out_line("goto _brk%d;", id);
  emit_clause_bodies(id, clauses, NULL, NULL);
  buf_printf(F->out, "_brk%d:;\n", id);
  close_block();
}

static void emit_typeswitch(Node *s)
{
  int id = label_id(s);
  Vec *clauses = &s->Body->List;
  open_block();
  if (s->Init)
    emit_stmt(s->Init);
  Node *a = s->Assign;
  Node *ta = a->kind == N_ASSIGNSTMT ? a->Rhs.data[0] : a->X;
  while (ta->kind == N_PAREN)
    ta = ta->X;
  const char *x = temp_var("mg_iface", emit_expr(ta->X));
  Obj *vars[clauses->len + 1];
  for (int i = 0; i < clauses->len; i++) {
    Node *cl = clauses->data[i];
    vars[i] = cl->aux;
    for (int j = 0; j < cl->List.len; j++) {
      Node *e = cl->List.data[j];
      Type *t = e->type;
      const char *c = t->kind == TY_UNTYPED_NIL ? xasprintf("%s.type == NULL", x)
                                                : type_test(x, t);
      out_line("if (%s)", c);
      out_line("  goto _c%d_%d;", id, i);
    }
  }
  int def = default_index(clauses);
  if (def >= 0)
    out_line("goto _c%d_%d;", id, def);
  else
    out_line("goto _brk%d;", id);
  emit_clause_bodies(id, clauses, vars, x);
  buf_printf(F->out, "_brk%d:;\n", id);
  close_block();
}

/* ---- select */

static Node *recv_of(Node *comm)
{
  Node *e = comm->kind == N_EXPRSTMT ? comm->X : comm->Rhs.data[0];
  while (e->kind == N_PAREN)
    e = e->X;
  return e;
}

static void emit_select(Node *s)
{
  int id = label_id(s);
  Vec *clauses = &s->Body->List;
  int n = 0;
  open_block();
  for (int i = 0; i < clauses->len; i++)
    if (((Node *)clauses->data[i])->Comm)
      n++;
  out_line("mg_scase _sc%d[%d];", id, n ? n : 1);
  const char *bufs[clauses->len + 1];
  for (int i = 0, k = 0; i < clauses->len; i++) {
    Node *comm = ((Node *)clauses->data[i])->Comm;
    if (comm == NULL)
      continue;
    if (comm->kind == N_SENDSTMT) {
      Type *et = under(comm->Chan->type)->elem;
      const char *c = temp_var("mg_chan *", emit_expr(comm->Chan));
      bufs[i] = temp_var(ctype(et), emit_expr_to(comm->Value, et));
      out_line("_sc%d[%d] = (mg_scase){%s, &%s, true};", id, k, c, bufs[i]);
    } else {
      Node *r = recv_of(comm);
      Type *et = under(r->X->type)->elem;
      const char *c = emit_expr(r->X);
      bufs[i] = temp_var(ctype(et), zero_init(et));
      out_line("_sc%d[%d] = (mg_scase){%s, &%s, false};", id, k, c, bufs[i]);
    }
    k++;
  }
  bool hasDefault = default_index(clauses) >= 0;
  const char *ok = temp_var("bool", "false");
  const char *sel = temp_var("int", xasprintf("mg_select(_sc%d, %d, %s, &%s)", id, n,
                                              hasDefault ? "false" : "true", ok));
  for (int i = 0, k = 0; i < clauses->len; i++) {
    Node *cl = clauses->data[i];
    Node *comm = cl->Comm;
    out_pos(cl->pos);
    out_line("%sif (%s == %d) {", i ? "else " : "", sel, comm ? k : -1);
    F->indent++;
    if (comm && comm->kind == N_ASSIGNSTMT) {
      Type *et = under(recv_of(comm)->X->type)->elem;
      for (int j = 0; j < comm->Lhs.len; j++) {
        Node *l = comm->Lhs.data[j];
        const char *v = j == 0 ? bufs[i] : ok;
        Type *vt = j == 0 ? et : type_basic(TY_BOOL);
        if (comm->Op == T_DEFINE && is_new_var(l))
          declare(l->obj, conv_assign(v, vt, l->obj->type));
        else if (!is_blank(l))
          emit_store(l, v, vt);
      }
    }
    Vec *body = clause_body(cl);
    if (body)
      emit_stmts(body);
    F->indent--;
    out_line("}");
    if (comm)
      k++;
  }
  buf_printf(F->out, "_brk%d:;\n", id);
  close_block();
}

/* ---- loops */

static void loop_tail(int id)
{
  buf_printf(F->out, "_cont%d:;\n", id);
}

/* Variables a 3-clause for's init declares that closures capture get a
 * fresh copy per iteration (Go 1.22). */
static void fresh_iteration_vars(Node *init)
{
  if (init == NULL || init->kind != N_ASSIGNSTMT || init->Op != T_DEFINE)
    return;
  for (int i = 0; i < init->Lhs.len; i++) {
    Node *l = init->Lhs.data[i];
    if (!is_new_var(l) || !l->obj->escapes)
      continue;
    Obj *o = l->obj;
    const char *ct = ctype(o->type);
    out_line("{ %s *_n = %s(sizeof(%s)); *_n = *%s; %s = _n; }", ct, alloc_fn(o->type), ct,
             o->cname, o->cname);
  }
}

static void emit_for(Node *s)
{
  int id = label_id(s);
  open_block();
  if (s->Init)
    emit_stmt(s->Init);
  out_line("for (;;) {");
  F->indent++;
  if (s->Cond) {
    const char *c = emit_expr(s->Cond);
    out_line("if (!(%s))", c);
    out_line("  break;");
  }
  emit_block(s->Body);
  loop_tail(id);
  fresh_iteration_vars(s->Init);
  if (s->Post)
    emit_stmt(s->Post);
  out_line("MG_BACKEDGE();");
  F->indent--;
  out_line("}");
  buf_printf(F->out, "_brk%d:;\n", id);
  close_block();
}

/* Binds the range key/value for one iteration. */
static void range_bind(Node *s, Node *target, Obj *o, const char *v, Type *vt)
{
  if (target == NULL || is_blank(target))
    return;
  if (s->Tok == T_DEFINE)
    declare(o, conv_assign(v, vt, o ? o->type : vt));
  else
    emit_store(target, v, vt);
}

static void emit_range(Node *s)
{
  RangeInfo *ri = s->aux;
  int id = label_id(s);
  Type *xt = s->X->type;
  Type *u = under(xt);
  Type *it = type_basic(TY_INT);
  open_block();
  const char *x = emit_expr(s->X);
  const char *i = xasprintf("_i%d", id);
  switch (ri->kind) {
  case RANGE_INT: {
    Type *kt = type_is_untyped(xt) ? it : xt;
    const char *ct = ctype(kt);
    const char *nn = temp_var(ct, s->X->cval ? emit_const(s->X->cval, kt) : x);
    out_line("for (%s %s = 0; %s < %s; %s++) {", ct, i, i, nn, i);
    F->indent++;
    range_bind(s, s->Key, ri->key, i, kt);
    break;
  }
  case RANGE_SLICE: case RANGE_ARRAY: case RANGE_ARRAY_PTR: {
    const char *elem;
    const char *len;
    if (ri->kind == RANGE_SLICE) {
      const char *r = temp_var("mg_slice", x);
      len = xasprintf("%s.len", r);
      elem = xasprintf("((%s *)%s.ptr)[%s]", ctype(u->elem), r, i);
    } else if (ri->kind == RANGE_ARRAY) {
      len = xasprintf("%lld", (long long)u->len);
      const char *r = s->Value && !is_blank(s->Value) ? temp_var(ctype(xt), x) : x;
      elem = xasprintf("%s.a[%s]", r, i);
    } else {
      Type *at = under(u->elem);
      const char *r = temp_var(ctype(u), x);
      len = xasprintf("%lld", (long long)at->len);
      elem = xasprintf("%s->a[%s]", r, i);
      u = at;
    }
    out_line("for (int64_t %s = 0; %s < %s; %s++) {", i, i, len, i);
    F->indent++;
    range_bind(s, s->Key, ri->key, i, it);
    range_bind(s, s->Value, ri->value, elem, u->elem);
    break;
  }
  case RANGE_STRING: {
    const char *r = temp_var("mg_string", x);
    out_line("for (int64_t %s = 0, _w%d = 0; %s < %s.len; %s += _w%d) {", i, id, i, r, i, id);
    F->indent++;
    out_line("int32_t _c%d = mg_string_decode_rune(%s, %s, &_w%d);", id, r, i, id);
    range_bind(s, s->Key, ri->key, i, it);
    range_bind(s, s->Value, ri->value, xasprintf("_c%d", id), type_rune());
    break;
  }
  case RANGE_MAP: {
    out_line("mg_mapiter _it%d;", id);
    out_line("for (mg_mapiterinit(&_it%d, %s); _it%d.key != NULL; mg_mapiternext(&_it%d)) {", id, x,
             id, id);
    F->indent++;
    range_bind(s, s->Key, ri->key, xasprintf("*(%s *)_it%d.key", ctype(u->key), id), u->key);
    range_bind(s, s->Value, ri->value, xasprintf("*(%s *)_it%d.value", ctype(u->elem), id), u->elem);
    break;
  }
  case RANGE_CHAN: {
    const char *c = temp_var("mg_chan *", x);
    out_line("for (;;) {");
    F->indent++;
    const char *v = temp_var(ctype(u->elem), zero_init(u->elem));
    out_line("if (!mg_chanrecv(%s, &%s))", c, v);
    out_line("  break;");
    range_bind(s, s->Key, ri->key, v, u->elem);
    break;
  }
  }
  emit_block(s->Body);
  loop_tail(id);
  out_line("MG_BACKEDGE();");
  F->indent--;
  out_line("}");
  buf_printf(F->out, "_brk%d:;\n", id);
  close_block();
}

/* ---- branches */

static void emit_branch(Node *s)
{
  switch (s->Op) {
  case T_BREAK: out_line("goto _brk%d;", label_id(s->aux)); return;
  case T_CONTINUE: out_line("goto _cont%d;", label_id(s->aux)); return;
  case T_GOTO: out_line("goto L_%s;", s->Label->Name); return;
  case T_FALLTHROUGH:
    if (fallthrough_label)
      out_line("goto %s;", fallthrough_label);
    return;
  default: return;
  }
}

static void emit_exprstmt(Node *s)
{
  Node *x = s->X;
  while (x->kind == N_PAREN)
    x = x->X;
  if (x->kind == N_CALL) {
    emit_call(x, true);
    return;
  }
  const char *v = emit_expr(x);
  out_line("(void)(%s);", v);
}

static void emit_send(Node *s)
{
  Type *et = under(s->Chan->type)->elem;
  const char *c = emit_expr(s->Chan);
  if (strchr(c, '(') != NULL)
    c = temp_var("mg_chan *", c);
  const char *v = temp_var(ctype(et), emit_expr_to(s->Value, et));
  out_line("mg_chansend(%s, &%s);", c, v);
}

void emit_stmt(Node *s)
{
  if (s->kind != N_BLOCKSTMT && s->kind != N_EMPTYSTMT && s->kind != N_LABELEDSTMT)
    out_pos(s->pos);
  switch (s->kind) {
  case N_EMPTYSTMT: return;
  case N_DECLSTMT: emit_declstmt(s); return;
  case N_LABELEDSTMT:
    buf_printf(F->out, "L_%s:;\n", s->Label->Name);
    emit_stmt(s->Stmt);
    return;
  case N_EXPRSTMT: emit_exprstmt(s); return;
  case N_SENDSTMT: emit_send(s); return;
  case N_INCDECSTMT: emit_incdec(s); return;
  case N_ASSIGNSTMT: emit_assign(s); return;
  case N_GOSTMT: case N_DEFERSTMT: emit_go_defer(s); return;
  case N_RETURNSTMT: emit_return(s); return;
  case N_BRANCHSTMT: emit_branch(s); return;
  case N_BLOCKSTMT: emit_block(s); return;
  case N_IFSTMT: emit_if(s); return;
  case N_SWITCHSTMT: emit_switch(s); return;
  case N_TYPESWITCHSTMT: emit_typeswitch(s); return;
  case N_SELECTSTMT: emit_select(s); return;
  case N_FORSTMT: emit_for(s); return;
  case N_RANGESTMT: emit_range(s); return;
  default:
    emit_unsupported(s->pos, xasprintf("the statement %s", ast_kind_name(s->kind)));
  }
}
