/*
 * test_rt_gfree.c - the pool of free goroutines: the stack slots of a
 * burst of goroutines that ended stay resident across sysmon's scavenger
 * passes (up to the warm pool's bound), so that the next burst reuses
 * them without page faults; beyond that bound (in a child, whose pool
 * starts empty) the slots go back to the system.
 */
#include <sys/resource.h>

#include "rt_harness.h"

enum { BURST = 200 };

static rt_gate gate;
static rt_countdown done;

static void park_once(void *arg)
{
  rt_gate_enter(&gate);
  rt_countdown_done(&done);
}

/* n goroutines, all alive at once, then all ended; false on a timeout. */
static bool burst(int n)
{
  done = (rt_countdown){.left = n};
  for (int i = 0; i < n; i++)
    harness_go(park_once, NULL);
  if (!RT_EVENTUALLY(rt_gate_count(&gate) == n, 30000))
    return false;
  rt_gate_open(&gate);
  rt_countdown_wait(&done);
  return RT_EVENTUALLY(mg_numgoroutine() == 1, 5000);
}

static long minor_faults(void)
{
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_minflt;
}

HTEST(test_warm_slots_survive_scavenging)
{
  check(burst(BURST));
  mg_sleep(500 * RT_MS);  /* several scavenger passes (every 100 ms) */
  long before = minor_faults();
  check(burst(BURST));
  long faults = minor_faults() - before;
  /* a released slot faults at least once (its top page) when reused */
  if (faults >= BURST / 2)
    check_fail("%ld page faults for %d goroutines on warm slots", faults, BURST);
}

/* 10,000 stack slots, at least a page each (40 MiB), of which the pool
 * keeps at most 1,024 pages (4 MiB) plus the Gs (216 bytes each). */
static void child_bounded(void)
{
  int64_t base = rt_rss_kib();
  if (!burst(10000))
    printf("timeout\n");
  else if (!RT_EVENTUALLY(rt_rss_kib() - base < 10 * 1024, 10000))
    printf("%lld KiB still resident\n", (long long)(rt_rss_kib() - base));
  else
    printf("released\n");
  mg_exit(0);
}

static void test_pool_is_bounded(void **state)
{
  harness_expect_child("bounded", 0, "released\n");
}

static const harness_child children[] = {
  {"bounded", child_bounded},
  {NULL, NULL},
};

static const struct CMUnitTest tests[] = {
  cmocka_unit_test(test_warm_slots_survive_scavenging),
  cmocka_unit_test(test_pool_is_bounded),
};

HARNESS_MAIN(tests, children)
