/*
 * emit_type.c - C spellings of Go types, their struct definitions (in
 * dependency order) and their mg_type descriptors with method tables.
 *
 * Every distinct type gets one record keyed by its reflect-style name, so
 * that identical types share one C struct and one descriptor (type
 * switches compare descriptor pointers).
 */
#include <string.h>

#include "emit_int.h"

typedef struct TRec {
  Type *t;
  const char *key;
  int id;
  const char *cname;  /* struct-like types: their C struct name */
  bool defined;       /* struct body written */
  bool wantDesc, descDone;
} TRec;

static PMap recs;     /* interned key -> TRec* */
static Vec reclist;

Type *under(Type *t)
{
  while (t && t->kind == TY_NAMED)
    t = t->underlying;
  return t;
}

static bool is_local_named(Type *t)
{
  return t->kind == TY_NAMED && t->obj != NULL && !t->obj->global && t->pkg && t->pkg[0];
}

static const char *pkg_name(const char *path)
{
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

static const char *basic_name(TypeKind k)
{
  switch (k) {
  case TY_BOOL: case TY_UNTYPED_BOOL: return "bool";
  case TY_INT: case TY_UNTYPED_INT: return "int";
  case TY_INT8: return "int8";
  case TY_INT16: return "int16";
  case TY_INT32: case TY_UNTYPED_RUNE: return "int32";
  case TY_INT64: return "int64";
  case TY_UINT: return "uint";
  case TY_UINT8: return "uint8";
  case TY_UINT16: return "uint16";
  case TY_UINT32: return "uint32";
  case TY_UINT64: return "uint64";
  case TY_UINTPTR: return "uintptr";
  case TY_FLOAT32: return "float32";
  case TY_FLOAT64: case TY_UNTYPED_FLOAT: return "float64";
  case TY_COMPLEX64: return "complex64";
  case TY_COMPLEX128: return "complex128";
  case TY_STRING: case TY_UNTYPED_STRING: return "string";
  case TY_UNSAFEPTR: return "unsafe.Pointer";
  case TY_UNTYPED_NIL: return "nil";
  default: return NULL;
  }
}

static void tstr(Buf *b, Type *t, bool key);

static void tstr_list(Buf *b, Vec *types, bool variadic, bool key)
{
  for (int i = 0; i < types->len; i++) {
    Type *p = types->data[i];
    if (i > 0)
      buf_puts(b, ", ");
    if (variadic && i == types->len - 1) {
      buf_puts(b, "...");
      tstr(b, p->elem, key);
    } else {
      tstr(b, p, key);
    }
  }
}

static void tstr_sig(Buf *b, Type *t, bool key)
{
  buf_puts(b, "(");
  tstr_list(b, &t->params, t->variadic, key);
  buf_puts(b, ")");
  if (t->results.len == 1) {
    buf_puts(b, " ");
    tstr(b, t->results.data[0], key);
  } else if (t->results.len > 1) {
    buf_puts(b, " (");
    tstr_list(b, &t->results, false, key);
    buf_puts(b, ")");
  }
}

/* reflect's Type.String(); with key, local named types are told apart. */
static void tstr(Buf *b, Type *t, bool key)
{
  const char *bn = basic_name(t->kind);
  if (bn) {
    buf_puts(b, bn);
    return;
  }
  switch (t->kind) {
  case TY_NAMED:
    if (t->pkg && t->pkg[0])
      buf_printf(b, "%s.", pkg_name(t->pkg));
    buf_puts(b, t->name);
    if (key && is_local_named(t))
      buf_printf(b, "#%d", t->id);
    break;
  case TY_POINTER: buf_puts(b, "*"); tstr(b, t->elem, key); break;
  case TY_SLICE: buf_puts(b, "[]"); tstr(b, t->elem, key); break;
  case TY_ARRAY: buf_printf(b, "[%lld]", (long long)t->len); tstr(b, t->elem, key); break;
  case TY_MAP:
    buf_puts(b, "map[");
    tstr(b, t->key, key);
    buf_puts(b, "]");
    tstr(b, t->elem, key);
    break;
  case TY_CHAN:
    buf_puts(b, t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND ? "chan<- " : "chan ");
    tstr(b, t->elem, key);
    break;
  case TY_FUNC: buf_puts(b, "func"); tstr_sig(b, t, key); break;
  case TY_TUPLE:
    buf_puts(b, "(");
    tstr_list(b, &t->params, false, key);
    buf_puts(b, ")");
    break;
  case TY_INTERFACE:
    if (t->methods.len == 0) {
      buf_puts(b, "interface {}");
      break;
    }
    buf_puts(b, "interface {");
    for (int i = 0; i < t->methods.len; i++) {
      Method *m = t->methods.data[i];
      buf_printf(b, "%s %s", i ? ";" : "", m->name);
      tstr_sig(b, m->sig, key);
    }
    buf_puts(b, " }");
    break;
  case TY_STRUCT:
    if (t->fields.len == 0) {
      buf_puts(b, "struct {}");
      break;
    }
    buf_puts(b, "struct {");
    for (int i = 0; i < t->fields.len; i++) {
      Field *f = t->fields.data[i];
      buf_puts(b, i ? "; " : " ");
      if (!f->embedded)
        buf_printf(b, "%s ", f->name);
      tstr(b, f->type, key);
    }
    buf_puts(b, " }");
    break;
  default:
    buf_puts(b, "invalid");
  }
}

const char *type_name(Type *t)
{
  Buf b = {0};
  tstr(&b, t, false);
  return intern(b.s);
}

static const char *type_key(Type *t)
{
  Buf b = {0};
  tstr(&b, t, true);
  return intern(b.s);
}

static bool struct_like(Type *t)
{
  Type *u = under(t);
  return u->kind == TY_STRUCT || u->kind == TY_ARRAY || u->kind == TY_TUPLE;
}

static TRec *rec_of(Type *t)
{
  const char *key = type_key(t);
  TRec *r = pmap_get(&recs, key);
  if (r)
    return r;
  r = xmalloc(sizeof *r);
  r->t = t;
  r->key = key;
  r->id = reclist.len + 1;
  pmap_put(&recs, key, r);
  vec_push(&reclist, r);
  if (t->kind == TY_NAMED) {
    const char *pid = pkg_id(t->pkg && t->pkg[0] ? t->pkg : "builtin");
    r->cname = is_local_named(t) ? xasprintf("%s__%s_%d", pid, t->name, r->id)
                                 : xasprintf("%s__%s", pid, t->name);
    if (struct_like(t))
      buf_printf(&E.fwd, "typedef struct %s %s;\n", r->cname, r->cname);
    else
      buf_printf(&E.fwd, "typedef %s %s;\n", ctype(under(t)), r->cname);
  } else if (struct_like(t)) {
    char k = t->kind == TY_STRUCT ? 'S' : t->kind == TY_ARRAY ? 'A' : 'R';
    r->cname = xasprintf("mg_%c%d", k, r->id);
    buf_printf(&E.fwd, "typedef struct %s %s;\n", r->cname, r->cname);
  }
  return r;
}

const char *ctype(Type *t)
{
  switch (t->kind) {
  case TY_BOOL: case TY_UNTYPED_BOOL: return "bool";
  case TY_INT: case TY_INT64: case TY_UNTYPED_INT: return "int64_t";
  case TY_INT8: return "int8_t";
  case TY_INT16: return "int16_t";
  case TY_INT32: case TY_UNTYPED_RUNE: return "int32_t";
  case TY_UINT: case TY_UINT64: case TY_UINTPTR: return "uint64_t";
  case TY_UINT8: return "uint8_t";
  case TY_UINT16: return "uint16_t";
  case TY_UINT32: return "uint32_t";
  case TY_FLOAT32: return "float";
  case TY_FLOAT64: case TY_UNTYPED_FLOAT: return "double";
  case TY_STRING: case TY_UNTYPED_STRING: return "mg_string";
  case TY_UNSAFEPTR: case TY_UNTYPED_NIL: return "void *";
  case TY_SLICE: return "mg_slice";
  case TY_MAP: return "mg_map *";
  case TY_CHAN: return "mg_chan *";
  case TY_FUNC: return "mg_func *";
  case TY_INTERFACE: return "mg_iface";
  case TY_POINTER: return xasprintf("%s *", ctype(t->elem));
  case TY_NAMED:
    if (under(t)->kind == TY_INTERFACE)
      return "mg_iface";
    return rec_of(t)->cname;
  case TY_STRUCT: case TY_ARRAY: case TY_TUPLE: return rec_of(t)->cname;
  default: return "int64_t";
  }
}

const char *tuple_ctype(Vec *types)
{
  Type *t = type_new(TY_TUPLE);
  for (int i = 0; i < types->len; i++)
    vec_push(&t->params, types->data[i]);
  return ctype(t);
}

const char *ret_ctype(Type *sig)
{
  if (sig->results.len == 0)
    return "void";
  if (sig->results.len == 1)
    return ctype(sig->results.data[0]);
  return tuple_ctype(&sig->results);
}

const char *cfield(Type *st, int i)
{
  Field *f = under(st)->fields.data[i];
  return strcmp(f->name, "_") == 0 ? xasprintf("_blank%d", i) : go_ident(f->name);
}

bool ptr_shaped(Type *t)
{
  switch (under(t)->kind) {
  case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
    return true;
  default:
    return false;
  }
}

/* An initializer of the zero value; {} for aggregates, which may be empty. */
const char *zero_init(Type *t)
{
  Type *u = under(t);
  return u->kind == TY_STRUCT || u->kind == TY_ARRAY || u->kind == TY_TUPLE ? "{}" : "{0}";
}

const char *zero_of(Type *t) { return xasprintf("((%s)%s)", ctype(t), zero_init(t)); }

/* ---- struct bodies */

static void define_rec(TRec *r);

static void define_member(Type *t)
{
  if (struct_like(t))
    define_rec(rec_of(t));
}

static void define_rec(TRec *r)
{
  if (r->defined || r->cname == NULL || !struct_like(r->t))
    return;
  r->defined = true;
  Type *u = under(r->t);
  Buf b = {0};
  buf_printf(&b, "struct %s {", r->cname);
  if (u->kind == TY_ARRAY) {
    define_member(u->elem);
    buf_printf(&b, " %s a[%lld]; ", ctype(u->elem), (long long)u->len);
  } else if (u->kind == TY_TUPLE) {
    for (int i = 0; i < u->params.len; i++) {
      define_member(u->params.data[i]);
      buf_printf(&b, " %s r%d;", ctype(u->params.data[i]), i);
    }
    buf_puts(&b, " ");
  } else {
    for (int i = 0; i < u->fields.len; i++) {
      Field *f = u->fields.data[i];
      define_member(f->type);
      buf_printf(&b, " %s %s;", ctype(f->type), cfield(u, i));
    }
    buf_puts(&b, " ");
  }
  buf_puts(&b, "};\n");
  buf_puts(&E.defs, b.s);
}

void type_define(Type *t) { define_member(t); }

void ret_struct(const char *cname, Type *sig)
{
  Buf b = {0};
  buf_printf(&b, "struct %s__ret {", cname);
  for (int i = 0; i < sig->results.len; i++) {
    define_member(sig->results.data[i]);
    buf_printf(&b, " %s r%d;", ctype(sig->results.data[i]), i);
  }
  buf_puts(&b, " };\n");
  buf_puts(&E.defs, b.s);
}

/* ---- descriptors */

const char *tdesc(Type *t)
{
  TRec *r = rec_of(t);
  r->wantDesc = true;
  return xasprintf("(&mgt_%d)", r->id);
}

static const char *kind_name(Type *t)
{
  static const char *const names[] = {
    [TY_BOOL] = "MG_BOOL", [TY_INT] = "MG_INT", [TY_INT8] = "MG_INT8",
    [TY_INT16] = "MG_INT16", [TY_INT32] = "MG_INT32", [TY_INT64] = "MG_INT64",
    [TY_UINT] = "MG_UINT", [TY_UINT8] = "MG_UINT8", [TY_UINT16] = "MG_UINT16",
    [TY_UINT32] = "MG_UINT32", [TY_UINT64] = "MG_UINT64", [TY_UINTPTR] = "MG_UINTPTR",
    [TY_FLOAT32] = "MG_FLOAT32", [TY_FLOAT64] = "MG_FLOAT64",
    [TY_COMPLEX64] = "MG_COMPLEX64", [TY_COMPLEX128] = "MG_COMPLEX128",
    [TY_STRING] = "MG_STRING", [TY_UNSAFEPTR] = "MG_UNSAFEPOINTER",
    [TY_ARRAY] = "MG_ARRAY", [TY_SLICE] = "MG_SLICE", [TY_STRUCT] = "MG_STRUCT",
    [TY_POINTER] = "MG_POINTER", [TY_FUNC] = "MG_FUNC", [TY_INTERFACE] = "MG_INTERFACE",
    [TY_MAP] = "MG_MAP", [TY_CHAN] = "MG_CHAN",
  };
  Type *u = under(t);
  if (u->kind >= TY_UNTYPED_BOOL && u->kind <= TY_UNTYPED_STRING)
    u = type_default(u);
  if (u->kind < (int)(sizeof names / sizeof names[0]) && names[u->kind])
    return names[u->kind];
  return "MG_INVALID";
}

static bool exported(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

/* Method table: interface method signatures, or wrappers of a concrete
 * type's method set. Returns the number of entries. */
static int emit_methods(TRec *r, Buf *out)
{
  Type *t = r->t;
  Type *u = under(t);
  Buf b = {0};
  int n = 0;
  if (u->kind == TY_INTERFACE) {
    for (int i = 0; i < u->methods.len; i++, n++) {
      Method *m = u->methods.data[i];
      buf_printf(&b, "  {\"%s\", \"%s\", NULL},\n", m->name, type_name(m->sig));
    }
  } else if (t->kind == TY_NAMED || (t->kind == TY_POINTER && t->elem->kind == TY_NAMED)) {
    Vec *ms = check_method_set(t);
    for (int i = 0; ms && i < ms->len; i++, n++) {
      Selection *s = ms->data[i];
      const char *w = method_wrapper(t, s);
      buf_printf(&b, "  {\"%s\", \"%s\", (void *)%s},\n", s->method->name,
                 type_name(s->method->sig), w);
    }
  }
  if (n > 0)
    buf_printf(out, "static const mg_method mgm_%d[] = {\n%s};\n", r->id, b.s);
  return n;
}

static void emit_fields(TRec *r, Buf *out)
{
  Type *u = under(r->t);
  Buf b = {0};
  for (int i = 0; i < u->fields.len; i++) {
    Field *f = u->fields.data[i];
    buf_printf(&b, "  {\"%s\", %s, offsetof(%s, %s), %s, %s},\n", f->name, tdesc(f->type),
               r->cname, cfield(u, i), f->embedded ? "true" : "false",
               exported(f->name) ? "true" : "false");
  }
  if (u->fields.len > 0)
    buf_printf(out, "static const mg_field mgf_%d[] = {\n%s};\n", r->id, b.s);
}

static void emit_desc(TRec *r, Buf *out)
{
  Type *t = r->t, *u = under(t);
  const char *ct = ctype(t);
  int nm = emit_methods(r, out);
  bool isStruct = u->kind == TY_STRUCT && u->fields.len > 0;
  if (isStruct)
    emit_fields(r, out);
  Buf b = {0};
  buf_printf(&b, "static const mg_type mgt_%d = {\n  .kind = %s, .size = sizeof(%s), "
                 ".align = _Alignof(%s),\n  .name = \"%s\", .named = %s, .ptrfree = %s, "
                 ".comparable = %s,\n",
             r->id, kind_name(t), ct, ct, type_name(t), t->kind == TY_NAMED ? "true" : "false",
             type_pointer_free(t) ? "true" : "false", type_comparable(t) ? "true" : "false");
  if (u->kind == TY_ARRAY || u->kind == TY_SLICE || u->kind == TY_POINTER ||
      u->kind == TY_CHAN || u->kind == TY_MAP)
    buf_printf(&b, "  .elem = %s,\n", tdesc(u->elem));
  if (u->kind == TY_MAP)
    buf_printf(&b, "  .key = %s,\n", tdesc(u->key));
  if (u->kind == TY_ARRAY)
    buf_printf(&b, "  .len = %lld,\n", (long long)u->len);
  if (u->kind == TY_CHAN)
    buf_printf(&b, "  .chandir = %d,\n", (int)u->dir);
  if (isStruct)
    buf_printf(&b, "  .fields = mgf_%d, .nfields = %d,\n", r->id, u->fields.len);
  if (nm > 0)
    buf_printf(&b, "  .methods = mgm_%d, .nmethods = %d,\n", r->id, nm);
  if (t->ptrTo != NULL) {
    TRec *pr = pmap_get(&recs, type_key(t->ptrTo));
    if (pr && pr->wantDesc)
      buf_printf(&b, "  .ptrto = &mgt_%d,\n", pr->id);
  }
  buf_puts(&b, "};\n");
  buf_puts(out, b.s);
}

static Buf descDecls, descBody;

bool emit_types_pending(void)
{
  bool any = false;
  /* Descriptors ask for more descriptors and wrappers: run to a fixpoint. */
  for (bool more = true; more;) {
    more = false;
    for (int i = 0; i < reclist.len; i++) {
      TRec *r = reclist.data[i];
      if (r->wantDesc && !r->descDone) {
        r->descDone = true;
        more = any = true;
        buf_printf(&descDecls, "static const mg_type mgt_%d;\n", r->id);
        emit_desc(r, &descBody);
      }
    }
  }
  return any;
}

void emit_types_finish(Buf *out)
{
  Buf *decls = &descDecls, *body = &descBody;
  for (int i = 0; i < reclist.len; i++)
    define_rec(reclist.data[i]);
  buf_puts(out, decls->s ? decls->s : "");
  buf_puts(out, body->s ? body->s : "");
}

void emit_types_reset(void)
{
  memset(&descDecls, 0, sizeof descDecls);
  memset(&descBody, 0, sizeof descBody);
  memset(&recs, 0, sizeof recs);
  memset(&reclist, 0, sizeof reclist);
}
