/*
 * test_rt_stack.c - goroutine stacks: recursion a million deep in
 * goroutine 1 and in another goroutine, growth and shrinking measured in
 * resident stack pages, 100,000 parked goroutines and the memory coming back
 * after they end, and, in child processes, the MINIGO_MAXSTACK setting and
 * stack overflow (default limit, MINIGO_MAXSTACK, SetMaxStack, in a
 * goroutine).
 */
#include <sys/mman.h>

#include "rt_harness.h"

/* A small recursive function; the call through a volatile pointer keeps
 * gcc from turning the recursion into a loop. */
int64_t main__depth(int64_t n);
static int64_t (*volatile depth_fn)(int64_t) = main__depth;

int64_t main__depth(int64_t n)
{
  MG_PROLOGUE();
  if (n == 0)
    return 0;
  return depth_fn(n - 1) + 1;
}

HTEST(test_deep_recursion_main)
{
  check_int(main__depth(1000000), 1000000);
}

static int64_t deep_result;
static rt_countdown deep_done;

static void deep_goroutine(void *arg)
{
  deep_result = main__depth(1000000);
  rt_countdown_done(&deep_done);
}

HTEST(test_deep_recursion_goroutine)
{
  deep_done = (rt_countdown){.left = 1};
  harness_go(deep_goroutine, NULL);
  rt_countdown_wait(&deep_done);
  check_int(deep_result, 1000000);
}

/* ---- growth and shrinking: a goroutine parks at the bottom of a 16 MiB
 * recursion, then again back at the top; mincore counts its stack's
 * resident pages */

#define FRAME 1024
static rt_gate gate;
static rt_countdown grow_done;
static G *grower_g;

static int64_t stack_resident_kib(G *gp)
{
  size_t pages = (gp->stack_hi - gp->stack_lo) / 4096;
  unsigned char *vec = malloc(pages);
  int64_t kib = -1;
  if (vec && mincore((void *)gp->stack_lo, pages * 4096, vec) == 0) {
    kib = 0;
    for (size_t i = 0; i < pages; i++)
      kib += (vec[i] & 1) * 4;
  }
  free(vec);
  return kib;
}

static void dig(int64_t n);
static void (*volatile dig_fn)(int64_t) = dig;

static void dig(int64_t n)
{
  MG_PROLOGUE();
  volatile char frame[FRAME];
  frame[0] = (char)n;
  if (n == 0)
    rt_gate_enter(&gate);
  else
    dig_fn(n - 1);
  frame[FRAME - 1] = frame[0];
}

static void grower(void *arg)
{
  grower_g = mg_getg();
  dig(16 << 10);        /* about 16 MiB */
  rt_gate_enter(&gate); /* shallow again: switching out shrinks the stack */
  rt_countdown_done(&grow_done);
}

HTEST(test_stack_grows_and_shrinks)
{
  grow_done = (rt_countdown){.left = 1};
  harness_go(grower, NULL);
  check(RT_EVENTUALLY(rt_gate_count(&gate) == 1, 5000));
  int64_t deep = stack_resident_kib(grower_g);
  rt_gate_open(&gate);
  check(RT_EVENTUALLY(rt_gate_count(&gate) == 1, 5000));
  int64_t shallow = stack_resident_kib(grower_g);
  rt_gate_open(&gate);
  rt_countdown_wait(&grow_done);
  if (deep < 16 * 1024 || shallow > 256)
    check_fail("resident stack KiB: %ld deep, %ld shallow again", (long)deep, (long)shallow);
}

/* ---- many parked goroutines */

static void park_once(void *arg)
{
  rt_gate_enter(&gate);
  rt_countdown_done(&grow_done);
}

HTEST(test_100k_parked_goroutines)
{
  const int64_t n = 100000;
  grow_done = (rt_countdown){.left = n};
  int64_t base = rt_rss_kib();
  for (int64_t i = 0; i < n; i++)
    harness_go(park_once, NULL);
  check(RT_EVENTUALLY(rt_gate_count(&gate) == n, 60000));
  int64_t parked = rt_rss_kib();
  check_int(mg_numgoroutine(), n + 1);
  rt_gate_open(&gate);
  rt_countdown_wait(&grow_done);
  check(RT_EVENTUALLY(mg_numgoroutine() == 1, 5000));
  /* sysmon gives the stacks of goroutines long gone back to the system */
  check(RT_EVENTUALLY(rt_rss_kib() - base < (parked - base) / 4, 10000));
  check((parked - base) / n < 12);  /* KiB per parked goroutine */
}

/* ---- overflow, in children */

static void child_overflow(void)
{
  main__depth(INT64_MAX);
}

static void child_setmaxstack(void)
{
  check_int(mg_setmaxstack(4 << 20), 64 << 20);
  main__depth(INT64_MAX);
}

static void overflow_goroutine(void *arg)
{
  main__depth(INT64_MAX);
}

static void child_overflow_goroutine(void)
{
  harness_go(overflow_goroutine, NULL);
  rt_gate_enter(&gate);
}

static void test_overflow_default_limit(void **state)
{
  assert_int_equal(rt_spawn("overflow", NULL, NULL), 2);
  const char *want = "runtime: goroutine stack exceeds 67108864-byte limit\n";
  assert_memory_equal(rt_out, want, strlen(want));
  assert_non_null(strstr(rt_out, "\nfatal error: stack overflow\n\ngoroutine 1 [running]:\n"));
  assert_non_null(strstr(rt_out, "goroutine 1 [running]:\nmain.depth(...)\n\t"));
  assert_non_null(strstr(rt_out, "...additional frames elided...\n"));
}

static void child_print_limit(void)
{
  printf("limit %lld\n", (long long)mg_setmaxstack(1 << 20));
  mg_exit(0);
}

static void test_env_sets_limit(void **state)
{
  setenv("MINIGO_MAXSTACK", "2097152", 1);
  harness_expect_child("limit", 0, "limit 2097152\n");
  unsetenv("MINIGO_MAXSTACK");
}

static void test_overflow_env_limit(void **state)
{
  rt_expect_child("overflow", "MINIGO_MAXSTACK", "1048576", 2,
                      "runtime: goroutine stack exceeds 1048576-byte limit\n");
}

static void test_overflow_setmaxstack(void **state)
{
  rt_expect_child("setmaxstack", NULL, NULL, 2,
                  "runtime: goroutine stack exceeds 4194304-byte limit\n");
}

static void test_overflow_in_goroutine(void **state)
{
  assert_int_equal(rt_spawn("overflowgo", NULL, NULL), 2);
  assert_non_null(strstr(rt_out, "\nfatal error: stack overflow\n\ngoroutine 17 [running]:\n"));
}

static const harness_child children[] = {
  {"overflow", child_overflow},
  {"setmaxstack", child_setmaxstack},
  {"overflowgo", child_overflow_goroutine},
  {"limit", child_print_limit},
  {NULL, NULL},
};

static const struct CMUnitTest tests[] = {
  cmocka_unit_test(test_deep_recursion_main),
  cmocka_unit_test(test_deep_recursion_goroutine),
  cmocka_unit_test(test_stack_grows_and_shrinks),
  cmocka_unit_test(test_100k_parked_goroutines),
  cmocka_unit_test(test_overflow_default_limit),
  cmocka_unit_test(test_env_sets_limit),
  cmocka_unit_test(test_overflow_env_limit),
  cmocka_unit_test(test_overflow_setmaxstack),
  cmocka_unit_test(test_overflow_in_goroutine),
};

HARNESS_MAIN(tests, children)
