/*
 * mg_panic.h - defer, panic, recover, the runtime-error panics and the
 * print/println builtins (runtime/panic.c, runtime/print.c).
 *
 * A function that defers calls owns an mg_deferframe on its C stack:
 *
 *   mg_deferframe df;
 *   mg_defer_enter(&df);
 *   if (setjmp(df.jb)) goto exit;    // a deferred call recovered a panic
 *   ... mg_defer_push(&df, thunk, args, callee); ...
 *   exit: mg_defer_return(&df);      // runs the remaining defers, LIFO
 *
 * The frames of a goroutine form a chain in its G. A panic runs the
 * deferred calls of every frame, newest first; when one of them recovers,
 * the panic longjmps to the frame that deferred it, which then returns
 * normally. Variables that must survive the longjmp live on the heap.
 */
#ifndef MG_PANIC_H
#define MG_PANIC_H

#include <setjmp.h>

typedef struct mg_defer {
  struct mg_defer *link;
  void (*fn)(void *args);
  void *args;           /* heap struct holding the evaluated arguments */
  void *callee;         /* the deferred function's C code, for recover() */
} mg_defer;

typedef struct mg_deferframe {
  struct mg_deferframe *link;
  mg_defer *defers;     /* newest first */
  int32_t racedepth;    /* -race: the G's shadow call depth here (race.c) */
  jmp_buf jb;
} mg_deferframe;

typedef struct mg_panicstate {
  struct mg_panicstate *link;   /* the panic this one interrupted */
  mg_iface value;
  mg_deferframe *frame;         /* frame whose deferred call is running */
  void *callee;                 /* that deferred call's function */
  bool recovered;
  bool repanicked;              /* recovered, then panicked again with its value */
  bool aborted;                 /* a newer panic started in its defer */
  bool signaled;                /* raised by a fault: */
  int sigcode;                  /*   its si_code, address and pc */
  void *sigaddr, *sigpc;
} mg_panicstate;

/* Installs the SIGSEGV handler that turns nil dereferences into panics;
 * the generated main calls it first. */
void mg_panic_init(void);

void mg_defer_enter(mg_deferframe *f);
void mg_defer_push(mg_deferframe *f, void (*fn)(void *), void *args, void *callee);
void mg_defer_return(mg_deferframe *f);
/* Runs every pending deferred call of the goroutine (runtime.Goexit). */
void mg_defer_runall(void);

_Noreturn void mg_panic(mg_iface v);
/* panic with a Go string value, as the stdlib's panic("sync: ...") */
_Noreturn void mg_panic_cstring(const char *msg);
/* recover() inside the function whose C code is self. */
mg_iface mg_recover(void *self);

/* runtime.Error panics: "runtime error: " + msg */
_Noreturn void mg_panic_runtime_error(const char *msg);
/* *runtime.TypeAssertionError: msg is "interface conversion: ..." */
_Noreturn void mg_panic_typeassert_error(const char *msg);
/* runtime.Error panics without the prefix ("assignment to entry in nil map",
 * "close of closed channel") */
_Noreturn void mg_panic_plain(const char *msg);
_Noreturn void mg_panic_divide(void);
_Noreturn void mg_panic_shift(void);
_Noreturn void mg_panic_nilderef(void);

/* Bounds failures with Go's texts; the codes are Go's boundsErrorCode. */
enum {
  MG_BOUNDS_INDEX, MG_BOUNDS_SLICE_ALEN, MG_BOUNDS_SLICE_ACAP,
  MG_BOUNDS_SLICE_B, MG_BOUNDS_SLICE3_ALEN, MG_BOUNDS_SLICE3_ACAP,
  MG_BOUNDS_SLICE3_B, MG_BOUNDS_SLICE3_C, MG_BOUNDS_CONVERT,
};
_Noreturn void mg_panic_bounds(int code, int64_t x, int64_t y);
_Noreturn void mg_panic_index(int64_t i, int64_t len);

/* ---- the print and println builtins (to stderr, Go's formats) */
void mg_print_lock(void);
void mg_print_unlock(void);
void mg_print_bool(bool v);
void mg_print_int(int64_t v);
void mg_print_uint(uint64_t v);
void mg_print_float(double v);
void mg_print_string(mg_string s);
void mg_print_pointer(const void *p);
void mg_print_slice(mg_slice s);
void mg_print_iface(mg_iface v);
void mg_print_space(void);
void mg_print_nl(void);
void mg_print_cstr(const char *s);

#endif
