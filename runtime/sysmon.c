/*
 * sysmon.c - the monitor thread (Go's sysmon): it runs without a P and
 * asks goroutines that ran for more than 10 ms to yield, retakes the P of
 * an M blocked in a system call, wakes an M when a timer is due and gives
 * back the stacks of long-dead goroutines. When no P runs it sleeps until
 * the next timer, or until work starts again.
 */
#include "runtime.h"

#define TICK_NS 1000000          /* while Gs run */
#define SYSCALL_TICK_NS 20000    /* while a G is in a system call */
#define SCAVENGE_NS 100000000

static mg_note note;
static int64_t until = INT64_MAX;  /* when sysmon plans to wake; atomic */
static bool deep;                  /* sleeping because nothing runs; atomic */

void mg_sysmon_wake(int64_t when)
{
  if (when < __atomic_load_n(&until, __ATOMIC_SEQ_CST))
    mg_note_wakeup(&note);
}

void mg_sysmon_kick(void)
{
  if (__atomic_load_n(&deep, __ATOMIC_SEQ_CST))
    mg_note_wakeup(&note);
}

static int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }
static int64_t max64(int64_t a, int64_t b) { return a > b ? a : b; }

static void *sysmon(void *arg)
{
  int64_t lastscav = mg_nanotime();
  for (;;) {
    int64_t now = mg_nanotime();
    if (mg_timers_next() <= now)
      mg_wakep();  /* an M with a P fires them */
    mg_retake(now);
    bool dirty = true;
    if (now - lastscav >= SCAVENGE_NS) {
      dirty = mg_gfree_scavenge();
      lastscav = now;
    }
    bool idle = mg_sched_idle();
    int64_t t = min64(mg_timers_next(), idle ? INT64_MAX : now + (mg_sched_syscalls() ? SYSCALL_TICK_NS : TICK_NS));
    if (dirty)
      t = min64(t, lastscav + SCAVENGE_NS);
    mg_note_clear(&note);
    __atomic_store_n(&until, t, __ATOMIC_SEQ_CST);
    __atomic_store_n(&deep, idle, __ATOMIC_SEQ_CST);
    /* look again after publishing, so that no wakeup falls in between */
    if (mg_timers_next() >= t && idle == mg_sched_idle()) {
      if (t == INT64_MAX)
        mg_note_sleep(&note);
      else  /* at least a tick: an overdue timer may wait for a busy P */
        mg_note_tsleep(&note, max64(t - mg_nanotime(), SYSCALL_TICK_NS));
    }
    __atomic_store_n(&deep, false, __ATOMIC_SEQ_CST);
    __atomic_store_n(&until, 0, __ATOMIC_SEQ_CST);
  }
  return arg;
}

void mg_sysmon_start(void)
{
  if (mg_create_thread(sysmon, NULL) != 0)
    mg_throw("cannot create the sysmon thread");
}
