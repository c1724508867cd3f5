/*
 * race.c - `minigo run -race`: ThreadSanitizer underneath, Go's reports on
 * top. Built only into lib/libmgrt_race.a (-DMG_RACE).
 *
 * Goroutines are TSan fibers, switched with the no_sync flag so that the
 * scheduler's own locks create no happens-before edges; the edges of the Go
 * memory model are announced explicitly (go statement, channels, sync,
 * atomics). Every GC object is a TSan "Java object", so that one the
 * collector reuses starts with no access history. TSan's report
 * printer is replaced (its weak __tsan::OnReport) by one that prints Go's
 * format with .mg lines and goroutine numbers.
 */
#ifdef MG_RACE
#include <dlfcn.h>
#include <execinfo.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "race.h"
#include "runtime.h"

/* ---- ThreadSanitizer's interface (libtsan, linked by -fsanitize=thread) */
void *__tsan_get_current_fiber(void);
void *__tsan_create_fiber(unsigned flags);
void __tsan_destroy_fiber(void *fiber);
void __tsan_switch_to_fiber(void *fiber, unsigned flags);
void __tsan_set_fiber_name(void *fiber, const char *name);
void __tsan_acquire(void *addr);
void __tsan_read8(void *addr);
void __tsan_read_range(void *addr, unsigned long size);
void __tsan_write_range(void *addr, unsigned long size);
void __tsan_write8(void *addr);
void __tsan_release(void *addr);
void __tsan_func_entry(void *pc);
void __tsan_func_exit(void);
void __tsan_mutex_create(void *addr, unsigned flags);
void __tsan_mutex_pre_lock(void *addr, unsigned flags);
void __tsan_mutex_post_lock(void *addr, unsigned flags, int recursion);
int __tsan_mutex_pre_unlock(void *addr, unsigned flags);
void __tsan_mutex_post_unlock(void *addr, unsigned flags);
void __tsan_java_init(unsigned long heap_begin, unsigned long heap_size);
void __tsan_java_alloc(unsigned long ptr, unsigned long size);
void __tsan_java_free(unsigned long ptr, unsigned long size);
int __tsan_get_report_data(void *report, const char **description, int *count,
                           int *stack_count, int *mop_count, int *loc_count,
                           int *mutex_count, int *thread_count, int *unique_tid_count,
                           void **sleep_trace, unsigned long trace_size);
int __tsan_get_report_mop(void *report, unsigned long idx, int *tid, void **addr,
                          int *size, int *write, int *atomic, void **trace,
                          unsigned long trace_size);
int __tsan_get_report_thread(void *report, unsigned long idx, int *tid,
                             unsigned long *os_id, int *running, const char **name,
                             int *parent_tid, void **trace, unsigned long trace_size);
int __tsan_get_report_stack(void *report, unsigned long idx, void **trace,
                            unsigned long trace_size);
int __tsan_get_report_unique_tid(void *report, unsigned long idx, int *tid);
void AnnotateIgnoreSyncBegin(const char *file, int line);
void AnnotateIgnoreSyncEnd(const char *file, int line);
void __tsan_ignore_thread_begin(void);
void __tsan_ignore_thread_end(void);

#define SWITCH_NO_SYNC 1u
#define MUTEX_READ_LOCK 8u  /* __tsan_mutex_read_lock */
#define TRACE 64

/* Every GC object and the used top of every goroutine stack is a TSan
 * "Java object", so that a fresh one starts without access history.
 * Goroutine stacks are kept compact at the bottom of TSan's high
 * application range on x86-64 (mg_race_stack_hint), and only they are
 * declared TSan's "Java heap": TSan describes a reported address there by
 * scanning down to the object that holds it, which is short for a stack
 * and would take minutes from a thread's TLS or stack up in the mmap
 * area, where libgc's heap is. Stack regions up to 512 GiB fit: about
 * 7,900 live goroutines (Go's own -race has a limit of 8,128). */
#define STACKS_LO 0x7e8000000000UL
#define STACKS_HI 0x7f0000000000UL

static __thread void *m_fiber;      /* the M's own (g0) fiber */
static int races;                   /* reports printed */
static int exitcode = 66;           /* GORACE=exitcode=N */
static bool halt_on_error;          /* GORACE=halt_on_error=1 */
static mg_lock report_lock;
static bool fatal;                  /* a fatal error is being reported */

/* TSan's defaults for every -race program: both stacks of a lock-order
 * inversion, no complaint about the GC's signal handlers, and no second's
 * sleep at exit (a returning main ends the program at once, as in Go). */
const char *__tsan_default_options(void)
{
  return "second_deadlock_stack=1 detect_deadlocks=1 report_signal_unsafe=0 "
         "history_size=3 io_sync=0 atexit_sleep_ms=0";
}

static void parse_gorace(void)
{
  const char *s = getenv("GORACE");
  for (; s && *s; s += strspn(s, " ")) {
    if (strncmp(s, "exitcode=", 9) == 0)
      exitcode = atoi(s + 9);
    else if (strncmp(s, "halt_on_error=", 14) == 0)
      halt_on_error = atoi(s + 14) != 0;
    s += strcspn(s, " ");
  }
}

/* ---- deep recursion. TSan's shadow call stack holds 65,536 frames per
 * fiber and faults past them, where Go's grows. The generated code's
 * function entries and exits come here first: frames deeper than
 * MAXSHADOW stay out of the shadow stack. Their accesses are checked all
 * the same; a report on one shows its outer frames. */
#define MAXSHADOW 60000
static void (*tsan_func_entry)(void *pc);
static void (*tsan_func_exit)(void);

/* C's main enters before the runtime starts: resolved on first use. */
static void resolve_func_hooks(void)
{
  tsan_func_entry = (void (*)(void *))dlsym(RTLD_NEXT, "__tsan_func_entry");
  tsan_func_exit = (void (*)(void))dlsym(RTLD_NEXT, "__tsan_func_exit");
  if (!tsan_func_entry || !tsan_func_exit) {
    fprintf(stderr, "race: ThreadSanitizer's __tsan_func_entry not found\n");
    _exit(66);
  }
}

void __tsan_func_entry(void *pc)
{
  G *gp = mg_getg();
  if (gp && gp->racedepth++ >= MAXSHADOW)
    return;
  if (__builtin_expect(!tsan_func_entry, 0))
    resolve_func_hooks();
  tsan_func_entry(pc);
}

void __tsan_func_exit(void)
{
  G *gp = mg_getg();
  if (gp && --gp->racedepth >= MAXSHADOW)
    return;
  tsan_func_exit();
}

int32_t mg_race_depth(void)
{
  G *gp = mg_getg();
  return gp ? gp->racedepth : 0;
}

/* TSan's longjmp unwinds its own shadow stack to the setjmp frame. */
void mg_race_unwind(int32_t depth) { mg_getg()->racedepth = depth; }

void mg_race_init(void)
{
  parse_gorace();
  __tsan_java_init(STACKS_LO, STACKS_HI - STACKS_LO);
  mg_race_mstart();
}

void mg_race_mstart(void) { m_fiber = __tsan_get_current_fiber(); }

/* A fiber costs TSan a cleared ThreadState of over 128 KiB, about 1 ms,
 * where Go's race runtime starts a goroutine in microseconds. The first
 * FRESH_FIBERS goroutines get fresh fibers, which end with them (reports
 * say "finished", as Go's). After that a G keeps its fiber for its next
 * goroutine, which TSan then sees as ordered after the previous one: a
 * race between those two is missed, and a report may name the earlier
 * goroutine's creation site. */
#define FRESH_FIBERS 2000
static int64_t fibers_made;

void mg_race_gcreate(G *gp)
{
  /* TSan has room for 8,128 threads, fibers included; Go's -race has the
   * same limit and the same message. */
  if (mg_numgoroutine() >= 8128 - 16) {
    fprintf(stderr, "race: limit on 8128 simultaneously alive goroutines is exceeded, dying\n");
    _exit(66);
  }
  gp->racedepth = 0;
  if (!gp->racectx) {
    gp->racectx = __tsan_create_fiber(0);
    __atomic_add_fetch(&fibers_made, 1, __ATOMIC_RELAXED);
  }
  char name[32];
  snprintf(name, sizeof name, "goroutine %" PRId64, gp->goid);
  __tsan_set_fiber_name(gp->racectx, name);
  __tsan_release(gp);
}

void mg_race_gstart(G *gp) { __tsan_acquire(gp); }

void mg_race_gexit(G *gp)
{
  if (__atomic_load_n(&fibers_made, __ATOMIC_RELAXED) < FRESH_FIBERS) {
    __tsan_destroy_fiber(gp->racectx);
    gp->racectx = NULL;
  }
}

/* A goroutine's stack starts as a fresh object: the previous goroutine's
 * accesses to the slot (down to its deepest stack guard) are forgotten --
 * without this they race with the new goroutine's, and an edge between the
 * two would hide real races. */
#define BELOW_GUARD ((uintptr_t)64 << 10)  /* room for uninstrumented C frames */

void mg_race_greuse(G *gp)
{
  uintptr_t lo = gp->stack_hi - 2 * BELOW_GUARD;
  if (gp->goid && gp->stackguard > gp->stack_lo + BELOW_GUARD && gp->stackguard - BELOW_GUARD < lo)
    lo = (gp->stackguard - BELOW_GUARD) & ~(uintptr_t)7;
  mg_race_alloc((void *)lo, gp->stack_hi - lo);
}

void mg_race_to_g(G *gp) { __tsan_switch_to_fiber(gp->racectx, SWITCH_NO_SYNC); }
void mg_race_to_g0(void) { __tsan_switch_to_fiber(m_fiber, SWITCH_NO_SYNC); }

void mg_race_acquire(void *addr) { __tsan_acquire(addr); }
void mg_race_release(void *addr) { __tsan_release(addr); }

/* TSan's release already merges with the earlier releases on addr. */
void mg_race_release_merge(void *addr) { __tsan_release(addr); }

void mg_race_mutex_lock(void *addr, bool read)
{
  unsigned flags = read ? MUTEX_READ_LOCK : 0;
  __tsan_mutex_pre_lock(addr, flags);
  __tsan_mutex_post_lock(addr, flags, 0);
}

void mg_race_mutex_unlock(void *addr, bool read)
{
  unsigned flags = read ? MUTEX_READ_LOCK : 0;
  __tsan_mutex_pre_unlock(addr, flags);
  __tsan_mutex_post_unlock(addr, flags);
}

void mg_race_alloc(void *p, size_t n)
{
  unsigned long a = (unsigned long)p, size = (n + 7) & ~7UL;
  if (!p || size == 0 || a % 8)
    return;
  __tsan_java_free(a, size);
  __tsan_java_alloc(a, size);
}

/* Around calls into libgc and libc's locks: their accesses and their
 * synchronisation are the runtime's, never edges of the program's. */
void mg_race_ignore_begin(void)
{
  AnnotateIgnoreSyncBegin(__FILE__, __LINE__);
  __tsan_ignore_thread_begin();
}

void mg_race_ignore_end(void)
{
  __tsan_ignore_thread_end();
  AnnotateIgnoreSyncEnd(__FILE__, __LINE__);
}

/* One access by the goroutine at callerpc, through TSan's op. */
static void access_at(void (*op)(void *), const void *addr, void *callerpc)
{
  __tsan_func_entry(callerpc);
  op((void *)addr);
  __tsan_func_exit();
}

void mg_race_read(const void *addr, void *callerpc) { access_at(__tsan_read8, addr, callerpc); }
void mg_race_write(const void *addr, void *callerpc) { access_at(__tsan_write8, addr, callerpc); }

void mg_race_read_range(const void *addr, size_t n)
{
  if (n > 0)
    __tsan_read_range((void *)addr, n);
}

void mg_race_write_range(void *addr, size_t n)
{
  if (n > 0)
    __tsan_write_range(addr, n);
}

uintptr_t mg_race_stack_hint(uintptr_t len)
{
  static uintptr_t next = STACKS_LO;
  uintptr_t at = __atomic_fetch_add(&next, len, __ATOMIC_RELAXED);
  return at + len <= STACKS_HI ? at : 0;
}

/* The runtime's fatal-error reporting (deadlock traces) touches goroutine
 * memory from the scheduler: those accesses are not the program's. */
void mg_race_fatal(void) { __atomic_store_n(&fatal, true, __ATOMIC_RELAXED); }

void mg_race_enter(void *callerpc) { __tsan_func_entry(callerpc); }
void mg_race_leave(void) { __tsan_func_exit(); }

int mg_race_fini(int status)
{
  int n = __atomic_load_n(&races, __ATOMIC_SEQ_CST);
  if (n == 0)
    return status;
  fprintf(stderr, "Found %d data race(s)\n", n);
  return status == 0 ? exitcode : status;
}

/* ---- the report, in Go's format */

/* goroutine number of a TSan thread (fiber name "goroutine N"), 0 if none */
static int64_t goid_of(void *rep, int tid, int nthreads, int *running, void **trace, int *ntrace)
{
  for (int i = 0; i < nthreads; i++) {
    int t, parent;
    unsigned long os;
    const char *name = NULL;
    void *tr[TRACE] = {0};
    __tsan_get_report_thread(rep, (unsigned long)i, &t, &os, running, &name, &parent, tr, TRACE);
    if (t != tid)
      continue;
    if (trace) {
      *ntrace = 0;
      while (*ntrace < TRACE && tr[*ntrace])
        (*ntrace)++;
      memcpy(trace, tr, sizeof tr);
    }
    return name && strncmp(name, "goroutine ", 10) == 0 ? strtoll(name + 10, NULL, 10) : 0;
  }
  return 0;
}

static int trace_len(void **trace)
{
  int n = 0;
  while (n < TRACE && trace[n])
    n++;
  return n;
}

/* TSan's traces are outermost last; Go prints the innermost frame first,
 * which TSan also gives first. */
static void print_who(int64_t goid)
{
  if (goid == 1)
    fprintf(stderr, "main goroutine:\n");
  else
    fprintf(stderr, "goroutine %" PRId64 ":\n", goid);
}

/* A goroutine the runtime started (AfterFunc's) has no creation stack in
 * TSan: name its entry instead, as Go names time.goFunc. */
static void print_runtime_creator(int64_t goid)
{
  for (G *gp = __atomic_load_n(&mg_sched.allgs, __ATOMIC_ACQUIRE); gp; gp = gp->alllink)
    if (gp->goid == goid && gp->fname && gp->created_at) {
      fprintf(stderr, "  %s()\n      %s\n", gp->fname, gp->created_at);
      return;
    }
}

static void print_race(void *rep, int nmops, int nthreads)
{
  int64_t goids[2] = {0, 0};
  int tids[2] = {-1, -1};
  for (int i = 0; i < nmops && i < 2; i++) {
    int tid, size, write, atomic, running;
    void *addr, *trace[TRACE] = {0};
    __tsan_get_report_mop(rep, (unsigned long)i, &tid, &addr, &size, &write, &atomic, trace, TRACE);
    goids[i] = goid_of(rep, tid, nthreads, &running, NULL, NULL);
    tids[i] = tid;
    if (i > 0)
      fprintf(stderr, "\n");
    fprintf(stderr, "%s%s%s at 0x%012" PRIxPTR " by ", i ? "Previous " : "",
            atomic ? (i ? "atomic " : "Atomic ") : "",
            write ? (i || atomic ? "write" : "Write") : (i || atomic ? "read" : "Read"),
            (uintptr_t)addr);
    print_who(goids[i]);
    mg_traceback_race(trace, trace_len(trace));
  }
  for (int i = 0; i < 2; i++) {
    if (tids[i] < 0 || goids[i] <= 1 || (i == 1 && tids[1] == tids[0]))
      continue;
    int running, n;
    void *trace[TRACE];
    goid_of(rep, tids[i], nthreads, &running, trace, &n);
    fprintf(stderr, "\nGoroutine %" PRId64 " (%s) created at:\n", goids[i],
            running ? "running" : "finished");
    if (mg_traceback_race(trace, n) == 0)
      print_runtime_creator(goids[i]);
  }
}

/* TSan forgets a report that OnReport takes over, instead of adding it to
 * the races it suppresses (suppress_equal_stacks, _addresses): Go's
 * runtime prints one report per pair of stacks and per address range, so
 * the hook keeps that list itself. Called under report_lock. */
#define SEEN_MAX 1024
static struct { uint64_t a, b; uintptr_t lo, hi; } seen[SEEN_MAX];
static int nseen;

extern char __executable_start[], etext[];  /* the linker's */

/* FNV-1a over the program's pcs; TSan's own (which differ from one word
 * of a memmove to the next) are left out. */
static uint64_t stack_hash(void **trace)
{
  uint64_t h = 1469598103934665603ULL;
  for (int i = 0; i < TRACE && trace[i]; i++)
    if ((char *)trace[i] >= __executable_start && (char *)trace[i] < etext)
      h = (h ^ (uint64_t)(uintptr_t)trace[i]) * 1099511628211ULL;
  return h;
}

static bool reported_before(void *rep, int nmops)
{
  uint64_t h[2] = {0, 0};
  uintptr_t lo = UINTPTR_MAX, hi = 0;
  for (int i = 0; i < nmops && i < 2; i++) {
    int tid, size, write, atomic;
    void *addr, *trace[TRACE] = {0};
    __tsan_get_report_mop(rep, (unsigned long)i, &tid, &addr, &size, &write, &atomic, trace, TRACE);
    h[i] = stack_hash(trace);
    lo = (uintptr_t)addr < lo ? (uintptr_t)addr : lo;
    hi = (uintptr_t)addr + (uintptr_t)size > hi ? (uintptr_t)addr + (uintptr_t)size : hi;
  }
  uint64_t a = h[0] < h[1] ? h[0] : h[1], b = h[0] < h[1] ? h[1] : h[0];
  for (int i = 0; i < nseen; i++)
    if ((seen[i].a == a && seen[i].b == b) || (lo < seen[i].hi && seen[i].lo < hi))
      return true;
  if (nseen < SEEN_MAX)
    seen[nseen++] = (typeof(seen[0])){a, b, lo, hi};
  return false;
}

/* Beyond Go: a cycle in the lock order is a deadlock waiting to happen. */
static void print_inversion(void *rep, int nmutexes, int nstacks, int nthreads)
{
  int per = nmutexes > 0 && nstacks >= 2 * nmutexes ? 2 : 1;
  for (int i = 0; i < nmutexes && i < 8; i++) {
    int tid = -1, running;
    __tsan_get_report_unique_tid(rep, (unsigned long)i, &tid);
    int64_t goid = goid_of(rep, tid, nthreads, &running, NULL, NULL);
    int held = i + 1, next = (i + 1) % nmutexes + 1;  /* M1, M2... in cycle order */
    void *trace[TRACE] = {0};
    if (i > 0)
      fprintf(stderr, "\n");
    fprintf(stderr, "Mutex M%d acquired while holding mutex M%d by ", next, held);
    print_who(goid);
    __tsan_get_report_stack(rep, (unsigned long)(i * per), trace, TRACE);
    /* TSan may miss the stack of the acquisition that closes the cycle:
     * that one is happening now, on this goroutine. */
    if (mg_traceback_race(trace, trace_len(trace)) == 0)
      mg_traceback_race(trace, backtrace(trace, TRACE));
    if (per == 2) {
      void *first[TRACE] = {0};
      fprintf(stderr, "\nMutex M%d previously acquired by the same goroutine at:\n", held);
      __tsan_get_report_stack(rep, (unsigned long)(i * per + 1), first, TRACE);
      mg_traceback_race(first, trace_len(first));
    }
  }
  fprintf(stderr, "\nGoroutines that take these mutexes in a cycle can deadlock, unless\n"
                  "something else (a semaphore, a host) keeps them from all holding\n"
                  "their first mutex at once. The sure fix: take nested locks in one\n"
                  "global order everywhere.\n");
}

/* Replaces TSan's weak report hook (C++ name __tsan::OnReport). Returning
 * true tells TSan the report is handled and must not be printed again. */
bool mg_race_onreport(void *rep, bool suppressed) __asm__("_ZN6__tsan8OnReportEPKNS_10ReportDescEb");
bool mg_race_onreport(void *rep, bool suppressed)
{
  if (suppressed || __atomic_load_n(&fatal, __ATOMIC_RELAXED))
    return true;
  const char *desc = NULL;
  int count, nstacks, nmops, nlocs, nmutexes, nthreads, nunique;
  void *sleep[1];
  __tsan_get_report_data(rep, &desc, &count, &nstacks, &nmops, &nlocs, &nmutexes,
                         &nthreads, &nunique, sleep, 1);
  bool race = desc && strcmp(desc, "data-race") == 0;
  bool inversion = desc && strcmp(desc, "lock-order-inversion") == 0;
  if (!race && !inversion)
    return false;  /* anything else: TSan's own report */
  mg_lock_acquire(&report_lock);
  if (race && reported_before(rep, nmops)) {
    mg_lock_release(&report_lock);
    return true;
  }
  fprintf(stderr, "==================\n");
  if (race) {
    fprintf(stderr, "WARNING: DATA RACE\n");
    print_race(rep, nmops, nthreads);
    __atomic_add_fetch(&races, 1, __ATOMIC_SEQ_CST);
  } else {
    fprintf(stderr, "WARNING: POTENTIAL DEADLOCK (lock-order inversion)\n");
    print_inversion(rep, nmutexes, nstacks, nthreads);
  }
  fprintf(stderr, "==================\n");
  mg_lock_release(&report_lock);
  if (race && halt_on_error)
    _exit(mg_race_fini(0));
  return true;
}
#endif
