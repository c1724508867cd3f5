/*
 * gcglue.c - Boehm GC and goroutine stacks (DESIGN-NOTES section 4).
 *
 * libgc scans each thread from its sp to its registered stack bottom. A
 * thread runs many stacks, so every switch re-registers the incoming
 * stack's top with GC_set_stackbottom, and the stacks of the goroutines
 * not running are pushed by a GC_set_push_other_roots callback.
 *
 * A collection must never see a thread half switched, its sp on one stack
 * and its bottom on another. Each M flags its switch (m->gcswitching);
 * the collector, about to stop the world, raises gc_stopping and waits
 * for flagged switches, and an M that sees gc_stopping waits to be
 * stopped (a Dekker pair of sequentially consistent flags). Taking libgc's
 * allocation lock around every switch did the same at the price of one
 * global pthread mutex pair per switch, which all Ms contend for and which
 * TSan intercepts under -race.
 */
#ifndef GC_THREADS
#define GC_THREADS
#endif
#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <pthread.h>
#include <signal.h>
#include "race.h"
#include "runtime.h"

static GC_push_other_roots_proc prev_push_other_roots;

static void push_range(uintptr_t lo, uintptr_t hi)
{
  if (lo && lo < hi)
    GC_push_all_eager((void *)lo, (void *)hi);
}

/* Runs with the world stopped. A running G's saved sp is stale; pushing
 * its range too is merely conservative (its live part is on a thread). */
static void GC_CALLBACK push_goroutines(void)
{
  for (G *gp = __atomic_load_n(&mg_sched.allgs, __ATOMIC_ACQUIRE); gp; gp = gp->alllink) {
    int32_t st = __atomic_load_n(&gp->status, __ATOMIC_RELAXED);
    if (st != G_IDLE && st != G_DEAD)
      push_range(gp->sched.sp, gp->stack_hi);
  }
  /* an M running a G has its scheduler stack registered nowhere */
  for (M *m = __atomic_load_n(&mg_sched.allm, __ATOMIC_ACQUIRE); m; m = m->alllink)
    push_range(m->g0sched.sp, m->g0hi);
  if (prev_push_other_roots)
    prev_push_other_roots();
}

static int32_t gc_stopping;
static GC_on_collection_event_proc prev_collection_event;
static int64_t stop_began;               /* under the allocation lock: */
static uint64_t pause_total, last_end;   /* ReadMemStats' PauseTotalNs, LastGC */
static uint32_t forced;                  /* runtime.GC calls; atomic */

/* Called with the allocation lock held; POST_STOP_WORLD means every M is
 * suspended, outside a switch, so the flag can drop at once. */
static void GC_CALLBACK on_collection_event(GC_EventType e)
{
  if (e == GC_EVENT_PRE_STOP_WORLD) {
    stop_began = mg_nanotime();
    __atomic_store_n(&gc_stopping, 1, __ATOMIC_SEQ_CST);
    for (M *m = __atomic_load_n(&mg_sched.allm, __ATOMIC_ACQUIRE); m; m = m->alllink)
      while (__atomic_load_n(&m->gcswitching, __ATOMIC_SEQ_CST))
        mg_procyield();
  } else if (e == GC_EVENT_POST_STOP_WORLD) {
    __atomic_store_n(&gc_stopping, 0, __ATOMIC_SEQ_CST);
  } else if (e == GC_EVENT_POST_START_WORLD) {
    pause_total += (uint64_t)(mg_nanotime() - stop_began);
  } else if (e == GC_EVENT_END) {
    last_end = (uint64_t)mg_walltime();
  }
  if (prev_collection_event)
    prev_collection_event(e);
}

void mg_gc_init(void)
{
#ifdef MG_RACE
  /* ThreadSanitizer holds asynchronous signals back until the thread
   * enters a libc call it intercepts, so libgc's suspend signal may never
   * arrive at a busy thread ("Signals delivery fails constantly"). TSan
   * delivers synchronous signals at once; SIGSYS is one of them. */
  GC_set_suspend_signal(SIGSYS);
#endif
  GC_INIT();
  GC_allow_register_threads();
  prev_push_other_roots = GC_get_push_other_roots();
  GC_set_push_other_roots(push_goroutines);
  prev_collection_event = GC_get_on_collection_event();
  GC_set_on_collection_event(on_collection_event);
}

void mg_gc_register_m(M *m)
{
  struct GC_stack_base sb;
  m->gchandle = GC_get_my_stackbottom(&sb);
  m->g0hi = (uintptr_t)sb.mem_base;
}

void mg_gc_switch(uintptr_t *save, uintptr_t to_sp, uintptr_t to_hi)
{
  M *m = mg_getm();
  struct GC_stack_base sb = {(void *)to_hi};
  for (;;) {
    __atomic_store_n(&m->gcswitching, 1, __ATOMIC_SEQ_CST);
    if (!__atomic_load_n(&gc_stopping, __ATOMIC_SEQ_CST))
      break;
    __atomic_store_n(&m->gcswitching, 0, __ATOMIC_SEQ_CST);
    while (__atomic_load_n(&gc_stopping, __ATOMIC_SEQ_CST))
      mg_procyield();  /* until the collector suspends this thread */
  }
  GC_set_stackbottom(m->gchandle, &sb);
  mg_gogo(save, to_sp);
  mg_gc_switch_done();
}

void mg_gc_switch_done(void)
{
  __atomic_store_n(&mg_getm()->gcswitching, 0, __ATOMIC_RELEASE);
}

int mg_create_thread(void *(*fn)(void *), void *arg)
{
  pthread_t t;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  int r = GC_pthread_create(&t, &attr, fn, arg);
  pthread_attr_destroy(&attr);
  return r;
}

void mg_gc(void)
{
  __atomic_add_fetch(&forced, 1, __ATOMIC_RELAXED);
  mg_race_ignore_begin();
  GC_gcollect();
  mg_race_ignore_end();
}

static void *read_stats(void *out)
{
  mg_gcstats *st = out;
  st->pause_ns = pause_total;
  st->last_ns = last_end;
  return NULL;
}

mg_gcstats mg_gc_stats(void)
{
  mg_gcstats st = {0};
  struct GC_prof_stats_s ps;
  mg_race_ignore_begin();
  GC_get_prof_stats(&ps, sizeof ps);
  GC_call_with_alloc_lock(read_stats, &st);  /* the callback writes them under it */
  mg_race_ignore_end();
  st.heap = ps.heapsize_full;
  st.free = ps.free_bytes_full;
  st.unmapped = ps.unmapped_bytes;
  st.total = ps.bytes_allocd_since_gc + ps.allocd_bytes_before_gc;
  st.alloc = st.total - ps.bytes_reclaimed_since_gc - ps.reclaimed_bytes_before_gc;
  st.numgc = (uint32_t)ps.gc_no;
  st.forced = __atomic_load_n(&forced, __ATOMIC_RELAXED);
  return st;
}

void *mg_alloc_uncollectable(size_t n)
{
  mg_race_ignore_begin();
  void *p = GC_MALLOC_UNCOLLECTABLE(n);
  mg_race_ignore_end();
  return p;
}
