/*
 * types.c - type constructors, identity, predicates, layout, printing and
 * scopes.
 */
#include "types.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"

static int type_next_id = 1;

Type *type_new(TypeKind kind) {
  Type *t = xmalloc(sizeof *t);
  t->kind = kind;
  t->id = type_next_id++;
  return t;
}

Type *type_basic(TypeKind kind) {
  static Type *basics[TY_UNTYPED_NIL + 1];
  if (!basics[kind]) basics[kind] = type_new(kind);
  return basics[kind];
}

static Type *type_alias_basic(Type **cache, TypeKind kind, const char *name) {
  if (!*cache) {
    *cache = type_new(kind);
    (*cache)->name = name;
  }
  return *cache;
}

Type *type_byte(void) {
  static Type *t;
  return type_alias_basic(&t, TY_UINT8, "byte");
}

Type *type_rune(void) {
  static Type *t;
  return type_alias_basic(&t, TY_INT32, "rune");
}

Type *type_pointer(Type *elem) {
  if (!elem->ptrTo) {
    elem->ptrTo = type_new(TY_POINTER);
    elem->ptrTo->elem = elem;
  }
  return elem->ptrTo;
}

Type *type_slice(Type *elem) {
  if (!elem->sliceOf) {
    elem->sliceOf = type_new(TY_SLICE);
    elem->sliceOf->elem = elem;
  }
  return elem->sliceOf;
}

Type *type_array(Type *elem, int64_t len) {
  Type *t = type_new(TY_ARRAY);
  t->elem = elem;
  t->len = len;
  return t;
}

Type *type_map(Type *key, Type *elem) {
  Type *t = type_new(TY_MAP);
  t->key = key;
  t->elem = elem;
  return t;
}

Type *type_chan(Type *elem, ChanDir dir) {
  Type *t = type_new(TY_CHAN);
  t->elem = elem;
  t->dir = dir;
  return t;
}

Type *type_named(const char *name, const char *pkg, Obj *obj) {
  Type *t = type_new(TY_NAMED);
  t->name = name;
  t->pkg = pkg;
  t->obj = obj;
  return t;
}

Type *type_empty_interface(void) {
  static Type *t;
  if (!t) t = type_new(TY_INTERFACE);
  return t;
}

Type *type_error(void) {
  static Type *t;
  if (!t) {
    t = type_named("error", "", NULL);
    Type *sig = type_new(TY_FUNC);
    vec_push(&sig->results, type_basic(TY_STRING));
    Method *m = xmalloc(sizeof *m);
    m->name = intern("Error");
    m->sig = sig;
    Type *iface = type_new(TY_INTERFACE);
    vec_push(&iface->methods, m);
    t->underlying = iface;
  }
  return t;
}

Type *type_underlying(Type *t) {
  while (t && t->kind == TY_NAMED) t = t->underlying;
  return t;
}

bool type_is_named(Type *t) { return t && t->kind == TY_NAMED; }

static bool sigs_identical(Type *a, Type *b) {
  if (a->variadic != b->variadic || a->params.len != b->params.len ||
      a->results.len != b->results.len)
    return false;
  for (int i = 0; i < a->params.len; i++)
    if (!type_identical(a->params.data[i], b->params.data[i])) return false;
  for (int i = 0; i < a->results.len; i++)
    if (!type_identical(a->results.data[i], b->results.data[i])) return false;
  return true;
}

static bool structs_identical(Type *a, Type *b) {
  if (a->fields.len != b->fields.len) return false;
  for (int i = 0; i < a->fields.len; i++) {
    Field *x = a->fields.data[i], *y = b->fields.data[i];
    if (x->name != y->name || x->embedded != y->embedded ||
        !type_identical(x->type, y->type))
      return false;
    if ((x->tag ? x->tag : "") != (y->tag ? y->tag : "") &&
        strcmp(x->tag ? x->tag : "", y->tag ? y->tag : ""))
      return false;
  }
  return true;
}

static bool ifaces_identical(Type *a, Type *b) {
  if (a->methods.len != b->methods.len) return false;
  for (int i = 0; i < a->methods.len; i++) {
    Method *x = a->methods.data[i], *y = b->methods.data[i];
    if (x->name != y->name || !type_identical(x->sig, y->sig)) return false;
  }
  return true;
}

bool type_identical(Type *a, Type *b) {
  if (a == b) return true;
  if (!a || !b || a->kind != b->kind) return false;
  switch (a->kind) {
  case TY_NAMED: return false;
  case TY_ARRAY: return a->len == b->len && type_identical(a->elem, b->elem);
  case TY_SLICE:
  case TY_POINTER: return type_identical(a->elem, b->elem);
  case TY_MAP:
    return type_identical(a->key, b->key) && type_identical(a->elem, b->elem);
  case TY_CHAN: return a->dir == b->dir && type_identical(a->elem, b->elem);
  case TY_FUNC: return sigs_identical(a, b);
  case TY_STRUCT: return structs_identical(a, b);
  case TY_INTERFACE: return ifaces_identical(a, b);
  case TY_TUPLE:
    if (a->params.len != b->params.len) return false;
    for (int i = 0; i < a->params.len; i++)
      if (!type_identical(a->params.data[i], b->params.data[i])) return false;
    return true;
  default: return true; /* basic kinds: byte == uint8, rune == int32 */
  }
}

bool type_is_untyped(Type *t) {
  return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}

bool type_is_integer(Type *t) {
  t = type_underlying(t);
  return t && ((t->kind >= TY_INT && t->kind <= TY_UINTPTR) ||
               t->kind == TY_UNTYPED_INT || t->kind == TY_UNTYPED_RUNE);
}

bool type_is_unsigned(Type *t) {
  t = type_underlying(t);
  return t && t->kind >= TY_UINT && t->kind <= TY_UINTPTR;
}

bool type_is_float(Type *t) {
  t = type_underlying(t);
  return t && (t->kind == TY_FLOAT32 || t->kind == TY_FLOAT64 ||
               t->kind == TY_UNTYPED_FLOAT);
}

bool type_is_numeric(Type *t) { return type_is_integer(t) || type_is_float(t); }

bool type_is_string(Type *t) {
  t = type_underlying(t);
  return t && (t->kind == TY_STRING || t->kind == TY_UNTYPED_STRING);
}

bool type_is_boolean(Type *t) {
  t = type_underlying(t);
  return t && (t->kind == TY_BOOL || t->kind == TY_UNTYPED_BOOL);
}

bool type_is_interface(Type *t) {
  t = type_underlying(t);
  return t && t->kind == TY_INTERFACE;
}

bool type_is_const_kind(Type *t) {
  return type_is_boolean(t) || type_is_numeric(t) || type_is_string(t);
}

bool type_has_nil(Type *t) {
  t = type_underlying(t);
  if (!t) return false;
  switch (t->kind) {
  case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC:
  case TY_INTERFACE: case TY_UNSAFEPTR: case TY_UNTYPED_NIL: return true;
  default: return false;
  }
}

bool type_comparable(Type *t) {
  t = type_underlying(t);
  if (!t) return false;
  switch (t->kind) {
  case TY_SLICE: case TY_MAP: case TY_FUNC: case TY_TUPLE: return false;
  case TY_ARRAY: return type_comparable(t->elem);
  case TY_STRUCT:
    for (int i = 0; i < t->fields.len; i++)
      if (!type_comparable(((Field *)t->fields.data[i])->type)) return false;
    return true;
  default: return true;
  }
}

bool type_pointer_free(Type *t) {
  t = type_underlying(t);
  switch (t->kind) {
  case TY_ARRAY: return t->len == 0 || type_pointer_free(t->elem);
  case TY_STRUCT:
    for (int i = 0; i < t->fields.len; i++)
      if (!type_pointer_free(((Field *)t->fields.data[i])->type)) return false;
    return true;
  case TY_STRING: case TY_SLICE: case TY_POINTER: case TY_FUNC:
  case TY_INTERFACE: case TY_MAP: case TY_CHAN: case TY_UNSAFEPTR:
    return false;
  default: return true;
  }
}

Type *type_default(Type *t) {
  if (!t) return t;
  switch (t->kind) {
  case TY_UNTYPED_BOOL: return type_basic(TY_BOOL);
  case TY_UNTYPED_INT: return type_basic(TY_INT);
  case TY_UNTYPED_RUNE: return type_rune();
  case TY_UNTYPED_FLOAT: return type_basic(TY_FLOAT64);
  case TY_UNTYPED_STRING: return type_basic(TY_STRING);
  default: return t;
  }
}

/* ---- layout ---- */

static void layout_set(Type *t, int64_t size, int64_t align) {
  t->size = size;
  t->align = align;
}

void type_layout(Type *t) {
  static const int8_t basic_size[] = {
      [TY_BOOL] = 1, [TY_INT] = 8, [TY_INT8] = 1, [TY_INT16] = 2,
      [TY_INT32] = 4, [TY_INT64] = 8, [TY_UINT] = 8, [TY_UINT8] = 1,
      [TY_UINT16] = 2, [TY_UINT32] = 4, [TY_UINT64] = 8, [TY_UINTPTR] = 8,
      [TY_FLOAT32] = 4, [TY_FLOAT64] = 8, [TY_COMPLEX64] = 8,
      [TY_COMPLEX128] = 16, [TY_STRING] = 16, [TY_UNSAFEPTR] = 8};
  if (t->align) return;
  switch (t->kind) {
  case TY_NAMED:
    if (!t->underlying) return; /* still being declared */
    type_layout(t->underlying);
    layout_set(t, t->underlying->size, t->underlying->align);
    return;
  case TY_ARRAY:
    type_layout(t->elem);
    layout_set(t, t->elem->size * t->len, t->elem->align);
    return;
  case TY_STRUCT: {
    int64_t off = 0, align = 1;
    for (int i = 0; i < t->fields.len; i++) {
      Type *ft = ((Field *)t->fields.data[i])->type;
      type_layout(ft);
      off = (off + ft->align - 1) / ft->align * ft->align + ft->size;
      if (ft->align > align) align = ft->align;
    }
    layout_set(t, (off + align - 1) / align * align, align);
    return;
  }
  case TY_SLICE: layout_set(t, 24, 8); return;
  case TY_INTERFACE: layout_set(t, 16, 8); return;
  case TY_POINTER: case TY_FUNC: case TY_MAP: case TY_CHAN:
    layout_set(t, 8, 8);
    return;
  default:
    if (t->kind < (int)(sizeof basic_size / sizeof basic_size[0]) &&
        basic_size[t->kind]) {
      int64_t s = basic_size[t->kind];
      layout_set(t, s, t->kind == TY_STRING || t->kind == TY_COMPLEX128 ? 8 : s);
      if (t->kind == TY_COMPLEX64) t->align = 4;
    } else {
      layout_set(t, 0, 1);
    }
  }
}

/* ---- printing (go/types format) ---- */

static const char *basic_names[] = {
    [TY_INVALID] = "invalid type", [TY_BOOL] = "bool", [TY_INT] = "int",
    [TY_INT8] = "int8", [TY_INT16] = "int16", [TY_INT32] = "int32",
    [TY_INT64] = "int64", [TY_UINT] = "uint", [TY_UINT8] = "uint8",
    [TY_UINT16] = "uint16", [TY_UINT32] = "uint32", [TY_UINT64] = "uint64",
    [TY_UINTPTR] = "uintptr", [TY_FLOAT32] = "float32",
    [TY_FLOAT64] = "float64", [TY_COMPLEX64] = "complex64",
    [TY_COMPLEX128] = "complex128", [TY_STRING] = "string",
    [TY_UNSAFEPTR] = "unsafe.Pointer", [TY_UNTYPED_BOOL] = "untyped bool",
    [TY_UNTYPED_INT] = "untyped int", [TY_UNTYPED_RUNE] = "untyped rune",
    [TY_UNTYPED_FLOAT] = "untyped float",
    [TY_UNTYPED_STRING] = "untyped string", [TY_UNTYPED_NIL] = "untyped nil",
};

static void write_type(FILE *f, Type *t, const char *rel);

static void write_list(FILE *f, Vec *types, bool variadic, const char *rel) {
  for (int i = 0; i < types->len; i++) {
    if (i) fputs(", ", f);
    Type *p = types->data[i];
    if (variadic && i == types->len - 1) {
      fputs("...", f);
      p = p->elem;
    }
    write_type(f, p, rel);
  }
}

static void write_sig(FILE *f, Type *t, const char *rel) {
  fputc('(', f);
  write_list(f, &t->params, t->variadic, rel);
  fputc(')', f);
  if (t->results.len == 1) {
    fputc(' ', f);
    write_type(f, t->results.data[0], rel);
  } else if (t->results.len > 1) {
    fputs(" (", f);
    write_list(f, &t->results, false, rel);
    fputc(')', f);
  }
}

static void write_struct(FILE *f, Type *t, const char *rel) {
  fputs("struct{", f);
  for (int i = 0; i < t->fields.len; i++) {
    Field *fl = t->fields.data[i];
    if (i) fputs("; ", f);
    if (!fl->embedded) fprintf(f, "%s ", fl->name);
    write_type(f, fl->type, rel);
    if (fl->tag && *fl->tag) fprintf(f, " \"%s\"", fl->tag);
  }
  fputc('}', f);
}

static void write_iface(FILE *f, Type *t, const char *rel) {
  fputs("interface{", f);
  for (int i = 0; i < t->methods.len; i++) {
    Method *m = t->methods.data[i];
    if (i) fputs("; ", f);
    fputs(m->name, f);
    write_sig(f, m->sig, rel);
  }
  fputc('}', f);
}

static void write_type(FILE *f, Type *t, const char *rel) {
  if (!t) {
    fputs("invalid type", f);
    return;
  }
  switch (t->kind) {
  case TY_NAMED:
    if (t->pkg && *t->pkg && (!rel || strcmp(rel, t->pkg)))
      fprintf(f, "%s.", t->pkg);
    fputs(t->name, f);
    return;
  case TY_ARRAY:
    fprintf(f, "[%lld]", (long long)t->len);
    write_type(f, t->elem, rel);
    return;
  case TY_SLICE: fputs("[]", f); write_type(f, t->elem, rel); return;
  case TY_POINTER: fputc('*', f); write_type(f, t->elem, rel); return;
  case TY_MAP:
    fputs("map[", f);
    write_type(f, t->key, rel);
    fputc(']', f);
    write_type(f, t->elem, rel);
    return;
  case TY_CHAN:
    fputs(t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND ? "chan<- " : "chan ", f);
    if (t->dir != CHAN_SEND && t->elem->kind == TY_CHAN && t->elem->dir == CHAN_RECV) {
      fputc('(', f);
      write_type(f, t->elem, rel);
      fputc(')', f);
    } else {
      write_type(f, t->elem, rel);
    }
    return;
  case TY_FUNC: fputs("func", f); write_sig(f, t, rel); return;
  case TY_STRUCT: write_struct(f, t, rel); return;
  case TY_INTERFACE: write_iface(f, t, rel); return;
  case TY_TUPLE:
    fputc('(', f);
    write_list(f, &t->params, false, rel);
    fputc(')', f);
    return;
  default:
    fputs(t->name ? t->name : basic_names[t->kind], f);
  }
}

static const char *type_to_string(Type *t, const char *rel) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  write_type(f, t, rel);
  fclose(f);
  const char *s = intern(buf);
  free(buf);
  return s;
}

const char *type_string(Type *t) { return type_to_string(t, NULL); }

const char *type_string_rel(Type *t, const char *pkg) {
  return type_to_string(t, pkg ? pkg : "");
}

/* ---- scopes and objects ---- */

Scope *scope_new(Scope *parent) {
  Scope *s = xmalloc(sizeof *s);
  s->parent = parent;
  return s;
}

Obj *scope_lookup_local(Scope *s, const char *name) {
  for (int i = s->names.len - 1; i >= 0; i--) {
    Obj *o = s->names.data[i];
    if (o->name == name) return o;
  }
  return NULL;
}

Obj *scope_lookup(Scope *s, const char *name) {
  for (; s; s = s->parent) {
    Obj *o = scope_lookup_local(s, name);
    if (o) return o;
  }
  return NULL;
}

void scope_insert(Scope *s, Obj *obj) { vec_push(&s->names, obj); }

Obj *obj_new(ObjKind kind, const char *name, Type *type, Pos pos) {
  static int next_id = 1;
  Obj *o = xmalloc(sizeof *o);
  o->kind = kind;
  o->name = name;
  o->type = type;
  o->pos = pos;
  o->id = next_id++;
  return o;
}
