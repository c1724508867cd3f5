/*
 * test_rt_gc.c - Boehm GC and goroutine stacks (DESIGN-NOTES section 4):
 * goroutines each hold the only pointer to a linked list on their own
 * stack, switch and park many times while another goroutine forces
 * collections and others churn garbage of the same size (under two Ps,
 * one P, and in a process started with one P), or sit in a system call;
 * every list must come out intact. Losing the push of parked stacks or the stack-bottom
 * switch makes lists be reused by the garbage (a wrong value or length).
 * Goroutines that do nothing but switch, against back-to-back collections,
 * check that no collection sees a thread half switched (gcglue.c).
 */
#include <gc/gc.h>

#include "rt_harness.h"

#define NWORKERS 2000
#define NODES 200
#define ROUNDS 20

typedef struct node {
  struct node *next;
  int64_t value;
  int64_t pad[2];
} node;

static int32_t corrupt, collecting;
static rt_countdown workers_done, collector_done;
static rt_gate gate;

static node *build(int64_t id)
{
  node *head = NULL;
  for (int64_t k = 0; k < NODES; k++) {
    node *n = GC_MALLOC(sizeof *n);
    n->value = id * NODES + k;
    n->next = head;
    head = n;
  }
  return head;
}

static bool intact(node *head, int64_t id)
{
  int64_t k = NODES;
  for (node *n = head; n; n = n->next)
    if (--k < 0 || n->value != id * NODES + k)
      return false;
  return k == 0;
}

/* Garbage shaped like the nodes, so that a lost node is reused at once. */
static void churn(void)
{
  for (int i = 0; i < 50; i++) {
    node *g = GC_MALLOC(sizeof *g);
    g->value = -1;
    g->next = NULL;
  }
}

static void worker(void *arg)
{
  int64_t id = (int64_t)(intptr_t)arg;
  node *head = build(id);  /* the only reference: on this stack or in a saved register */
  for (int r = 0; r < ROUNDS; r++) {
    churn();
    if (r == ROUNDS / 2)
      rt_gate_enter(&gate);  /* parked while collections run */
    else
      mg_gosched();
  }
  if (!intact(head, id))
    __atomic_add_fetch(&corrupt, 1, __ATOMIC_RELAXED);
  rt_countdown_done(&workers_done);
}

static void collector(void *arg)
{
  while (__atomic_load_n(&collecting, __ATOMIC_RELAXED)) {
    GC_gcollect();
    mg_gosched();
  }
  rt_countdown_done(&collector_done);
}

static void stress(int procs)
{
  int old = mg_gomaxprocs(procs);
  corrupt = 0;
  collecting = 1;
  workers_done = (rt_countdown){.left = NWORKERS};
  collector_done = (rt_countdown){.left = 1};
  harness_go(collector, NULL);
  for (intptr_t i = 0; i < NWORKERS; i++)
    harness_go(worker, (void *)i);
  int64_t gcs = (int64_t)GC_get_gc_no();
  /* hold the gate shut until some collections ran over the parked lists */
  RT_EVENTUALLY(rt_gate_count(&gate) == NWORKERS && (int64_t)GC_get_gc_no() - gcs > 20, 60000);
  rt_gate_open(&gate);
  rt_countdown_wait(&workers_done);
  __atomic_store_n(&collecting, 0, __ATOMIC_RELAXED);
  rt_countdown_wait(&collector_done);
  mg_gomaxprocs(old);
}

HTEST(test_lists_survive_collections_two_ps)
{
  int64_t gcs = (int64_t)GC_get_gc_no();
  stress(2);
  check_int(corrupt, 0);
  check((int64_t)GC_get_gc_no() - gcs > 20);
}

HTEST(test_lists_survive_collections_one_p)
{
  int64_t gcs = (int64_t)GC_get_gc_no();
  stress(1);
  check_int(corrupt, 0);
  check((int64_t)GC_get_gc_no() - gcs > 20);
}

/* Goroutines switching back to back on one P while another P collects
 * back to back: many collections stop the world while an M is inside
 * mg_gc_switch, unless the switch flag holds them off. */
#define SWITCHERS 4
#define SWITCH_GCS 300
static rt_countdown switchers_done;

static void switcher(void *arg)
{
  int64_t id = (int64_t)(intptr_t)arg;
  node *head = build(id);
  while (__atomic_load_n(&collecting, __ATOMIC_RELAXED))
    mg_gosched();
  if (!intact(head, id))
    __atomic_add_fetch(&corrupt, 1, __ATOMIC_RELAXED);
  rt_countdown_done(&switchers_done);
}

HTEST(test_collections_never_see_half_a_switch)
{
  int old = mg_gomaxprocs(2);
  corrupt = 0;
  collecting = 1;
  switchers_done = (rt_countdown){.left = SWITCHERS};
  for (intptr_t i = 0; i < SWITCHERS; i++)
    harness_go(switcher, (void *)i);
  for (int i = 0; i < SWITCH_GCS; i++) {
    GC_gcollect();
    churn();
  }
  __atomic_store_n(&collecting, 0, __ATOMIC_RELAXED);
  rt_countdown_wait(&switchers_done);
  mg_gomaxprocs(old);
  check_int(corrupt, 0);
}

/* A goroutine's own frames keep objects alive across runtime.GC too. */
HTEST(test_gc_from_goroutine)
{
  node *head = build(7);
  for (int i = 0; i < 5; i++) {
    mg_gc();
    churn();
  }
  check(intact(head, 7));
}

/* A goroutine blocked in a system call keeps running on its own M: its
 * stack is scanned as that thread's. */
static node *in_call;
static rt_countdown call_done;

static void blocking_holder(void *arg)
{
  node *head = build(3);
  mg_entersyscall();
  struct timespec ts = {0, 100 * RT_MS};
  nanosleep(&ts, NULL);
  mg_exitsyscall();
  in_call = intact(head, 3) ? head : NULL;
  rt_countdown_done(&call_done);
}

HTEST(test_list_survives_in_syscall)
{
  call_done = (rt_countdown){.left = 1};
  in_call = NULL;
  harness_go(blocking_holder, NULL);
  int64_t until = mg_nanotime() + 80 * RT_MS;
  while (mg_nanotime() < until) {
    mg_gc();
    churn();
  }
  rt_countdown_wait(&call_done);
  check(in_call != NULL);
}

/* The same stress in a process started with one P. */
static void child_stress_one_p(void)
{
  stress(1);
  printf("corrupt lists: %d\n", corrupt);
  mg_exit(0);
}

static void test_lists_survive_started_with_one_p(void **state)
{
  setenv("GOMAXPROCS", "1", 1);
  harness_expect_child("stress", 0, "corrupt lists: 0\n");
  unsetenv("GOMAXPROCS");
}

static const harness_child children[] = {
  {"stress", child_stress_one_p},
  {NULL, NULL},
};

static const struct CMUnitTest tests[] = {
  cmocka_unit_test(test_lists_survive_collections_two_ps),
  cmocka_unit_test(test_lists_survive_collections_one_p),
  cmocka_unit_test(test_collections_never_see_half_a_switch),
  cmocka_unit_test(test_gc_from_goroutine),
  cmocka_unit_test(test_list_survives_in_syscall),
  cmocka_unit_test(test_lists_survive_started_with_one_p),
};

HARNESS_MAIN(tests, children)
