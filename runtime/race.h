/*
 * race.h - the data race detector's hooks (runtime/race.c). The engine is
 * ThreadSanitizer: the generated code is compiled with -fsanitize=thread,
 * the runtime is not instrumented and tells TSan about goroutines (as
 * fibers), the happens-before edges of the Go memory model, mutexes (for
 * lock-order inversions) and GC allocations. In the normal build
 * (no MG_RACE) every hook is an empty inline function.
 */
#ifndef MG_RACE_H
#define MG_RACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct G G;

#ifdef MG_RACE
void mg_race_init(void);            /* once, on the main thread, first */
void mg_race_mstart(void);          /* on every M: remember its own fiber */
void mg_race_greuse(G *gp);         /* a dead G's stack slot is about to be reused */
void mg_race_gcreate(G *gp);        /* creator side of `go`: fiber + edge */
void mg_race_gstart(G *gp);         /* first thing on the new goroutine */
void mg_race_gexit(G *gp);          /* on g0, after the goroutine ended */
void mg_race_to_g(G *gp);           /* g0 -> gp, just before the switch */
void mg_race_to_g0(void);           /* current G -> g0, just before the switch */
void mg_race_acquire(void *addr);   /* happens-after the releases on addr */
void mg_race_release(void *addr);   /* happens-before later acquires on addr */
void mg_race_release_merge(void *addr);
void mg_race_mutex_lock(void *addr, bool read);
void mg_race_mutex_unlock(void *addr, bool read);
void mg_race_alloc(void *p, size_t n);  /* fresh GC memory: forget old accesses */
/* An access by the goroutine, at callerpc, to memory the runtime manages
 * uninstrumented (a map operation reads or writes the map, as in Go). */
void mg_race_read(const void *addr, void *callerpc);
void mg_race_write(const void *addr, void *callerpc);
/* The goroutine reads or writes n bytes in a runtime call bracketed by
 * MG_RACE_ENTER (fmt following a pointer, sort swapping elements: Go's
 * code for these is instrumented). */
void mg_race_read_range(const void *addr, size_t n);
void mg_race_write_range(void *addr, size_t n);
/* Brackets the runtime's own calls into libgc and libc's locks: TSan
 * intercepts their locks and memset/memcpy, which must become neither the
 * program's edges nor its accesses (libgc writes its per-thread free
 * lists under whichever goroutine is running). */
void mg_race_ignore_begin(void);
void mg_race_ignore_end(void);
/* Runtime entry points called by generated code bracket themselves with
 * these, so that TSan's stacks show the .mg line of the call. */
void mg_race_enter(void *callerpc);
void mg_race_leave(void);
/* The shadow call depth of the running goroutine, saved by a frame that
 * defers and restored when a recovery longjmps back to it. */
int32_t mg_race_depth(void);
void mg_race_unwind(int32_t depth);
/* At exit: prints "Found N data race(s)" and returns 66 when there were any. */
int mg_race_fini(int status);
/* Where the next goroutine stack region of len bytes should go, or 0. */
uintptr_t mg_race_stack_hint(uintptr_t len);
/* A fatal error is being reported: no race reports from here on. */
void mg_race_fatal(void);
#else
static inline void mg_race_init(void) {}
static inline void mg_race_mstart(void) {}
static inline void mg_race_greuse(G *gp) { (void)gp; }
static inline void mg_race_gcreate(G *gp) { (void)gp; }
static inline void mg_race_gstart(G *gp) { (void)gp; }
static inline void mg_race_gexit(G *gp) { (void)gp; }
static inline void mg_race_to_g(G *gp) { (void)gp; }
static inline void mg_race_to_g0(void) {}
static inline void mg_race_acquire(void *addr) { (void)addr; }
static inline void mg_race_release(void *addr) { (void)addr; }
static inline void mg_race_release_merge(void *addr) { (void)addr; }
static inline void mg_race_mutex_lock(void *addr, bool read) { (void)addr; (void)read; }
static inline void mg_race_mutex_unlock(void *addr, bool read) { (void)addr; (void)read; }
static inline void mg_race_alloc(void *p, size_t n) { (void)p; (void)n; }
static inline void mg_race_read(const void *addr, void *callerpc) { (void)addr; (void)callerpc; }
static inline void mg_race_write(const void *addr, void *callerpc) { (void)addr; (void)callerpc; }
static inline void mg_race_read_range(const void *addr, size_t n) { (void)addr; (void)n; }
static inline void mg_race_write_range(void *addr, size_t n) { (void)addr; (void)n; }
static inline void mg_race_ignore_begin(void) {}
static inline void mg_race_ignore_end(void) {}
static inline void mg_race_enter(void *callerpc) { (void)callerpc; }
static inline void mg_race_leave(void) {}
static inline int32_t mg_race_depth(void) { return 0; }
static inline void mg_race_unwind(int32_t depth) { (void)depth; }
static inline int mg_race_fini(int status) { return status; }
static inline uintptr_t mg_race_stack_hint(uintptr_t len) { (void)len; return 0; }
static inline void mg_race_fatal(void) {}
#endif

#define MG_RACE_ENTER() mg_race_enter(__builtin_return_address(0))
#define MG_RACE_LEAVE() mg_race_leave()

#endif
