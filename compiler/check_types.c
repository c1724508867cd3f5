/*
 * check_types.c - type expressions: named types, arrays, slices, maps,
 * channels, structs, funcs and interfaces.
 */
#include "check_impl.h"

#include <stdlib.h>
#include <string.h>

static Type *invalid_type(void) { return type_basic(TY_INVALID); }

static int method_cmp(const void *a, const void *b) {
  const Method *x = *(Method *const *)a, *y = *(Method *const *)b;
  return strcmp(x->name, y->name);
}

static Type *check_array_type(Node *n) {
  Type *elem = check_type(n->Elt);
  if (!n->Len) return type_slice(elem);
  if (n->Len->kind == N_ELLIPSIS) {
    check_error(n->Len->pos, "invalid use of [...] array (outside a composite literal)");
    return invalid_type();
  }
  Operand x;
  check_expr(&x, n->Len);
  if (x.mode == M_INVALID) return invalid_type();
  if (x.mode != M_CONST) {
    check_error(n->Len->pos, "array length %s must be constant", operand_string(&x));
    return invalid_type();
  }
  if (!type_is_integer(x.type) && !(type_is_untyped(x.type) && const_is_int_valued(x.val))) {
    check_error(n->Len->pos, "array length %s must be integer", operand_string(&x));
    return invalid_type();
  }
  bool trunc;
  Const *c = const_represent(x.val, type_basic(TY_INT), &trunc);
  if (!c || c->i < 0) {
    check_error(n->Len->pos, "invalid array length %s", expr_string(n->Len));
    return invalid_type();
  }
  convert_untyped(&x, type_basic(TY_INT));
  return type_array(elem, (int64_t)c->i);
}

/* gc: "a redeclared" + "other declaration of a" for a repeated field. */
static void declare_field(Scope *names, const char *name, Pos pos) {
  if (!strcmp(name, "_")) return;
  Obj *alt = scope_lookup_local(names, name);
  if (alt) {
    check_error(pos, "%s redeclared\n\t%s:%d:%d: other declaration of %s", name, alt->pos.file,
                alt->pos.line, alt->pos.col, name);
    return;
  }
  scope_insert(names, obj_new(OBJ_VAR, name, NULL, pos));
}

static Type *check_struct_type(Node *n) {
  Type *t = type_new(TY_STRUCT);
  Scope *names = scope_new(NULL);
  for (int i = 0; i < n->Fields.len; i++) {
    Node *f = n->Fields.data[i];
    Type *ft = check_type(f->Type);
    if (!f->Names.len) {
      Type *base = ft->kind == TY_POINTER ? ft->elem : ft;
      Node *te = f->Type;
      while (te->kind == N_STAR || te->kind == N_PAREN) te = te->X;
      Field *fl = xmalloc(sizeof *fl);
      fl->name = te->Name ? te->Name : intern("?");
      fl->type = ft;
      fl->embedded = true;
      fl->tag = f->FieldTag;
      if (base->kind == TY_POINTER || (ft->kind == TY_POINTER && type_is_interface(base)))
        check_error(f->Type->pos, "embedded field type cannot be a pointer to an interface");
      vec_push(&t->fields, fl);
      declare_field(names, fl->name, f->Type->pos);
      continue;
    }
    for (int j = 0; j < f->Names.len; j++) {
      Node *id = f->Names.data[j];
      Field *fl = xmalloc(sizeof *fl);
      fl->name = id->Name;
      fl->type = ft;
      fl->tag = f->FieldTag;
      vec_push(&t->fields, fl);
      declare_field(names, id->Name, id->pos);
    }
  }
  return t;
}

static void add_iface_method(Type *t, Method *m, Pos pos) {
  for (int i = 0; i < t->methods.len; i++) {
    Method *o = t->methods.data[i];
    if (o->name == m->name) {
      if (!type_identical(o->sig, m->sig)) check_error(pos, "duplicate method %s", m->name);
      return;
    }
  }
  vec_push(&t->methods, m);
}

static Type *check_interface_type(Node *n) {
  Type *t = type_new(TY_INTERFACE);
  for (int i = 0; i < n->Methods.len; i++) {
    Node *f = n->Methods.data[i];
    if (f->Names.len) {
      Method *m = xmalloc(sizeof *m);
      m->name = ((Node *)f->Names.data[0])->Name;
      m->sig = check_func_type(f->Type, NULL);
      add_iface_method(t, m, f->pos);
      continue;
    }
    Type *e = check_type(f->Type);
    if (e->kind == TY_INVALID || check_type_cycle(e)) continue;
    Type *u = type_underlying(e);
    if (!u || u->kind != TY_INTERFACE) {
      check_error(f->Type->pos, "cannot use %s in interface (type constraints are not supported by minigo)",
                  tstr(e));
      continue;
    }
    for (int j = 0; j < u->methods.len; j++) add_iface_method(t, u->methods.data[j], f->pos);
  }
  if (t->methods.len) qsort(t->methods.data, (size_t)t->methods.len, sizeof(void *), method_cmp);
  if (!t->methods.len) return type_empty_interface();
  return t;
}

/* Declares a parameter or result VAR for fi (synthesized when unnamed). */
static void add_param(FuncInfo *fi, Vec *out, Node *id, Type *t, Pos pos, bool named) {
  if (!fi) return;
  Obj *o = obj_new(OBJ_VAR, id ? id->Name : intern("_"), t, id ? id->pos : pos);
  o->param = true;
  o->used = true;
  o->check = fi;
  o->pkg = ck.pkg->path;
  if (id) {
    id->obj = o;
    id->type = t;
  }
  if (named || out == &fi->params) vec_push(out, o);
}

static void check_field_list(Vec *fields, Vec *types, FuncInfo *fi, Vec *objs,
                             bool *variadic, bool results) {
  for (int i = 0; i < fields->len; i++) {
    Node *f = fields->data[i];
    Node *te = f->Type;
    Type *t;
    if (te->kind == N_ELLIPSIS) {
      if (results || i != fields->len - 1 || f->Names.len > 1)
        check_error(te->pos, "can only use ... with final parameter in list");
      t = type_slice(check_type(te->Elt));
      te->type = t;
      if (variadic) *variadic = true;
    } else {
      t = check_type(te);
    }
    if (!f->Names.len) {
      vec_push(types, t);
      add_param(fi, objs, NULL, t, te->pos, false);
    }
    for (int j = 0; j < f->Names.len; j++) {
      vec_push(types, t);
      add_param(fi, objs, f->Names.data[j], t, te->pos, true);
    }
  }
}

Type *check_func_type(Node *n, FuncInfo *fi) {
  Type *t = type_new(TY_FUNC);
  check_field_list(&n->Params, &t->params, fi, fi ? &fi->params : NULL, &t->variadic, false);
  check_field_list(&n->Results, &t->results, fi, fi ? &fi->results : NULL, NULL, true);
  n->type = t;
  return t;
}

/* gc describes what n is instead: "x (variable of type int) is not a
 * type"; a package name gets its own error from the expression check. */
static void report_not_type(Node *n) {
  Operand x;
  check_expr_raw(&x, n, NULL);  /* raw: a built-in needs no call here */
  if (x.mode != M_INVALID) check_error(n->pos, "%s is not a type", operand_string(&x));
}

static Type *check_type_ident(Node *n, bool report) {
  Obj *o = scope_lookup(ck.scope, n->Name);
  if (!o) {
    if (!strcmp(n->Name, "_")) check_error(n->pos, "cannot use _ as value or type");
    else check_error(n->pos, "undefined: %s", n->Name);
    return invalid_type();
  }
  n->obj = o;
  if (o->kind != OBJ_TYPE) {
    if (report) report_not_type(n);
    return NULL;
  }
  o->used = true;
  check_obj(o);
  if (o->type->kind == TY_INVALID && !strcmp(o->name, "comparable") && !*o->pkg) {
    check_error(n->pos, "cannot use type comparable outside a type constraint: interface is (or embeds) comparable");
    return invalid_type();
  }
  if (o->type->kind == TY_COMPLEX64 || o->type->kind == TY_COMPLEX128) {
    check_error(n->pos, "complex numbers are not supported by minigo");
    return invalid_type();
  }
  return o->type;
}

/* Returns the type n denotes; NULL (after an error if reportNotType) when n
 * is not a type expression. */
Type *check_type_or_nil(Node *n, bool reportNotType) {
  Type *t = NULL;
  switch (n->kind) {
  case N_IDENT: t = check_type_ident(n, reportNotType); break;
  case N_PAREN: t = check_type_or_nil(n->X, reportNotType); break;
  case N_SELECTOR: {
    Operand x;
    check_expr_or_type(&x, n);
    if (x.mode == M_INVALID) return invalid_type();
    if (x.mode != M_TYPE) {
      if (reportNotType) check_error(expr_pos(n), "%s is not a type", operand_string(&x));
      return NULL;
    }
    t = x.type;
    break;
  }
  case N_STAR: {
    Type *e = check_type_or_nil(n->X, reportNotType);
    t = e ? type_pointer(e) : NULL;
    break;
  }
  case N_ARRAYTYPE: t = check_array_type(n); break;
  case N_MAPTYPE: {
    Type *k = check_type(n->Key), *v = check_type(n->Value);
    if (k->kind != TY_INVALID && k->kind != TY_NAMED && !type_comparable(k))
      check_error(n->Key->pos, "invalid map key type %s", tstr(k));
    t = type_map(k, v);
    break;
  }
  case N_CHANTYPE: t = type_chan(check_type(n->Value), n->Dir); break;
  case N_FUNCTYPE: t = check_func_type(n, NULL); break;
  case N_STRUCTTYPE: t = check_struct_type(n); break;
  case N_INTERFACETYPE: t = check_interface_type(n); break;
  case N_INDEX:
    check_error(n->pos, "generic type instantiation is not supported by minigo");
    return invalid_type();
  default:
    if (reportNotType) check_error(n->pos, "%s is not a type", expr_string(n));
    return NULL;
  }
  if (t) n->type = t;
  return t;
}

Type *check_type(Node *n) {
  Type *t = check_type_or_nil(n, true);
  return t ? t : invalid_type();
}

/* Does t contain named by value (not through a pointer, slice, map...)?
 * path collects the named types passed on the way. */
static bool contains_by_value(Type *t, Type *named, Vec *path) {
  if (!t) return false;
  if (t == named) return true;
  switch (t->kind) {
  case TY_NAMED:
    for (int i = 0; i < path->len; i++)
      if (path->data[i] == t) return false;
    vec_push(path, t);
    if (t->underlying && contains_by_value(t->underlying, named, path)) return true;
    path->len--;
    return false;
  case TY_ARRAY: return contains_by_value(t->elem, named, path);
  case TY_STRUCT:
    for (int i = 0; i < t->fields.len; i++)
      if (contains_by_value(((Field *)t->fields.data[i])->type, named, path)) return true;
    return false;
  default: return false;
  }
}

void check_named_underlying(Type *named, Node *spec) {
  Type *u = check_type(spec->Type);
  named->underlying = type_underlying(u);
  if (!named->underlying) named->underlying = invalid_type();
  Vec path = {0};
  if (contains_by_value(named->underlying, named, &path)) {
    Vec cycle = {0};
    vec_push(&cycle, named->obj);
    for (int i = 0; i < path.len; i++) vec_push(&cycle, ((Type *)path.data[i])->obj);
    report_type_cycle(&cycle);
    named->underlying = invalid_type();
  }
}
