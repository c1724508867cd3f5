/*
 * emit.c - the emitter's driver: walks the packages, assembles the C file
 * (prelude, types, descriptors, prototypes, globals, functions, main) and
 * holds the helpers every part uses (buffers, temporaries, C names).
 */
#include <stdlib.h>
#include <string.h>

#include "emit_int.h"

Emit E;
Fn *F;

/* ---- buffers */

void buf_vprintf(Buf *b, const char *fmt, va_list ap)
{
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (b->len + (size_t)n + 1 > b->cap) {
    b->cap = (b->len + (size_t)n + 1) * 2;
    b->s = xrealloc(b->s, b->cap);
  }
  vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
}

void buf_printf(Buf *b, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  buf_vprintf(b, fmt, ap);
  va_end(ap);
}

void buf_puts(Buf *b, const char *s) { buf_printf(b, "%s", s); }

/* ---- pointer map, open addressing */

static int pmap_slot(PMap *m, const void *key)
{
  uintptr_t h = ((uintptr_t)key >> 3) * 0x9E3779B97F4A7C15u;
  int i = (int)(h & (uintptr_t)(m->cap - 1));
  while (m->keys[i] != NULL && m->keys[i] != key)
    i = (i + 1) & (m->cap - 1);
  return i;
}

void *pmap_get(PMap *m, const void *key)
{
  if (m->cap == 0)
    return NULL;
  return m->vals[pmap_slot(m, key)];
}

void pmap_put(PMap *m, const void *key, void *val)
{
  if ((m->len + 1) * 2 > m->cap) {
    PMap old = *m;
    m->cap = old.cap ? old.cap * 2 : 64;
    m->len = 0;
    m->keys = xmalloc(sizeof(void *) * (size_t)m->cap);
    m->vals = xmalloc(sizeof(void *) * (size_t)m->cap);
    for (int i = 0; i < old.cap; i++)
      if (old.keys[i] != NULL)
        pmap_put(m, old.keys[i], old.vals[i]);
    free(old.keys);
    free(old.vals);
  }
  int i = pmap_slot(m, key);
  if (m->keys[i] == NULL) {
    m->keys[i] = key;
    m->len++;
  }
  m->vals[i] = val;
}

/* ---- diagnostics */

void emit_unsupported(Pos pos, const char *what)
{
  diag_error(pos, "minigo does not support %s yet", what);
  E.failed = true;
}

/* ---- statement output of the current function */

const char *line_directive(Pos pos)
{
  if (pos.line <= 0 || pos.file == NULL)
    return "";
  return xasprintf("#line %d %s\n", pos.line, c_string_lit(pos.file, (int64_t)strlen(pos.file)));
}

const char *pin_lines(Pos pos, const char *text)
{
  const char *ld = line_directive(pos);
  if (ld[0] == '\0')
    return text;
  Buf b = {0};
  for (const char *p = text; *p;) {
    const char *nl = strchr(p, '\n');
    size_t n = nl ? (size_t)(nl - p + 1) : strlen(p);
    buf_printf(&b, "%s%.*s", ld, (int)n, p);
    p += n;
  }
  return b.s ? b.s : "";
}

static void write_pos(Pos pos) { buf_puts(F->out, line_directive(pos)); }

/* Every C line of a statement carries the statement's line: C counts lines
 * on after a #line, which would drift into the wrong .mg lines. */
void out_line(const char *fmt, ...)
{
  if (!F->posFresh && F->pos.line > 0 && F->pos.file)
    write_pos(F->pos);
  F->posFresh = false;
  for (int i = 0; i < F->indent; i++)
    buf_puts(F->out, "  ");
  va_list ap;
  va_start(ap, fmt);
  buf_vprintf(F->out, fmt, ap);
  va_end(ap);
  buf_puts(F->out, "\n");
}

void out_pos(Pos pos)
{
  if (pos.line <= 0 || pos.file == NULL)
    return;
  F->pos = pos;
  F->posFresh = true;
  write_pos(pos);
}

const char *new_temp(void) { return xasprintf("_t%d", ++F->ntemp); }

const char *temp_var(const char *ct, const char *init)
{
  const char *t = new_temp();
  out_line("%s %s = %s;", ct, t, init);
  return t;
}

/* C names of Go identifiers (locals, parameters, fields). A Go name keeps
 * its spelling when it is "plain": not a C keyword, macro or library name
 * the generated code uses, not starting with "_" (emitter temporaries and
 * slots: _t1, _i1, _p0, _cl, _fn...) or "mg" (runtime), not ending in
 * "_t" (C types), and without "__". Any other name gets the suffix "__"
 * (unix -> unix__, _i1 -> _i1__, a__b -> a__b__): the mapping is one-to-one
 * and only escaped names end in "__". Further locals with the same Go name
 * in a function (shadows, heap copies of parameters) get "__2", "__3"...,
 * which no Go name maps to. */

/* C keywords, macros of the compiler and of the headers the generated code
 * includes that are not all capitals with a "_" (those are caught by
 * their shape), and library names the generated code calls. */
static const char *const reserved[] = {
  "auto", "break", "case", "char", "const", "continue", "default", "do", "double",
  "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long",
  "register", "restrict", "return", "short", "signed", "sizeof", "static", "struct",
  "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "bool",
  "true", "false", "NULL", "EOF", "asm", "typeof", "main", "errno", "setjmp",
  "sigsetjmp", "longjmp", "unix", "linux", "i386", "assert", "memcpy", "memset",
  "memmove", "memcmp", "strlen", "exit", "abort", "stdin", "stdout", "stderr",
  "offsetof", "alignof", "alignas", "noreturn", "static_assert", "jmp_buf", NULL,
};

static bool no_lower(const char *s)
{
  for (; *s; s++)
    if (*s >= 'a' && *s <= 'z')
      return false;
  return true;
}

static bool ends_with(const char *s, const char *suffix)
{
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

static bool plain_ident(const char *name)
{
  for (int i = 0; reserved[i]; i++)
    if (strcmp(reserved[i], name) == 0)
      return false;
  if (name[0] == '_' || strstr(name, "__") || strncmp(name, "mg", 2) == 0)
    return false;
  /* INT64_MAX, SIZE_MAX...; int64_t, size_t... */
  return !(no_lower(name) && strchr(name, '_')) && !ends_with(name, "_t");
}

const char *go_ident(const char *name)
{
  return plain_ident(name) ? intern(name) : intern(xasprintf("%s__", name));
}

/* Local names are unique across a declared function and the literals in
 * it, as a closure's struct holds captures of several levels side by side. */
static PMap *local_names(void)
{
  Fn *f = F;
  while (f->isLit && f->outer)
    f = f->outer;
  return &f->names;
}

const char *local_cname(Obj *o)
{
  bool blank = o->name == NULL || strcmp(o->name, "_") == 0;
  const char *key = blank ? intern("_blank") : go_ident(o->name);
  PMap *names = local_names();
  intptr_t uses = (intptr_t)pmap_get(names, key) + 1;
  pmap_put(names, key, (void *)uses);
  o->cname = uses == 1 ? key : xasprintf("%s__%d", key, (int)uses);
  return o->cname;
}

const char *c_string_lit(const char *s, int64_t len)
{
  Buf b = {0};
  buf_puts(&b, "\"");
  for (int64_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\')
      buf_printf(&b, "\\%c", c);
    else if (c == '?')
      buf_puts(&b, "\\?");  /* no trigraphs */
    else if (c >= 0x20 && c < 0x7f)
      buf_printf(&b, "%c", c);
    else
      buf_printf(&b, "\\%03o", c);
  }
  buf_puts(&b, "\"");
  return b.s;
}

const char *pkg_id(const char *path)
{
  char *id = xstrdup(path);
  for (char *p = id; *p; p++)
    if (*p == '/' || *p == '.' || *p == '-')
      *p = '_';
  return intern(id);
}

/* ---- the helpers every generated file starts with: Go's checked and
 * fully defined integer operations, bounds-checked indexing and slicing */

static const char prelude[] =
  "#include \"minigo.h\"\n"
  "#define MG_DIVS(T) \\\n"
  "  static inline T mg_div_##T(T a, T b) { if (b == 0) mg_panic_divide(); if (b == -1) return (T)-a; return a / b; } \\\n"
  "  static inline T mg_mod_##T(T a, T b) { if (b == 0) mg_panic_divide(); if (b == -1) return 0; return a % b; }\n"
  "#define MG_DIVU(T) \\\n"
  "  static inline T mg_div_##T(T a, T b) { if (b == 0) mg_panic_divide(); return a / b; } \\\n"
  "  static inline T mg_mod_##T(T a, T b) { if (b == 0) mg_panic_divide(); return a % b; }\n"
  "#define MG_SHIFTS(T, U, W) \\\n"
  "  static inline T mg_shl_##T(T x, uint64_t s) { return s >= W ? 0 : (T)((U)x << s); } \\\n"
  "  static inline T mg_shr_##T(T x, uint64_t s) { return s >= W ? (T)(x < 0 ? -1 : 0) : (T)(x >> s); }\n"
  "#define MG_SHIFTU(T, W) \\\n"
  "  static inline T mg_shl_##T(T x, uint64_t s) { return s >= W ? 0 : (T)(x << s); } \\\n"
  "  static inline T mg_shr_##T(T x, uint64_t s) { return s >= W ? 0 : (T)(x >> s); }\n"
  "MG_DIVS(int8_t) MG_DIVS(int16_t) MG_DIVS(int32_t) MG_DIVS(int64_t)\n"
  "MG_DIVU(uint8_t) MG_DIVU(uint16_t) MG_DIVU(uint32_t) MG_DIVU(uint64_t)\n"
  "MG_SHIFTS(int8_t, uint8_t, 8) MG_SHIFTS(int16_t, uint16_t, 16)\n"
  "MG_SHIFTS(int32_t, uint32_t, 32) MG_SHIFTS(int64_t, uint64_t, 64)\n"
  "MG_SHIFTU(uint8_t, 8) MG_SHIFTU(uint16_t, 16) MG_SHIFTU(uint32_t, 32) MG_SHIFTU(uint64_t, 64)\n"
  "static inline uint64_t mg_shcount(int64_t s) { if (s < 0) mg_panic_shift(); return (uint64_t)s; }\n"
  "static inline int64_t mg_ckidx(int64_t i, int64_t n) { if ((uint64_t)i >= (uint64_t)n) mg_panic_index(i, n); return i; }\n"
  "static inline void *mg_sidx(mg_slice s, int64_t i, int64_t esz) {\n"
  "  if ((uint64_t)i >= (uint64_t)s.len) mg_panic_index(i, s.len);\n"
  "  return (char *)s.ptr + i * esz;\n"
  "}\n"
  "static inline uint8_t mg_stridx(mg_string s, int64_t i) {\n"
  "  if ((uint64_t)i >= (uint64_t)s.len) mg_panic_index(i, s.len);\n"
  "  return s.ptr[i];\n"
  "}\n"
  "static inline mg_slice mg_slice3(mg_slice s, int64_t lo, int64_t hi, int64_t max, int64_t esz, bool arr) {\n"
  "  if ((uint64_t)max > (uint64_t)s.cap) mg_panic_bounds(arr ? MG_BOUNDS_SLICE3_ALEN : MG_BOUNDS_SLICE3_ACAP, max, s.cap);\n"
  "  if ((uint64_t)hi > (uint64_t)max) mg_panic_bounds(MG_BOUNDS_SLICE3_B, hi, max);\n"
  "  if ((uint64_t)lo > (uint64_t)hi) mg_panic_bounds(MG_BOUNDS_SLICE3_C, lo, hi);\n"
  "  return (mg_slice){max - lo > 0 ? (char *)s.ptr + lo * esz : s.ptr, hi - lo, max - lo};\n"
  "}\n"
  "static inline mg_slice mg_slice2(mg_slice s, int64_t lo, int64_t hi, int64_t esz, bool arr) {\n"
  "  if ((uint64_t)hi > (uint64_t)s.cap) mg_panic_bounds(arr ? MG_BOUNDS_SLICE_ALEN : MG_BOUNDS_SLICE_ACAP, hi, s.cap);\n"
  "  if ((uint64_t)lo > (uint64_t)hi) mg_panic_bounds(MG_BOUNDS_SLICE_B, lo, hi);\n"
  "  return (mg_slice){s.cap - lo > 0 ? (char *)s.ptr + lo * esz : s.ptr, hi - lo, s.cap - lo};\n"
  "}\n"
  "static inline mg_string mg_strslice(mg_string s, int64_t lo, int64_t hi) {\n"
  "  if ((uint64_t)hi > (uint64_t)s.len) mg_panic_bounds(MG_BOUNDS_SLICE_ALEN, hi, s.len);\n"
  "  if ((uint64_t)lo > (uint64_t)hi) mg_panic_bounds(MG_BOUNDS_SLICE_B, lo, hi);\n"
  "  return (mg_string){s.ptr + (hi > lo ? lo : 0), hi - lo};\n"
  "}\n"
  "static inline mg_iface mg_recover_of(void *const *codes) {\n"
  "  for (; *codes; codes++) { mg_iface r = mg_recover(*codes); if (r.type) return r; }\n"
  "  return (mg_iface){0};\n"
  "}\n"
  "static inline void *mg_nilchk(void *p) { if (p == NULL) mg_panic_nilderef(); return p; }\n"
  "/* a value discarded with _ is still computed: nil dereferences must fault */\n"
  "#define MG_DISCARD(x) do { __typeof__(x) volatile mg_sink_ = (x); (void)mg_sink_; } while (0)\n";

/* ---- package-level: globals and the init function */

static void emit_globals(Package *pkg)
{
  for (int i = 0; i < pkg->globals.len; i++) {
    Obj *o = pkg->globals.data[i];
    o->cname = xasprintf("%s__%s", pkg_id(pkg->path), o->name);
    if (strcmp(o->name, "_") == 0)
      o->cname = xasprintf("%s___blank%d", pkg_id(pkg->path), i);
    buf_printf(&E.globals, "%s %s;\n", ctype(o->type), o->cname);
  }
}

static void emit_var_init(VarInit *vi)
{
  out_pos(vi->rhs->pos);
  if (vi->lhs.len == 1) {
    Obj *o = vi->lhs.data[0];
    if (o == NULL || strcmp(o->name, "_") == 0) {
      emit_discard(vi->rhs);
      return;
    }
    const char *v = emit_expr_to(vi->rhs, o->type);
    out_line("%s = %s;", o->cname, v);
    return;
  }
  /* var a, b = f() or v, ok = m[k] */
  const char *t = vi->rhs->kind == N_CALL ? emit_expr(vi->rhs) : emit_commaok(vi->rhs);
  Type *tt = vi->rhs->type;
  for (int i = 0; i < vi->lhs.len; i++) {
    Obj *o = vi->lhs.data[i];
    if (o == NULL || strcmp(o->name, "_") == 0)
      continue;
    Type *from = tt && tt->kind == TY_TUPLE ? tt->params.data[i]
                 : i == 0 ? commaok_type(vi->rhs) : type_basic(TY_BOOL);
    out_line("%s = %s;", o->cname, conv_assign(xasprintf("%s.r%d", t, i), from, o->type));
  }
}

static Fn *fn_begin(const char *cname, const char *goname)
{
  Fn *fn = xmalloc(sizeof *fn);
  fn->cname = cname;
  fn->goname = goname;
  fn->out = &fn->body;
  fn->indent = 1;
  fn->outer = F;
  F = fn;
  return fn;
}

static void emit_init_all(Vec *packages)
{
  Fn *fn = fn_begin("main__init_all", "main.init");
  for (int p = 0; p < packages->len; p++) {
    Package *pkg = packages->data[p];
    F->cname = xasprintf("%s__init", pkg_id(pkg->path));
    for (int i = 0; i < pkg->inits.len; i++)
      emit_var_init(pkg->inits.data[i]);
    for (int i = 0; i < pkg->initFuncs.len; i++) {
      const char *cname = xasprintf("%s__init__%d", pkg_id(pkg->path), i);
      out_line("%s();", cname);
    }
  }
  F = fn->outer;
  buf_printf(&E.protos, "static void main__init_all(void);\n");
  /* the prologue belongs to the user's package clause, as main.init */
  Package *mainPkg = packages->data[packages->len - 1];
  Pos pos = mainPkg->files.len ? ((Node *)mainPkg->files.data[0])->pos : (Pos){0};
  buf_puts(&E.funcs, pin_lines(pos, "static void main__init_all(void) {\n  MG_PROLOGUE();\n"));
  buf_printf(&E.funcs, "%s}\n\n", fn->body.s ? fn->body.s : "");
}

static void emit_init_funcs(Package *pkg)
{
  for (int i = 0; i < pkg->initFuncs.len; i++) {
    const char *cname = xasprintf("%s__init__%d", pkg_id(pkg->path), i);
    buf_printf(&E.protos, "void %s(void);\n", cname);
    emit_funcdecl(pkg->initFuncs.data[i], cname);
  }
}

/* main.main: the root of what is emitted, with the initializers. */
static void use_main(Vec *packages)
{
  for (int p = 0; p < packages->len; p++) {
    Package *pkg = packages->data[p];
    for (int i = 0; strcmp(pkg->path, "main") == 0 && i < pkg->funcs.len; i++) {
      Node *fd = pkg->funcs.data[i];
      if (fd->Recv.len == 0 && fd->obj && fd->Name && strcmp(fd->Name, "main") == 0)
        func_cname(fd->obj);
    }
  }
}

/* Pointer-receiver methods, for the traceback's main.(*T).M names. */
static void emit_ptrmethods(Vec *packages, Buf *out)
{
  buf_puts(out, "const char *const mg_traceback_ptrmethods[] = {\n");
  for (int p = 0; p < packages->len; p++) {
    Package *pkg = packages->data[p];
    for (int i = 0; i < pkg->funcs.len; i++) {
      Node *fd = pkg->funcs.data[i];
      FuncInfo *fi = fd->aux;
      if (fd->Recv.len > 0 && fi && fi->recv && fi->recv->type->kind == TY_POINTER &&
          func_used(fd->obj))
        buf_printf(out, "  \"%s\",\n", func_cname(fd->obj));
    }
  }
  buf_puts(out, "  NULL,\n};\n\n");
}

static void emit_reset(const EmitOptions *opt)
{
  memset(&E, 0, sizeof E);
  E.opt = opt;
  F = NULL;
  emit_types_reset();
  emit_func_reset();
}

static void put(FILE *out, Buf *b)
{
  if (b->len > 0)
    fwrite(b->s, 1, b->len, out);
}

bool emit_program(FILE *out, Vec *packages, const EmitOptions *opt)
{
  emit_reset(opt);
  for (int p = 0; p < packages->len; p++)
    emit_globals(packages->data[p]);
  for (int p = 0; p < packages->len; p++)
    emit_init_funcs(packages->data[p]);
  emit_init_all(packages);
  use_main(packages);
  /* Function bodies and method tables reference more of both. */
  while (emit_pending_funcs() || emit_types_pending())
    ;
  Buf descs = {0};
  emit_types_finish(&descs);
  Buf tail = {0};
  emit_recover_tables(&tail);
  emit_ptrmethods(packages, &tail);
  buf_puts(&tail, "int main(int argc, char **argv) {\n"
                  "  mg_panic_init();\n"
                  "  return mg_main(argc, argv, main__init_all, main__main);\n}\n");
  if (E.failed)
    return false;
  fputs(prelude, out);
  put(out, &E.fwd);
  put(out, &E.defs);
  put(out, &E.protos);
  put(out, &descs);
  put(out, &E.globals);
  put(out, &E.funcs);
  put(out, &tail);
  return !ferror(out);
}
