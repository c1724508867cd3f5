/*
 * proc.c - the G/M/P scheduler, after Go's runtime/proc.go.
 *
 * Each M (thread) runs a scheduler loop on its own stack ("g0"). A G
 * gives up its M by switching to g0 with a request (mcall): park, yield,
 * exit; g0 carries it out and picks the next G: timers, the local run
 * queue (runnext first), the global queue, then stealing from other Ps.
 * An M without work gives its P back and sleeps on a futex; wakep starts
 * a spinning M when work appears and a P is idle.
 */
#include <execinfo.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "explain.h"
#include "race.h"
#include "runtime.h"
#include "trace.h"

struct mg_sched mg_sched;
int mg_argc;
char **mg_argv;

static __thread M *tls_m;
static M m0;
static int64_t goidgen = 16;   /* Go 1.19 usually numbers the first user goroutine 17 */
static int64_t ngoroutines;
static int64_t mcount;
static bool mainstarted;       /* goroutine 1 exists: Ms may be started */

/* Free Gs idle for a whole scavenger period whose stack pages stay
 * resident anyway (a stack page and a page-table page each): reusing
 * them saves two page faults per `go` statement in bursts of goroutines. */
#define WARM_SLOTS 1024

static mg_lock gflock;         /* free Gs, stacks attached: */
static struct {
  G *fresh;                    /* freed since sysmon's last pass */
  G *aging;                    /* freed before it: released at the next pass */
  G *warm;                     /* kept resident, at most WARM_SLOTS */
  G *clean;                    /* stack pages given back */
  int32_t nwarm;
} gfree;

enum { OP_NONE, OP_PARK, OP_GOSCHED, OP_PREEMPT, OP_EXIT, OP_EXITSYSCALL, OP_TRACED };

static _Noreturn void schedule(M *m);
static _Noreturn void deadlock(M *m);

/* Not inlined: a G may resume on another thread, and a thread pointer
 * cached across a switch would name the old one. */
__attribute__((noinline)) M *mg_getm(void) { return tls_m; }

G *mg_getg(void)
{
  M *m = mg_getm();
  return m ? m->curg : NULL;
}

/* Reads tls_m directly (no call: Mutex.Lock records its holder with it);
 * noinline keeps that read from being hoisted across a switch. */
__attribute__((noinline)) int64_t mg_goid(void)
{
  G *gp = tls_m ? tls_m->curg : NULL;
  return gp ? gp->goid : 0;
}

int64_t mg_numgoroutine(void) { return __atomic_load_n(&ngoroutines, __ATOMIC_RELAXED); }

static int32_t atomic_load32(int32_t *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
static void atomic_add32(int32_t *p, int32_t d) { __atomic_add_fetch(p, d, __ATOMIC_SEQ_CST); }
static bool cas32(int32_t *p, int32_t old, int32_t new)
{
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED);
}

/* ---- run queues */

static bool runqempty(P *p)
{
  for (;;) {
    uint32_t h = __atomic_load_n(&p->runqhead, __ATOMIC_ACQUIRE);
    uint32_t t = __atomic_load_n(&p->runqtail, __ATOMIC_ACQUIRE);
    G *next = __atomic_load_n(&p->runnext, __ATOMIC_ACQUIRE);
    if (t == __atomic_load_n(&p->runqtail, __ATOMIC_ACQUIRE))
      return h == t && next == NULL;
  }
}

/* sched.lock held */
static void globrunqput(G *gp)
{
  gp->schedlink = NULL;
  if (mg_sched.runqtail)
    mg_sched.runqtail->schedlink = gp;
  else
    mg_sched.runqhead = gp;
  mg_sched.runqtail = gp;
  __atomic_add_fetch(&mg_sched.runqsize, 1, __ATOMIC_RELEASE);
}

static void globrunqput_locked(G *gp)
{
  mg_lock_acquire(&mg_sched.lock);
  globrunqput(gp);
  mg_lock_release(&mg_sched.lock);
}

static G *globrunqpop(void)
{
  G *gp = mg_sched.runqhead;
  if (!gp)
    return NULL;
  mg_sched.runqhead = gp->schedlink;
  if (!mg_sched.runqhead)
    mg_sched.runqtail = NULL;
  __atomic_sub_fetch(&mg_sched.runqsize, 1, __ATOMIC_RELEASE);
  return gp;
}

static void runqput_ring(P *p, G *gp);

/* sched.lock held: takes one G to run and moves a fair share to p. */
static G *globrunqget(P *p, int max)
{
  int32_t n = mg_sched.runqsize / atomic_load32(&mg_sched.gomaxprocs) + 1;
  if (n > mg_sched.runqsize)
    n = mg_sched.runqsize;
  if (max > 0 && n > max)
    n = max;
  if (n > MG_RUNQSIZE / 2)
    n = MG_RUNQSIZE / 2;
  G *gp = globrunqpop();
  for (int32_t i = 1; gp && i < n; i++)
    runqput_ring(p, globrunqpop());
  return gp;
}

/* Moves half of p's full ring plus gp to the global queue. */
static bool runqputslow(P *p, G *gp, uint32_t h, uint32_t t)
{
  G *batch[MG_RUNQSIZE / 2 + 1];
  uint32_t n = (t - h) / 2;
  for (uint32_t i = 0; i < n; i++)
    batch[i] = __atomic_load_n(&p->runq[(h + i) % MG_RUNQSIZE], __ATOMIC_RELAXED);
  if (!__atomic_compare_exchange_n(&p->runqhead, &h, h + n, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
    return false;
  batch[n] = gp;
  mg_lock_acquire(&mg_sched.lock);
  for (uint32_t i = 0; i <= n; i++)
    globrunqput(batch[i]);
  mg_lock_release(&mg_sched.lock);
  return true;
}

static void runqput_ring(P *p, G *gp)
{
  for (;;) {
    uint32_t h = __atomic_load_n(&p->runqhead, __ATOMIC_ACQUIRE);
    uint32_t t = p->runqtail;
    if (t - h < MG_RUNQSIZE) {
      __atomic_store_n(&p->runq[t % MG_RUNQSIZE], gp, __ATOMIC_RELAXED);
      __atomic_store_n(&p->runqtail, t + 1, __ATOMIC_RELEASE);
      return;
    }
    if (runqputslow(p, gp, h, t))
      return;
  }
}

/* Only the owner of p puts; next puts gp in runnext, kicking the old one
 * out to the ring. */
static void runqput(P *p, G *gp, bool next)
{
  if (next) {
    gp = __atomic_exchange_n(&p->runnext, gp, __ATOMIC_ACQ_REL);
    if (!gp)
      return;
  }
  runqput_ring(p, gp);
}

static G *runqget(P *p)
{
  G *next = __atomic_load_n(&p->runnext, __ATOMIC_ACQUIRE);
  if (next && __atomic_compare_exchange_n(&p->runnext, &next, NULL, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
    return next;
  for (;;) {
    uint32_t h = __atomic_load_n(&p->runqhead, __ATOMIC_ACQUIRE);
    uint32_t t = p->runqtail;
    if (t == h)
      return NULL;
    G *gp = __atomic_load_n(&p->runq[h % MG_RUNQSIZE], __ATOMIC_RELAXED);
    if (__atomic_compare_exchange_n(&p->runqhead, &h, h + 1, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
      return gp;
  }
}

/* Copies half of victim's queue into batch (Go's runqgrab). */
static uint32_t runqgrab(P *victim, G **batch, uint32_t batchhead, bool stealnext)
{
  for (;;) {
    uint32_t h = __atomic_load_n(&victim->runqhead, __ATOMIC_ACQUIRE);
    uint32_t t = __atomic_load_n(&victim->runqtail, __ATOMIC_ACQUIRE);
    uint32_t n = t - h;
    n -= n / 2;
    if (n == 0) {
      if (!stealnext)
        return 0;
      G *next = __atomic_load_n(&victim->runnext, __ATOMIC_ACQUIRE);
      if (!next)
        return 0;
      /* As Go: a running victim is likely about to run its runnext itself
       * (its G woke next and is about to block), so sleep 3 us first (the
       * kernel makes it more) without burning the CPU; stealing at once
       * sends every hand-off to another thread. */
      if (__atomic_load_n(&victim->status, __ATOMIC_ACQUIRE) == P_RUNNING)
        usleep(3);
      if (!__atomic_compare_exchange_n(&victim->runnext, &next, NULL, false,
                                       __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
        continue;
      batch[batchhead % MG_RUNQSIZE] = next;
      return 1;
    }
    if (n > MG_RUNQSIZE / 2)
      continue;  /* read an inconsistent h and t */
    for (uint32_t i = 0; i < n; i++) {
      G *gp = __atomic_load_n(&victim->runq[(h + i) % MG_RUNQSIZE], __ATOMIC_RELAXED);
      __atomic_store_n(&batch[(batchhead + i) % MG_RUNQSIZE], gp, __ATOMIC_RELAXED);
    }
    if (__atomic_compare_exchange_n(&victim->runqhead, &h, h + n, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
      return n;
  }
}

static G *runqsteal(P *p, P *victim, bool stealnext)
{
  uint32_t t = p->runqtail;
  uint32_t n = runqgrab(victim, p->runq, t, stealnext);
  if (n == 0)
    return NULL;
  n--;
  G *gp = __atomic_load_n(&p->runq[(t + n) % MG_RUNQSIZE], __ATOMIC_RELAXED);
  if (n > 0)
    __atomic_store_n(&p->runqtail, t + n, __ATOMIC_RELEASE);
  return gp;
}

/* ---- Ps and Ms */

static void acquirep(M *m, P *p)
{
  m->p = p;
  p->m = m;
  __atomic_store_n(&p->status, P_RUNNING, __ATOMIC_SEQ_CST);
}

static P *releasep(M *m)
{
  P *p = m->p;
  p->m = NULL;
  m->p = NULL;
  return p;
}

/* sched.lock held. A P above GOMAXPROCS retires instead. */
static void pidleput(P *p)
{
  if (p->id >= mg_sched.gomaxprocs) {
    __atomic_store_n(&p->status, P_RETIRED, __ATOMIC_SEQ_CST);
    return;
  }
  __atomic_store_n(&p->status, P_IDLE, __ATOMIC_SEQ_CST);
  p->link = mg_sched.pidle;
  mg_sched.pidle = p;
  atomic_add32(&mg_sched.npidle, 1);
}

/* sched.lock held. The P counts as running from here on, so that
 * checkdead never sees a P in transit as idle. */
static P *pidleget(void)
{
  P *p = mg_sched.pidle;
  if (p) {
    mg_sched.pidle = p->link;
    atomic_add32(&mg_sched.npidle, -1);
    __atomic_store_n(&p->status, P_RUNNING, __ATOMIC_SEQ_CST);
  }
  return p;
}

static void *mstart(void *arg);

static void newm(P *p, bool spinning)
{
  M *m = calloc(1, sizeof *m);
  if (!m)
    mg_throw("out of memory creating an M");
  m->id = __atomic_add_fetch(&mcount, 1, __ATOMIC_RELAXED);
  m->nextp = p;
  m->spinning = spinning;
  m->alllink = mg_sched.allm;
  while (!__atomic_compare_exchange_n(&mg_sched.allm, &m->alllink, m, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
    ;
  if (mg_create_thread(mstart, m) != 0)
    mg_throw("newosproc: cannot create thread");
}

/* Runs some M on p, or on an idle P when p is NULL. */
static void startm(P *p, bool spinning)
{
  mg_lock_acquire(&mg_sched.lock);
  if (!p) {
    p = pidleget();
    if (!p) {
      mg_lock_release(&mg_sched.lock);
      if (spinning)
        atomic_add32(&mg_sched.nmspinning, -1);
      return;
    }
  }
  M *m = mg_sched.midle;
  if (m) {
    mg_sched.midle = m->schedlink;
    mg_sched.nmidle--;
  }
  mg_lock_release(&mg_sched.lock);
  mg_sysmon_kick();
  if (!m) {
    newm(p, spinning);
    return;
  }
  m->spinning = spinning;
  m->nextp = p;
  mg_note_wakeup(&m->park);
}

void mg_wakep(void)
{
  if (!__atomic_load_n(&mainstarted, __ATOMIC_ACQUIRE) || atomic_load32(&mg_sched.npidle) == 0)
    return;
  if (atomic_load32(&mg_sched.nmspinning) != 0 || !cas32(&mg_sched.nmspinning, 0, 1))
    return;
  startm(NULL, true);
}

/* Parks m until startm hands it a P. */
static void stopm(M *m)
{
  mg_note_clear(&m->park);
  mg_lock_acquire(&mg_sched.lock);
  m->schedlink = mg_sched.midle;
  mg_sched.midle = m;
  mg_sched.nmidle++;
  mg_lock_release(&mg_sched.lock);
  mg_note_sleep(&m->park);
  acquirep(m, m->nextp);
  m->nextp = NULL;
}

/* sched.lock held, after a P went idle: is every goroutine blocked for good? */
static bool checkdead(void)
{
  if (atomic_load32(&mg_sched.npidle) < mg_sched.gomaxprocs)
    return false;
  if (atomic_load32(&mg_sched.nsyscall) > 0 || mg_sched.runqsize > 0)
    return false;
  if (mg_timers_next() != INT64_MAX)
    return false;
  for (int32_t i = 0; i < mg_sched.nprocs; i++) {
    P *p = mg_sched.allp[i];
    int32_t st = __atomic_load_n(&p->status, __ATOMIC_SEQ_CST);
    if (st == P_RUNNING || st == P_SYSCALL || !runqempty(p))
      return false;
  }
  return true;
}

static void resetspinning(M *m)
{
  m->spinning = false;
  atomic_add32(&mg_sched.nmspinning, -1);
  if (atomic_load32(&mg_sched.nmspinning) == 0)
    mg_wakep();
}

/* A P above GOMAXPROCS: its Gs go to the global queue and it retires. */
static void retirep(M *m)
{
  P *p = releasep(m);
  G *gp;
  while ((gp = runqget(p)))
    globrunqput_locked(gp);
  mg_lock_acquire(&mg_sched.lock);
  pidleput(p);
  mg_lock_release(&mg_sched.lock);
  if (atomic_load32(&mg_sched.runqsize) > 0)
    mg_wakep();
}

#define SPIN_NS 20000

/* Steals from the other Ps, and keeps trying for a few microseconds: a
 * goroutine that spawns or wakes others in a loop would otherwise make
 * this M sleep and be woken through a futex for each of them. */
static G *steal(M *m, P *p)
{
  int32_t n = __atomic_load_n(&mg_sched.nprocs, __ATOMIC_ACQUIRE);
  int64_t start = mg_nanotime();
  for (int tries = 0;; tries++) {
    for (int32_t i = 0; i < n; i++) {
      P *victim = mg_sched.allp[((uint32_t)(start >> 4) + i) % n];
      if (victim == p)
        continue;
      G *gp = runqsteal(p, victim, tries >= 3);
      if (gp)
        return gp;
    }
    if (tries >= 3 && (atomic_load32(&mg_sched.runqsize) > 0 ||
                       (tries % 16 == 0 && mg_nanotime() - start > SPIN_NS)))
      return NULL;
    mg_procyield();
  }
}

/* Finds a G to run; sleeps while there is none. Returns with m->p held. */
static G *findrunnable(M *m)
{
  for (;;) {
    P *p = m->p;
    if (p->id >= atomic_load32(&mg_sched.gomaxprocs)) {
      if (m->spinning) {
        m->spinning = false;
        atomic_add32(&mg_sched.nmspinning, -1);
      }
      retirep(m);
      stopm(m);
      continue;
    }
    if (mg_timers_next() != INT64_MAX)
      mg_timers_run(mg_nanotime());
    G *gp;
    /* now and then the global queue first, so that it is not starved */
    if (p->schedtick % 61 == 0 && atomic_load32(&mg_sched.runqsize) > 0) {
      mg_lock_acquire(&mg_sched.lock);
      gp = globrunqget(p, 1);
      mg_lock_release(&mg_sched.lock);
      if (gp)
        return gp;
    }
    if ((gp = runqget(p)))
      return gp;
    if (atomic_load32(&mg_sched.runqsize) > 0) {
      mg_lock_acquire(&mg_sched.lock);
      gp = globrunqget(p, 0);
      mg_lock_release(&mg_sched.lock);
      if (gp)
        return gp;
    }
    int32_t busy = atomic_load32(&mg_sched.gomaxprocs) - atomic_load32(&mg_sched.npidle);
    if (m->spinning || 2 * atomic_load32(&mg_sched.nmspinning) < busy) {
      if (!m->spinning) {
        m->spinning = true;
        atomic_add32(&mg_sched.nmspinning, 1);
      }
      if ((gp = steal(m, p)))
        return gp;
    }
    /* give up the P; then look once more so that no wakeup is lost */
    mg_lock_acquire(&mg_sched.lock);
    if (mg_sched.runqsize > 0) {
      gp = globrunqget(p, 0);
      mg_lock_release(&mg_sched.lock);
      return gp;
    }
    releasep(m);
    pidleput(p);
    bool dead = checkdead();
    mg_lock_release(&mg_sched.lock);
    if (dead)
      deadlock(m);
    if (m->spinning) {
      m->spinning = false;
      atomic_add32(&mg_sched.nmspinning, -1);
      int32_t n = __atomic_load_n(&mg_sched.nprocs, __ATOMIC_ACQUIRE);
      for (int32_t i = 0; i < n; i++)
        if (!runqempty(mg_sched.allp[i])) {
          mg_lock_acquire(&mg_sched.lock);
          P *np = pidleget();
          mg_lock_release(&mg_sched.lock);
          if (np) {
            acquirep(m, np);
            m->spinning = true;
            atomic_add32(&mg_sched.nmspinning, 1);
          }
          break;
        }
      if (m->p)
        continue;
    }
    stopm(m);
  }
}

/* ---- switching */

/* Switches from the current G to its M's g0 with a request. A G resumed
 * only to record its own stack (deadlock report) goes straight back. */
static void mcall(int op)
{
  M *m = mg_getm();
  G *gp = m->curg;
  m->op = op;
  mg_race_to_g0();
  mg_gc_switch(&gp->sched.sp, m->g0sched.sp, m->g0hi);
  while (gp->tracebuf) {
    gp->tracen = backtrace(gp->tracebuf, MG_MAXTRACE);
    gp->tracebuf = NULL;
    m = mg_getm();
    m->op = OP_TRACED;
    mg_race_to_g0();
    mg_gc_switch(&gp->sched.sp, m->g0sched.sp, m->g0hi);
  }
}

static void execute(M *m, G *gp)
{
  int64_t start = mg_tracing ? mg_nanotime() : 0;
  int32_t pid = m->p->id;
  m->curg = gp;
  gp->m = m;
  __atomic_store_n(&gp->status, G_RUNNING, __ATOMIC_RELAXED);
  m->p->schedtick++;
  mg_stack_setlimit(gp);
  mg_stackguard = gp->stackguard;
  mg_race_to_g(gp);
  mg_gc_switch(&m->g0sched.sp, gp->sched.sp, gp->stack_hi);
  mg_stackguard = 0;
  m->curg = NULL;
  MG_TRACE(mg_trace_run(m, pid, gp, start));
}

static void gfput(G *gp)
{
  gp->entry = NULL;
  gp->arg = NULL;
  gp->param = NULL;
  gp->waitinfo = NULL;
  gp->deferframes = NULL;
  gp->panicking = NULL;
  gp->m = NULL;
  bool deep = mg_stack_deep(gp, gp->stack_hi);
  if (deep)
    mg_stack_release(gp);
  gp->stackdirty = !deep;
  __atomic_store_n(&gp->status, G_IDLE, __ATOMIC_RELAXED);
  mg_lock_acquire(&gflock);
  gp->schedlink = gfree.fresh;
  gfree.fresh = gp;
  mg_lock_release(&gflock);
}

static G *gfpop(G **list)
{
  G *gp = *list;
  if (gp)
    *list = gp->schedlink;
  return gp;
}

/* Recently freed Gs first: their stack pages are still there. */
static G *gfget(void)
{
  mg_lock_acquire(&gflock);
  G *gp = gfpop(&gfree.fresh);
  if (!gp)
    gp = gfpop(&gfree.aging);
  if (!gp && (gp = gfpop(&gfree.warm)))
    gfree.nwarm--;
  if (!gp)
    gp = gfpop(&gfree.clean);
  mg_lock_release(&gflock);
  if (gp)
    gp->stackdirty = false;
  return gp;
}

/* Pushes the list first..last onto *list. */
static void gfpushall(G **list, G *first, G *last)
{
  if (first) {
    last->schedlink = *list;
    *list = first;
  }
}

/* sysmon, every ~100 ms: the stacks of the Gs that stayed free for a
 * whole period go back to the system, except WARM_SLOTS of them. Returns
 * whether free Gs still hold stack pages beyond those. */
bool mg_gfree_scavenge(void)
{
  mg_lock_acquire(&gflock);
  G *old = gfree.aging;
  gfree.aging = gfree.fresh;
  gfree.fresh = NULL;
  bool more = gfree.aging != NULL;
  int32_t room = WARM_SLOTS - gfree.nwarm;  /* only grows until we relock */
  mg_lock_release(&gflock);
  G *warm = NULL, *warmlast = NULL, *clean = NULL, *cleanlast = NULL;
  int32_t nwarm = 0;
  for (G *gp = old, *next; gp; gp = next) {
    next = gp->schedlink;
    if (gp->stackdirty && nwarm < room) {
      nwarm++;
      warmlast = warmlast ? warmlast : gp;
      gp->schedlink = warm;
      warm = gp;
      continue;
    }
    if (gp->stackdirty) {
      mg_stack_release(gp);
      gp->stackdirty = false;
    }
    cleanlast = cleanlast ? cleanlast : gp;
    gp->schedlink = clean;
    clean = gp;
  }
  mg_lock_acquire(&gflock);
  gfpushall(&gfree.warm, warm, warmlast);
  gfree.nwarm += nwarm;
  gfpushall(&gfree.clean, clean, cleanlast);
  mg_lock_release(&gflock);
  return more;
}

/* g0 carries out the request of the G that just switched out; returns a
 * G to resume at once, or NULL. */
static G *handle(M *m, G *gp)
{
  int op = m->op;
  m->op = OP_NONE;
  if (__atomic_exchange_n(&gp->preempt, 0, __ATOMIC_ACQ_REL))
    __atomic_sub_fetch(&mg_preempt_pending, 1, __ATOMIC_RELAXED);
  switch (op) {
  case OP_PARK: {
    mg_stack_shrink(gp);
    __atomic_store_n(&gp->status, G_WAITING, __ATOMIC_RELEASE);
    bool (*unlockf)(G *, void *) = m->waitunlockf;
    m->waitunlockf = NULL;
    if (unlockf && !unlockf(gp, m->waitarg)) {
      gp->waitreason = WAIT_NONE;
      return gp;
    }
    return NULL;
  }
  case OP_GOSCHED:
  case OP_PREEMPT:
    mg_stack_shrink(gp);
    __atomic_store_n(&gp->status, G_RUNNABLE, __ATOMIC_RELEASE);
    globrunqput_locked(gp);
    return NULL;
  case OP_EXIT:
    mg_race_gexit(gp);
    gfput(gp);
    __atomic_sub_fetch(&ngoroutines, 1, __ATOMIC_RELAXED);
    return NULL;
  case OP_EXITSYSCALL: {
    __atomic_store_n(&gp->status, G_RUNNABLE, __ATOMIC_RELEASE);
    mg_lock_acquire(&mg_sched.lock);
    P *p = pidleget();
    if (!p)
      globrunqput(gp);
    atomic_add32(&mg_sched.nsyscall, -1);
    mg_lock_release(&mg_sched.lock);
    if (!p)
      return NULL;  /* schedule() stops m: no P */
    acquirep(m, p);
    return gp;
  }
  default:
    return NULL;
  }
}

static _Noreturn void schedule(M *m)
{
  for (;;) {
    if (!m->p)
      stopm(m);
    G *gp = findrunnable(m);
    if (m->spinning)
      resetspinning(m);
    while (gp) {
      execute(m, gp);
      gp = handle(m, gp);
    }
  }
}

static void *mstart(void *arg)
{
  M *m = arg;
  tls_m = m;
  mg_gc_register_m(m);
  mg_race_mstart();
  acquirep(m, m->nextp);
  m->nextp = NULL;
  schedule(m);
}

/* ---- goroutines */

static void goentry(G *gp)
{
  mg_gc_switch_done();
  mg_race_gstart(gp);
  gp->entry(gp->arg);
  mg_goexit();
}

void mg_goexit(void)
{
  mcall(OP_EXIT);
  abort();  /* a dead G is never resumed */
}

static G *newproc(void (*entry)(void *), void *arg, const char *fname,
                  const char *created_at, void *pc, int64_t goid)
{
  G *gp = gfget();
  if (!gp) {
    gp = mg_alloc_uncollectable(sizeof *gp);
    if (!gp)
      mg_throw("out of memory allocating a goroutine");
    mg_stackalloc(gp);
    gp->status = G_IDLE;
    gp->alllink = __atomic_load_n(&mg_sched.allgs, __ATOMIC_RELAXED);
    while (!__atomic_compare_exchange_n(&mg_sched.allgs, &gp->alllink, gp, false,
                                        __ATOMIC_RELEASE, __ATOMIC_RELAXED))
      ;
  }
  mg_race_greuse(gp);
  mg_stack_reset(gp, goentry);
  G *parent = mg_getg();
  gp->entry = entry;
  gp->arg = arg;
  gp->fname = fname;
  gp->created_at = created_at;
  gp->gopc = pc;
  gp->parentgoid = parent ? parent->goid : 0;
  gp->goid = goid ? goid : __atomic_add_fetch(&goidgen, 1, __ATOMIC_RELAXED);
  gp->waitreason = WAIT_NONE;
  __atomic_add_fetch(&ngoroutines, 1, __ATOMIC_RELAXED);
  mg_race_gcreate(gp);
  __atomic_store_n(&gp->status, G_RUNNABLE, __ATOMIC_RELEASE);
  MG_TRACE(mg_trace_go(gp));
  return gp;
}

void mg_go(void (*entry)(void *arg), void *arg, const char *fname, const char *created_at)
{
  MG_RACE_ENTER();
  G *gp = newproc(entry, arg, fname, created_at, __builtin_return_address(0), 0);
  MG_RACE_LEAVE();
  runqput(mg_getm()->p, gp, true);
  mg_wakep();
}

void mg_gopark(bool (*unlockf)(G *gp, void *arg), void *arg, mg_waitreason reason)
{
  M *m = mg_getm();
  m->curg->waitreason = reason;
  MG_TRACE(mg_trace_block(m->curg));
  m->waitunlockf = unlockf;
  m->waitarg = arg;
  mcall(OP_PARK);
  mg_getg()->waitreason = WAIT_NONE;
}

void mg_goready(G *gp)
{
  MG_TRACE(mg_trace_unblock(gp));
  __atomic_store_n(&gp->status, G_RUNNABLE, __ATOMIC_RELEASE);
  runqput(mg_getm()->p, gp, true);
  mg_wakep();
}

void mg_gosched(void)
{
  mcall(OP_GOSCHED);
}

void mg_preempt_check(void)
{
  G *gp = mg_getg();
  if (!gp || !__atomic_load_n(&gp->preempt, __ATOMIC_RELAXED))
    return;
  if (__atomic_exchange_n(&gp->preempt, 0, __ATOMIC_ACQ_REL)) {
    __atomic_sub_fetch(&mg_preempt_pending, 1, __ATOMIC_RELAXED);
    mcall(OP_PREEMPT);
  }
}

static void preemptone(P *p)
{
  M *m = p->m;
  G *gp = m ? m->curg : NULL;
  uint32_t zero = 0;
  if (gp && __atomic_compare_exchange_n(&gp->preempt, &zero, 1, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
    __atomic_add_fetch(&mg_preempt_pending, 1, __ATOMIC_RELAXED);
}

/* ---- system calls */

void mg_entersyscall(void)
{
  M *m = mg_getm();
  if (!m || !m->curg || !m->p)
    return;  /* not on a goroutine (C unit tests, scheduler code) */
  G *gp = m->curg;
  P *p = m->p;
  atomic_add32(&mg_sched.nsyscall, 1);
  __atomic_store_n(&gp->status, G_SYSCALL, __ATOMIC_RELEASE);
  p->syscalltick++;
  m->oldp = p;
  releasep(m);
  __atomic_store_n(&p->status, P_SYSCALL, __ATOMIC_SEQ_CST);
}

void mg_exitsyscall(void)
{
  M *m = mg_getm();
  if (!m || !m->oldp)
    return;  /* mg_entersyscall did nothing */
  G *gp = m->curg;
  P *p = m->oldp;
  int32_t st = P_SYSCALL;
  m->oldp = NULL;
  /* a P above GOMAXPROCS is left to sysmon, which retires it */
  if (p->id < atomic_load32(&mg_sched.gomaxprocs) &&
      __atomic_compare_exchange_n(&p->status, &st, P_RUNNING, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) {
    acquirep(m, p);
    atomic_add32(&mg_sched.nsyscall, -1);
  } else {
    mg_lock_acquire(&mg_sched.lock);
    p = pidleget();
    if (p)
      atomic_add32(&mg_sched.nsyscall, -1);
    mg_lock_release(&mg_sched.lock);
    if (p)
      acquirep(m, p);
    else
      mcall(OP_EXITSYSCALL);
  }
  __atomic_store_n(&gp->status, G_RUNNING, __ATOMIC_RELEASE);
}

/* sysmon: hands the P of a long system call to another M. */
static void handoffp(P *p)
{
  if (!runqempty(p) || atomic_load32(&mg_sched.runqsize) > 0) {
    startm(p, false);
    return;
  }
  mg_lock_acquire(&mg_sched.lock);
  pidleput(p);
  bool dead = checkdead();
  mg_lock_release(&mg_sched.lock);
  if (dead)  /* cannot happen: the G in the call still counts */
    mg_throw("handoffp: deadlock");
}

#define FORCE_PREEMPT_NS 10000000
#define SYSCALL_RETAKE_NS 20000

void mg_retake(int64_t now)
{
  int32_t n = __atomic_load_n(&mg_sched.nprocs, __ATOMIC_ACQUIRE);
  for (int32_t i = 0; i < n; i++) {
    P *p = mg_sched.allp[i];
    int32_t st = __atomic_load_n(&p->status, __ATOMIC_SEQ_CST);
    if (st == P_RUNNING) {
      uint32_t t = p->schedtick;
      if (p->sysmon_schedtick != t) {
        p->sysmon_schedtick = t;
        p->sysmon_when = now;
      } else if (now - p->sysmon_when >= FORCE_PREEMPT_NS) {
        preemptone(p);
        p->sysmon_when = now;
      }
      if (i >= atomic_load32(&mg_sched.gomaxprocs))
        preemptone(p);  /* let its M retire it */
    } else if (st == P_SYSCALL) {
      uint32_t t = p->syscalltick;
      if (p->sysmon_syscalltick != t) {
        p->sysmon_syscalltick = t;
        p->sysmon_when = now;
        continue;
      }
      if (now - p->sysmon_when < SYSCALL_RETAKE_NS)
        continue;
      /* no point retaking a P without work while others idle */
      if (runqempty(p) && atomic_load32(&mg_sched.runqsize) == 0 &&
          atomic_load32(&mg_sched.nmspinning) + atomic_load32(&mg_sched.npidle) > 0 &&
          now - p->sysmon_when < FORCE_PREEMPT_NS)
        continue;
      if (cas32(&p->status, P_SYSCALL, P_RUNNING))
        handoffp(p);
    }
  }
}

bool mg_sched_idle(void)
{
  return atomic_load32(&mg_sched.npidle) == atomic_load32(&mg_sched.gomaxprocs) &&
         atomic_load32(&mg_sched.nsyscall) == 0;
}

bool mg_sched_syscalls(void)
{
  return atomic_load32(&mg_sched.nsyscall) > 0;
}

/* ---- GOMAXPROCS */

int mg_ncpu(void)
{
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
    return CPU_COUNT(&set);
  return 1;
}

static bool ps_retired_above(int32_t n)
{
  for (int32_t i = n; i < __atomic_load_n(&mg_sched.nprocs, __ATOMIC_ACQUIRE); i++)
    if (__atomic_load_n(&mg_sched.allp[i]->status, __ATOMIC_SEQ_CST) != P_RETIRED)
      return false;
  return true;
}

int mg_gomaxprocs(int n)
{
  mg_lock_acquire(&mg_sched.lock);
  int old = mg_sched.gomaxprocs;
  if (n <= 0 || n == old) {
    mg_lock_release(&mg_sched.lock);
    return old;
  }
  if (n > MG_MAXPROCS)
    n = MG_MAXPROCS;
  for (int32_t i = mg_sched.nprocs; i < n; i++) {
    P *p = calloc(1, sizeof *p);
    if (!p)
      mg_throw("out of memory allocating a P");
    p->id = i;
    p->status = P_RETIRED;
    mg_sched.allp[i] = p;
    __atomic_store_n(&mg_sched.nprocs, i + 1, __ATOMIC_RELEASE);
  }
  __atomic_store_n(&mg_sched.gomaxprocs, n, __ATOMIC_SEQ_CST);
  /* drop idle Ps above n, revive retired ones below it */
  P **pp = &mg_sched.pidle;
  while (*pp) {
    if ((*pp)->id >= n) {
      __atomic_store_n(&(*pp)->status, P_RETIRED, __ATOMIC_SEQ_CST);
      *pp = (*pp)->link;
      atomic_add32(&mg_sched.npidle, -1);
    } else {
      pp = &(*pp)->link;
    }
  }
  for (int32_t i = 0; i < n; i++)
    if (__atomic_load_n(&mg_sched.allp[i]->status, __ATOMIC_SEQ_CST) == P_RETIRED &&
        mg_sched.allp[i]->m == NULL)
      pidleput(mg_sched.allp[i]);
  for (int32_t i = n; i < mg_sched.nprocs; i++)
    if (__atomic_load_n(&mg_sched.allp[i]->status, __ATOMIC_SEQ_CST) == P_RUNNING)
      preemptone(mg_sched.allp[i]);
  mg_lock_release(&mg_sched.lock);
  mg_wakep();
  /* as Go's stop-the-world: on return no P above n runs a goroutine */
  while (mg_getg() && !ps_retired_above(n))
    mg_gosched();
  return old;
}

/* ---- deadlock */

static int cmp_goid(const void *a, const void *b)
{
  int64_t x = (*(G *const *)a)->goid, y = (*(G *const *)b)->goid;
  return (x > y) - (x < y);
}

/* Every G is parked: resume each one just long enough to record its own
 * stack, then print them all as Go does, goroutine 1 first. */
static _Noreturn void deadlock(M *m)
{
  mg_fatal_lock();
  int64_t n = 0;
  for (G *gp = mg_sched.allgs; gp; gp = gp->alllink)
    n += gp->status == G_WAITING;
  if (n == 0) {  /* main called runtime.Goexit and the rest ended */
    fprintf(stderr, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    mg_exit(2);
  }
  fprintf(stderr, "fatal error: all goroutines are asleep - deadlock!\n\n");
  G **gs = calloc((size_t)n + 1, sizeof *gs);
  void **pcs = calloc((size_t)(n + 1) * MG_MAXTRACE, sizeof *pcs);
  int *ns = calloc((size_t)n + 1, sizeof *ns);
  const char **states = calloc((size_t)n + 1, sizeof *states);
  if (!gs || !pcs || !ns || !states)
    mg_exit(2);
  n = 0;
  for (G *gp = mg_sched.allgs; gp; gp = gp->alllink)
    if (gp->status == G_WAITING)
      gs[n++] = gp;
  qsort(gs, (size_t)n, sizeof *gs, cmp_goid);
  void ***bufs = calloc((size_t)n + 1, sizeof *bufs);
  if (!bufs)
    mg_exit(2);
  for (int64_t i = 0; i < n; i++) {
    G *gp = gs[i];
    gp->tracebuf = bufs[i] = pcs + i * MG_MAXTRACE;
    m->curg = gp;
    mg_race_to_g(gp);
    mg_gc_switch(&m->g0sched.sp, gp->sched.sp, gp->stack_hi);
    m->curg = NULL;
    ns[i] = gp->tracen;
    states[i] = mg_waitreason_string(gp->waitreason);
  }
  mg_traceback_printall((int)n, gs, states, bufs, ns);
  mg_explain_deadlock((int)n, gs, bufs, ns);
  mg_exit(2);
}

/* ---- start */

struct mainargs {
  void (*init)(void);
  void (*mainfn)(void);
};

static void runmain(void *arg)
{
  struct mainargs *a = arg;
  a->init();
  a->mainfn();
  mg_panic_wait_others();
  mg_exit(0);
}

static int env_procs(void)
{
  const char *s = getenv("GOMAXPROCS");
  if (s && *s) {
    char *end;
    long v = strtol(s, &end, 10);
    if (*end == 0 && v > 0)
      return (int)v;
  }
  return mg_ncpu();
}

int mg_main(int argc, char **argv, void (*init)(void), void (*mainfn)(void))
{
  static struct mainargs args;
  mg_argc = argc;
  mg_argv = argv;
  args.init = init;
  args.mainfn = mainfn;
  tls_m = &m0;
  mg_sched.allm = &m0;
  mg_race_init();
  mg_gc_init();
  mg_gc_register_m(&m0);
  mg_stack_init();
  mg_traceback_init();
  mg_trace_init();
  mg_gomaxprocs(env_procs());
  mg_lock_acquire(&mg_sched.lock);
  acquirep(&m0, pidleget());
  mg_lock_release(&mg_sched.lock);
  G *g1 = newproc(runmain, &args, "main.main", NULL, NULL, 1);
  runqput(m0.p, g1, true);
  __atomic_store_n(&mainstarted, true, __ATOMIC_RELEASE);
  mg_sysmon_start();
  schedule(&m0);
}
