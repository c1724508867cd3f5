/*
 * mg_sched.h - what the generated code calls to start the program, start
 * goroutines and check for stack overflow and preemption
 * (runtime/proc.c, runtime/stack.c, runtime/traceback.c).
 */
#ifndef MG_SCHED_H
#define MG_SCHED_H

#include <stdint.h>

/* Starts the scheduler, runs init then mainfn on goroutine 1 (on a
 * goroutine stack) and exits 0 when mainfn returns, without waiting for
 * other goroutines. Never returns. */
_Noreturn int mg_main(int argc, char **argv, void (*init)(void), void (*mainfn)(void));

/* The go statement. entry(arg) runs on a new goroutine; arg is usually a
 * heap block holding the closure and the evaluated arguments. fname is the
 * Go name of the started function ("main.worker", "main.main.func1") and
 * created_at the go statement's site ("/abs/path/file.mg:12"); both must be
 * string literals (they are kept, not copied). The traceback prints
 * "created by <caller> in goroutine N" from the return address and falls
 * back to created_at when it cannot symbolize it. */
void mg_go(void (*entry)(void *arg), void *arg, const char *fname, const char *created_at);

/* "fatal error: msg", the current goroutine's trace, exit status 2. */
_Noreturn void mg_throw(const char *msg);

int64_t mg_goid(void);

/* ---- prologue and back-edge checks, inlined into every function/loop.
 * mg_stackguard is the running goroutine's lowest allowed sp (per thread);
 * mg_preempt_pending is non-zero while sysmon asks some goroutine to
 * yield. Both slow paths are in runtime/stack.c. */
extern __thread uintptr_t mg_stackguard;
extern int32_t mg_preempt_pending;
void mg_morestack(void);
void mg_preempt_check(void);

#if defined(__x86_64__)
#define MG_SP() ({ uintptr_t mg_sp_; __asm__ volatile("mov %%rsp, %0" : "=r"(mg_sp_)); mg_sp_; })
#elif defined(__aarch64__)
#define MG_SP() ({ uintptr_t mg_sp_; __asm__ volatile("mov %0, sp" : "=r"(mg_sp_)); mg_sp_; })
#else
#error "minigo: unsupported architecture"
#endif

/* -race: TSan counts a thread's TLS as written by the thread when it
 * starts, and the goroutines that later run on it are not ordered after
 * that; so the generated code reads the guard where TSan does not look. */
#if defined(MG_RACE) && defined(__x86_64__)
#define MG_STACKGUARD() ({ uintptr_t mg_g_; \
    __asm__ volatile("movq %%fs:mg_stackguard@tpoff, %0" : "=r"(mg_g_)); mg_g_; })
#elif defined(MG_RACE)
uintptr_t mg_stackguard_get(void);
#define MG_STACKGUARD() mg_stackguard_get()
#else
#define MG_STACKGUARD() mg_stackguard
#endif

#define MG_PROLOGUE() do { \
    if (__builtin_expect(MG_SP() < MG_STACKGUARD() || \
                         __atomic_load_n(&mg_preempt_pending, __ATOMIC_RELAXED), 0)) \
      mg_morestack(); \
  } while (0)

#define MG_BACKEDGE() do { \
    if (__builtin_expect(__atomic_load_n(&mg_preempt_pending, __ATOMIC_RELAXED), 0)) \
      mg_preempt_check(); \
  } while (0)

/* Optional, defined by the generated code: NULL-terminated list of the C
 * names of pointer-receiver methods ("main__T__M"), so that tracebacks
 * print main.(*T).M as Go does. */
extern const char *const mg_traceback_ptrmethods[] __attribute__((weak));

#endif
