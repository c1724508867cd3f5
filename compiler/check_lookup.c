/*
 * check_lookup.c - field and method lookup through embedded fields (Go's
 * depth rules), method sets, interface satisfaction and selectors.
 */
#include "check_impl.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* One type reached while walking embedded fields breadth first. */
typedef struct Embedded {
  Type *type;       /* the value's type at this point (T or *T) */
  int npath;
  int *path;
  bool indirect;    /* a pointer was followed on the way */
} Embedded;

static Embedded *embedded_new(Type *t, Embedded *from, int idx, bool indirect) {
  Embedded *e = xmalloc(sizeof *e);
  e->type = t;
  e->npath = from ? from->npath + 1 : 0;
  e->path = xmalloc(sizeof(int) * (size_t)(e->npath + 1));
  if (from) {
    memcpy(e->path, from->path, sizeof(int) * (size_t)from->npath);
    e->path[from->npath] = idx;
  }
  e->indirect = indirect || (from && from->indirect);
  return e;
}

static Method *named_method(Type *named, const char *name) {
  for (int i = 0; i < named->methods.len; i++) {
    Method *m = named->methods.data[i];
    if (m->name == name) return m;
  }
  return NULL;
}

Method *iface_method(Type *iface, const char *name) {
  Type *u = type_underlying(iface);
  for (int i = 0; i < u->methods.len; i++) {
    Method *m = u->methods.data[i];
    if (m->name == name) return m;
  }
  return NULL;
}

static Selection *make_selection(SelKind kind, Embedded *e, int fieldIdx, Method *m,
                                 bool viaPtr) {
  Selection *s = xmalloc(sizeof *s);
  s->kind = kind;
  s->npath = e->npath + (fieldIdx >= 0);
  s->path = xmalloc(sizeof(int) * (size_t)(s->npath + 1));
  memcpy(s->path, e->path, sizeof(int) * (size_t)e->npath);
  if (fieldIdx >= 0) s->path[e->npath] = fieldIdx;
  s->recv = e->type;
  s->method = m;
  s->indirect = e->indirect || viaPtr;
  return s;
}

/* Finds name in the types of one depth; counts the candidates. */
static Selection *lookup_depth(Vec *cur, Vec *next, Vec *seen, const char *name, int *count) {
  Selection *found = NULL;
  for (int i = 0; i < cur->len; i++) {
    Embedded *e = cur->data[i];
    Type *t = e->type;
    bool isPtr = false;
    if (t->kind == TY_POINTER) {
      t = t->elem;
      isPtr = true;
    }
    if (t->kind == TY_NAMED) {
      bool dup = false;
      for (int j = 0; j < seen->len; j++) dup |= seen->data[j] == t;
      if (dup) continue;
      vec_push(seen, t);
      Method *m = named_method(t, name);
      if (m) {
        (*count)++;
        found = make_selection(SEL_METHOD, e, -1, m, false);
        continue;
      }
    }
    Type *u = type_underlying(t);
    if (!u) continue;
    if (u->kind == TY_STRUCT) {
      for (int j = 0; j < u->fields.len; j++) {
        Field *f = u->fields.data[j];
        if (f->name == name) {
          (*count)++;
          found = make_selection(SEL_FIELD, e, j, NULL, isPtr);
        }
        if (f->embedded && next) vec_push(next, embedded_new(f->type, e, j, isPtr));
      }
    } else if (u->kind == TY_INTERFACE && !isPtr) {
      Method *m = iface_method(u, name);
      if (m) {
        (*count)++;
        found = make_selection(SEL_IFACE_METHOD, e, -1, m, false);
      }
    }
  }
  return found;
}

/* Go's lookupFieldOrMethod. t may be a pointer to a named or struct type. */
Selection *lookup_field_or_method(Type *t, const char *name,
                                  bool *ambiguous) {
  *ambiguous = false;
  if (!t || !name || !strcmp(name, "_")) return NULL;
  Vec cur = {0}, seen = {0};
  Embedded *root = embedded_new(t, NULL, 0, false);
  if (t->kind == TY_POINTER && type_underlying(t->elem)->kind == TY_INTERFACE) return NULL;
  vec_push(&cur, root);
  while (cur.len) {
    Vec next = {0};
    int count = 0;
    Selection *s = lookup_depth(&cur, &next, &seen, name, &count);
    if (count > 1) {
      *ambiguous = true;
      return NULL;
    }
    if (s) {
      if (s->kind == SEL_METHOD) {
        bool valueIsPtr = s->recv->kind == TY_POINTER;
        s->addr = s->method->ptrRecv && !valueIsPtr;
        s->deref = !s->method->ptrRecv && valueIsPtr;
      }
      return s;
    }
    cur = next;
  }
  return NULL;
}

Selection *check_lookup(Type *t, const char *name) {
  bool amb;
  return lookup_field_or_method(t, name, &amb);
}

/* ---- method sets ---- */

static void collect_names(Type *t, Vec *names, Vec *seen, int depth) {
  if (depth > 16) return;
  if (t->kind == TY_POINTER) t = t->elem;
  if (t->kind == TY_NAMED) {
    for (int j = 0; j < seen->len; j++)
      if (seen->data[j] == t) return;
    vec_push(seen, t);
    for (int i = 0; i < t->methods.len; i++) vec_push(names, (void *)((Method *)t->methods.data[i])->name);
  }
  Type *u = type_underlying(t);
  if (u->kind == TY_STRUCT) {
    for (int i = 0; i < u->fields.len; i++) {
      Field *f = u->fields.data[i];
      if (f->embedded) collect_names(f->type, names, seen, depth + 1);
    }
  } else if (u->kind == TY_INTERFACE && depth > 0) {
    for (int i = 0; i < u->methods.len; i++) vec_push(names, (void *)((Method *)u->methods.data[i])->name);
  }
}

static int name_cmp(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Is the method found by s in the method set of t (pointer rules)? */
static bool in_method_set(Type *t, Selection *s) {
  if (s->kind == SEL_IFACE_METHOD) return true;
  if (s->kind != SEL_METHOD) return false;
  return !s->method->ptrRecv || t->kind == TY_POINTER || s->recv->kind == TY_POINTER;
}

Vec *check_method_set(Type *t) {
  Vec names = {0}, seen = {0};
  Vec *out = xmalloc(sizeof *out);
  if (type_is_interface(t)) {
    Type *u = type_underlying(t);
    for (int i = 0; i < u->methods.len; i++) {
      Selection *s = xmalloc(sizeof *s);
      s->kind = SEL_IFACE_METHOD;
      s->method = u->methods.data[i];
      s->recv = t;
      vec_push(out, s);
    }
    return out;
  }
  collect_names(t, &names, &seen, 0);
  if (names.len) qsort(names.data, (size_t)names.len, sizeof(void *), name_cmp);
  for (int i = 0; i < names.len; i++) {
    if (i && names.data[i] == names.data[i - 1]) continue;
    bool amb;
    Selection *s = lookup_field_or_method(t, names.data[i], &amb);
    if (s && in_method_set(t, s)) vec_push(out, s);
  }
  return out;
}

/* ---- interface satisfaction ---- */

static const char *method_sig_string(const char *name, Type *sig) {
  const char *s = tstr(sig);
  return xasprintf("%s%s", name, s + 4); /* drop "func" */
}

/* Does t implement iface? On failure *reason is Go's "(missing method M)". */
bool implements(Type *t, Type *iface, const char **reason) {
  Type *iu = type_underlying(iface);
  if (!iu || iu->kind != TY_INTERFACE || !t || t->kind == TY_INVALID) return true;
  bool tIsIface = type_is_interface(t);
  for (int i = 0; i < iu->methods.len; i++) {
    Method *want = iu->methods.data[i];
    Method *have = NULL;
    Selection *s = NULL;
    if (tIsIface) {
      have = iface_method(t, want->name);
    } else {
      bool amb;
      s = lookup_field_or_method(t, want->name, &amb);
      if (s && (s->kind == SEL_METHOD || s->kind == SEL_IFACE_METHOD)) have = s->method;
    }
    if (!have) {
      if (reason) {
        /* a method with another capitalization? */
        char alt[256];
        snprintf(alt, sizeof alt, "%s", want->name);
        alt[0] = (char)(isupper((unsigned char)alt[0]) ? tolower((unsigned char)alt[0])
                                                        : toupper((unsigned char)alt[0]));
        bool amb;
        Selection *a = tIsIface ? NULL : lookup_field_or_method(t, intern(alt), &amb);
        if (a && a->kind == SEL_METHOD)
          *reason = xasprintf("(missing method %s)\n\t\thave %s\n\t\twant %s", want->name,
                              method_sig_string(a->method->name, a->method->sig),
                              method_sig_string(want->name, want->sig));
        else
          *reason = xasprintf("(missing method %s)", want->name);
      }
      return false;
    }
    if (!type_identical(have->sig, want->sig)) {
      if (reason)
        *reason = xasprintf("(wrong type for method %s)\n\t\thave %s\n\t\twant %s", want->name,
                            method_sig_string(have->name, have->sig),
                            method_sig_string(want->name, want->sig));
      return false;
    }
    if (s && !in_method_set(t, s)) {
      if (reason) *reason = xasprintf("(method %s has pointer receiver)", want->name);
      return false;
    }
  }
  return true;
}

/* ---- selectors ---- */

/* May the package being checked use member `name` of type t (or *t)? */
bool exported_to(const char *name, Type *t) {
  if (t && t->kind == TY_POINTER) t = t->elem;
  if (!t || t->kind != TY_NAMED || !t->pkg || !*t->pkg || !ck.pkg) return true;
  return isupper((unsigned char)name[0]) || !strcmp(t->pkg, ck.pkg->path);
}

static void check_pkg_selector(Operand *x, Node *n, Obj *pkgObj) {
  pkgObj->used = true;
  n->X->obj = pkgObj;
  Package *p = pkgObj->pkgRef;
  Obj *o = scope_lookup_local(p->scope, n->Name);
  if (!o || !isupper((unsigned char)n->Name[0])) {
    if (o) check_error(n->pos, "name %s not exported by package %s", n->Name, p->name);
    else check_error(n->pos, "undefined: %s.%s", pkgObj->name, n->Name);
    x->mode = M_INVALID;
    return;
  }
  n->obj = o;
  n->sel = SEL_PKG;
  check_obj(o);
  check_record_use(o);
  x->type = o->type;
  x->val = NULL;
  switch (o->kind) {
  case OBJ_CONST: x->mode = M_CONST; x->val = o->cval; break;
  case OBJ_TYPE: x->mode = M_TYPE; break;
  case OBJ_VAR: x->mode = M_VAR; break;
  case OBJ_FUNC: x->mode = M_VALUE; break;
  default: x->mode = M_INVALID; break;
  }
  if (!x->type || x->type->kind == TY_INVALID) x->mode = M_INVALID;
}

static void method_expr(Operand *x, Node *n) {
  Type *t = x->type;
  bool amb;
  Selection *s = lookup_field_or_method(t, n->Name, &amb);
  if (!s || s->kind == SEL_FIELD) {
    check_error(n->pos, "%s.%s undefined (type %s has no method %s)", expr_string(n->X), n->Name,
                tstr(t), n->Name);
    x->mode = M_INVALID;
    return;
  }
  if (s->kind == SEL_METHOD && !in_method_set(t, s)) {
    check_error(n->pos, "invalid method expression %s.%s (needs pointer receiver (*%s).%s)",
                expr_string(n->X), n->Name, tstr(t), n->Name);
    x->mode = M_INVALID;
    return;
  }
  Type *sig = type_new(TY_FUNC);
  vec_push(&sig->params, t);
  for (int i = 0; i < s->method->sig->params.len; i++) vec_push(&sig->params, s->method->sig->params.data[i]);
  sig->results = s->method->sig->results;
  sig->variadic = s->method->sig->variadic;
  s->kind = SEL_METHOD_EXPR;
  n->sel = SEL_METHOD_EXPR;
  n->aux = s;
  x->mode = M_VALUE;
  x->type = sig;
}

static void missing_selector(Operand *x, Node *n) {
  Type *t = x->type;
  if (t->kind == TY_POINTER && type_is_interface(t->elem)) {
    check_error(n->pos, "%s.%s undefined (type %s is pointer to interface, not interface)",
                expr_string(n->X), n->Name, tstr(t));
    return;
  }
  char alt[256];
  snprintf(alt, sizeof alt, "%s", n->Name);
  alt[0] = (char)(isupper((unsigned char)alt[0]) ? tolower((unsigned char)alt[0])
                                                  : toupper((unsigned char)alt[0]));
  bool amb;
  Selection *a = lookup_field_or_method(t, intern(alt), &amb);
  const char *hint = "";
  if (a) hint = xasprintf(", but does have %s %s", a->kind == SEL_FIELD ? "field" : "method", alt);
  check_error(n->pos, "%s.%s undefined (type %s has no field or method %s%s)", expr_string(n->X),
              n->Name, tstr(t), n->Name, hint);
}

void check_selector(Operand *x, Node *n) {
  if (n->X->kind == N_IDENT) {
    Obj *o = scope_lookup(ck.scope, n->X->Name);
    if (o && o->kind == OBJ_PKG) {
      check_pkg_selector(x, n, o);
      return;
    }
  }
  check_expr_or_type(x, n->X);
  if (x->mode == M_INVALID) return;
  if (x->mode == M_TYPE) {
    method_expr(x, n);
    return;
  }
  bool amb;
  Selection *s = lookup_field_or_method(x->type, n->Name, &amb);
  if (amb) {
    check_error(n->pos, "ambiguous selector %s", expr_string(n));
    x->mode = M_INVALID;
    return;
  }
  if (!s) {
    missing_selector(x, n);
    x->mode = M_INVALID;
    return;
  }
  n->aux = s;
  n->sel = s->kind;
  x->val = NULL;
  if (s->kind == SEL_FIELD) {
    Field *f = NULL;
    Type *owner = x->type; /* the type whose struct holds the field */
    for (int i = 0; i < s->npath; i++) {
      if (type_underlying(owner)->kind == TY_POINTER) owner = type_underlying(owner)->elem;
      f = type_underlying(owner)->fields.data[s->path[i]];
      if (i + 1 < s->npath) owner = f->type;
    }
    if (!exported_to(n->Name, owner)) {
      check_error(n->pos, "%s.%s undefined (cannot refer to unexported field %s)", expr_string(n->X),
                  n->Name, n->Name);
      x->mode = M_INVALID;
      return;
    }
    if (!(x->mode == M_VAR || s->indirect)) x->mode = M_VALUE;
    else x->mode = M_VAR;
    x->type = f->type;
    return;
  }
  if (s->kind == SEL_METHOD && s->method->func && !exported_to(n->Name, s->recv)) {
    check_error(n->pos, "%s.%s undefined (cannot refer to unexported method %s)", expr_string(n->X),
                n->Name, n->Name);
    x->mode = M_INVALID;
    return;
  }
  if (s->kind == SEL_METHOD && s->addr && !s->indirect && x->mode != M_VAR) {
    check_error(n->pos, "cannot call pointer method %s on %s", n->Name, tstr(x->type));
    x->mode = M_INVALID;
    return;
  }
  if (s->kind == SEL_METHOD && s->addr && !s->indirect) mark_escapes(n->X);
  x->mode = M_VALUE;
  x->type = s->method->sig;
}
