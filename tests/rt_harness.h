/*
 * rt_harness.h - helpers of the runtime-core tests (test_rt_proc.c,
 * test_rt_stack.c, test_rt_gc.c...) and test_rt_time.c, on top of
 * sync_harness.h: a countdown that parks the waiting goroutine, a gate that
 * parks many goroutines until released, resident memory, and children run
 * with an environment.
 */
#ifndef RT_HARNESS_H
#define RT_HARNESS_H

#include "sync_harness.h"

/* ---- countdown: wait() parks until done() was called n times */
typedef struct rt_countdown {
  mg_lock lock;
  int64_t left;
  G *waiter;
} rt_countdown;

static inline bool rt_unlock(G *gp, void *l)
{
  mg_lock_release(l);
  return true;
}

static inline void rt_countdown_done(rt_countdown *c)
{
  mg_lock_acquire(&c->lock);
  G *w = --c->left == 0 ? c->waiter : NULL;
  if (w)
    c->waiter = NULL;
  mg_lock_release(&c->lock);
  if (w)
    mg_goready(w);
}

static inline void rt_countdown_wait(rt_countdown *c)
{
  mg_lock_acquire(&c->lock);
  if (c->left == 0) {
    mg_lock_release(&c->lock);
    return;
  }
  c->waiter = mg_getg();
  mg_gopark(rt_unlock, &c->lock, WAIT_WAITGROUP);
}

/* ---- gate: enter() parks the caller until open() readies everyone */
typedef struct rt_gate {
  mg_lock lock;
  G **parked;
  int64_t n, cap;
} rt_gate;

static inline void rt_gate_enter(rt_gate *g)
{
  mg_lock_acquire(&g->lock);
  if (g->n == g->cap) {
    g->cap = g->cap ? 2 * g->cap : 1024;
    g->parked = realloc(g->parked, (size_t)g->cap * sizeof *g->parked);
    if (!g->parked)
      abort();  /* not a cmocka assert: this is not the test's goroutine */
  }
  g->parked[g->n++] = mg_getg();
  mg_gopark(rt_unlock, &g->lock, WAIT_CHAN_RECV);
}

static inline void rt_gate_open(rt_gate *g)
{
  mg_lock_acquire(&g->lock);
  for (int64_t i = 0; i < g->n; i++)
    mg_goready(g->parked[i]);
  g->n = 0;
  mg_lock_release(&g->lock);
}

static inline int64_t rt_gate_count(rt_gate *g)
{
  mg_lock_acquire(&g->lock);
  int64_t n = g->n;
  mg_lock_release(&g->lock);
  return n;
}

/* ---- measurements */
static inline int64_t rt_rss_kib(void)
{
  FILE *f = fopen("/proc/self/statm", "r");
  long size = 0, rss = 0;
  if (f) {
    if (fscanf(f, "%ld %ld", &size, &rss) != 2)
      rss = 0;
    fclose(f);
  }
  return (int64_t)rss * (sysconf(_SC_PAGESIZE) / 1024);
}

#define RT_MS INT64_C(1000000)

/* Yields until cond holds or ms milliseconds passed; returns cond. */
#define RT_EVENTUALLY(cond, ms) ({                                   \
    int64_t rt_deadline_ = mg_nanotime() + (ms) * RT_MS;             \
    while (!(cond) && mg_nanotime() < rt_deadline_)                  \
      mg_sleep(RT_MS);                                               \
    (cond);                                                          \
  })

/* Runs child scenario name (with environment variable env=value unless
 * env is NULL); its whole output goes to rt_out: a child whose output is
 * cut short dies of SIGPIPE. */
static char rt_out[1 << 16];

static inline int rt_spawn(const char *name, const char *env, const char *value)
{
  if (env)
    setenv(env, value, 1);
  int st = harness_spawn(name, rt_out, sizeof rt_out);
  if (env)
    unsetenv(env);
  return st;
}

/* Asserts the exit status and the start of the output. */
static inline void rt_expect_child(const char *name, const char *env, const char *value,
                                   int status, const char *want)
{
  int st = rt_spawn(name, env, value);
  if (strncmp(rt_out, want, strlen(want)) != 0)
    fail_msg("child %s: output\n%s\nwant prefix\n%s", name, rt_out, want);
  assert_int_equal(st, status);
}

#endif
