/*
 * vet.c - the copylocks check of go vet (golang.org/x/tools/go/analysis/
 * passes/copylocks), same cases, same wording, same positions: a value
 * whose type contains a lock (a struct whose pointer, but not the value
 * itself, is a sync.Locker, or sync.noCopy), held by value (not through a
 * pointer), must not be passed, assigned, returned, ranged over or put in
 * a literal. Composite literals and call results are fresh values and may
 * be copied.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "diag.h"
#include "parse.h"
#include "vet.h"

typedef struct VetDiag {
  Pos pos;
  char *msg;
} VetDiag;

static Vec diags;

static void report(Pos pos, char *msg) {
  VetDiag *d = xmalloc(sizeof *d);
  d->pos = pos;
  d->msg = msg;
  vec_push(&diags, d);
}

/* A parameterless, resultless method name of t; *ptr_only set when only
 * *t has it (pointer receiver, not reached through an embedded pointer). */
static bool has_lock_method(Type *t, const char *name, bool *ptr_only) {
  Selection *s = check_lookup(t, intern(name));  /* names are interned */
  if (!s || (s->kind != SEL_METHOD && s->kind != SEL_IFACE_METHOD) || !s->method)
    return false;
  Type *sig = s->method->sig;
  if (sig && (sig->params.len || sig->results.len))
    return false;
  *ptr_only = *ptr_only || (s->kind == SEL_METHOD && s->method->ptrRecv && !s->indirect);
  return true;
}

/* *T is a sync.Locker but T is not: T is a lock. */
static bool is_lock(Type *t) {
  bool ptr_only = false;
  return has_lock_method(t, "Lock", &ptr_only) && has_lock_method(t, "Unlock", &ptr_only) &&
         ptr_only;
}

/* vet's typePath, outermost first: "main.T contains sync.Mutex"; NULL
 * when t holds no lock by value. */
static char *lock_path(Type *t) {
  if (!t)
    return NULL;
  while (type_underlying(t) && type_underlying(t)->kind == TY_ARRAY)
    t = type_underlying(t)->elem;
  Type *u = type_underlying(t);
  if (!u || u->kind != TY_STRUCT)
    return NULL;
  const char *name = type_string(t);
  if (is_lock(t) || (t->kind == TY_NAMED && strcmp(t->name, "noCopy") == 0 && t->pkg &&
                     strcmp(t->pkg, "sync") == 0))
    return xstrdup(name);
  for (int i = 0; i < u->fields.len; i++) {
    char *sub = lock_path(((Field *)u->fields.data[i])->type);
    if (sub)
      return xasprintf("%s contains %s", name, sub);
  }
  return NULL;
}

static Node *unparen(Node *n) {
  while (n && n->kind == N_PAREN)
    n = n->X;
  return n;
}

static bool is_type_expr(Node *n) {
  n = unparen(n);
  if (!n)
    return false;
  switch (n->kind) {
  case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
  case N_MAPTYPE: case N_CHANTYPE: case N_ELLIPSIS:
    return true;
  case N_IDENT:
  case N_SELECTOR:
    return n->obj && n->obj->kind == OBJ_TYPE;
  case N_STAR:
    return is_type_expr(n->X);
  default:
    return false;
  }
}

/* vet's lockPathRhs: the lock a value expression copies. */
static char *rhs_lock_path(Node *x) {
  x = unparen(x);
  if (!x || x->kind == N_COMPOSITELIT || x->kind == N_CALL || is_type_expr(x))
    return NULL;
  if (x->kind == N_STAR && unparen(x->X) && unparen(x->X)->kind == N_CALL)
    return NULL;
  if (!x->type || x->type->kind == TY_TUPLE)
    return NULL;
  return lock_path(x->type);
}

static void check_params(const char *name, Vec *fields) {
  for (int i = 0; i < fields->len; i++) {
    Node *ty = ((Node *)fields->data[i])->Type;
    char *path = ty && ty->kind != N_ELLIPSIS ? lock_path(ty->type) : NULL;
    if (path)
      report(ast_start_pos(ty), xasprintf("%s passes lock by value: %s", name, path));
  }
}

static void check_func(const char *name, Vec *recv, Node *ftype) {
  if (recv)
    check_params(name, recv);
  if (ftype)
    check_params(name, &ftype->Params);
}

static void check_range_var(int tok, Node *e) {
  if (!e || (e->kind == N_IDENT && strcmp(e->Name, "_") == 0))
    return;
  Type *t = NULL;
  if (tok == T_DEFINE) {
    if (e->kind != N_IDENT || !e->obj)
      return;
    t = e->obj->type;
  } else {
    t = e->type;
  }
  char *path = lock_path(t);
  if (path)
    report(ast_start_pos(e), xasprintf("range var %s copies lock: %s", ast_expr_string(e), path));
}

static void check_call(Node *n) {
  Node *fun = unparen(n->Fun);
  if (fun && fun->kind == N_IDENT && fun->obj && fun->obj->kind == OBJ_BUILTIN &&
      (fun->obj->builtin == BI_NEW || fun->obj->builtin == BI_LEN || fun->obj->builtin == BI_CAP))
    return;
  for (int i = 0; i < n->Args.len; i++) {
    Node *x = n->Args.data[i];
    char *path = rhs_lock_path(x);
    if (path)
      report(ast_start_pos(x),
             xasprintf("call of %s copies lock value: %s", ast_expr_string(n->Fun), path));
  }
}

static void check_node(Node *n) {
  switch (n->kind) {
  case N_ASSIGNSTMT:
    for (int i = 0; i < n->Rhs.len && n->Rhs.len == n->Lhs.len; i++) {
      char *path = rhs_lock_path(n->Rhs.data[i]);
      if (path)
        report(ast_start_pos(n->Rhs.data[i]),
               xasprintf("assignment copies lock value to %s: %s",
                         ast_expr_string(n->Lhs.data[i]), path));
    }
    break;
  case N_GENDECL:
    for (int s = 0; n->Tok == T_VAR && s < n->Specs.len; s++) {
      Node *spec = n->Specs.data[s];
      for (int i = 0; i < spec->Values.len && i < spec->Names.len; i++) {
        char *path = rhs_lock_path(spec->Values.data[i]);
        if (path)
          report(ast_start_pos(spec->Values.data[i]),
                 xasprintf("variable declaration copies lock value to %s: %s",
                           ((Node *)spec->Names.data[i])->Name, path));
      }
    }
    break;
  case N_COMPOSITELIT:
    for (int i = 0; i < n->Elts.len; i++) {
      Node *x = n->Elts.data[i];
      if (x->kind == N_KEYVALUE)
        x = x->Value;
      char *path = rhs_lock_path(x);
      if (path)
        report(ast_start_pos(x), xasprintf("literal copies lock value from %s: %s",
                                           ast_expr_string(x), path));
    }
    break;
  case N_RETURNSTMT:
    for (int i = 0; i < n->Results.len; i++) {
      char *path = rhs_lock_path(n->Results.data[i]);
      if (path)
        report(ast_start_pos(n->Results.data[i]), xasprintf("return copies lock value: %s", path));
    }
    break;
  case N_CALL:
    check_call(n);
    break;
  case N_FUNCDECL:
    check_func(n->Name, &n->Recv, n->Type);
    break;
  case N_FUNCLIT:
    check_func("func", NULL, n->Type);
    break;
  case N_RANGESTMT:
    check_range_var(n->Tok, n->Key);
    check_range_var(n->Tok, n->Value);
    break;
  default:
    break;
  }
}

static void walk(Node *n);

static void walk_vec(Vec *v) {
  for (int i = 0; i < v->len; i++)
    walk(v->data[i]);
}

/* Every child of every kind: Node uses one struct for all kinds, and the
 * fields a kind does not use are NULL or empty. */
static void walk(Node *n) {
  if (!n)
    return;
  check_node(n);
  Node *kids[] = {n->X, n->Y, n->Index, n->Low, n->High, n->Max, n->Fun, n->Key,
                  n->Value, n->Type, n->Len, n->Elt, n->Chan, n->Stmt, n->Cond,
                  n->Init, n->Post, n->Else, n->Tag, n->Body, n->Comm, n->Assign, n->Decl};
  for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
    walk(kids[i]);
  Vec *vecs[] = {&n->Args, &n->Elts, &n->Values, &n->Results, &n->Params, &n->Fields,
                 &n->List, &n->Lhs, &n->Rhs, &n->Specs, &n->Decls, &n->Recv};
  for (size_t i = 0; i < sizeof vecs / sizeof vecs[0]; i++)
    walk_vec(vecs[i]);
}

static int cmp_diag(const void *a, const void *b) {
  const VetDiag *x = *(VetDiag *const *)a, *y = *(VetDiag *const *)b;
  int c = strcmp(x->pos.file ? x->pos.file : "", y->pos.file ? y->pos.file : "");
  if (c)
    return c;
  if (x->pos.line != y->pos.line)
    return x->pos.line - y->pos.line;
  return x->pos.col - y->pos.col;
}

int vet_copylocks(Package *pkg, FILE *out) {
  diags = (Vec){0};
  walk_vec(&pkg->files);
  qsort(diags.data, (size_t)diags.len, sizeof *diags.data, cmp_diag);
  for (int i = 0; i < diags.len; i++) {
    VetDiag *d = diags.data[i];
    fprintf(out, "%s:%d:%d: %s\n", d->pos.file, d->pos.line, d->pos.col, d->msg);
    free(d->msg);
    free(d);
  }
  int n = diags.len;
  free(diags.data);
  diags = (Vec){0};
  return n;
}
