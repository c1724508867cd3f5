/*
 * time.c - the monotonic clock, one-shot timers and time.Sleep.
 *
 * Timers live in one binary min-heap under a lock. Ms holding a P fire the
 * due ones in findrunnable; sysmon sleeps until the earliest deadline and
 * then wakes an M for them, so an idle program sleeps in the kernel.
 */
#include <time.h>
#include "minigo.h"
#include "runtime.h"

struct mg_timer {
  int64_t when;
  void (*f)(void *arg);
  void *arg;
  int64_t idx;  /* position in the heap, -1 when not in it */
};

static struct {
  mg_lock lock;
  mg_timer **heap;  /* GC-allocated: it keeps the timers and their args alive */
  int64_t len, cap;
  int64_t next;     /* heap[0]->when or INT64_MAX; atomic, read without the lock */
} timers = {.next = INT64_MAX};

static int64_t clock_ns(clockid_t clock)
{
  struct timespec ts;
  clock_gettime(clock, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t mg_nanotime(void) { return clock_ns(CLOCK_MONOTONIC); }
int64_t mg_walltime(void) { return clock_ns(CLOCK_REALTIME); }

int64_t mg_timers_next(void)
{
  return __atomic_load_n(&timers.next, __ATOMIC_ACQUIRE);
}

static void heap_set(int64_t i, mg_timer *t)
{
  timers.heap[i] = t;
  t->idx = i;
}

static void sift_up(int64_t i)
{
  mg_timer *t = timers.heap[i];
  while (i > 0) {
    int64_t parent = (i - 1) / 2;
    if (timers.heap[parent]->when <= t->when)
      break;
    heap_set(i, timers.heap[parent]);
    i = parent;
  }
  heap_set(i, t);
}

static void sift_down(int64_t i)
{
  mg_timer *t = timers.heap[i];
  for (;;) {
    int64_t c = 2 * i + 1;
    if (c >= timers.len)
      break;
    if (c + 1 < timers.len && timers.heap[c + 1]->when < timers.heap[c]->when)
      c++;
    if (t->when <= timers.heap[c]->when)
      break;
    heap_set(i, timers.heap[c]);
    i = c;
  }
  heap_set(i, t);
}

static void heap_remove(mg_timer *t)
{
  int64_t i = t->idx;
  mg_timer *last = timers.heap[--timers.len];
  timers.heap[timers.len] = NULL;
  t->idx = -1;
  if (last != t) {
    heap_set(i, last);
    sift_up(i);
    sift_down(last->idx);
  }
}

static void update_next(void)
{
  __atomic_store_n(&timers.next, timers.len ? timers.heap[0]->when : INT64_MAX, __ATOMIC_RELEASE);
}

mg_timer *mg_timer_new(void (*f)(void *arg), void *arg)
{
  mg_timer *t = mg_alloc(sizeof *t);
  t->f = f;
  t->arg = arg;
  t->idx = -1;
  return t;
}

/* timers.lock held; allocating under it is safe: the collector never
 * takes it */
static void heap_grow(void)
{
  int64_t cap = timers.cap ? timers.cap * 2 : 64;
  mg_timer **h = mg_alloc(cap * (int64_t)sizeof *h);
  for (int64_t i = 0; i < timers.len; i++)
    h[i] = timers.heap[i];
  timers.heap = h;
  timers.cap = cap;
}

void mg_timer_reset(mg_timer *t, int64_t when)
{
  mg_lock_acquire(&timers.lock);
  if (t->idx >= 0)
    heap_remove(t);
  if (timers.len >= timers.cap)
    heap_grow();
  t->when = when;
  heap_set(timers.len++, t);
  sift_up(t->idx);
  bool first = t->idx == 0;
  update_next();
  mg_lock_release(&timers.lock);
  if (first)
    mg_sysmon_wake(when);
}

bool mg_timer_stop(mg_timer *t)
{
  mg_lock_acquire(&timers.lock);
  bool pending = t->idx >= 0;
  if (pending)
    heap_remove(t);
  update_next();
  mg_lock_release(&timers.lock);
  return pending;
}

void mg_timers_run(int64_t now)
{
  for (;;) {
    mg_lock_acquire(&timers.lock);
    if (timers.len == 0 || timers.heap[0]->when > now) {
      mg_lock_release(&timers.lock);
      return;
    }
    mg_timer *t = timers.heap[0];
    heap_remove(t);
    update_next();
    mg_lock_release(&timers.lock);
    t->f(t->arg);
  }
}

static void sleep_wake(void *arg)
{
  mg_goready(arg);
}

static bool sleep_arm(G *gp, void *arg)
{
  mg_timer_reset(gp->sleeptimer, *(int64_t *)arg);
  return true;
}

void mg_sleep(int64_t ns)
{
  G *gp = mg_getg();
  if (ns <= 0)
    return;
  if (!gp) {  /* not on a goroutine: only this thread waits */
    struct timespec ts = {ns / 1000000000, ns % 1000000000};
    nanosleep(&ts, NULL);
    return;
  }
  if (!gp->sleeptimer)
    gp->sleeptimer = mg_timer_new(sleep_wake, gp);
  int64_t when = mg_nanotime() + ns;
  if (when < 0)
    when = INT64_MAX - 1;  /* overflow: forever, but not "no timer" */
  mg_gopark(sleep_arm, &when, WAIT_SLEEP);
}
