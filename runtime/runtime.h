/*
 * runtime.h - the runtime's internal interface: G (goroutine), M (OS
 * thread), P (processor), parking, timers, locks. For runtime/ and the C
 * parts of stdlib/. Generated code uses minigo.h / mg_sched.h instead.
 */
#ifndef MG_RUNTIME_H
#define MG_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "mg_sched.h"

typedef struct G G;
typedef struct M M;
typedef struct P P;
struct mg_deferframe;
struct mg_panicstate;

/* ---- locks: a futex mutex for runtime internals (short critical sections;
 * never hold one across a park except through gopark's unlockf). */
typedef struct mg_lock {
  uint32_t key;  /* 0 unlocked, 1 locked, 2 locked with waiters */
} mg_lock;
void mg_lock_acquire(mg_lock *l);
void mg_lock_release(mg_lock *l);

/* one spin-wait step: tells the CPU that this thread is spinning (Go's procyield) */
static inline void mg_procyield(void)
{
#if defined(__x86_64__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  __asm__ volatile("yield");
#endif
}

/* A one-shot wakeup for an M (Go's note): sleep until woken or timeout. */
typedef struct mg_note {
  uint32_t key;
} mg_note;
void mg_note_clear(mg_note *n);
void mg_note_wakeup(mg_note *n);
void mg_note_sleep(mg_note *n);
bool mg_note_tsleep(mg_note *n, int64_t ns);  /* false on timeout */

/* ---- wait reasons, printed as modern Go prints them */
typedef enum mg_waitreason {
  WAIT_NONE, WAIT_CHAN_SEND, WAIT_CHAN_RECV, WAIT_SELECT, WAIT_SELECT_NOCASES,
  WAIT_CHAN_SEND_NIL, WAIT_CHAN_RECV_NIL, WAIT_SLEEP, WAIT_WAITGROUP,
  WAIT_MUTEX, WAIT_RWMUTEX_R, WAIT_RWMUTEX_W, WAIT_COND, WAIT_SEMACQUIRE,
  WAIT_SYNC_ONCE, WAIT_IO, WAIT_PANICWAIT, WAIT_COUNT,
} mg_waitreason;
const char *mg_waitreason_string(mg_waitreason r);

/* ---- goroutines */
typedef enum mg_gstatus {
  G_IDLE,      /* on the free list */
  G_RUNNABLE,  /* in a run queue */
  G_RUNNING,   /* on an M with a P */
  G_SYSCALL,   /* on an M in a blocking system call, no P */
  G_WAITING,   /* parked */
  G_DEAD,      /* exited, stack still attached */
} mg_gstatus;

/* Saved context of a switched-out G: its sp; the callee-saved registers
 * and the resume address are on its stack (asm_*.S). */
typedef struct mg_gobuf {
  uintptr_t sp;
} mg_gobuf;

struct G {
  mg_gobuf sched;            /* must stay first: asm_*.S relies on it */
  uintptr_t stack_lo, stack_hi;  /* the stack slot [lo, hi) */
  uintptr_t stackguard;      /* effective guard: max(limit, deepest sp - shrink mark) */
  uintptr_t stacklimit;      /* real limit: overflow below it */
  int64_t goid;
  int32_t status;            /* mg_gstatus, atomic */
  uint32_t preempt;          /* sysmon asked it to yield; atomic */
  mg_waitreason waitreason;
  void *waitinfo;            /* what it waits on (channel, mutex...), for reports */
  struct mg_deferframe *deferframes;  /* panic.c */
  struct mg_panicstate *panicking;    /* panic.c */
  void *param;               /* passed by the waker (chan.c, select.c) */
  uint32_t selectdone;       /* select.c */
  void *racectx;             /* race.c: the TSan fiber */
  int32_t racedepth;         /* race.c: depth of its shadow call stack */
  void (*entry)(void *arg);
  void *arg;
  const char *fname;         /* Go name of the started function */
  const char *created_at;    /* "file:line" of the go statement */
  void *gopc;                /* return address in the creator */
  int64_t parentgoid;
  M *m;                      /* while running */
  G *schedlink;              /* run queue / free list link */
  G *alllink;                /* allgs, never unlinked */
  struct mg_timer *sleeptimer;
  bool stackdirty;           /* free G whose stack pages were not given back */
  void **tracebuf;           /* traceback request (deadlock report) */
  int tracen;
};

/* ---- scheduler internals (proc.c, sysmon.c, stack.c, gcglue.c, time.c) */
#define MG_MAXPROCS 256
#define MG_RUNQSIZE 256

typedef enum mg_pstatus { P_IDLE, P_RUNNING, P_SYSCALL, P_RETIRED } mg_pstatus;

struct P {
  int32_t id;
  int32_t status;            /* mg_pstatus, atomic */
  M *m;                      /* owner while running */
  P *link;                   /* idle list */
  uint32_t runqhead, runqtail;  /* lock-free ring (Go's runq) */
  G *runq[MG_RUNQSIZE];
  G *runnext;
  uint32_t schedtick, syscalltick;
  /* what sysmon saw last, to measure how long a G ran or a call blocked */
  uint32_t sysmon_schedtick, sysmon_syscalltick;
  int64_t sysmon_when;
};

struct M {
  int64_t id;
  mg_gobuf g0sched;          /* the scheduler stack (the thread's own) */
  uintptr_t g0hi;
  G *curg;                   /* user G running on it, NULL on g0 */
  P *p, *nextp;
  P *oldp;                   /* the P it had before a system call */
  bool spinning;             /* looking for work */
  mg_note park;
  M *schedlink, *alllink;
  void *gchandle;            /* GC_get_my_stackbottom */
  int32_t gcswitching;       /* in mg_gc_switch; atomic (gcglue.c) */
  int op;                    /* request from the G that switched to g0 */
  bool (*waitunlockf)(G *, void *);
  void *waitarg;
};

extern struct mg_sched {
  mg_lock lock;
  M *midle;
  int32_t nmidle;
  P *pidle;
  int32_t npidle;            /* atomic */
  int32_t nmspinning;        /* atomic */
  int32_t nsyscall;          /* Gs in a system call; atomic */
  G *runqhead, *runqtail;    /* global run queue */
  int32_t runqsize;
  int32_t gomaxprocs;
  int32_t nprocs;            /* Ps allocated so far */
  P *allp[MG_MAXPROCS];
  M *allm;                   /* atomic push */
  G *allgs;                  /* atomic push */
} mg_sched;

extern int mg_argc;                   /* os.Args */
extern char **mg_argv;

M *mg_getm(void);
void mg_wakep(void);                  /* start an M if a P idles and none spins */
void mg_retake(int64_t now);          /* sysmon: preempt and hand off Ps */
bool mg_sched_idle(void);             /* no P running, no system call */
bool mg_sched_syscalls(void);         /* some G is in a system call */
bool mg_gfree_scavenge(void);         /* sysmon: release stacks of old free Gs */
void mg_sysmon_start(void);
void mg_sysmon_wake(int64_t when);    /* sysmon must look again by `when` */
void mg_sysmon_kick(void);            /* work started: end sysmon's idle sleep */
void *mg_alloc_uncollectable(size_t n);  /* scanned, never freed (G structs) */

/* stacks */
void mg_stack_init(void);
void mg_stackalloc(G *gp);            /* gives gp a slot */
void mg_stack_reset(G *gp, void (*start)(G *));  /* fresh frame: start(gp) on first switch */
void mg_stack_shrink(G *gp);          /* gp switched out: give back pages below its sp */
bool mg_stack_deep(G *gp, uintptr_t sp);  /* went far below sp since it last shrank */
void mg_stack_setlimit(G *gp);        /* stacklimit/stackguard from the max stack */
void mg_stack_release(G *gp);         /* free slot: give back its pages */

/* GC glue */
void mg_gc_init(void);
void mg_gc_register_m(M *m);          /* on the M's own thread */
/* Saves the current context in *save and resumes the one at to_sp whose
 * stack top is to_hi, never while a collection stops the world. */
void mg_gc_switch(uintptr_t *save, uintptr_t to_sp, uintptr_t to_hi);
void mg_gc_switch_done(void);         /* first code of a new G */
int mg_create_thread(void *(*fn)(void *), void *arg);
/* runtime.ReadMemStats: libgc's figures and the collections so far */
typedef struct mg_gcstats {
  uint64_t heap, free, unmapped;         /* bytes of the heap */
  uint64_t total, alloc;                 /* allocated so far; of that, not yet freed */
  uint32_t numgc, forced;
  uint64_t pause_ns, last_ns;            /* stop-the-world total; end of the last, Unix ns */
} mg_gcstats;
mg_gcstats mg_gc_stats(void);

/* asm_*.S */
void mg_gogo(uintptr_t *save, uintptr_t to_sp);
void mg_gostart(void);

/* timers */
void mg_timers_run(int64_t now);      /* fires due timers; needs a P */
int64_t mg_timers_next(void);         /* earliest deadline, INT64_MAX if none */

/* The running G (NULL on an M's scheduler stack). */
G *mg_getg(void);

/* Parks the current G with the given reason; after the switch,
 * unlockf(gp, arg) runs on the scheduler side; if it returns false the G
 * is resumed at once (Go's gopark). unlockf may be NULL. */
void mg_gopark(bool (*unlockf)(G *gp, void *arg), void *arg, mg_waitreason reason);
/* Makes gp runnable, in the current P's runnext. */
void mg_goready(G *gp);
/* Yields the processor; the G goes to the global run queue. */
void mg_gosched(void);
/* Around blocking system calls: the P may be handed off to another M.
 * Off a goroutine (C unit tests, scheduler code) both do nothing. */
void mg_entersyscall(void);
void mg_exitsyscall(void);
/* Runtime.Goexit's last step: ends the current G (defers already run). */
_Noreturn void mg_goexit(void);

/* Number of live goroutines (runtime.NumGoroutine). */
int64_t mg_numgoroutine(void);
/* Sets GOMAXPROCS when n > 0; returns the previous value. Called from a
 * goroutine, returns once no P above n runs one (as Go's stop-the-world). */
int mg_gomaxprocs(int n);
int mg_ncpu(void);
void mg_gc(void);   /* runtime.GC */

/* ---- time (runtime/time.c) */
int64_t mg_nanotime(void);   /* monotonic */
int64_t mg_walltime(void);   /* ns since 1970 */
typedef struct mg_timer mg_timer;
/* One-shot timers; f runs on the scheduler, with a P, and must not block
 * (it may call mg_goready). */
mg_timer *mg_timer_new(void (*f)(void *arg), void *arg);
void mg_timer_reset(mg_timer *t, int64_t when_ns);  /* absolute mg_nanotime() deadline */
bool mg_timer_stop(mg_timer *t);  /* true if it was pending */
void mg_sleep(int64_t ns);        /* time.Sleep: park with WAIT_SLEEP */

/* ---- stacks (runtime/stack.c) */
int64_t mg_setmaxstack(int64_t bytes);  /* debug.SetMaxStack; returns the old value */

/* ---- tracebacks (runtime/traceback.c), for fatal paths only */
#define MG_MAXTRACE 100               /* frames per goroutine, as Go */
void mg_traceback_init(void);
void mg_traceback_current(void);      /* "goroutine N [running]:" + frames */
/* Prints "goroutine N [state]:", frames and creator for each gs[i] from
 * its pcs (backtrace() return addresses), blank lines between. */
void mg_traceback_printall(int count, G **gs, const char **states, void ***pcs, int *ns);
/* where[i]: "file:line" (malloc'ed) of the innermost main-package frame
 * of pcs[i], or NULL; one addr2line run for all lists. */
void mg_traceback_where(int count, void ***pcs, int *ns, char **where);
/* Frames of a race report: "  main.f()" / "      file.mg:12 +0x1d";
 * returns how many were printed (runtime frames are hidden). */
int mg_traceback_race(void **pcs, int n);
/* Serializes fatal output; the second thread to call it blocks forever. */
void mg_fatal_lock(void);
/* Flushes stdio and ends the process at once (main returning, os.Exit,
 * fatal errors): other goroutines are not waited for. */
_Noreturn void mg_exit(int status);
/* main returned: waits while another goroutine panics (panic.c) */
void mg_panic_wait_others(void);

#endif
