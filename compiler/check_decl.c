/*
 * check_decl.c - declarations: package scope collection (out of order),
 * lazy resolution of package-level objects, methods, local declarations,
 * package variable initialization order and unused imports.
 */
#include "check_impl.h"

#include <string.h>

#include "package.h"

FuncInfo *func_info_new(Node *n, FuncInfo *outer) {
  FuncInfo *fi = xmalloc(sizeof *fi);
  fi->node = n;
  fi->outer = outer;
  return fi;
}

void check_record_use(Obj *o) {
  if (ck.decl && o->global && (o->kind == OBJ_VAR || o->kind == OBJ_FUNC) && ck.pkg &&
      o->pkg == ck.pkg->path)
    vec_push(&ck.decl->deps, o);
}

static DeclInfo *decl_info(Node *spec, Scope *fileScope) {
  DeclInfo *d = xmalloc(sizeof *d);
  d->spec = spec;
  d->fileScope = fileScope;
  return d;
}

static Obj *global_obj(ObjKind kind, const char *name, Pos pos, DeclInfo *d) {
  Obj *o = obj_new(kind, name, NULL, pos);
  o->global = true;
  o->pkg = ck.pkg->path;
  o->check = d;
  return o;
}

/* ---- resolving package-level objects ---- */

static void resolve_const(Obj *o, DeclInfo *d) {
  ck.inConst = true;
  ck.iota = d->iota;
  Type *t = d->typeExpr ? check_type(d->typeExpr) : NULL;
  if (t && t->kind != TY_INVALID && !(type_underlying(t)->kind >= TY_BOOL &&
                                      type_underlying(t)->kind <= TY_STRING)) {
    check_error(d->typeExpr->pos, "invalid constant type %s", tstr(t));
    t = type_basic(TY_INVALID);
  }
  o->type = type_basic(TY_INVALID);
  if (!d->init) return;
  Operand x;
  check_expr_hint(&x, d->init, t);
  ck.inConst = false;
  if (x.mode == M_INVALID || (t && t->kind == TY_INVALID)) return;
  if (x.mode != M_CONST) {
    check_error(expr_pos(d->init), "%s is not constant", operand_string(&x));
    return;
  }
  if (t) {
    check_assignment(&x, t, "constant declaration");
    if (x.mode == M_INVALID) return;
  }
  o->type = t ? t : x.type;
  o->cval = x.val;
}

static void resolve_var(Obj *o, DeclInfo *d) {
  Type *t = d->typeExpr ? check_type(d->typeExpr) : NULL;
  if (d->lhs.len > 1) {
    for (int i = 0; i < d->lhs.len; i++) {
      Obj *l = d->lhs.data[i];
      l->type = t;
      ((DeclInfo *)l->check)->color = 2;
    }
    Vec rhs = {0};
    vec_push(&rhs, d->init);
    check_init_vars(&d->lhs, &rhs, expr_pos(d->init), false);
    return;
  }
  o->type = t;
  if (!d->init) {
    if (!t) o->type = type_basic(TY_INVALID);
    return;
  }
  Vec lhs = {0}, rhs = {0};
  vec_push(&lhs, o);
  vec_push(&rhs, d->init);
  check_init_vars(&lhs, &rhs, expr_pos(d->init), false);
}

static void resolve_type(Obj *o, DeclInfo *d) {
  Node *spec = d->spec;
  if (spec->IsAlias) {
    o->type = check_type(spec->Type);
    return;
  }
  check_named_underlying(o->type, spec);
}

static void resolve_func(Obj *o, DeclInfo *d) {
  Node *fd = d->spec;
  FuncInfo *fi = func_info_new(fd, NULL);
  fi->sig = check_func_type(fd->Type, fi);
  fd->aux = fi;
  fd->obj = o;
  o->type = fi->sig;
}

/* Package-level objects being resolved, outermost first (cycle reports). */
static Vec obj_path;

/* go/types' reportCycle: "initialization cycle: x refers to itself", or
 * "initialization cycle for x" and one "a refers to b" line per step. */
static void report_init_cycle(Vec *cycle) {
  Obj *first = cycle->data[0];
  if (cycle->len == 1) {
    check_error(first->pos, "initialization cycle: %s refers to itself", first->name);
    return;
  }
  char *msg = xasprintf("initialization cycle for %s", first->name);
  for (int i = 0; i < cycle->len; i++) {
    Obj *a = cycle->data[i], *b = cycle->data[(i + 1) % cycle->len];
    msg = xasprintf("%s\n\t%s:%d:%d: %s refers to %s", msg, a->pos.file, a->pos.line, a->pos.col,
                    a->name, b->name);
  }
  check_error(first->pos, "%s", msg);
}

/* go/types' cycleError for types: cycle holds the TYPE objects in order. */
void report_type_cycle(Vec *cycle) {
  Obj *first = cycle->data[0];
  if (cycle->len == 1) {
    check_error(first->pos, "invalid recursive type: %s refers to itself", first->name);
    return;
  }
  char *msg = xasprintf("invalid recursive type %s", first->name);
  for (int i = 0; i < cycle->len; i++) {
    Obj *a = cycle->data[i], *b = cycle->data[(i + 1) % cycle->len];
    msg = xasprintf("%s\n\t%s:%d:%d: %s refers to %s", msg, a->pos.file, a->pos.line, a->pos.col,
                    a->name, b->name);
  }
  check_error(first->pos, "%s", msg);
}

/* Is the declaration of the defined type t being resolved (a cycle when t
 * is needed complete)? Reports the cycle once. */
bool check_type_cycle(Type *t) {
  if (t->kind != TY_NAMED || t->underlying || !t->obj || !t->obj->global || !t->obj->check) return false;
  if (((DeclInfo *)t->obj->check)->color != 1) return false;
  Vec cycle = {0};
  bool in = false;
  for (int i = 0; i < obj_path.len; i++) {
    in |= obj_path.data[i] == t->obj;
    if (in && ((Obj *)obj_path.data[i])->kind == OBJ_TYPE) vec_push(&cycle, obj_path.data[i]);
  }
  report_type_cycle(&cycle);
  return true;
}

/* o is being resolved again while its own declaration is checked. */
static void declaration_cycle(Obj *o) {
  if (o->kind != OBJ_CONST && o->kind != OBJ_VAR) return; /* types: see check_types.c */
  Vec cycle = {0};
  bool in = false;
  for (int i = 0; i < obj_path.len; i++) {
    in |= obj_path.data[i] == o;
    if (in) vec_push(&cycle, obj_path.data[i]);
  }
  report_init_cycle(&cycle);
  for (int i = 0; i < cycle.len; i++) {
    Obj *c = cycle.data[i];
    c->type = type_basic(TY_INVALID);
    ((DeclInfo *)c->check)->color = 2;
  }
}

void check_obj(Obj *o) {
  if (!o->global || !o->check || o->kind == OBJ_PKG || !o->pkg || !*o->pkg) return;
  DeclInfo *d = o->check;
  if (d->color == 2) return;
  if (d->color == 1) {
    declaration_cycle(o);
    return;
  }
  d->color = 1;
  vec_push(&obj_path, o);
  Checker save = ck;
  ck.scope = d->fileScope;
  ck.func = NULL;
  ck.decl = d;
  ck.inConst = false;
  ck.breakable = (Vec){0};
  switch (o->kind) {
  case OBJ_CONST: resolve_const(o, d); break;
  case OBJ_VAR: resolve_var(o, d); break;
  case OBJ_TYPE: resolve_type(o, d); break;
  case OBJ_FUNC: resolve_func(o, d); break;
  default: break;
  }
  Vec errors = ck.errors;
  ck = save;
  ck.errors = errors;
  obj_path.len--;
  if (d->color == 2 && o->type && o->type->kind == TY_INVALID) return; /* cycle reported */
  d->color = 2;
}

/* ---- collecting the package scope ---- */

typedef struct Collect {
  Vec objs;     /* Obj* in source order */
  Vec methods;  /* DeclInfo* of method declarations */
  Vec bodies;   /* DeclInfo* of funcs/methods with bodies */
  Vec vars;     /* Obj* package vars in declaration order */
} Collect;

/* Returns false when the package could not be imported. */
static bool collect_import(Node *spec, Scope *fileScope) {
  Package *p = pkg_import(spec->Path, spec->pos, ck.pkg->path);
  if (!p) return false;
  vec_push(&ck.pkg->imports, p);
  const char *name = spec->Name ? spec->Name : p->name;
  if (!strcmp(name, ".")) {
    check_error(spec->pos, "dot imports are not supported by minigo");
    return false;
  }
  if (!strcmp(name, "_")) return true;
  Obj *o = obj_new(OBJ_PKG, intern(name), NULL, spec->pos);
  o->pkgRef = p;
  o->decl = spec;
  o->pkg = ck.pkg->path;
  check_declare(fileScope, o, o->pos);
  return true;
}

static void collect_consts(Node *decl, Scope *fs, Collect *c) {
  Node *last = NULL;
  for (int i = 0; i < decl->Specs.len; i++) {
    Node *spec = decl->Specs.data[i];
    Node *src = spec->Implicit && last ? last : spec;
    if (!spec->Implicit) last = spec;
    if (!src->Values.len && !spec->Implicit && !src->Type)
      check_error(spec->pos, "missing init expr for const declaration");
    for (int j = 0; j < spec->Names.len; j++) {
      Node *id = spec->Names.data[j];
      DeclInfo *d = decl_info(spec, fs);
      d->index = j;
      d->typeExpr = src->Type;
      d->iota = spec->Iota;
      if (j < src->Values.len) d->init = src->Values.data[j];
      else if (src->Values.len || src->Type)
        check_error(id->pos, "missing init expr for const declaration");
      Obj *o = global_obj(OBJ_CONST, id->Name, id->pos, d);
      o->decl = spec;
      id->obj = o;
      vec_push(&c->objs, o);
    }
    if (src->Values.len > spec->Names.len && src == spec)
      check_error(expr_pos(src->Values.data[spec->Names.len]), "extra init expr");
  }
}

static void collect_vars(Node *decl, Scope *fs, Collect *c) {
  for (int i = 0; i < decl->Specs.len; i++) {
    Node *spec = decl->Specs.data[i];
    int nn = spec->Names.len, nv = spec->Values.len;
    Vec shared = {0};
    for (int j = 0; j < nn; j++) {
      Node *id = spec->Names.data[j];
      DeclInfo *d = decl_info(spec, fs);
      d->index = j;
      d->typeExpr = spec->Type;
      if (nv == nn) d->init = spec->Values.data[j];
      else if (nv == 1) d->init = spec->Values.data[0];
      Obj *o = global_obj(OBJ_VAR, id->Name, id->pos, d);
      o->decl = id;
      o->used = true;
      id->obj = o;
      vec_push(&shared, o);
      vec_push(&c->objs, o);
      vec_push(&c->vars, o);
    }
    if (nv == 1 && nn > 1)
      for (int j = 0; j < nn; j++) ((DeclInfo *)((Obj *)shared.data[j])->check)->lhs = shared;
    else if (nv && nv != nn)
      assignment_mismatch(spec->pos, nn, nv, spec->Values.data[0]);
  }
}

static void collect_types(Node *decl, Scope *fs, Collect *c) {
  for (int i = 0; i < decl->Specs.len; i++) {
    Node *spec = decl->Specs.data[i];
    DeclInfo *d = decl_info(spec, fs);
    Obj *o = global_obj(OBJ_TYPE, spec->Name, spec->pos, d);
    o->decl = spec;
    spec->obj = o;
    if (!spec->IsAlias) o->type = type_named(spec->Name, ck.pkg->path, o);
    vec_push(&c->objs, o);
  }
}

static void collect_func(Node *fd, Scope *fs, Collect *c) {
  DeclInfo *d = decl_info(fd, fs);
  if (!fd->Body && !ck.pkg->isStd) check_error(fd->pos, "missing function body");
  if (fd->Body) vec_push(&c->bodies, d);
  if (fd->Recv.len) {
    vec_push(&c->methods, d);
    return;
  }
  Obj *o = global_obj(OBJ_FUNC, fd->Name, fd->pos, d);
  o->decl = fd;
  fd->obj = o;
  if (!strcmp(fd->Name, "init")) {
    o->used = true;
    vec_push(&ck.pkg->initFuncs, fd);
    check_obj(o);
    if (fd->Type->Params.len || fd->Type->Results.len)
      check_error(fd->pos, "func init must have no arguments and no return values");
    return;
  }
  if (!strcmp(fd->Name, "main") && !strcmp(ck.pkg->path, "main") &&
      (fd->Type->Params.len || fd->Type->Results.len))
    check_error(fd->pos, "func main must have no arguments and no return values");
  vec_push(&c->objs, o);
}

/* Returns false when an import failed: like the go command, minigo then
 * reports only the import errors. */
static bool collect_file(Node *file, Collect *c) {
  Scope *fs = scope_new(ck.pkg->scope);
  file->aux = fs;
  bool ok = true;
  for (int i = 0; i < file->Imports.len; i++) ok &= collect_import(file->Imports.data[i], fs);
  if (!ok) return false;
  for (int i = 0; i < file->Decls.len; i++) {
    Node *d = file->Decls.data[i];
    if (d->kind == N_FUNCDECL) {
      collect_func(d, fs, c);
      continue;
    }
    switch (d->Tok) {
    case T_CONST: collect_consts(d, fs, c); break;
    case T_VAR: collect_vars(d, fs, c); break;
    case T_TYPE: collect_types(d, fs, c); break;
    default: break;
    }
  }
  return true;
}

/* ---- methods ---- */

static void declare_method(DeclInfo *d) {
  Node *fd = d->spec;
  Node *rf = fd->Recv.data[0];
  Checker save = ck;
  ck.scope = d->fileScope;
  ck.decl = d;
  Node *base = rf->Type;
  bool ptr = false;
  while (base->kind == N_PAREN) base = base->X;
  if (base->kind == N_STAR) {
    ptr = true;
    base = base->X;
  }
  FuncInfo *fi = func_info_new(fd, NULL);
  fd->aux = fi;
  Type *bt = check_type(base);
  Type *recvType = type_basic(TY_INVALID);
  Type *named = NULL;
  if (bt->kind == TY_NAMED && bt->pkg == ck.pkg->path && bt->underlying &&
      bt->underlying->kind != TY_POINTER && bt->underlying->kind != TY_INTERFACE) {
    named = bt;
    recvType = ptr ? type_pointer(bt) : bt;
  } else if (bt->kind != TY_INVALID) {
    if (bt->kind != TY_NAMED || bt->pkg != ck.pkg->path)
      check_error(rf->Names.len ? ((Node *)rf->Names.data[0])->pos : base->pos,
                  "cannot define new methods on non-local type %s", tstr(bt));
    else
      check_error(base->pos, "invalid receiver type %s", tstr(bt));
  }
  Node *rname = rf->Names.len ? rf->Names.data[0] : NULL;
  fi->recv = obj_new(OBJ_VAR, rname ? rname->Name : intern("_"), recvType, rname ? rname->pos : rf->pos);
  fi->recv->param = fi->recv->used = true;
  fi->recv->check = fi;
  fi->recv->pkg = ck.pkg->path;
  if (rname) {
    rname->obj = fi->recv;
    rname->type = recvType;
  }
  rf->type = recvType;
  fi->sig = check_func_type(fd->Type, fi);
  Obj *o = obj_new(OBJ_FUNC, fd->Name, fi->sig, fd->pos);
  o->pkg = ck.pkg->path;
  o->decl = fd;
  o->global = true;
  o->used = true;
  fd->obj = o;
  Vec errors = ck.errors;
  ck = save;
  ck.errors = errors;
  if (!named || !strcmp(fd->Name, "_")) return;
  for (int i = 0; i < named->methods.len; i++) {
    Method *m = named->methods.data[i];
    if (m->name == fd->Name) {
      Pos p = m->func->pos;
      check_error(fd->pos, "method %s.%s already declared at %s:%d:%d", named->name, fd->Name, p.file,
                  p.line, p.col);
      return;
    }
  }
  Type *u = type_underlying(named);
  if (u->kind == TY_STRUCT)
    for (int i = 0; i < u->fields.len; i++)
      if (((Field *)u->fields.data[i])->name == fd->Name) {
        check_error(fd->pos, "field and method with the same name %s", fd->Name);
        return;
      }
  Method *m = xmalloc(sizeof *m);
  m->name = fd->Name;
  m->sig = fi->sig;
  m->ptrRecv = ptr;
  m->func = o;
  vec_push(&named->methods, m);
}

/* ---- bodies ---- */

static void check_body(DeclInfo *d) {
  Node *fd = d->spec;
  FuncInfo *fi = fd->aux;
  if (!fi || !fi->sig) return;
  Checker save = ck;
  ck.scope = d->fileScope;
  ck.decl = fd->Recv.len ? NULL : d;
  if (fd->obj && fd->obj->check) ck.decl = fd->obj->check;
  check_func_body(fi, fd->Body);
  Vec errors = ck.errors;
  ck = save;
  ck.errors = errors;
  vec_push(&ck.pkg->funcs, fd);
}

/* ---- initialization order (Go spec: earliest ready variable first) ---- */

static void var_deps(Obj *o, Vec *out, Vec *visited) {
  DeclInfo *d = o->check;
  if (!d) return;
  for (int i = 0; i < d->deps.len; i++) {
    Obj *dep = d->deps.data[i];
    bool seen = false;
    for (int j = 0; j < visited->len; j++) seen |= visited->data[j] == dep;
    if (seen) continue;
    vec_push(visited, dep);
    if (dep->kind == OBJ_VAR) vec_push(out, dep);
    else var_deps(dep, out, visited);
  }
}

/* A dependency path from o back to target through vars and funcs. */
static bool find_path(Obj *o, Obj *target, Vec *path, Vec *visited) {
  DeclInfo *d = o->check;
  for (int i = 0; d && i < d->deps.len; i++) {
    Obj *dep = d->deps.data[i];
    if (dep == target) return true;
    bool seen = false;
    for (int j = 0; j < visited->len; j++) seen |= visited->data[j] == dep;
    if (seen) continue;
    vec_push(visited, dep);
    vec_push(path, dep);
    if (find_path(dep, target, path, visited)) return true;
    path->len--;
  }
  return false;
}

static bool contains(Vec *v, void *p) {
  for (int i = 0; i < v->len; i++)
    if (v->data[i] == p) return true;
  return false;
}

static void order_inits(Collect *c) {
  Vec done = {0}, pending = {0};
  for (int i = 0; i < c->vars.len; i++) {
    Obj *o = c->vars.data[i];
    bool bad = !o->type || o->type->kind == TY_INVALID; /* error reported already */
    if (((DeclInfo *)o->check)->init && !bad) vec_push(&pending, o);
    else {
      vec_push(&done, o);
      vec_push(&ck.pkg->globals, o);
    }
  }
  while (pending.len) {
    int pick = -1;
    for (int i = 0; i < pending.len && pick < 0; i++) {
      Obj *o = pending.data[i];
      Vec deps = {0}, visited = {0};
      var_deps(o, &deps, &visited);
      bool ready = true;
      for (int j = 0; j < deps.len; j++)
        if (!contains(&done, deps.data[j])) ready = false;
      if (ready) pick = i;
    }
    if (pick < 0) {
      Obj *o = pending.data[0];
      Vec cycle = {0}, visited = {0};
      vec_push(&cycle, o);
      if (find_path(o, o, &cycle, &visited)) report_init_cycle(&cycle);
      return;
    }
    Obj *o = pending.data[pick];
    DeclInfo *d = o->check;
    VarInit *vi = xmalloc(sizeof *vi);
    vi->rhs = d->init;
    if (d->lhs.len > 1) vi->lhs = d->lhs;
    else vec_push(&vi->lhs, strcmp(o->name, "_") ? o : NULL);
    vec_push(&ck.pkg->inits, vi);
    Vec group = d->lhs.len > 1 ? d->lhs : vi->lhs;
    for (int i = 0; i < group.len; i++) {
      Obj *g = group.data[i] ? group.data[i] : o;
      vec_push(&done, g);
      vec_push(&ck.pkg->globals, g);
      for (int j = 0; j < pending.len; j++)
        if (pending.data[j] == g) {
          memmove(&pending.data[j], &pending.data[j + 1], sizeof(void *) * (size_t)(pending.len - j - 1));
          pending.len--;
          break;
        }
    }
  }
}

static void report_unused_imports(Package *p) {
  for (int i = 0; i < p->files.len; i++) {
    Node *f = p->files.data[i];
    Scope *fs = f->aux;
    for (int j = 0; fs && j < fs->names.len; j++) {
      Obj *o = fs->names.data[j];
      if (o->kind != OBJ_PKG || o->used) continue;
      Node *spec = o->decl;
      if (o->name != o->pkgRef->name)
        check_error(spec->pos, "\"%s\" imported as %s and not used", spec->Path, o->name);
      else
        check_error(spec->pos, "\"%s\" imported and not used", spec->Path);
    }
  }
}

bool check_package(Package *pkg) {
  Checker save = ck;
  memset(&ck, 0, sizeof ck);
  ck.pkg = pkg;
  pkg->scope = scope_new(universe());
  ck.scope = pkg->scope;
  int errorsBefore = diag_count();
  Collect c = {0};
  bool importsOK = true;
  for (int i = 0; i < pkg->files.len; i++) importsOK &= collect_file(pkg->files.data[i], &c);
  if (!importsOK) {
    check_flush_errors();
    ck = save;
    return false;
  }
  for (int i = 0; i < c.objs.len; i++) {
    Obj *o = c.objs.data[i];
    check_declare(pkg->scope, o, o->pos);
  }
  for (int i = 0; i < c.objs.len; i++)
    if (((Obj *)c.objs.data[i])->kind == OBJ_TYPE) check_obj(c.objs.data[i]);
  for (int i = 0; i < c.objs.len; i++) /* all types complete: lay them out */
    if (((Obj *)c.objs.data[i])->kind == OBJ_TYPE) type_layout(((Obj *)c.objs.data[i])->type);
  for (int i = 0; i < c.methods.len; i++) declare_method(c.methods.data[i]);
  for (int i = 0; i < c.objs.len; i++) check_obj(c.objs.data[i]);
  for (int i = 0; i < c.bodies.len; i++) check_body(c.bodies.data[i]);
  order_inits(&c);
  report_unused_imports(pkg);
  if (!strcmp(pkg->path, "main")) {
    Obj *m = scope_lookup_local(pkg->scope, intern("main"));
    if (!m || m->kind != OBJ_FUNC)
      check_error(((Node *)pkg->files.data[0])->pos, "function main is undeclared in the main package");
  }
  check_flush_errors();
  pkg->checked = true;
  ck = save;
  return diag_count() == errorsBefore;
}

/* ---- local declarations ---- */

static void local_consts(Node *decl) {
  Node *last = NULL;
  for (int i = 0; i < decl->Specs.len; i++) {
    Node *spec = decl->Specs.data[i];
    Node *src = spec->Implicit && last ? last : spec;
    if (!spec->Implicit) last = spec;
    Vec objs = {0};
    for (int j = 0; j < spec->Names.len; j++) {
      Node *id = spec->Names.data[j];
      DeclInfo d = {.spec = spec, .index = j, .typeExpr = src->Type, .iota = spec->Iota};
      if (j < src->Values.len) d.init = src->Values.data[j];
      else check_error(id->pos, "missing init expr for const declaration");
      Obj *o = obj_new(OBJ_CONST, id->Name, NULL, id->pos);
      o->pkg = ck.pkg->path;
      o->decl = spec;
      id->obj = o;
      bool saveConst = ck.inConst;
      int64_t saveIota = ck.iota;
      resolve_const(o, &d);
      ck.inConst = saveConst;
      ck.iota = saveIota;
      vec_push(&objs, o);
    }
    if (src == spec && src->Values.len > spec->Names.len)
      check_error(expr_pos(src->Values.data[spec->Names.len]), "extra init expr");
    for (int j = 0; j < objs.len; j++) check_declare(ck.scope, objs.data[j], ((Obj *)objs.data[j])->pos);
  }
}

static void local_vars(Node *decl) {
  for (int i = 0; i < decl->Specs.len; i++) {
    Node *spec = decl->Specs.data[i];
    Type *t = spec->Type ? check_type(spec->Type) : NULL;
    Vec objs = {0};
    for (int j = 0; j < spec->Names.len; j++) {
      Node *id = spec->Names.data[j];
      Obj *o = obj_new(OBJ_VAR, id->Name, t, id->pos);
      o->pkg = ck.pkg->path;
      o->decl = id;
      o->check = ck.func;
      if (!strcmp(id->Name, "_")) o->used = true;
      else id->obj = o;
      id->type = t;
      vec_push(&objs, o);
    }
    if (spec->Values.len) check_init_vars(&objs, &spec->Values, spec->pos, false);
    for (int j = 0; j < objs.len; j++) {
      Obj *o = objs.data[j];
      if (!o->type) o->type = type_basic(TY_INVALID);
      check_declare(ck.scope, o, o->pos);
    }
  }
}

static void local_types(Node *decl) {
  for (int i = 0; i < decl->Specs.len; i++) {
    Node *spec = decl->Specs.data[i];
    Obj *o = obj_new(OBJ_TYPE, spec->Name, NULL, spec->pos);
    o->pkg = ck.pkg->path;
    o->decl = spec;
    spec->obj = o;
    if (spec->IsAlias) {
      o->type = check_type(spec->Type);
      check_declare(ck.scope, o, o->pos);
      continue;
    }
    o->type = type_named(spec->Name, ck.pkg->path, o);
    check_declare(ck.scope, o, o->pos);
    check_named_underlying(o->type, spec);
    type_layout(o->type);
  }
}

void check_local_decl(Node *decl) {
  switch (decl->Tok) {
  case T_CONST: local_consts(decl); break;
  case T_VAR: local_vars(decl); break;
  case T_TYPE: local_types(decl); break;
  default: check_error(decl->pos, "unexpected declaration in function body"); break;
  }
}
