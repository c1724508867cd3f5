/*
 * test_rt_proc.c - the scheduler: every goroutine runs, Go's numbering and
 * run order, ping-pong, two Ps in parallel (stealing), GOMAXPROCS changes,
 * preemption of a tight loop under one P, system-call hand-off, timers and
 * sleep, an idle program using no CPU, and the fatal paths (deadlock,
 * Goexit deadlock, throw) in child processes.
 */
#include <time.h>

#include "rt_harness.h"

/* ---- every goroutine runs; numbering */

static int64_t sum;
static rt_countdown all_done;

static void add_index(void *arg)
{
  __atomic_add_fetch(&sum, (int64_t)(intptr_t)arg, __ATOMIC_RELAXED);
  rt_countdown_done(&all_done);
}

HTEST(test_all_goroutines_run)
{
  const int64_t n = 10000;
  sum = 0;
  all_done = (rt_countdown){.left = n};
  for (int64_t i = 1; i <= n; i++)
    harness_go(add_index, (void *)(intptr_t)i);
  rt_countdown_wait(&all_done);
  check_int(sum, n * (n + 1) / 2);
  check(RT_EVENTUALLY(mg_numgoroutine() == 1, 2000));
}

static int64_t seen_goid[3];
static rt_countdown ids_done;

static void record_goid(void *arg)
{
  seen_goid[(intptr_t)arg] = mg_goid();
  rt_countdown_done(&ids_done);
}

HTEST(test_goid_numbering)
{
  check_int(mg_goid(), 1);
  ids_done = (rt_countdown){.left = 3};
  for (intptr_t i = 0; i < 3; i++)
    harness_go(record_goid, (void *)i);
  rt_countdown_wait(&ids_done);
  check(seen_goid[0] >= 17);  /* as Go 1.19 numbers the first one */
  check_int(seen_goid[1], seen_goid[0] + 1);
  check_int(seen_goid[2], seen_goid[0] + 2);
}

/* Under one P the newest goroutine runs first (runnext), then the queue
 * in order: Go prints 2 0 1 for `for i := 0; i < 3; i++ { go print(i) }`. */
static int order[3], norder;
static rt_countdown order_done;

static void record_order(void *arg)
{
  order[norder++] = (int)(intptr_t)arg;
  rt_countdown_done(&order_done);
}

HTEST(test_runnext_order)
{
  int old = mg_gomaxprocs(1);
  norder = 0;
  order_done = (rt_countdown){.left = 3};
  for (intptr_t i = 0; i < 3; i++)
    harness_go(record_order, (void *)i);
  rt_countdown_wait(&order_done);
  mg_gomaxprocs(old);
  check_int(order[0], 2);
  check_int(order[1], 0);
  check_int(order[2], 1);
}

/* ---- ping-pong through park/ready */

static struct {
  mg_lock lock;
  G *parked;       /* the side waiting for the ball */
  int64_t hits;
} table;
static rt_countdown pp_done;
#define ROUNDS 100000

/* Hands the ball over: wakes the other side, parks until it comes back. */
static void player(void *arg)
{
  for (;;) {
    mg_lock_acquire(&table.lock);
    if (table.hits >= ROUNDS) {
      G *other = table.parked;
      table.parked = NULL;
      mg_lock_release(&table.lock);
      if (other)
        mg_goready(other);
      break;
    }
    table.hits++;
    G *other = table.parked;
    table.parked = mg_getg();
    if (other)
      mg_goready(other);
    mg_gopark(rt_unlock, &table.lock, WAIT_CHAN_RECV);
  }
  rt_countdown_done(&pp_done);
}

HTEST(test_pingpong)
{
  table.hits = 0;
  table.parked = NULL;
  pp_done = (rt_countdown){.left = 2};
  int64_t t0 = mg_nanotime();
  harness_go(player, NULL);
  harness_go(player, NULL);
  rt_countdown_wait(&pp_done);
  check_int(table.hits, ROUNDS);
  check(mg_nanotime() - t0 < 10000 * RT_MS);
}

/* ---- parallelism. Spinner i beats hb[i]; it notes that the others ran
 * at the same time when their beats moved while it ran without a break
 * (a gap over 200 us means it was switched out, and starts over). Under
 * one P that cannot happen: the others only run while it is off. */

#define MAXSPIN 4
static int64_t hb[MAXSPIN];
static int32_t together[MAXSPIN], pmask, nspin;
static int64_t spin_until;
static rt_countdown spin_done;

static bool all_together(void)
{
  for (int k = 0; k < nspin; k++)
    if (!__atomic_load_n(&together[k], __ATOMIC_RELAXED))
      return false;
  return true;
}

static void spin_watch(void *arg)
{
  int i = (int)(intptr_t)arg;
  int64_t seen[MAXSPIN], last = 0;
  bool moved[MAXSPIN];
  for (;;) {
    __atomic_add_fetch(&hb[i], 1, __ATOMIC_RELAXED);
    __atomic_or_fetch(&pmask, 1 << mg_getm()->p->id, __ATOMIC_RELAXED);
    int64_t now = mg_nanotime();
    if (now > spin_until || all_together())
      break;
    if (now - last > 200000) {
      for (int k = 0; k < nspin; k++) {
        seen[k] = __atomic_load_n(&hb[k], __ATOMIC_RELAXED);
        moved[k] = k == i;
      }
    }
    last = now;
    bool all = true;
    for (int k = 0; k < nspin; k++) {
      moved[k] |= __atomic_load_n(&hb[k], __ATOMIC_RELAXED) != seen[k];
      all &= moved[k];
    }
    if (all)
      __atomic_store_n(&together[i], 1, __ATOMIC_RELAXED);
    MG_BACKEDGE();
  }
  rt_countdown_done(&spin_done);
}

/* Runs n spinners for at most ms; returns whether they ran together. */
static bool run_spinners(int n, int64_t ms)
{
  nspin = n;
  pmask = 0;
  spin_until = mg_nanotime() + ms * RT_MS;
  spin_done = (rt_countdown){.left = n};
  for (int k = 0; k < n; k++)
    hb[k] = together[k] = 0;
  for (intptr_t k = 0; k < n; k++)
    harness_go(spin_watch, (void *)k);
  rt_countdown_wait(&spin_done);
  return all_together();
}

HTEST(test_two_ps_run_in_parallel)
{
  int old = mg_gomaxprocs(2);
  bool par = run_spinners(2, 5000);
  mg_gomaxprocs(old);
  check(par);
}

/* Which Ps ran goroutines follows GOMAXPROCS, in both directions. */
HTEST(test_gomaxprocs_changes)
{
  int old = mg_gomaxprocs(3);
  check_int(mg_gomaxprocs(0), 3);
  int64_t deadline = mg_nanotime() + 5000 * RT_MS;
  int32_t used = 0;
  while (used != 7 && mg_nanotime() < deadline) {
    run_spinners(3, 20);
    used |= pmask;
  }
  check_int(used, 7);
  check_int(mg_gomaxprocs(1), 3);
  check(!run_spinners(2, 60));
  check_int(pmask, 1);
  check_int(mg_gomaxprocs(old), 1);
  check_int(mg_gomaxprocs(0), old);
  check(mg_ncpu() >= 1);
}

/* ---- preemption: `for {}` under one P does not starve the others */

static int32_t stop_spinning;
static rt_countdown spinner_done;

static void spin_forever(void *arg)
{
  while (!__atomic_load_n(&stop_spinning, __ATOMIC_RELAXED))
    MG_BACKEDGE();
  rt_countdown_done(&spinner_done);
}

HTEST(test_preempt_tight_loop)
{
  int old = mg_gomaxprocs(1);
  stop_spinning = 0;
  spinner_done = (rt_countdown){.left = 1};
  harness_go(spin_forever, NULL);
  int64_t t0 = mg_nanotime();
  mg_gosched();  /* the spinner takes the only P */
  mg_sleep(5 * RT_MS);
  int64_t waited = mg_nanotime() - t0;
  __atomic_store_n(&stop_spinning, 1, __ATOMIC_RELAXED);
  rt_countdown_wait(&spinner_done);
  mg_gomaxprocs(old);
  check(waited < 500 * RT_MS);
}

/* ---- a blocking system call hands its P to another M */

static rt_countdown call_done;

static void blocking_call(void *arg)
{
  mg_entersyscall();
  struct timespec ts = {0, 300 * RT_MS};
  nanosleep(&ts, NULL);
  mg_exitsyscall();
  rt_countdown_done(&call_done);
}

HTEST(test_syscall_handoff)
{
  int old = mg_gomaxprocs(1);
  call_done = (rt_countdown){.left = 1};
  int64_t t0 = mg_nanotime();
  harness_go(blocking_call, NULL);
  mg_gosched();  /* the call starts and blocks its M */
  int64_t resumed = mg_nanotime() - t0;
  rt_countdown_wait(&call_done);
  int64_t total = mg_nanotime() - t0;
  mg_gomaxprocs(old);
  check(resumed < 200 * RT_MS);
  check(total >= 300 * RT_MS);
}

/* ---- time */

static int64_t cpu_ns(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* In a child: no cmocka thread there to count. */
static void child_sleep_idles(void)
{
  int64_t c0 = cpu_ns(), t0 = mg_nanotime();
  mg_sleep(300 * RT_MS);
  int64_t elapsed = mg_nanotime() - t0, cpu = cpu_ns() - c0;
  mg_sleep(0);
  mg_sleep(-5);
  /* no thread spins while every goroutine sleeps */
  printf("slept %s, cpu %s\n", elapsed >= 300 * RT_MS && elapsed < 3000 * RT_MS ? "ok" : "wrong",
         cpu < 60 * RT_MS ? "idle" : "busy");
  mg_exit(0);
}

#define NTIMERS 40
static struct {
  mg_lock lock;
  int64_t fired_when[NTIMERS];
  int nfired, early;
} tl;
static int64_t deadline[NTIMERS];
static rt_countdown timers_done;

static void timer_fired(void *arg)
{
  mg_lock_acquire(&tl.lock);
  tl.fired_when[tl.nfired++] = deadline[(intptr_t)arg];
  tl.early += mg_nanotime() < deadline[(intptr_t)arg];
  mg_lock_release(&tl.lock);
  rt_countdown_done(&timers_done);
}

HTEST(test_timers_fire_in_order)
{
  mg_timer *t[NTIMERS];
  int64_t now = mg_nanotime();
  tl.nfired = tl.early = 0;
  for (int i = 0; i < NTIMERS; i++) {
    t[i] = mg_timer_new(timer_fired, (void *)(intptr_t)i);
    deadline[i] = now + (int64_t)((i * 7919) % NTIMERS + 1) * 2 * RT_MS;
    mg_timer_reset(t[i], deadline[i]);
  }
  /* stop every fourth one, move every fourth+1 one later */
  int stopped = 0;
  for (int i = 0; i < NTIMERS; i += 4)
    stopped += mg_timer_stop(t[i]);
  check_int(stopped, NTIMERS / 4);
  for (int i = 1; i < NTIMERS; i += 4) {
    deadline[i] += 10 * RT_MS;
    mg_timer_reset(t[i], deadline[i]);
  }
  timers_done = (rt_countdown){.left = NTIMERS - NTIMERS / 4};
  rt_countdown_wait(&timers_done);
  check_int(tl.nfired, NTIMERS - NTIMERS / 4);
  check_int(tl.early, 0);
  for (int i = 1; i < tl.nfired; i++)
    check(tl.fired_when[i - 1] <= tl.fired_when[i]);
  check(!mg_timer_stop(t[1]));  /* already fired */
  check(!mg_timer_stop(t[0]));  /* already stopped */
}

/* ---- fatal paths, in child processes */

static bool park_forever(G *gp, void *arg)
{
  return true;
}

/* The barriers keep gcc from turning the calls into jumps, which would
 * take the callers' frames out of the traceback. */
void main__blocker(void *arg)
{
  mg_gopark(park_forever, NULL, WAIT_CHAN_SEND);
  __asm__ volatile("");
}

void main__deadlock(void)
{
  mg_go(main__blocker, NULL, "main.blocker", "rt.c:1");
  mg_gopark(park_forever, NULL, WAIT_CHAN_RECV);
  __asm__ volatile("");
}

static void child_goexit_main(void)
{
  harness_go(add_index, (void *)0);
  mg_goexit();
}

static void child_throw(void)
{
  mg_throw("sync: unlock of unlocked mutex");
}

/* main returns while another goroutine still runs: exit 0 at once */
static void child_main_returns(void)
{
  harness_go(spin_forever, NULL);
  mg_gosched();
  printf("main done\n");
  mg_exit(0);
}

static void test_deadlock_report(void **state)
{
  assert_int_equal(rt_spawn("deadlock", NULL, NULL), 2);
  const char *want =
    "fatal error: all goroutines are asleep - deadlock!\n\n"
    "goroutine 1 [chan receive]:\n"
    "main.deadlock(...)\n";
  if (strncmp(rt_out, want, strlen(want)) != 0)
    fail_msg("got\n%s", rt_out);
  assert_non_null(strstr(rt_out, "\ngoroutine 17 [chan send]:\nmain.blocker(...)\n\t"));
  assert_non_null(strstr(rt_out, "created by main.deadlock in goroutine 1\n\t"));
  assert_non_null(strstr(rt_out, "test_rt_proc.c:"));
}

static void test_goexit_deadlock(void **state)
{
  harness_expect_child("goexit", 2,
                       "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
}

static void test_throw(void **state)
{
  rt_expect_child("throw", NULL, NULL, 2,
                       "fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n");
}

static void test_sleep_idles(void **state)
{
  harness_expect_child("sleep", 0, "slept ok, cpu idle\n");
}

static void test_main_return_ends_program(void **state)
{
  rt_expect_child("mainreturns", "GOMAXPROCS", "1", 0, "main done\n");
}

static const harness_child children[] = {
  {"deadlock", main__deadlock},
  {"goexit", child_goexit_main},
  {"throw", child_throw},
  {"mainreturns", child_main_returns},
  {"sleep", child_sleep_idles},
  {NULL, NULL},
};

static const struct CMUnitTest tests[] = {
  cmocka_unit_test(test_all_goroutines_run),
  cmocka_unit_test(test_goid_numbering),
  cmocka_unit_test(test_runnext_order),
  cmocka_unit_test(test_pingpong),
  cmocka_unit_test(test_two_ps_run_in_parallel),
  cmocka_unit_test(test_gomaxprocs_changes),
  cmocka_unit_test(test_preempt_tight_loop),
  cmocka_unit_test(test_syscall_handoff),
  cmocka_unit_test(test_sleep_idles),
  cmocka_unit_test(test_timers_fire_in_order),
  cmocka_unit_test(test_deadlock_report),
  cmocka_unit_test(test_goexit_deadlock),
  cmocka_unit_test(test_throw),
  cmocka_unit_test(test_main_return_ends_program),
};

HARNESS_MAIN(tests, children)
