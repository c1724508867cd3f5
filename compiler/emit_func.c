/*
 * emit_func.c - functions and methods, function literals (closures),
 * functions and methods used as values, the wrappers of interface method
 * tables, and the thunks of go and defer statements.
 */
#include <stdlib.h>
#include <string.h>

#include "emit_int.h"

static PMap funcvals;   /* Obj* -> static closure expression */
static PMap wrappers;   /* interned "typekey.method" -> wrapper name */
static PMap used;       /* FUNC Obj* referenced by emitted code -> 1 */
static Vec pending;     /* Node*: referenced FUNCDECLs with a body, to emit */
static int npending;    /* how many of pending are emitted */
static PMap aliases;    /* interned cname -> Vec* of wrapper codes calling it */
static Vec recovering;  /* interned cnames of declared funcs calling recover */

void emit_func_reset(void)
{
  memset(&funcvals, 0, sizeof funcvals);
  memset(&wrappers, 0, sizeof wrappers);
  memset(&used, 0, sizeof used);
  memset(&pending, 0, sizeof pending);
  npending = 0;
  memset(&aliases, 0, sizeof aliases);
  memset(&recovering, 0, sizeof recovering);
}

/* code (a wrapper) calls function cname directly. */
static void add_alias(const char *cname, const char *code)
{
  cname = intern(cname);
  Vec *v = pmap_get(&aliases, cname);
  if (v == NULL) {
    v = xmalloc(sizeof *v);
    pmap_put(&aliases, cname, v);
  }
  vec_push(v, (void *)code);
}

const char *recover_text(void)
{
  /* package initializers and deferred builtins (defer recover()) are not
   * functions a deferred call runs */
  if (F->fi == NULL)
    return "((mg_iface){0})";
  if (F->isLit)
    return xasprintf("mg_recover((void *)%s)", F->cname);
  const char *cname = intern(F->cname);
  int i = 0;
  while (i < recovering.len && recovering.data[i] != cname)
    i++;
  if (i == recovering.len) {
    vec_push(&recovering, (void *)cname);
    buf_printf(&E.protos, "extern void *const %s__codes[];\n", cname);
  }
  return xasprintf("mg_recover_of(%s__codes)", cname);
}

void emit_recover_tables(Buf *out)
{
  for (int i = 0; i < recovering.len; i++) {
    const char *cname = recovering.data[i];
    buf_printf(out, "void *const %s__codes[] = {(void *)%s, ", cname, cname);
    Vec *v = pmap_get(&aliases, cname);
    for (int j = 0; v && j < v->len; j++)
      buf_printf(out, "(void *)%s, ", (const char *)v->data[j]);
    buf_puts(out, "NULL};\n");
  }
}

static Type *recv_named(Type *t)
{
  return t->kind == TY_POINTER ? t->elem : t;
}

static void emit_prototype(Obj *fn, Node *fd);

static const char *func_name(Obj *fn)
{
  if (fn->cname)
    return fn->cname;
  Node *fd = fn->decl;
  const char *pid = pkg_id(fn->pkg ? fn->pkg : "main");
  if (fd && fd->kind == N_FUNCDECL && fd->Recv.len > 0 && fd->aux) {
    FuncInfo *fi = fd->aux;
    Type *rt = recv_named(fi->recv->type);
    fn->cname = xasprintf("%s__%s__%s", pid, rt->name, fn->name);
  } else {
    fn->cname = xasprintf("%s__%s", pid, fn->name);
  }
  return fn->cname;
}

/* Naming a function is referencing it: only referenced functions get a
 * prototype and, when written in Go, a body. */
const char *func_cname(Obj *fn)
{
  const char *cname = func_name(fn);
  Node *fd = fn->decl;
  if (fd && fd->kind == N_FUNCDECL && pmap_get(&used, fn) == NULL) {
    pmap_put(&used, fn, (void *)1);
    emit_prototype(fn, fd);
    if (fd->Body)
      vec_push(&pending, fd);
  }
  return cname;
}

bool func_used(Obj *fn) { return pmap_get(&used, fn) != NULL; }

bool emit_pending_funcs(void)
{
  bool any = npending < pending.len;
  while (npending < pending.len) {
    Node *fd = pending.data[npending++];
    emit_funcdecl(fd, func_name(fd->obj));
  }
  return any;
}

const char *params_text(const char *first, Type *sig, Vec *objs)
{
  Buf b = {0};
  buf_puts(&b, first ? first : "");
  for (int i = 0; i < sig->params.len; i++) {
    if (b.len > 0)
      buf_puts(&b, ", ");
    const char *name = objs ? ((Obj *)objs->data[i])->cname : xasprintf("p%d", i);
    buf_printf(&b, "%s %s", ctype(sig->params.data[i]), name);
  }
  return b.len ? b.s : "void";
}

/* Arguments p0, p1... for forwarding calls. */
static const char *args_text(const char *first, int n)
{
  Buf b = {0};
  buf_puts(&b, first ? first : "");
  for (int i = 0; i < n; i++)
    buf_printf(&b, "%sp%d", b.len ? ", " : "", i);
  return b.s ? b.s : "";
}

static const char *direct_ret(const char *cname, Type *sig)
{
  return sig->results.len > 1 ? xasprintf("struct %s__ret", cname) : ret_ctype(sig);
}

/* `return call;` converting a direct call's struct <f>__ret to the tuple
 * type that calls through values expect. */
static const char *forward_return(const char *call, Type *sig)
{
  if (sig->results.len == 0)
    return xasprintf("  %s;\n", call);
  if (sig->results.len == 1)
    return xasprintf("  return %s;\n", call);
  const char *rt = ret_ctype(sig);
  return xasprintf("  __typeof__(%s) _r = %s;\n  %s _o;\n  memcpy(&_o, &_r, sizeof _o);\n"
                   "  return _o;\n", call, call, rt);
}

static void emit_prototype(Obj *fn, Node *fd)
{
  FuncInfo *fi = fd->aux;
  if (fi == NULL)
    return;
  const char *cname = func_name(fn);
  if (fi->sig->results.len > 1)
    ret_struct(cname, fi->sig);
  const char *recv = fi->recv ? xasprintf("%s recv", ctype(fi->recv->type)) : NULL;
  buf_printf(&E.protos, "%s %s(%s);\n", direct_ret(cname, fi->sig), cname,
             params_text(recv, fi->sig, NULL));
}

/* ---- bodies */

static bool is_captured(Obj *o)
{
  if (!F->isLit)
    return false;
  for (int i = 0; i < F->fi->captures.len; i++)
    if (F->fi->captures.data[i] == o)
      return true;
  return false;
}

const char *var_ref(Obj *o)
{
  if (o->kind == OBJ_FUNC)
    return func_value(o);
  if (o->global) {
    if (o->cname == NULL)
      o->cname = xasprintf("%s__%s", pkg_id(o->pkg), o->name);
    return o->cname;
  }
  if (is_captured(o))
    return xasprintf("(*_cl->%s)", o->cname);
  if (o->cname == NULL)
    local_cname(o);
  return o->escapes ? xasprintf("(*%s)", o->cname) : o->cname;
}

/* The heap pointer of an escaping local, in the current function. */
static const char *var_ptr(Obj *o)
{
  return is_captured(o) ? xasprintf("_cl->%s", o->cname) : o->cname;
}

static const char *alloc_fn(Type *t) { return type_pointer_free(t) ? "mg_alloc_atomic" : "mg_alloc"; }

/* Parameters that escape are copied to the heap on entry, into a pointer
 * named like a further local of the same name (n__2). */
static void emit_params(Vec *objs)
{
  for (int i = 0; i < objs->len; i++) {
    Obj *o = objs->data[i];
    if (!o->escapes)
      continue;
    const char *in = o->cname;
    local_cname(o);
    const char *ct = ctype(o->type);
    out_line("%s *%s = %s(sizeof(%s));", ct, o->cname, alloc_fn(o->type), ct);
    out_line("*%s = %s;", o->cname, in);
  }
}

static void name_params(Vec *objs)
{
  for (int i = 0; i < objs->len; i++) {
    Obj *o = objs->data[i];
    if (o->name == NULL || strcmp(o->name, "_") == 0) {
      o->cname = xasprintf("_p%d", i);
      continue;
    }
    local_cname(o);
  }
}

/* Result slots: named results are variables; with defers, unnamed ones
 * get slots too (volatile: they are read after a recovery's longjmp). */
static void emit_results(void)
{
  Type *sig = F->sig;
  FuncInfo *fi = F->fi;
  const char *vol = F->hasDefer ? " volatile" : "";
  for (int i = 0; i < sig->results.len; i++) {
    Type *rt = sig->results.data[i];
    const char *ct = ctype(rt);
    if (fi->results.len > 0) {
      Obj *o = fi->results.data[i];
      if (o->name == NULL || strcmp(o->name, "_") == 0)
        o->cname = xasprintf("_r%d", i);
      else
        local_cname(o);
      if (o->escapes)
        out_line("%s *%s = %s(sizeof(%s));", ct, o->cname, alloc_fn(rt), ct);
      else
        out_line("%s%s %s = %s;", ct, vol, o->cname, zero_init(rt));
      vec_push(&F->results, (void *)var_ref(o));
    } else if (F->hasDefer) {
      const char *name = xasprintf("_r%d", i);
      out_line("%s%s %s = %s;", ct, vol, name, zero_init(rt));
      vec_push(&F->results, (void *)name);
    }
  }
}

/* `return (R){r0, r1}` from the result slots. */
const char *results_value(void)
{
  if (F->results.len == 1)
    return F->results.data[0];
  Buf b = {0};
  buf_printf(&b, "(%s){", F->retc);
  for (int i = 0; i < F->results.len; i++)
    buf_printf(&b, "%s%s", i ? ", " : "", (const char *)F->results.data[i]);
  buf_puts(&b, "}");
  return b.s;
}

static void emit_body(Node *body)
{
  F->hasDefer = F->fi->hasDefer;
  out_line("MG_PROLOGUE();");
  emit_params(&F->fi->params);
  if (F->fi->recv) {
    Vec rv = {0};
    vec_push(&rv, F->fi->recv);
    emit_params(&rv);
  }
  emit_results();
  if (F->hasDefer) {
    out_line("mg_deferframe _df;");
    out_line("mg_defer_enter(&_df);");
    out_line("if (setjmp(_df.jb))");
    out_line("  goto _exit;");
  }
  emit_stmts(&body->List);
  if (F->hasDefer) {
    buf_puts(F->out, "_exit:;\n");
    out_line("mg_defer_return(&_df);");
    if (F->sig->results.len > 0)
      out_line("return %s;", results_value());
  } else if (F->sig->results.len > 0 && F->results.len > 0) {
    out_line("return %s;", results_value());
  }
}

static Fn *fn_new(const char *cname, const char *goname, FuncInfo *fi)
{
  Fn *fn = xmalloc(sizeof *fn);
  fn->cname = cname;
  fn->goname = goname;
  fn->fi = fi;
  fn->sig = fi->sig;
  fn->out = &fn->body;
  fn->indent = 1;
  fn->outer = F;
  F = fn;
  return fn;
}

const char *go_name(Obj *fn, FuncInfo *fi)
{
  const char *pkg = fn && fn->pkg ? fn->pkg : "main";
  const char *slash = strrchr(pkg, '/');
  if (slash)
    pkg = slash + 1;
  if (fi && fi->recv) {
    Type *rt = fi->recv->type;
    if (rt->kind == TY_POINTER)
      return xasprintf("%s.(*%s).%s", pkg, rt->elem->name, fn->name);
    return xasprintf("%s.%s.%s", pkg, rt->name, fn->name);
  }
  return xasprintf("%s.%s", pkg, fn ? fn->name : "init");
}

void emit_funcdecl(Node *fd, const char *cname)
{
  FuncInfo *fi = fd->aux;
  Fn *fn = fn_new(cname, go_name(fd->obj, fi), fi);
  fn->pos = fd->pos;
  fn->retc = direct_ret(cname, fi->sig);
  name_params(&fi->params);
  const char *recv = NULL;
  if (fi->recv) {
    Vec rv = {0};
    vec_push(&rv, fi->recv);
    name_params(&rv);
    if (strncmp(fi->recv->cname, "_p", 2) == 0)
      fi->recv->cname = "_recv";
    recv = xasprintf("%s %s", ctype(fi->recv->type), fi->recv->cname);
  }
  const char *params = params_text(recv, fi->sig, &fi->params);
  emit_body(fd->Body);
  F = fn->outer;
  buf_printf(&E.funcs, "%s%s %s(%s) {\n%s}\n\n", line_directive(fd->pos), fn->retc, cname,
             params, fn->body.s ? fn->body.s : "");
}

/* ---- closures */

const char *emit_funclit(Node *lit)
{
  FuncInfo *fi = lit->aux;
  const char *cname = xasprintf("%s__func%d", F->cname, ++F->nlit);
  const char *goname = xasprintf("%s.func%d", F->goname, F->nlit);
  /* the closure's layout: code pointer, then a pointer per capture */
  Buf st = {0};
  buf_printf(&st, "struct %s__clo { void *_fn;", cname);
  for (int i = 0; i < fi->captures.len; i++) {
    Obj *o = fi->captures.data[i];
    buf_printf(&st, " %s *%s;", ctype(o->type), o->cname);
  }
  buf_puts(&st, " };\n");
  buf_puts(&E.defs, st.s);
  /* the value, built in the enclosing function */
  const char *c = new_temp();
  out_line("struct %s__clo *%s = mg_alloc(sizeof *%s);", cname, c, c);
  out_line("%s->_fn = (void *)%s;", c, cname);
  for (int i = 0; i < fi->captures.len; i++) {
    Obj *o = fi->captures.data[i];
    if (!o->escapes && !is_captured(o))
      emit_unsupported(o->pos, "capturing a variable that does not escape");
    out_line("%s->%s = %s;", c, o->cname, var_ptr(o));
  }
  /* the code */
  Fn *fn = fn_new(cname, goname, fi);
  fn->isLit = true;
  fn->pos = lit->pos;
  fn->retc = ret_ctype(fi->sig);
  name_params(&fi->params);
  const char *params = params_text("mg_func *_clo", fi->sig, &fi->params);
  Buf *save = F->out;
  Buf head = {0};
  F->out = &head;
  out_line("struct %s__clo *_cl = (struct %s__clo *)_clo;", cname, cname);
  out_line("(void)_cl;");
  F->out = save;
  emit_body(lit->Body);
  F = fn->outer;
  buf_printf(&E.protos, "static %s %s(%s);\n", fn->retc, cname, params);
  buf_printf(&E.funcs, "%sstatic %s %s(%s) {\n%s%s}\n\n", line_directive(lit->pos), fn->retc,
             cname, params, head.s, fn->body.s ? fn->body.s : "");
  return xasprintf("((mg_func *)%s)", c);
}

/* A static closure around code `fn` of signature sig (no captures). */
static const char *static_closure(const char *name, const char *ret, const char *params,
                                  const char *body, Pos pos)
{
  buf_printf(&E.protos, "static %s %s_code(%s);\n", ret, name, params);
  buf_puts(&E.funcs, pin_lines(pos, xasprintf("static %s %s_code(%s) {\n%s}\n", ret, name,
                                              params, body)));
  buf_printf(&E.funcs, "static mg_func %s = {(void *)%s_code};\n\n", name, name);
  buf_printf(&E.protos, "static mg_func %s;\n", name);
  return xasprintf("(&%s)", name);
}

const char *func_value(Obj *fn)
{
  const char *v = pmap_get(&funcvals, fn);
  if (v)
    return v;
  const char *cname = func_cname(fn);
  Type *sig = fn->type;
  add_alias(cname, xasprintf("%s__fv_code", cname));
  v = static_closure(xasprintf("%s__fv", cname), ret_ctype(sig),
                     params_text("mg_func *_clo", sig, NULL),
                     forward_return(xasprintf("%s(%s)", cname, args_text(NULL, sig->params.len)), sig),
                     fn->pos);
  pmap_put(&funcvals, fn, (void *)v);
  return v;
}

/* Walks the selection's embedded-field path from x (of type xt). */
const char *sel_walk(const char *x, Type *xt, Selection *s, int steps, Type **out)
{
  for (int i = 0; i < steps; i++) {
    Type *u = under(xt);
    const char *op = ".";
    if (u->kind == TY_POINTER) {
      u = under(u->elem);
      op = "->";
    }
    x = xasprintf("(%s)%s%s", x, op, cfield(u, s->path[i]));
    xt = ((Field *)u->fields.data[s->path[i]])->type;
  }
  *out = xt;
  return x;
}

/* The receiver argument of method selection s applied to x. */
const char *sel_receiver(const char *x, Type *xt, Selection *s, Type **out)
{
  x = sel_walk(x, xt, s, s->npath, &xt);
  if (s->kind != SEL_IFACE_METHOD && !type_is_interface(xt)) {
    bool isPtr = under(xt)->kind == TY_POINTER;
    if (s->method->ptrRecv && !isPtr) {
      x = xasprintf("(&%s)", x);
      xt = type_pointer(xt);
    } else if (!s->method->ptrRecv && isPtr) {
      /* an explicit check: the callee may not read the copied receiver */
      xt = under(xt)->elem;
      x = xasprintf("(*(%s *)mg_nilchk(%s))", ctype(xt), x);
    }
  }
  *out = xt;
  return x;
}

/* Calls method s on receiver text r (already adjusted) with args text. */
const char *method_call_text(Selection *s, const char *r, const char *args, bool *direct)
{
  Type *sig = s->method->sig;
  if (s->kind == SEL_IFACE_METHOD) {
    *direct = false;
    return xasprintf("((%s (*)(%s))mg_iface_method(%s, \"%s\"))(%s.data%s%s)", ret_ctype(sig),
                     params_text("void *", sig, NULL), r, s->method->name, r,
                     args[0] ? ", " : "", args);
  }
  *direct = true;
  return xasprintf("%s(%s%s%s)", func_cname(s->method->func), r, args[0] ? ", " : "", args);
}

const char *method_wrapper(Type *t, Selection *s)
{
  const char *key = intern(xasprintf("%s.%s", type_name(t), s->method->name));
  const char *w = pmap_get(&wrappers, key);
  if (w)
    return w;
  w = xasprintf("mgw_%d", ++E.nwrap);
  pmap_put(&wrappers, key, (void *)w);
  Type *sig = s->method->sig;
  const char *ct = ctype(t);
  const char *base = ptr_shaped(t) ? xasprintf("((%s)_d)", ct) : xasprintf("(*(%s *)_d)", ct);
  Type *rt;
  const char *r = sel_receiver(base, t, s, &rt);
  Buf body = {0};
  if (s->kind == SEL_IFACE_METHOD) {
    buf_printf(&body, "  mg_iface _i = %s;\n", r);
    r = "_i";
  }
  bool direct;
  const char *call = method_call_text(s, r, args_text(NULL, sig->params.len), &direct);
  buf_puts(&body, direct ? forward_return(call, sig)
                         : xasprintf(sig->results.len ? "  return %s;\n" : "  %s;\n", call));
  if (direct)
    add_alias(func_cname(s->method->func), w);
  const char *params = params_text("void *_d", sig, NULL);
  buf_printf(&E.protos, "static %s %s(%s);\n", ret_ctype(sig), w, params);
  Pos pos = s->method->func ? s->method->func->pos : (Pos){0};
  buf_puts(&E.funcs, pin_lines(pos, xasprintf("static %s %s(%s) {\n%s}\n", ret_ctype(sig), w,
                                              params, body.s)));
  return w;
}

/* x.M as a value: a closure holding the receiver, evaluated now. */
const char *method_value(Node *sel)
{
  Selection *s = sel->aux;
  Type *rt;
  const char *r = sel_receiver(emit_expr(sel->X), sel->X->type, s, &rt);
  int id = ++E.nwrap;
  Type *sig = s->method->sig;
  type_define(rt);
  buf_printf(&E.defs, "struct mgmv_%d { void *fn; %s r; };\n", id, ctype(rt));
  bool direct;
  const char *call = method_call_text(s, "_c->r", args_text(NULL, sig->params.len), &direct);
  if (direct)
    add_alias(func_cname(s->method->func), xasprintf("mgmv_%d_code", id));
  Buf body = {0};
  buf_printf(&body, "  struct mgmv_%d *_c = (struct mgmv_%d *)_clo;\n", id, id);
  buf_puts(&body, direct ? forward_return(call, sig)
                         : xasprintf(sig->results.len ? "  return %s;\n" : "  %s;\n", call));
  const char *params = params_text("mg_func *_clo", sig, NULL);
  buf_printf(&E.protos, "static %s mgmv_%d_code(%s);\n", ret_ctype(sig), id, params);
  buf_puts(&E.funcs, pin_lines(sel->pos, xasprintf("static %s mgmv_%d_code(%s) {\n%s}\n",
                                                   ret_ctype(sig), id, params, body.s)));
  const char *c = new_temp();
  out_line("struct mgmv_%d *%s = mg_alloc(sizeof *%s);", id, c, c);
  out_line("%s->fn = (void *)mgmv_%d_code;", c, id);
  out_line("%s->r = %s;", c, r);
  return xasprintf("((mg_func *)%s)", c);
}

/* T.M / (*T).M as a value: the receiver becomes the first parameter. */
const char *method_expr(Node *sel)
{
  Selection *s = sel->aux;
  Type *sig = sel->type;  /* func(recv, params...) */
  Type *recvT = sig->params.data[0];
  int id = ++E.nwrap;
  Type *rt;
  const char *r = sel_receiver("p0", recvT, s, &rt);
  Type *msig = s->method->sig;
  Buf args = {0};
  for (int i = 1; i < sig->params.len; i++)
    buf_printf(&args, "%sp%d", i > 1 ? ", " : "", i);
  Buf body = {0};
  if (s->kind == SEL_IFACE_METHOD) {
    buf_printf(&body, "  mg_iface _i = %s;\n", r);
    r = "_i";
  }
  bool direct;
  const char *call = method_call_text(s, r, args.s ? args.s : "", &direct);
  if (direct)
    add_alias(func_cname(s->method->func), xasprintf("mgme_%d_code", id));
  buf_puts(&body, direct ? forward_return(call, msig)
                         : xasprintf(msig->results.len ? "  return %s;\n" : "  %s;\n", call));
  return static_closure(xasprintf("mgme_%d", id), ret_ctype(sig),
                        params_text("mg_func *_clo", sig, NULL), body.s, sel->pos);
}

const char *call_value_text(const char *f, Type *sig, Vec *args)
{
  Buf b = {0};
  buf_printf(&b, "((%s (*)(%s))%s->fn)(%s", ret_ctype(sig), params_text("mg_func *", sig, NULL),
             f, f);
  for (int i = 0; i < args->len; i++)
    buf_printf(&b, ", %s", (const char *)args->data[i]);
  buf_puts(&b, ")");
  return b.s;
}

/* ---- go and defer: the arguments are evaluated now and saved in a heap
 * block; a thunk performs the call from it later. A single pointer-shaped
 * value (a closure, a channel...) is passed as the thunk's argument itself,
 * without a block. */

/* Declares _a, the saved values of thunk id, from the thunk argument src:
 * a block, or the single value of type one itself. */
static const char *thunk_bind(int id, Type *one, const char *src)
{
  if (one)
    return xasprintf("struct mgth_%d _s = {(%s)%s}, *_a = &_s;", id, ctype(one), src);
  return xasprintf("struct mgth_%d *_a = %s;", id, src);
}

void emit_go_defer(Node *stmt)
{
  Deferred d = {0};
  int id = ++E.nwrap;
  prepare_deferred(stmt->X, &d);
  Buf st = {0};
  buf_printf(&st, "struct mgth_%d {", id);
  for (int i = 0; i < d.fields.len; i++)
    buf_printf(&st, " %s;", (const char *)d.fields.data[i]);
  buf_puts(&st, " };\n");
  buf_puts(&E.defs, st.s);
  buf_printf(&E.protos, "static void mgth_%d_code(void *_p);\n", id);
  bool unboxed = d.types.len == 1 && ptr_shaped(d.types.data[0]);
  const char *bind = thunk_bind(id, unboxed ? d.types.data[0] : NULL, "_p");
  buf_puts(&E.funcs, pin_lines(stmt->pos, xasprintf("static void mgth_%d_code(void *_p) {\n"
                                                    "  %s\n  (void)_a;\n%s}\n", id, bind,
                                                    d.call)));
  const char *a = new_temp();
  if (unboxed) {
    out_line("void *%s = (void *)(%s);", a, (const char *)d.inits.data[0]);
  } else {
    out_line("struct mgth_%d *%s = mg_alloc(sizeof *%s);", id, a, a);
    for (int i = 0; i < d.inits.len; i++)
      out_line("%s->f%d = %s;", a, i, (const char *)d.inits.data[i]);
  }
  if (stmt->kind == N_GOSTMT) {
    const char *file = stmt->pos.file ? stmt->pos.file : "?";
    char *abs = realpath(file, NULL);
    const char *site = xasprintf("%s:%d", abs ? abs : file, stmt->pos.line);
    free(abs);
    out_line("mg_go(mgth_%d_code, %s, \"%s\", %s);", id, a, d.goname,
             c_string_lit(site, (int64_t)strlen(site)));
  } else {
    const char *callee = d.callee;
    if (strstr(callee, "_a->") != NULL)
      callee = xasprintf("({ %s (void *)%s; })", thunk_bind(id, unboxed ? d.types.data[0] : NULL, a),
                         callee);
    out_line("mg_defer_push(&_df, mgth_%d_code, %s, (void *)%s);", id, a, callee);
  }
}
