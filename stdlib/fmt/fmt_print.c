/*
 * fmt_print.c - Go's fmt/print.go over type descriptors: operands by kind,
 * Error/String/GoString methods (with their panics caught as Go does),
 * maps in sorted order, and the exported Print/Sprint/Errorf family.
 */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "fmt/fmt.h"
#include "race.h"
#include "runtime.h"

/* ---- reading values by kind */

static bool is_signed(mg_kind k)
{
  return k >= MG_INT && k <= MG_INT64;
}

static uint64_t read_int(const mg_type *t, const void *v)
{
  switch (t->kind) {
  case MG_INT8: return (uint64_t)(int64_t) * (const int8_t *)v;
  case MG_INT16: return (uint64_t)(int64_t) * (const int16_t *)v;
  case MG_INT32: return (uint64_t)(int64_t) * (const int32_t *)v;
  case MG_UINT8: return *(const uint8_t *)v;
  case MG_UINT16: return *(const uint16_t *)v;
  case MG_UINT32: return *(const uint32_t *)v;
  default: return *(const uint64_t *)v;
  }
}

static bool verb_in(const char *set, int verb)
{
  return verb > 0 && verb < 0x80 && strchr(set, verb) != NULL;
}

static mg_string cstr(const char *s)
{
  return (mg_string){(const uint8_t *)s, (int64_t)strlen(s)};
}

/* ---- verbs by kind (pp.fmtBool, fmtInteger, fmtFloat, ...) */

static void print_bool(fmt_pp *p, bool v, int verb)
{
  if (verb == 't' || verb == 'v')
    fmt_boolean(p, v);
  else
    fmt_badverb(p, verb);
}

static void print_integer(fmt_pp *p, uint64_t v, bool isSigned, int verb)
{
  switch (verb) {
  case 'v':
    if (p->f.sharpV && !isSigned)
      fmt_0x64(p, v, true);
    else
      fmt_integer(p, v, 10, isSigned, verb, fmt_ldigits);
    break;
  case 'd': fmt_integer(p, v, 10, isSigned, verb, fmt_ldigits); break;
  case 'b': fmt_integer(p, v, 2, isSigned, verb, fmt_ldigits); break;
  case 'o': case 'O': fmt_integer(p, v, 8, isSigned, verb, fmt_ldigits); break;
  case 'x': fmt_integer(p, v, 16, isSigned, verb, fmt_ldigits); break;
  case 'X': fmt_integer(p, v, 16, isSigned, verb, fmt_udigits); break;
  case 'c': fmt_c(p, v); break;
  case 'q': fmt_qc(p, v); break;
  case 'U': fmt_unicode(p, v); break;
  default: fmt_badverb(p, verb);
  }
}

static void print_float(fmt_pp *p, double v, int size, int verb)
{
  switch (verb) {
  case 'v': fmt_float(p, v, size, 'g', -1); break;
  case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float(p, v, size, verb, -1); break;
  case 'f': case 'e': case 'E': fmt_float(p, v, size, verb, 6); break;
  case 'F': fmt_float(p, v, size, 'f', 6); break;
  default: fmt_badverb(p, verb);
  }
}

static void print_complex(fmt_pp *p, double re, double im, int size, int verb)
{
  if (!verb_in("vbgGxXfFeE", verb)) {
    fmt_badverb(p, verb);
    return;
  }
  bool plus = p->f.plus;
  mgstd_buf_byte(&p->buf, '(');
  print_float(p, re, size / 2, verb);
  p->f.plus = true;
  print_float(p, im, size / 2, verb);
  mgstd_buf_cstr(&p->buf, "i)");
  p->f.plus = plus;
}

static void print_string(fmt_pp *p, mg_string s, int verb)
{
  switch (verb) {
  case 'v':
    if (p->f.sharpV)
      fmt_q(p, s);
    else
      fmt_s(p, s);
    break;
  case 's': fmt_s(p, s); break;
  case 'x': fmt_sbx(p, s, fmt_ldigits); break;
  case 'X': fmt_sbx(p, s, fmt_udigits); break;
  case 'q': fmt_q(p, s); break;
  default: fmt_badverb(p, verb);
  }
}

static void print_pointer(fmt_pp *p, const mg_type *t, const void *v, int verb)
{
  uintptr_t u;
  switch (t->kind) {
  case MG_SLICE: u = (uintptr_t)((const mg_slice *)v)->ptr; break;
  case MG_CHAN: case MG_FUNC: case MG_MAP: case MG_POINTER: case MG_UNSAFEPOINTER:
    u = (uintptr_t) * (void *const *)v;
    break;
  default:
    fmt_badverb(p, verb);
    return;
  }
  switch (verb) {
  case 'v':
    if (p->f.sharpV) {
      mgstd_buf_byte(&p->buf, '(');
      mgstd_buf_cstr(&p->buf, t->name);
      mgstd_buf_cstr(&p->buf, ")(");
      if (u == 0)
        mgstd_buf_cstr(&p->buf, "nil");
      else
        fmt_0x64(p, u, true);
      mgstd_buf_byte(&p->buf, ')');
    } else if (u == 0) {
      fmt_pad_cstr(p, "<nil>");
    } else {
      fmt_0x64(p, u, !p->f.sharp);
    }
    break;
  case 'p': fmt_0x64(p, u, !p->f.sharp); break;
  case 'b': case 'o': case 'd': case 'x': case 'X': print_integer(p, u, false, verb); break;
  default: fmt_badverb(p, verb);
  }
}

/* ---- methods: Error, String, GoString */

static const mg_method *string_method(const mg_type *t, const char *name)
{
  const mg_method *m = mg_find_method(t, name);
  return m && strcmp(m->sig, "func() string") == 0 ? m : NULL;
}

typedef struct method_call {
  mg_string (*fn)(void *recv);
  void *recv;
  mg_string result;
  mg_iface panicked;
} method_call;

static void catch_method_panic(void *arg)
{
  ((method_call *)arg)->panicked = mg_recover((void *)catch_method_panic);
}

/* Calls a String-like method with a deferred recover, as pp.catchPanic. */
static mg_iface call_method(method_call *c)
{
  mg_deferframe df;
  mg_defer_enter(&df);
  if (setjmp(df.jb) == 0) {
    mg_defer_push(&df, catch_method_panic, c, (void *)catch_method_panic);
    c->result = c->fn(c->recv);
  }
  mg_defer_return(&df);
  return c->panicked;
}

static bool handle_methods(fmt_pp *p, int verb)
{
  if (p->erroring)
    return false;
  mg_iface arg = p->arg;
  if (verb == 'w') {
    if (!p->wrapErrs || !string_method(arg.type, "Error")) {
      fmt_badverb(p, verb);
      return true;
    }
    verb = 'v';
  }
  const char *name = NULL;
  const mg_method *m = NULL;
  if (p->f.sharpV) {
    m = string_method(arg.type, name = "GoString");
  } else if (verb_in("vsxXq", verb)) {
    if (!(m = string_method(arg.type, name = "Error")))
      m = string_method(arg.type, name = "String");
  }
  if (m == NULL)
    return false;
  method_call *c = mg_alloc(sizeof *c);  /* on the heap: it survives the longjmp */
  c->fn = (mg_string(*)(void *))m->fn;
  c->recv = arg.data;
  mg_iface err = call_method(c);
  if (err.type == NULL) {
    if (p->f.sharpV)
      fmt_s(p, c->result);
    else
      print_string(p, c->result, verb);
    return true;
  }
  if (arg.type->kind == MG_POINTER && arg.data == NULL) {
    mgstd_buf_cstr(&p->buf, "<nil>");
    return true;
  }
  if (p->panicking)
    mg_panic(err);
  fmt_flags flags = p->f;
  memset(&p->f, 0, sizeof p->f);
  mgstd_buf_cstr(&p->buf, "%!");
  mgstd_buf_rune(&p->buf, verb);
  mgstd_buf_cstr(&p->buf, "(PANIC=");
  mgstd_buf_cstr(&p->buf, name);
  mgstd_buf_cstr(&p->buf, " method: ");
  p->panicking = true;
  fmt_printarg(p, err, 'v');
  p->panicking = false;
  mgstd_buf_byte(&p->buf, ')');
  p->f = flags;
  return true;
}

/* ---- values by descriptor (pp.printValue); ro: reached through an
 * unexported field, where Go's reflection cannot call methods */

static void print_value(fmt_pp *p, const mg_type *t, const void *v, int verb, int depth, bool ro);

static void print_map(fmt_pp *p, const mg_type *t, mg_map *m, int verb, int depth, bool ro)
{
  if (p->f.sharpV) {
    mgstd_buf_cstr(&p->buf, t->name);
    if (m == NULL) {
      mgstd_buf_cstr(&p->buf, "(nil)");
      return;
    }
    mgstd_buf_byte(&p->buf, '{');
  } else {
    mgstd_buf_cstr(&p->buf, "map[");
  }
  void **keys, **vals;
  int64_t n = fmt_sortmap(m, t->key, &keys, &vals);
  for (int64_t i = 0; i < n; i++) {
    if (i > 0)
      mgstd_buf_cstr(&p->buf, p->f.sharpV ? ", " : " ");
    print_value(p, t->key, keys[i], verb, depth + 1, ro);
    mgstd_buf_byte(&p->buf, ':');
    print_value(p, t->elem, vals[i], verb, depth + 1, ro);
  }
  mgstd_buf_byte(&p->buf, p->f.sharpV ? '}' : ']');
}

static void print_struct(fmt_pp *p, const mg_type *t, const char *v, int verb, int depth, bool ro)
{
  if (p->f.sharpV)
    mgstd_buf_cstr(&p->buf, t->name);
  mgstd_buf_byte(&p->buf, '{');
  for (int i = 0; i < t->nfields; i++) {
    const mg_field *f = &t->fields[i];
    if (i > 0)
      mgstd_buf_cstr(&p->buf, p->f.sharpV ? ", " : " ");
    if (p->f.plusV || p->f.sharpV) {
      mgstd_buf_cstr(&p->buf, f->name);
      mgstd_buf_byte(&p->buf, ':');
    }
    const mg_iface *x = (const mg_iface *)(v + f->offset);
    bool fro = ro || !f->exported;
    if (f->type->kind == MG_INTERFACE && x->type != NULL)  /* getField */
      print_value(p, x->type, mg_iface_ptr(x), verb, depth + 1, fro);
    else
      print_value(p, f->type, v + f->offset, verb, depth + 1, fro);
  }
  mgstd_buf_byte(&p->buf, '}');
}

static void print_bytes(fmt_pp *p, const uint8_t *b, int64_t n, int verb)
{
  mg_string s = {b, n};
  if (verb == 's')
    fmt_s(p, s);
  else if (verb == 'q')
    fmt_q(p, s);
  else
    fmt_sbx(p, s, verb == 'x' ? fmt_ldigits : fmt_udigits);
}

static void print_list(fmt_pp *p, const mg_type *t, const void *v, int verb, int depth, bool ro)
{
  const char *base = t->kind == MG_SLICE ? ((const mg_slice *)v)->ptr : v;
  int64_t n = t->kind == MG_SLICE ? ((const mg_slice *)v)->len : t->len;
  if (verb_in("sqxX", verb) && t->elem->kind == MG_UINT8) {
    print_bytes(p, (const uint8_t *)base, n, verb);
    return;
  }
  if (p->f.sharpV) {
    /* Go's printArg names an operand of type []byte "[]byte", not "[]uint8" */
    bool bytes = depth == 0 && t->kind == MG_SLICE && !t->named &&
                 t->elem->kind == MG_UINT8 && !t->elem->named;
    mgstd_buf_cstr(&p->buf, bytes ? "[]byte" : t->name);
    if (t->kind == MG_SLICE && base == NULL) {
      mgstd_buf_cstr(&p->buf, "(nil)");
      return;
    }
  }
  mgstd_buf_byte(&p->buf, p->f.sharpV ? '{' : '[');
  for (int64_t i = 0; i < n; i++) {
    if (i > 0)
      mgstd_buf_cstr(&p->buf, p->f.sharpV ? ", " : " ");
    print_value(p, t->elem, base + i * t->elem->size, verb, depth + 1, ro);
  }
  mgstd_buf_byte(&p->buf, p->f.sharpV ? '}' : ']');
}

static void print_value(fmt_pp *p, const mg_type *t, const void *v, int verb, int depth, bool ro)
{
  if (depth > 0 && !ro && (t->nmethods > 0 || verb == 'w') && t->kind != MG_INTERFACE) {
    p->arg = mg_box(t, v);
    if (handle_methods(p, verb))
      return;
  }
  p->arg = (mg_iface){NULL, NULL};
  p->vtype = t;
  p->vptr = v;
  switch (t->kind) {
  case MG_BOOL: print_bool(p, *(const bool *)v, verb); break;
  case MG_INT: case MG_INT8: case MG_INT16: case MG_INT32: case MG_INT64:
  case MG_UINT: case MG_UINT8: case MG_UINT16: case MG_UINT32: case MG_UINT64: case MG_UINTPTR:
    print_integer(p, read_int(t, v), is_signed(t->kind), verb);
    break;
  case MG_FLOAT32: print_float(p, *(const float *)v, 32, verb); break;
  case MG_FLOAT64: print_float(p, *(const double *)v, 64, verb); break;
  case MG_COMPLEX64:
    print_complex(p, ((const float *)v)[0], ((const float *)v)[1], 64, verb);
    break;
  case MG_COMPLEX128:
    print_complex(p, ((const double *)v)[0], ((const double *)v)[1], 128, verb);
    break;
  case MG_STRING: print_string(p, *(const mg_string *)v, verb); break;
  case MG_MAP: print_map(p, t, *(mg_map *const *)v, verb, depth, ro); break;
  case MG_STRUCT: print_struct(p, t, v, verb, depth, ro); break;
  case MG_INTERFACE: {
    const mg_iface *x = v;
    if (x->type != NULL) {
      print_value(p, x->type, mg_iface_ptr(x), verb, depth + 1, ro);
    } else if (p->f.sharpV) {
      mgstd_buf_cstr(&p->buf, t->name);
      mgstd_buf_cstr(&p->buf, "(nil)");
    } else {
      mgstd_buf_cstr(&p->buf, "<nil>");
    }
    break;
  }
  case MG_ARRAY: case MG_SLICE: print_list(p, t, v, verb, depth, ro); break;
  case MG_POINTER: {
    const void *elem = *(void *const *)v;
    mg_kind k = t->elem ? t->elem->kind : MG_INVALID;
    if (depth == 0 && elem != NULL &&
        (k == MG_ARRAY || k == MG_SLICE || k == MG_STRUCT || k == MG_MAP)) {
      mgstd_buf_byte(&p->buf, '&');
      mg_race_read_range(elem, (size_t)t->elem->size);
      print_value(p, t->elem, elem, verb, depth + 1, ro);
      break;
    }
    print_pointer(p, t, v, verb);
    break;
  }
  default: print_pointer(p, t, v, verb); break;
  }
}

void fmt_badverb(fmt_pp *p, int verb)
{
  p->erroring = true;
  mgstd_buf_cstr(&p->buf, "%!");
  mgstd_buf_rune(&p->buf, verb);
  mgstd_buf_byte(&p->buf, '(');
  if (p->arg.type != NULL) {
    mgstd_buf_cstr(&p->buf, p->arg.type->name);
    mgstd_buf_byte(&p->buf, '=');
    fmt_printarg(p, p->arg, 'v');
  } else if (p->vtype != NULL) {
    mgstd_buf_cstr(&p->buf, p->vtype->name);
    mgstd_buf_byte(&p->buf, '=');
    print_value(p, p->vtype, p->vptr, 'v', 0, false);
  } else {
    mgstd_buf_cstr(&p->buf, "<nil>");
  }
  mgstd_buf_byte(&p->buf, ')');
  p->erroring = false;
}

void fmt_printarg(fmt_pp *p, mg_iface arg, int verb)
{
  p->arg = arg;
  p->vtype = NULL;
  if (arg.type == NULL) {
    if (verb == 'T' || verb == 'v')
      fmt_pad_cstr(p, "<nil>");
    else
      fmt_badverb(p, verb);
    return;
  }
  const void *v = mg_iface_ptr(&arg);
  if (verb == 'T') {
    fmt_s(p, cstr(arg.type->name));
    return;
  }
  if (verb == 'p') {
    print_pointer(p, arg.type, v, 'p');
    return;
  }
  if ((arg.type->nmethods > 0 || verb == 'w') && handle_methods(p, verb))
    return;
  print_value(p, arg.type, v, verb, 0, false);
}

void fmt_doprint(fmt_pp *p, mg_slice a)
{
  const mg_iface *args = a.ptr;
  bool prevString = false;
  for (int64_t i = 0; i < a.len; i++) {
    bool isString = args[i].type != NULL && args[i].type->kind == MG_STRING;
    if (i > 0 && !isString && !prevString)
      mgstd_buf_byte(&p->buf, ' ');
    fmt_printarg(p, args[i], 'v');
    prevString = isString;
  }
}

void fmt_doprintln(fmt_pp *p, mg_slice a)
{
  const mg_iface *args = a.ptr;
  for (int64_t i = 0; i < a.len; i++) {
    if (i > 0)
      mgstd_buf_byte(&p->buf, ' ');
    fmt_printarg(p, args[i], 'v');
  }
  mgstd_buf_byte(&p->buf, '\n');
}

/* ---- the Go API (fmt.go declares these without bodies) */

struct fmt__Print__ret { int64_t r0; mg_iface r1; };
struct fmt__Println__ret { int64_t r0; mg_iface r1; };
struct fmt__Printf__ret { int64_t r0; mg_iface r1; };

/* Writes the whole buffer to standard output in one call, as os.Stdout. */
static int64_t write_stdout(mgstd_buf *b)
{
  int64_t done = 0;
  mg_entersyscall();
  while (done < b->len) {
    ssize_t n = write(1, b->p + done, (size_t)(b->len - done));
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    done += n;
  }
  mg_exitsyscall();
  return done;
}

mg_string fmt__Sprint(mg_slice a)
{
  MG_RACE_ENTER();
  fmt_pp p = {0};
  fmt_doprint(&p, a);
  MG_RACE_LEAVE();
  return mgstd_buf_string(&p.buf);
}

mg_string fmt__Sprintln(mg_slice a)
{
  MG_RACE_ENTER();
  fmt_pp p = {0};
  fmt_doprintln(&p, a);
  MG_RACE_LEAVE();
  return mgstd_buf_string(&p.buf);
}

mg_string fmt__Sprintf(mg_string format, mg_slice a)
{
  MG_RACE_ENTER();
  fmt_pp p = {0};
  fmt_doprintf(&p, format, a);
  MG_RACE_LEAVE();
  return mgstd_buf_string(&p.buf);
}

struct fmt__Print__ret fmt__Print(mg_slice a)
{
  MG_RACE_ENTER();
  fmt_pp p = {0};
  fmt_doprint(&p, a);
  MG_RACE_LEAVE();
  return (struct fmt__Print__ret){write_stdout(&p.buf), {NULL, NULL}};
}

struct fmt__Println__ret fmt__Println(mg_slice a)
{
  MG_RACE_ENTER();
  fmt_pp p = {0};
  fmt_doprintln(&p, a);
  MG_RACE_LEAVE();
  return (struct fmt__Println__ret){write_stdout(&p.buf), {NULL, NULL}};
}

struct fmt__Printf__ret fmt__Printf(mg_string format, mg_slice a)
{
  MG_RACE_ENTER();
  fmt_pp p = {0};
  fmt_doprintf(&p, format, a);
  MG_RACE_LEAVE();
  return (struct fmt__Printf__ret){write_stdout(&p.buf), {NULL, NULL}};
}

static int compare_index(const void *x, const void *y)
{
  int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
  return a < b ? -1 : a > b;
}

/* Sprintf with %w allowed; *wrapped gets the %w operands' indices, sorted. */
mg_string fmt__errorf(mg_string format, mg_slice a, mg_slice *wrapped)
{
  fmt_pp p = {0};
  p.wrapErrs = true;
  fmt_doprintf(&p, format, a);
  qsort(p.wrapped, (size_t)p.nwrapped, sizeof(int64_t), compare_index);
  *wrapped = (mg_slice){p.wrapped, p.nwrapped, p.nwrapped};
  return mgstd_buf_string(&p.buf);
}
