/*
 * test_rt_sync.c - sync (Mutex, RWMutex, WaitGroup, the notify list behind
 * Cond), the semaphore table and sync/atomic, under contention on two
 * threads; counts must be exact. Panics, fatal errors and deadlock wait
 * reasons run in child processes.
 */
#include "sync_harness.h"
#include "sync/sync.h"
#include "sync/atomic/atomic.h"

typedef struct shared {
  sync__Mutex mu;
  sync__RWMutex rw;
  sync__WaitGroup wg;
  uint32_t sema;
  mg_notifylist nl;
  int64_t counter;
  int64_t n;
  int32_t inside, maxinside;
  mg_chan *order;
  int64_t bad;
} shared;

static void go_n(int n, void (*fn)(void *), shared *s) {
  sync__WaitGroup__Add(&s->wg, n);
  for (int i = 0; i < n; i++)
    harness_go(fn, s);
}

static void mutex_worker(void *arg) {
  shared *s = arg;
  for (int64_t i = 0; i < s->n; i++) {
    sync__Mutex__Lock(&s->mu);
    s->counter++;
    sync__Mutex__Unlock(&s->mu);
  }
  sync__WaitGroup__Done(&s->wg);
}

HTEST(test_mutex_contention) {
  int old = mg_gomaxprocs(2);
  shared s = {.n = 20000};
  go_n(8, mutex_worker, &s);
  sync__WaitGroup__Wait(&s.wg);
  check_int(s.counter, 8 * 20000);
  check_int(s.mu.state, 0);
  mg_gomaxprocs(old);
}

HTEST(test_mutex_trylock) {
  sync__Mutex mu = {0};
  check(sync__Mutex__TryLock(&mu));
  check(!(sync__Mutex__TryLock(&mu)));
  sync__Mutex__Unlock(&mu);
  check(sync__Mutex__TryLock(&mu));
  sync__Mutex__Unlock(&mu);
}

/* A lock holder that sleeps makes the waiters wait past the starvation
 * threshold: the mutex must still be handed to each of them. */
static void slow_worker(void *arg) {
  shared *s = arg;
  for (int i = 0; i < 3; i++) {
    sync__Mutex__Lock(&s->mu);
    mg_sleep(2000000);
    s->counter++;
    sync__Mutex__Unlock(&s->mu);
  }
  sync__WaitGroup__Done(&s->wg);
}

HTEST(test_mutex_starvation_mode) {
  shared s = {0};
  go_n(4, slow_worker, &s);
  sync__WaitGroup__Wait(&s.wg);
  check_int(s.counter, 12);
  check_int(s.mu.state, 0);
}

static void rw_writer(void *arg) {
  shared *s = arg;
  for (int64_t i = 0; i < s->n; i++) {
    sync__RWMutex__Lock(&s->rw);
    s->counter++;  /* odd while the writer holds the lock */
    s->counter++;
    sync__RWMutex__Unlock(&s->rw);
  }
  sync__WaitGroup__Done(&s->wg);
}

static void rw_reader(void *arg) {
  shared *s = arg;
  for (int64_t i = 0; i < s->n; i++) {
    sync__RWMutex__RLock(&s->rw);
    int32_t in = __atomic_add_fetch(&s->inside, 1, __ATOMIC_SEQ_CST);
    int32_t m = __atomic_load_n(&s->maxinside, __ATOMIC_SEQ_CST);
    while (in > m && !__atomic_compare_exchange_n(&s->maxinside, &m, in, false,
                                                 __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
      ;
    if (__atomic_load_n(&s->counter, __ATOMIC_SEQ_CST) % 2)
      __atomic_add_fetch(&s->bad, 1, __ATOMIC_SEQ_CST);
    __atomic_sub_fetch(&s->inside, 1, __ATOMIC_SEQ_CST);
    sync__RWMutex__RUnlock(&s->rw);
  }
  sync__WaitGroup__Done(&s->wg);
}

HTEST(test_rwmutex_contention) {
  int old = mg_gomaxprocs(2);
  shared s = {.n = 5000};
  go_n(4, rw_writer, &s);
  go_n(4, rw_reader, &s);
  sync__WaitGroup__Wait(&s.wg);
  check_int(s.counter, 2 * 4 * 5000);
  check_int(s.bad, 0);  /* no reader saw a writer inside */
  mg_gomaxprocs(old);
}

HTEST(test_rwmutex_try) {
  sync__RWMutex rw = {0};
  sync__RWMutex__RLock(&rw);
  check(sync__RWMutex__TryRLock(&rw));  /* readers share */
  check(!(sync__RWMutex__TryLock(&rw)));
  sync__RWMutex__RUnlock(&rw);
  sync__RWMutex__RUnlock(&rw);
  check(sync__RWMutex__TryLock(&rw));
  check(!(sync__RWMutex__TryRLock(&rw)));
  sync__RWMutex__Unlock(&rw);
  check(sync__RWMutex__TryRLock(&rw));
  sync__RWMutex__RUnlock(&rw);
}

static void wg_incr(void *arg) {
  shared *s = arg;
  mg_sleep(1000000);
  __atomic_add_fetch(&s->counter, 1, __ATOMIC_SEQ_CST);
  sync__WaitGroup__Done(&s->wg);
}

static void wg_waiter(void *arg) {
  shared *s = arg;
  sync__WaitGroup__Wait(&s->wg);
  int64_t v = __atomic_load_n(&s->counter, __ATOMIC_SEQ_CST);
  mg_chansend(s->order, &v);
}

HTEST(test_waitgroup) {
  shared s = {.order = mg_makechan(&harness_int_type, 5)};
  go_n(100, wg_incr, &s);
  for (int i = 0; i < 5; i++)
    harness_go(wg_waiter, &s);
  sync__WaitGroup__Wait(&s.wg);
  check_int(s.counter, 100);
  for (int i = 0; i < 5; i++) {  /* every waiter saw all 100 Done */
    int64_t v;
    mg_chanrecv(s.order, &v);
    check_int(v, 100);
  }
  check_int(s.wg.state, 0);
}

typedef struct ticketed {
  shared *s;
  int64_t id;
  G *g;
} ticketed;

static void sema_waiter(void *arg) {
  ticketed *t = arg;
  __atomic_store_n(&t->g, mg_getg(), __ATOMIC_RELEASE);
  mg_semacquire(&t->s->sema, false, WAIT_SEMACQUIRE);
  mg_chansend(t->s->order, &t->id);
}

/* Waiters are woken in the order they queued. */
HTEST(test_semaphore_fifo) {
  shared s = {.order = mg_makechan(&harness_int_type, 8)};
  ticketed t[8];
  for (int i = 0; i < 8; i++) {
    t[i] = (ticketed){&s, i, NULL};
    harness_go(sema_waiter, &t[i]);
    harness_wait_parked(&t[i].g, WAIT_SEMACQUIRE);  /* queued before the next */
  }
  for (int i = 0; i < 8; i++) {
    mg_semrelease(&s.sema, false);
    int64_t id;
    mg_chanrecv(s.order, &id);
    check_int(id, i);
  }
  check_int(s.sema, 0);
}

HTEST(test_semaphore_counts) {
  uint32_t sema = 3;
  for (int i = 0; i < 3; i++)
    mg_semacquire(&sema, false, WAIT_SEMACQUIRE);  /* no wait */
  check_int(sema, 0);
  mg_semrelease(&sema, false);
  check_int(sema, 1);
}

static void notify_waiter(void *arg) {
  ticketed *t = arg;
  uint32_t ticket = mg_notifylist_add(&t->s->nl);
  __atomic_store_n(&t->g, mg_getg(), __ATOMIC_RELEASE);
  mg_notifylist_wait(&t->s->nl, ticket);
  mg_chansend(t->s->order, &t->id);
}

HTEST(test_notifylist_signal_broadcast) {
  shared s = {.order = mg_makechan(&harness_int_type, 8)};
  ticketed t[5];
  for (int i = 0; i < 5; i++) {
    t[i] = (ticketed){&s, i, NULL};
    harness_go(notify_waiter, &t[i]);
    harness_wait_parked(&t[i].g, WAIT_COND);
  }
  int64_t id;
  mg_notifylist_notifyone(&s.nl);  /* Signal wakes the oldest waiter */
  mg_chanrecv(s.order, &id);
  check_int(id, 0);
  mg_sleep(5000000);
  bool ok;
  check(!(mg_selectnbrecv(s.order, &id, &ok)));  /* nobody else woke */
  mg_notifylist_notifyall(&s.nl);
  int64_t seen = 0;
  for (int i = 0; i < 4; i++) {
    mg_chanrecv(s.order, &id);
    seen |= 1 << id;
  }
  check_int(seen, 0x1e);
  mg_notifylist_notifyone(&s.nl);  /* nobody waits: no effect */
}

static void atomic_worker(void *arg) {
  shared *s = arg;
  for (int64_t i = 0; i < s->n; i++)
    sync_atomic__AddInt64(&s->counter, 1);
  sync__WaitGroup__Done(&s->wg);
}

HTEST(test_atomic_add_contention) {
  int old = mg_gomaxprocs(2);
  shared s = {.n = 100000};
  go_n(4, atomic_worker, &s);
  sync__WaitGroup__Wait(&s.wg);
  check_int(sync_atomic__LoadInt64(&s.counter), 400000);
  mg_gomaxprocs(old);
}

HTEST(test_atomic_ops) {
  int32_t i32 = 5;
  check_int(sync_atomic__AddInt32(&i32, -7), -2);
  check_int(sync_atomic__SwapInt32(&i32, 9), -2);
  check(!(sync_atomic__CompareAndSwapInt32(&i32, 8, 1)));
  check(sync_atomic__CompareAndSwapInt32(&i32, 9, 1));
  check_int(sync_atomic__LoadInt32(&i32), 1);
  uint32_t u32 = 0;
  check_int(sync_atomic__AddUint32(&u32, (uint32_t)-1), UINT32_MAX);  /* wraps */
  uint64_t u64 = 0;
  sync_atomic__StoreUint64(&u64, 1ull << 40);
  check_int(sync_atomic__LoadUint64(&u64), 1ull << 40);
  sync_atomic__Int64 x = {0};
  check_int(sync_atomic__Int64__Add(&x, 10), 10);
  check(sync_atomic__Int64__CompareAndSwap(&x, 10, 11));
  check_int(sync_atomic__Int64__Swap(&x, 3), 11);
  check_int(sync_atomic__Int64__Load(&x), 3);
  sync_atomic__Bool b = {0};
  check(!(sync_atomic__Bool__Swap(&b, true)));
  check(sync_atomic__Bool__Load(&b));
  check(!(sync_atomic__Bool__CompareAndSwap(&b, false, false)));
  check(sync_atomic__Bool__CompareAndSwap(&b, true, false));
  check(!(sync_atomic__Bool__Load(&b)));
}

HTEST(test_atomic_value) {
  sync_atomic__Value v = {0};
  check((sync_atomic__Value__Load(&v).type) == NULL);
  int64_t one = 1, two = 2;
  mg_iface i1 = mg_box(&harness_int_type, &one), i2 = mg_box(&harness_int_type, &two);
  check(!(sync_atomic__Value__CompareAndSwap(&v, i1, i2)));  /* empty, old != nil */
  sync_atomic__Value__Store(&v, i1);
  check_int(*(int64_t *)sync_atomic__Value__Load(&v).data, 1);
  check(!(sync_atomic__Value__CompareAndSwap(&v, i2, i1)));
  check(sync_atomic__Value__CompareAndSwap(&v, i1, i2));
  mg_iface old = sync_atomic__Value__Swap(&v, i1);
  check_int(*(int64_t *)old.data, 2);
  check_int(*(int64_t *)sync_atomic__Value__Load(&v).data, 1);
}

/* ---- child scenarios */

static void child_unlock_unlocked(void) {
  sync__Mutex mu = {0};
  sync__Mutex__Unlock(&mu);
}

static void child_runlock_unlocked(void) {
  sync__RWMutex rw = {0};
  sync__RWMutex__RUnlock(&rw);
}

static void child_rwunlock_unlocked(void) {
  sync__RWMutex rw = {0};
  sync__RWMutex__Unlock(&rw);
}

static void child_negative_wg(void) {
  sync__WaitGroup wg = {0};
  sync__WaitGroup__Done(&wg);
}

static void child_value_nil(void) {
  sync_atomic__Value v = {0};
  sync_atomic__Value__Store(&v, (mg_iface){NULL, NULL});
}

static const mg_type harness_string_type = {
  .kind = MG_STRING, .size = 16, .align = 8, .name = "string", .comparable = true,
};

static void child_value_mistyped(void) {
  sync_atomic__Value v = {0};
  int64_t one = 1;
  mg_string s = MG_STR("x");
  sync_atomic__Value__Store(&v, mg_box(&harness_int_type, &one));
  sync_atomic__Value__Store(&v, mg_box(&harness_string_type, &s));
}

static void child_wg_deadlock(void) {
  sync__WaitGroup wg = {0};
  sync__WaitGroup__Add(&wg, 1);
  sync__WaitGroup__Wait(&wg);
}

static void child_mutex_deadlock(void) {
  sync__Mutex mu = {0};
  sync__Mutex__Lock(&mu);
  sync__Mutex__Lock(&mu);
}

static void child_rlock_deadlock(void) {
  sync__RWMutex rw = {0};
  sync__RWMutex__Lock(&rw);
  sync__RWMutex__RLock(&rw);
}

static void child_wlock_deadlock(void) {
  sync__RWMutex rw = {0};
  sync__RWMutex__RLock(&rw);
  sync__RWMutex__Lock(&rw);
}

static const harness_child children[] = {
  {"unlock_unlocked", child_unlock_unlocked},
  {"runlock_unlocked", child_runlock_unlocked},
  {"rwunlock_unlocked", child_rwunlock_unlocked},
  {"negative_wg", child_negative_wg},
  {"value_nil", child_value_nil},
  {"value_mistyped", child_value_mistyped},
  {"wg_deadlock", child_wg_deadlock},
  {"mutex_deadlock", child_mutex_deadlock},
  {"rlock_deadlock", child_rlock_deadlock},
  {"wlock_deadlock", child_wlock_deadlock},
  {NULL, NULL},
};

static void test_fatal_errors_and_panics(void **state) {
  harness_expect_child("unlock_unlocked", 2, "fatal error: sync: unlock of unlocked mutex\n");
  harness_expect_child("runlock_unlocked", 2, "fatal error: sync: RUnlock of unlocked RWMutex\n");
  harness_expect_child("rwunlock_unlocked", 2, "fatal error: sync: Unlock of unlocked RWMutex\n");
  harness_expect_child("negative_wg", 2, "panic: sync: negative WaitGroup counter\n");
  harness_expect_child("value_nil", 2, "panic: sync/atomic: store of nil value into Value\n");
  harness_expect_child("value_mistyped", 2,
                       "panic: sync/atomic: store of inconsistently typed value into Value\n");
}

#define DEADLOCK "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 "

static void test_deadlock_wait_reasons(void **state) {
  harness_expect_child("wg_deadlock", 2, DEADLOCK "[sync.WaitGroup.Wait]:\n");
  harness_expect_child("mutex_deadlock", 2, DEADLOCK "[sync.Mutex.Lock]:\n");
  harness_expect_child("rlock_deadlock", 2, DEADLOCK "[sync.RWMutex.RLock]:\n");
  harness_expect_child("wlock_deadlock", 2, DEADLOCK "[sync.RWMutex.Lock]:\n");
}

static const struct CMUnitTest tests[] = {
  cmocka_unit_test(test_mutex_contention),
  cmocka_unit_test(test_mutex_trylock),
  cmocka_unit_test(test_mutex_starvation_mode),
  cmocka_unit_test(test_rwmutex_contention),
  cmocka_unit_test(test_rwmutex_try),
  cmocka_unit_test(test_waitgroup),
  cmocka_unit_test(test_semaphore_fifo),
  cmocka_unit_test(test_semaphore_counts),
  cmocka_unit_test(test_notifylist_signal_broadcast),
  cmocka_unit_test(test_atomic_add_contention),
  cmocka_unit_test(test_atomic_ops),
  cmocka_unit_test(test_atomic_value),
  cmocka_unit_test(test_fatal_errors_and_panics),
  cmocka_unit_test(test_deadlock_wait_reasons),
};

HARNESS_MAIN(tests, children)
