/*
 * panic.c - defer frames, panic, recover and the runtime-error panics, as
 * Go's runtime/panic.go: a panic runs the deferred calls of the goroutine
 * newest first; a deferred call that recovers makes the function that
 * deferred it return normally (longjmp to its frame); otherwise the panic
 * values are printed as printpanics does and the program exits with 2.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#include "minigo.h"
#include "race.h"
#include "runtime.h"

/* ---- defer frames */

void mg_defer_enter(mg_deferframe *f)
{
  G *g = mg_getg();
  f->defers = NULL;
  f->link = g->deferframes;
  f->racedepth = mg_race_depth();
  g->deferframes = f;
}

void mg_defer_push(mg_deferframe *f, void (*fn)(void *), void *args, void *callee)
{
  mg_defer *d = mg_alloc(sizeof *d);
  d->fn = fn;
  d->args = args;
  d->callee = callee;
  d->link = f->defers;
  f->defers = d;
}

static void run_frame(mg_deferframe *f)
{
  mg_defer *d;
  while ((d = f->defers) != NULL) {
    f->defers = d->link;  /* popped first: a panic in it goes on with the rest */
    d->fn(d->args);
  }
}

void mg_defer_return(mg_deferframe *f)
{
  run_frame(f);
  mg_getg()->deferframes = f->link;
}

void mg_defer_runall(void)
{
  G *g = mg_getg();
  mg_deferframe *f;
  while ((f = g->deferframes) != NULL) {
    run_frame(f);
    g->deferframes = f->link;
  }
}

/* ---- runtime error values: an error type whose data word is a boxed
 * string holding the message */

static mg_string rterror_Error(void *data) { return *(mg_string *)data; }
static void rterror_RuntimeError(void *data) {}

static const mg_method rterror_methods[] = {
  {"Error", "func() string", (void *)rterror_Error},
  {"RuntimeError", "func()", (void *)rterror_RuntimeError},
};

#define RTERROR_TYPE(var, goname) \
  static const mg_type var = { \
    .kind = MG_STRING, .size = sizeof(mg_string), .align = 8, .name = goname, \
    .named = true, .comparable = true, .methods = rterror_methods, .nmethods = 2, \
  }
RTERROR_TYPE(type_errorString, "runtime.errorString");
RTERROR_TYPE(type_plainError, "runtime.plainError");
RTERROR_TYPE(type_boundsError, "runtime.boundsError");
RTERROR_TYPE(type_assertError, "*runtime.TypeAssertionError");
RTERROR_TYPE(type_nilError, "*runtime.PanicNilError");

static mg_iface rterror(const mg_type *t, const char *prefix, const char *msg)
{
  size_t np = strlen(prefix), nm = strlen(msg);
  uint8_t *buf = mg_alloc_atomic((int64_t)(np + nm + 1));
  memcpy(buf, prefix, np);
  memcpy(buf + np, msg, nm);
  mg_string *s = mg_alloc(sizeof *s);
  *s = (mg_string){buf, (int64_t)(np + nm)};
  return (mg_iface){t, s};
}

/* ---- printing a panic as printpanics does */

static const mg_method *find_method(const mg_type *t, const char *name, const char *sig)
{
  for (int i = 0; i < t->nmethods; i++)
    if (strcmp(t->methods[i].name, name) == 0 && strcmp(t->methods[i].sig, sig) == 0)
      return &t->methods[i];
  return NULL;
}

static void print_number(const mg_type *t, const void *p)
{
  switch (t->kind) {
  case MG_INT: case MG_INT64: mg_print_int(*(const int64_t *)p); break;
  case MG_INT8: mg_print_int(*(const int8_t *)p); break;
  case MG_INT16: mg_print_int(*(const int16_t *)p); break;
  case MG_INT32: mg_print_int(*(const int32_t *)p); break;
  case MG_UINT: case MG_UINT64: case MG_UINTPTR: mg_print_uint(*(const uint64_t *)p); break;
  case MG_UINT8: mg_print_uint(*(const uint8_t *)p); break;
  case MG_UINT16: mg_print_uint(*(const uint16_t *)p); break;
  case MG_UINT32: mg_print_uint(*(const uint32_t *)p); break;
  case MG_FLOAT32: mg_print_float(*(const float *)p); break;
  case MG_FLOAT64: mg_print_float(*(const double *)p); break;
  case MG_BOOL: mg_print_bool(*(const bool *)p); break;
  default: break;
  }
}

static bool is_printable_kind(mg_kind k)
{
  return (k >= MG_BOOL && k <= MG_FLOAT64) || k == MG_STRING;
}

static void print_value(mg_iface v)
{
  const mg_type *t = v.type;
  const mg_method *m;
  if ((m = find_method(t, "Error", "func() string")) != NULL ||
      (m = find_method(t, "String", "func() string")) != NULL) {
    mg_print_string(((mg_string(*)(void *))m->fn)(v.data));
    return;
  }
  if (!is_printable_kind(t->kind)) {
    mg_print_cstr("(");
    mg_print_cstr(t->name);
    mg_print_cstr(") ");
    mg_print_pointer(v.data);
    return;
  }
  if (t->named) {
    mg_print_cstr(t->name);
    mg_print_cstr(t->kind == MG_STRING ? "(\"" : "(");
  }
  if (t->kind == MG_STRING)
    mg_print_string(*(const mg_string *)v.data);
  else
    print_number(t, v.data);
  if (t->named)
    mg_print_cstr(t->kind == MG_STRING ? "\")" : ")");
}

static void print_panics(mg_panicstate *p)
{
  if (p->link != NULL) {
    print_panics(p->link);
    if (p->link->repanicked)
      return;
    mg_print_cstr("\t");
  }
  mg_print_cstr("panic: ");
  print_value(p->value);
  if (p->repanicked)
    mg_print_cstr(" [recovered, repanicked]");
  else if (p->recovered)
    mg_print_cstr(" [recovered]");
  mg_print_nl();
}

static bool same_value(mg_iface a, mg_iface b)
{
  if (a.type != b.type)
    return false;
  return a.data == b.data || (a.type->comparable && mg_iface_equal(a, b));
}

static void print_signal(int code, void *addr, void *pc)
{
  mg_print_cstr("[signal SIGSEGV: segmentation violation code=");
  mg_print_pointer((void *)(uintptr_t)code);
  mg_print_cstr(" addr=");
  mg_print_pointer(addr);
  mg_print_cstr(" pc=");
  mg_print_pointer(pc);
  mg_print_cstr("]\n");
}

/* Go's runningPanicDefers and panicking: goroutines running deferred
 * calls for a panic, and whether one is printing its fatal panic. */
static int32_t panic_defers, panicking;

_Noreturn static void fatal_panic(mg_panicstate *p)
{
  __atomic_store_n(&panicking, 1, __ATOMIC_SEQ_CST);
  __atomic_add_fetch(&panic_defers, -1, __ATOMIC_SEQ_CST);
  mg_print_lock();
  print_panics(p);
  for (mg_panicstate *q = p; q != NULL; q = q->link)
    if (q->signaled) {
      print_signal(q->sigcode, q->sigaddr, q->sigpc);
      break;
    }
  mg_print_nl();
  mg_print_unlock();
  mg_traceback_current();
  mg_exit(2);
}

/* ---- panic and recover */

/* True when frame `to` is `from` or an older frame of the chain. */
static bool frame_at_or_below(mg_deferframe *from, mg_deferframe *to)
{
  for (; from != NULL; from = from->link)
    if (from == to)
      return true;
  return false;
}

/* Runs the deferred calls for panic p (value v); see the file comment. */
_Noreturn static void start_panic(mg_iface v, mg_panicstate *p)
{
  G *g = mg_getg();
  if (g->panicking == NULL)
    __atomic_add_fetch(&panic_defers, 1, __ATOMIC_SEQ_CST);
  p->value = v;
  p->link = g->panicking;
  if (p->link != NULL && p->link->recovered && same_value(p->link->value, v))
    p->link->repanicked = true;
  for (mg_panicstate *q = p->link; q != NULL; q = q->link)
    q->aborted = true;
  g->panicking = p;
  mg_deferframe *f;
  while ((f = g->deferframes) != NULL) {
    mg_defer *d = f->defers;
    if (d == NULL) {
      g->deferframes = f->link;
      continue;
    }
    f->defers = d->link;
    p->frame = f;
    p->callee = d->callee;
    d->fn(d->args);
    if (p->recovered) {
      /* Unwinding to f also ends the panics whose deferred call it unwinds. */
      mg_panicstate *q = p->link;
      while (q != NULL && q->aborted && frame_at_or_below(q->frame, f))
        q = q->link;
      g->panicking = q;
      if (q == NULL)
        __atomic_add_fetch(&panic_defers, -1, __ATOMIC_SEQ_CST);
      g->deferframes = f;
      mg_race_unwind(f->racedepth);
      longjmp(f->jb, 1);
    }
  }
  fatal_panic(p);
}

/* Go's runtime.main before exit(0): a deferred call of a panicking
 * goroutine (wg.Done) may have let main return; the panic is printed and
 * the program exits 2 all the same. */
void mg_panic_wait_others(void)
{
  for (int i = 0; i < 1000 && __atomic_load_n(&panic_defers, __ATOMIC_SEQ_CST) > 0; i++)
    mg_gosched();
  if (__atomic_load_n(&panicking, __ATOMIC_SEQ_CST))
    mg_gopark(NULL, NULL, WAIT_PANICWAIT);
}

_Noreturn void mg_panic(mg_iface v)
{
  if (v.type == NULL)
    v = rterror(&type_nilError, "", "panic called with nil argument");
  start_panic(v, mg_alloc(sizeof(mg_panicstate)));
}

mg_iface mg_recover(void *self)
{
  mg_panicstate *p = mg_getg()->panicking;
  if (p == NULL || p->recovered || p->callee != self)
    return (mg_iface){NULL, NULL};
  p->recovered = true;
  return p->value;
}

_Noreturn void mg_panic_cstring(const char *msg)
{
  size_t n = strlen(msg);
  uint8_t *buf = mg_alloc_atomic((int64_t)n + 1);
  memcpy(buf, msg, n);
  static const mg_type string_type = {
    .kind = MG_STRING, .size = sizeof(mg_string), .align = 8, .name = "string",
    .comparable = true,
  };
  mg_string *s = mg_alloc(sizeof *s);
  *s = (mg_string){buf, (int64_t)n};
  mg_panic((mg_iface){&string_type, s});
}

static mg_iface runtime_error(const char *msg)
{
  return rterror(&type_errorString, "runtime error: ", msg);
}

_Noreturn void mg_panic_runtime_error(const char *msg)
{
  mg_panic(runtime_error(msg));
}

_Noreturn void mg_panic_plain(const char *msg)
{
  mg_panic(rterror(&type_plainError, "", msg));
}

_Noreturn void mg_panic_typeassert_error(const char *msg)
{
  mg_panic(rterror(&type_assertError, "", msg));
}

_Noreturn void mg_panic_divide(void) { mg_panic_runtime_error("integer divide by zero"); }
_Noreturn void mg_panic_shift(void) { mg_panic_runtime_error("negative shift amount"); }

static const char nilderef_msg[] = "invalid memory address or nil pointer dereference";

_Noreturn void mg_panic_nilderef(void) { mg_panic_runtime_error(nilderef_msg); }

/* Go's boundsErrorFmt and boundsNegErrorFmt, %x then %y. */
static const char *const bounds_fmt[] = {
  "index out of range [%lld] with length %lld",
  "slice bounds out of range [:%lld] with length %lld",
  "slice bounds out of range [:%lld] with capacity %lld",
  "slice bounds out of range [%lld:%lld]",
  "slice bounds out of range [::%lld] with length %lld",
  "slice bounds out of range [::%lld] with capacity %lld",
  "slice bounds out of range [:%lld:%lld]",
  "slice bounds out of range [%lld:%lld:]",
  "cannot convert slice with length %lld to array or pointer to array with length %lld",
};
static const char *const bounds_negfmt[] = {
  "index out of range [%lld]",
  "slice bounds out of range [:%lld]",
  "slice bounds out of range [:%lld]",
  "slice bounds out of range [%lld:]",
  "slice bounds out of range [::%lld]",
  "slice bounds out of range [::%lld]",
  "slice bounds out of range [:%lld:]",
  "slice bounds out of range [%lld::]",
  "cannot convert slice with length %lld to array or pointer to array with length %lld",
};

_Noreturn void mg_panic_bounds(int code, int64_t x, int64_t y)
{
  char msg[160];
  const char *fmt = x < 0 ? bounds_negfmt[code] : bounds_fmt[code];
  snprintf(msg, sizeof msg, fmt, (long long)x, (long long)y);
  mg_panic(rterror(&type_boundsError, "runtime error: ", msg));
}

_Noreturn void mg_panic_index(int64_t i, int64_t len)
{
  mg_panic_bounds(MG_BOUNDS_INDEX, i, len);
}

/* ---- SIGSEGV: a nil dereference becomes a recoverable panic. The fault
 * is synchronous, so the handler panics on the faulting goroutine's stack.
 * A recovery longjmps out of the handler, so the handler first restores
 * the interrupted code's signal mask (ThreadSanitizer's wrapper blocks
 * every signal, not just this one). */

static void segv_handler(int sig, siginfo_t *info, void *uctx)
{
  ucontext_t *uc = uctx;
  void *pc = NULL;
#if defined(__x86_64__)
  pc = (void *)uc->uc_mcontext.gregs[REG_RIP];
#elif defined(__aarch64__)
  pc = (void *)uc->uc_mcontext.pc;
#endif
  if ((uintptr_t)info->si_addr < 4096 && mg_getg() != NULL) {
    pthread_sigmask(SIG_SETMASK, &uc->uc_sigmask, NULL);
    mg_panicstate *p = mg_alloc(sizeof *p);
    p->signaled = true;
    p->sigcode = info->si_code;
    p->sigaddr = info->si_addr;
    p->sigpc = pc;
    start_panic(runtime_error(nilderef_msg), p);
  }
  mg_print_cstr("unexpected fault address ");
  mg_print_pointer(info->si_addr);
  mg_print_cstr("\nfatal error: fault\n");
  print_signal(info->si_code, info->si_addr, pc);
  mg_print_nl();
  mg_traceback_current();
  mg_exit(2);
}

void mg_panic_init(void)
{
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = segv_handler;
  sa.sa_flags = SA_SIGINFO;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);
}
