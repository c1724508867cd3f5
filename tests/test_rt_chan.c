/*
 * test_rt_chan.c - channels and select under the real scheduler:
 * rendezvous, FIFO, close, non-blocking operations, select fairness and
 * wakeups, many senders and receivers on two threads, and the panics and
 * deadlock wait reasons in child processes.
 */
#include "sync_harness.h"
#include "chan.h"

static mg_chan *mkchan(int64_t size) {
  return mg_makechan(&harness_int_type, size);
}

static void send_int(mg_chan *c, int64_t v) {
  mg_chansend(c, &v);
}

static int64_t recv_int(mg_chan *c, bool *ok) {
  int64_t v = -1;
  bool r = mg_chanrecv(c, &v);
  if (ok)
    *ok = r;
  return v;
}

HTEST(test_buffered_fifo) {
  mg_chan *c = mkchan(5);
  for (int64_t i = 0; i < 5; i++)
    send_int(c, i * 10);
  check_int(mg_chanlen(c), 5);
  check_int(mg_chancap(c), 5);
  for (int64_t i = 0; i < 5; i++)
    check_int(recv_int(c, NULL), i * 10);
  check_int(mg_chanlen(c), 0);
}

HTEST(test_nonblocking) {
  mg_chan *unbuf = mkchan(0), *buf = mkchan(1);
  int64_t v = 7;
  bool ok = true;
  check(!(mg_selectnbsend(unbuf, &v)));      /* nobody receives */
  check(!(mg_selectnbrecv(unbuf, &v, &ok)));
  check(mg_selectnbsend(buf, &v));
  check(!(mg_selectnbsend(buf, &v)));        /* full */
  v = 0;
  check(mg_selectnbrecv(buf, &v, &ok));
  check(ok);
  check_int(v, 7);
  check(!(mg_selectnbsend(NULL, &v)));       /* nil channel */
  check(!(mg_selectnbrecv(NULL, &v, &ok)));
  check_int(mg_chanlen(NULL), 0);
  check_int(mg_chancap(NULL), 0);
}

HTEST(test_close_drains_then_zero) {
  mg_chan *c = mkchan(3);
  send_int(c, 1);
  send_int(c, 2);
  mg_closechan(c);
  bool ok;
  check_int(recv_int(c, &ok), 1);
  check(ok);
  check_int(recv_int(c, &ok), 2);
  check(ok);
  for (int i = 0; i < 3; i++) {
    check_int(recv_int(c, &ok), 0);
    check(!(ok));
  }
}

typedef struct pair {
  mg_chan *in, *out;
  int64_t n;
  int32_t flag;
} pair;

static void recv_report(void *arg) {
  pair *p = arg;
  bool ok;
  int64_t v = recv_int(p->in, &ok);
  send_int(p->out, ok ? v : -100);
}

HTEST(test_close_wakes_all_receivers) {
  pair p = {mkchan(0), mkchan(10), 0, 0};
  for (int i = 0; i < 10; i++)
    harness_go(recv_report, &p);
  mg_sleep(20000000);  /* let them all block */
  mg_closechan(p.in);
  for (int i = 0; i < 10; i++)
    check_int(recv_int(p.out, NULL), -100);
}

static void send_then_flag(void *arg) {
  pair *p = arg;
  send_int(p->in, 42);
  __atomic_store_n(&p->flag, 1, __ATOMIC_SEQ_CST);
  send_int(p->out, 0);
}

HTEST(test_unbuffered_rendezvous) {
  pair p = {mkchan(0), mkchan(0), 0, 0};
  harness_go(send_then_flag, &p);
  mg_sleep(20000000);
  /* The send cannot complete before a receiver takes the value. */
  check_int(__atomic_load_n(&p.flag, __ATOMIC_SEQ_CST), 0);
  check_int(recv_int(p.in, NULL), 42);
  recv_int(p.out, NULL);
  check_int(__atomic_load_n(&p.flag, __ATOMIC_SEQ_CST), 1);
}

static void sender_range(void *arg) {
  pair *p = arg;
  for (int64_t i = 1; i <= p->n; i++)
    send_int(p->in, i);
  send_int(p->out, -1);
}

static void receiver_sum(void *arg) {
  pair *p = arg;
  int64_t sum = 0, v;
  bool ok;
  while ((v = recv_int(p->in, &ok)), ok)
    sum += v;
  send_int(p->out, sum);
}

/* 4 senders and 4 receivers on 2 threads: every value arrives once. */
static void many_to_many(int64_t size) {
  int old = mg_gomaxprocs(2);
  const int64_t n = 20000;
  pair p = {mkchan(size), mkchan(0), n, 0};
  pair r = {p.in, mkchan(0), 0, 0};
  for (int i = 0; i < 4; i++) {
    harness_go(sender_range, &p);
    harness_go(receiver_sum, &r);
  }
  for (int i = 0; i < 4; i++)
    check_int(recv_int(p.out, NULL), -1);
  mg_closechan(p.in);
  int64_t total = 0;
  for (int i = 0; i < 4; i++)
    total += recv_int(r.out, NULL);
  check_int(total, 4 * n * (n + 1) / 2);
  mg_gomaxprocs(old);
}

HTEST(test_many_senders_receivers_unbuffered) {
  many_to_many(0);
}

HTEST(test_many_senders_receivers_buffered) {
  many_to_many(16);
}

/* Four always-ready channels: the choice must be uniform (chi-square with
 * 3 degrees of freedom; 35 is far beyond the 1e-6 tail). */
HTEST(test_select_fairness) {
  enum { K = 4, TRIALS = 40000 };
  mg_chan *cs[K];
  int64_t vals[K];
  mg_scase cases[K];
  int count[K] = {0};
  for (int i = 0; i < K; i++) {
    cs[i] = mkchan(1);
    send_int(cs[i], i);
    cases[i] = (mg_scase){cs[i], &vals[i], false};
  }
  for (int t = 0; t < TRIALS; t++) {
    bool ok;
    int k = mg_select(cases, K, true, &ok);
    check(k >= 0 && k < K);
    check(ok);
    check_int(vals[k], k);
    count[k]++;
    send_int(cs[k], k);
  }
  double chi2 = 0, e = TRIALS / (double)K;
  for (int i = 0; i < K; i++)
    chi2 += (count[i] - e) * (count[i] - e) / e;
  if (chi2 > 35)
    check_fail("select is not uniform: %d %d %d %d", count[0], count[1], count[2], count[3]);
}

typedef struct selwait {
  mg_chan *c[3];
  int64_t got, sendval;
  int chosen;
  bool ok;
  mg_chan *done;
} selwait;

static void select_three(void *arg) {
  selwait *s = arg;
  mg_scase cases[3] = {
    {s->c[0], &s->got, false}, {s->c[1], &s->got, false}, {s->c[2], &s->sendval, true},
  };
  s->chosen = mg_select(cases, 3, true, &s->ok);
  send_int(s->done, 0);
}

static void run_select_three(selwait *s) {
  for (int i = 0; i < 3; i++)
    s->c[i] = mkchan(0);
  s->done = mkchan(0);
  s->sendval = 99;
  harness_go(select_three, s);
  mg_sleep(20000000);  /* parked in select on all three */
}

static void assert_queues_empty(selwait *s) {
  for (int i = 0; i < 3; i++) {
    check((s->c[i]->recvq.first) == NULL);
    check((s->c[i]->sendq.first) == NULL);
  }
}

HTEST(test_select_wakes_on_receive_case) {
  selwait s = {0};
  run_select_three(&s);
  send_int(s.c[1], 5);
  recv_int(s.done, NULL);
  check_int(s.chosen, 1);
  check(s.ok);
  check_int(s.got, 5);
  assert_queues_empty(&s);  /* the losing cases were unlinked */
}

HTEST(test_select_wakes_on_send_case) {
  selwait s = {0};
  run_select_three(&s);
  check_int(recv_int(s.c[2], NULL), 99);
  recv_int(s.done, NULL);
  check_int(s.chosen, 2);
  assert_queues_empty(&s);
}

HTEST(test_select_wakes_on_close) {
  selwait s = {.got = 77};
  run_select_three(&s);
  mg_closechan(s.c[0]);
  recv_int(s.done, NULL);
  check_int(s.chosen, 0);
  check(!(s.ok));
  check_int(s.got, 0);
  assert_queues_empty(&s);
}

HTEST(test_select_default_and_nil) {
  int64_t v = 1;
  bool ok = true;
  mg_scase none[2] = {{NULL, &v, false}, {NULL, &v, true}};
  check_int(mg_select(none, 2, false, &ok), -1);
  mg_chan *c = mkchan(1);
  mg_scase one[2] = {{NULL, &v, false}, {c, &v, true}};
  check_int(mg_select(one, 2, false, &ok), 1);  /* nil case ignored */
  check_int(mg_select(one, 2, false, &ok), -1); /* now full */
  mg_closechan(c);
  mg_scase rc[2] = {{NULL, &v, true}, {c, &v, false}};
  check_int(mg_select(rc, 2, true, &ok), 1);
  check(ok);
  check_int(v, 1);
  check_int(mg_select(rc, 2, true, &ok), 1);
  check(!(ok));
  check_int(v, 0);
}

/* A select with a case on the same channel twice locks it once. */
HTEST(test_select_duplicate_channel) {
  mg_chan *c = mkchan(1);
  int64_t a = -1, b = -1;
  mg_scase cases[2] = {{c, &a, false}, {c, &b, false}};
  send_int(c, 3);
  bool ok;
  int k = mg_select(cases, 2, true, &ok);
  check(k == 0 ? a == 3 : b == 3);
}

/* Selects on both sides: senders choose between two channels, receivers
 * between those two and a quit channel; on two threads, every value
 * arrives exactly once (the selectdone race decides each rendezvous). */
typedef struct selmix {
  mg_chan *a, *b, *quit, *done;
  int64_t n;
} selmix;

static void select_sender(void *arg) {
  selmix *m = arg;
  for (int64_t v = 1; v <= m->n; v++) {
    mg_scase cases[2] = {{m->a, &v, true}, {m->b, &v, true}};
    mg_select(cases, 2, true, NULL);
  }
  send_int(m->done, 0);
}

static void select_receiver(void *arg) {
  selmix *m = arg;
  int64_t sum = 0, v;
  for (;;) {
    mg_scase cases[3] = {{m->a, &v, false}, {m->b, &v, false}, {m->quit, NULL, false}};
    if (mg_select(cases, 3, true, NULL) == 2)
      break;
    sum += v;
  }
  send_int(m->done, sum);
}

HTEST(test_select_both_sides_two_threads) {
  int old = mg_gomaxprocs(2);
  static selmix m;
  m = (selmix){mkchan(0), mkchan(1), mkchan(0), mkchan(8), 20000};
  for (int i = 0; i < 4; i++) {
    harness_go(select_sender, &m);
    harness_go(select_receiver, &m);
  }
  for (int i = 0; i < 4; i++)
    check_int(recv_int(m.done, NULL), 0);
  /* Senders are done; stop the receivers, then take what they left in
   * b's buffer (quit may win over a buffered value). */
  mg_closechan(m.quit);
  int64_t total = 0, v;
  for (int i = 0; i < 4; i++)
    total += recv_int(m.done, NULL);
  bool ok;
  while (mg_selectnbrecv(m.b, &v, &ok))
    total += v;
  check_int(total, 4 * m.n * (m.n + 1) / 2);
  mg_gomaxprocs(old);
}

/* ---- child scenarios: panics and deadlocks */

static void child_send_closed(void) {
  mg_chan *c = mkchan(1);
  mg_closechan(c);
  send_int(c, 1);
}

static void child_close_closed(void) {
  mg_chan *c = mkchan(0);
  mg_closechan(c);
  mg_closechan(c);
}

static void child_close_nil(void) {
  mg_closechan(NULL);
}

static void child_select_send_closed(void) {
  mg_chan *c = mkchan(0);
  mg_closechan(c);
  int64_t v = 0;
  mg_scase cases[2] = {{mkchan(0), &v, false}, {c, &v, true}};
  mg_select(cases, 2, true, NULL);
}

static void child_recv_deadlock(void) {
  recv_int(mkchan(0), NULL);
}

static void child_send_deadlock(void) {
  send_int(mkchan(0), 1);
}

static void child_recv_nil(void) {
  recv_int(NULL, NULL);
}

static void child_send_nil(void) {
  send_int(NULL, 1);
}

static void child_select_nocases(void) {
  mg_select(NULL, 0, true, NULL);
}

static void child_select_deadlock(void) {
  int64_t v;
  mg_scase cases[2] = {{mkchan(0), &v, false}, {mkchan(0), &v, false}};
  mg_select(cases, 2, true, NULL);
}

static const harness_child children[] = {
  {"send_closed", child_send_closed},
  {"close_closed", child_close_closed},
  {"close_nil", child_close_nil},
  {"select_send_closed", child_select_send_closed},
  {"recv_deadlock", child_recv_deadlock},
  {"send_deadlock", child_send_deadlock},
  {"recv_nil", child_recv_nil},
  {"send_nil", child_send_nil},
  {"select_nocases", child_select_nocases},
  {"select_deadlock", child_select_deadlock},
  {NULL, NULL},
};

static void test_panics(void **state) {
  harness_expect_child("send_closed", 2, "panic: send on closed channel\n");
  harness_expect_child("close_closed", 2, "panic: close of closed channel\n");
  harness_expect_child("close_nil", 2, "panic: close of nil channel\n");
  harness_expect_child("select_send_closed", 2, "panic: send on closed channel\n");
}

#define DEADLOCK "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 "

static void test_deadlock_wait_reasons(void **state) {
  harness_expect_child("recv_deadlock", 2, DEADLOCK "[chan receive]:\n");
  harness_expect_child("send_deadlock", 2, DEADLOCK "[chan send]:\n");
  harness_expect_child("recv_nil", 2, DEADLOCK "[chan receive (nil chan)]:\n");
  harness_expect_child("send_nil", 2, DEADLOCK "[chan send (nil chan)]:\n");
  harness_expect_child("select_nocases", 2, DEADLOCK "[select (no cases)]:\n");
  harness_expect_child("select_deadlock", 2, DEADLOCK "[select]:\n");
}

static const struct CMUnitTest tests[] = {
  cmocka_unit_test(test_buffered_fifo),
  cmocka_unit_test(test_nonblocking),
  cmocka_unit_test(test_close_drains_then_zero),
  cmocka_unit_test(test_close_wakes_all_receivers),
  cmocka_unit_test(test_unbuffered_rendezvous),
  cmocka_unit_test(test_many_senders_receivers_unbuffered),
  cmocka_unit_test(test_many_senders_receivers_buffered),
  cmocka_unit_test(test_select_fairness),
  cmocka_unit_test(test_select_wakes_on_receive_case),
  cmocka_unit_test(test_select_wakes_on_send_case),
  cmocka_unit_test(test_select_wakes_on_close),
  cmocka_unit_test(test_select_default_and_nil),
  cmocka_unit_test(test_select_duplicate_channel),
  cmocka_unit_test(test_select_both_sides_two_threads),
  cmocka_unit_test(test_panics),
  cmocka_unit_test(test_deadlock_wait_reasons),
};

HARNESS_MAIN(tests, children)
