/*
 * test_rt_time.c - package time's C side: Duration.String against Go's
 * outputs, Time arithmetic and formatting, Sleep, timer ordering, Timer
 * Stop/Reset, AfterFunc, Ticker, and that stopped timers are freed.
 */
#include <time.h>

#include "rt_harness.h"
#include "time/mgtime.h"

#define MS INT64_C(1000000)

static time__Location utc = {MG_STR("UTC"), false};

/* Time.UTC is written in Go (time.go): its effect, for C. */
static time__Time in_utc(time__Time t) {
  t.loc = NULL;
  return t;
}

static void assert_str(mg_string s, const char *want) {
  if ((size_t)s.len != strlen(want) || memcmp(s.ptr, want, (size_t)s.len) != 0)
    check_fail("got \"%.*s\", want \"%s\"", (int)s.len, (const char *)s.ptr, want);
}

/* Expected strings printed by Go 1.19's time.Duration.String. */
HTEST(test_duration_string) {
  static const struct { int64_t d; const char *s; } cases[] = {
    {0, "0s"}, {1, "1ns"}, {999, "999ns"}, {1000, "1µs"}, {1100, "1.1µs"},
    {2200000, "2.2ms"}, {1500000000, "1.5s"}, {250000000, "250ms"},
    {120000000000, "2m0s"}, {3600000000000, "1h0m0s"}, {-1500000000, "-1.5s"},
    {3723004005006, "1h2m3.004005006s"},
    {INT64_MAX, "2562047h47m16.854775807s"},
    {INT64_MIN, "-2562047h47m16.854775808s"},
    {59999999999, "59.999999999s"}, {360000000000000, "100h0m0s"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    assert_str(time__Duration__String(cases[i].d), cases[i].s);
}

/* Expected strings printed by Go 1.19 with TZ=UTC. */
HTEST(test_time_string_and_unix) {
  setenv("TZ", "UTC", 1);
  tzset();
  time__Time t = time__Unix(1700000000, 123456789);
  assert_str(time__Time__String(t), "2023-11-14 22:13:20.123456789 +0000 UTC");
  assert_str(time__Time__String(time__Unix(0, 0)), "1970-01-01 00:00:00 +0000 UTC");
  assert_str(time__Time__String((time__Time){0}), "0001-01-01 00:00:00 +0000 UTC");
  assert_str(time__Time__String(time__Unix(5, 100)), "1970-01-01 00:00:05.0000001 +0000 UTC");
  check(time__Time__IsZero((time__Time){0}));
  check(!(time__Time__IsZero(time__Unix(0, 0))));
  check_int(time__Time__Unix(t), 1700000000);
  check_int(time__Time__UnixNano(t), INT64_C(1700000000123456789));
  check_int(time__Time__UnixMilli(t), INT64_C(1700000000123));
  check_int(time__Time__UnixMicro(t), INT64_C(1700000000123456));
  time__Time n = time__Unix(1, -1);  /* normalized as Go */
  check_int(time__Time__Unix(n), 0);
  check_int(time__Time__Nanosecond(n), 999999999);
}

/* Expected strings printed by Go 1.19 for the same time in UTC. */
HTEST(test_time_format_layouts) {
  time__Time t = in_utc(time__Unix(1709211845, 123456789));
  static const struct { const char *layout, *want; } cases[] = {
    {"2006-01-02T15:04:05.000Z07:00", "2024-02-29T13:04:05.123Z"},
    {"Mon Jan _2 15:04:05 MST 2006", "Thu Feb 29 13:04:05 UTC 2024"},
    {"3:04PM", "1:04PM"},
    {"_2/1/06 03:04:05.9 PM", "29/2/24 01:04:05.1 PM"},
    {"Monday, January 2, 2006 -07:00", "Thursday, February 29, 2024 +00:00"},
    {"15:04:05,000000 .99", "13:04:05,123456 .12"},
    {"Janet 2006x", "Janet 2024x"},  /* "Jan" before a lower-case letter is literal */
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    assert_str(time__Time__Format(t, mg_cstring(cases[i].layout)), cases[i].want);
  check_int(time__Time__Year(t), 2024);
  check_int(time__Time__Month(t), 2);
  check_int(time__Time__YearDay(t), 60);
  check_int(time__Time__Weekday(t), 4);
  time__Time d = time__Date(2023, 10, 32, 25, 61, -1, 0, &utc);
  assert_str(time__Time__String(d), "2023-11-02 02:00:59 +0000 UTC");
}

HTEST(test_time_arithmetic) {
  time__Time a = time__Unix(100, 900000000);
  time__Time b = time__Time__Add(a, 1200 * MS);
  check_int(time__Time__UnixNano(b), INT64_C(102100000000));
  check_int(time__Time__Sub(b, a), 1200 * MS);
  check_int(time__Time__Sub(a, b), -1200 * MS);
  check(time__Time__Before(a, b));
  check(time__Time__After(b, a));
  check(!(time__Time__Equal(a, b)));
  check(time__Time__Equal(time__Time__Add(b, -1200 * MS), a));
  check_int(time__Time__Compare(a, b), -1);
  time__Time r = time__Time__Round(time__Unix(10, 600000000), 1000 * MS);
  check_int(time__Time__Unix(r), 11);
  time__Time tr = time__Time__Truncate(time__Unix(10, 600000000), 1000 * MS);
  check_int(time__Time__UnixNano(tr), INT64_C(10000000000));
  /* Now carries a monotonic reading, which Sub prefers and Round drops. */
  time__Time n1 = time__Now(), n2 = time__Now();
  check(n1.hasMono);
  check(time__Time__Sub(n2, n1) >= 0);
  check(!(time__Time__Round(n1, 0).hasMono));
  mg_string s = time__Time__String(n1);
  check((memmem(s.ptr, (size_t)s.len, " m=+", 4)) != NULL);
}

HTEST(test_sleep) {
  int64_t t0 = mg_nanotime();
  time__Sleep(20 * MS);
  check(mg_nanotime() - t0 >= 20 * MS);
  time__Sleep(-5);  /* returns at once */
}

/* Timers created out of order fire in deadline order: the times they
 * stamp on their channels are ordered, and none fires early. (Comparing
 * the order in which woken goroutines report would measure OS scheduling
 * latency under load instead.) */
HTEST(test_timers_fire_in_deadline_order) {
  static const int64_t ds[5] = {100, 20, 80, 40, 60};
  static const int order[5] = {1, 3, 4, 2, 0};
  time__Timer *t[5];
  time__Time start = time__Now(), fired[5];
  for (int i = 0; i < 5; i++)
    t[i] = time__NewTimer(ds[i] * MS);
  for (int i = 0; i < 5; i++) {
    mg_chanrecv(t[i]->C, &fired[i]);
    check(time__Time__Sub(fired[i], start) >= ds[i] * MS);
  }
  for (int k = 1; k < 5; k++)
    check(!time__Time__Before(fired[order[k]], fired[order[k - 1]]));
}

HTEST(test_timer_fires_once) {
  time__Time start = time__Now();
  time__Timer *t = time__NewTimer(10 * MS);
  time__Time got;
  check(mg_chanrecv(t->C, &got));
  check(time__Time__Sub(got, start) >= 10 * MS);
  check_int(mg_chancap(t->C), 1);
  check(!(time__Timer__Stop(t)));  /* already fired and received */
}

HTEST(test_timer_stop_and_reset) {
  time__Timer *t = time__NewTimer(1000 * MS);
  check(time__Timer__Stop(t));
  time__Sleep(40 * MS);
  time__Time got;
  bool ok;
  check(!(mg_selectnbrecv(t->C, &got, &ok)));  /* never fired */
  check(!(time__Timer__Reset(t, 5 * MS)));
  check(mg_chanrecv(t->C, &got));
  /* A fired but unreceived value is discarded by Reset (Go 1.23). */
  check(!(time__Timer__Reset(t, 5 * MS)));
  time__Sleep(20 * MS);
  check(time__Timer__Reset(t, 1000 * MS));
  check(!(mg_selectnbrecv(t->C, &got, &ok)));
  check(time__Timer__Stop(t));
}

typedef struct closure {
  void *fn;
  mg_chan *out;
} closure;

static void afterfunc_body(mg_func *f) {
  int64_t id = mg_goid();
  mg_chansend(((closure *)f)->out, &id);
}

HTEST(test_afterfunc_runs_in_new_goroutine) {
  closure *f = mg_alloc(sizeof *f);
  f->fn = (void *)afterfunc_body;
  f->out = mg_makechan(&harness_int_type, 1);
  time__AfterFunc(10 * MS, (mg_func *)f);
  int64_t id;
  mg_chanrecv(f->out, &id);
  check(id != mg_goid());
  time__Timer *t = time__AfterFunc(1000 * MS, (mg_func *)f);
  check(time__Timer__Stop(t));
  time__Sleep(30 * MS);
  bool ok;
  check(!(mg_selectnbrecv(f->out, &id, &ok)));
}

HTEST(test_ticker) {
  int64_t t0 = mg_nanotime();
  time__Ticker *tk = time__NewTicker(10 * MS);
  time__Time got;
  for (int i = 0; i < 3; i++)
    check(mg_chanrecv(tk->C, &got));
  check(mg_nanotime() - t0 >= 30 * MS);
  time__Ticker__Stop(tk);
  time__Sleep(30 * MS);
  bool ok;
  check(!(mg_selectnbrecv(tk->C, &got, &ok)));
  time__Ticker__Reset(tk, 5 * MS);
  check(mg_chanrecv(tk->C, &got));
  time__Ticker__Stop(tk);
}

/* A million created-and-stopped timers: memory stays flat. */
HTEST(test_stopped_timers_are_freed) {
  int64_t base = 0;
  for (int round = 0; round < 10; round++) {
    for (int i = 0; i < 100000; i++)
      time__Timer__Stop(time__NewTimer(3600 * 1000 * MS));
    mg_gc();
    if (round == 1)
      base = rt_rss_kib();
  }
  int64_t grown = rt_rss_kib() - base;
  if (grown > 32 * 1024)
    check_fail("RSS grew by %lld KiB over 800k stopped timers", (long long)grown);
}

static void child_sleep_deadlock(void) {
  /* a pending timer is not a deadlock; after it fires, the receive is */
  time__Sleep(1 * MS);
  mg_chanrecv(mg_makechan(&harness_int_type, 0), NULL);
}

static void child_ticker_zero(void) {
  time__NewTicker(0);
}

static const harness_child children[] = {
  {"sleep_deadlock", child_sleep_deadlock},
  {"ticker_zero", child_ticker_zero},
  {NULL, NULL},
};

static void test_children(void **state) {
  harness_expect_child("sleep_deadlock", 2,
                       "fatal error: all goroutines are asleep - deadlock!\n\n"
                       "goroutine 1 [chan receive]:\n");
  harness_expect_child("ticker_zero", 2, "panic: non-positive interval for NewTicker\n");
}

static const struct CMUnitTest tests[] = {
  cmocka_unit_test(test_duration_string),
  cmocka_unit_test(test_time_string_and_unix),
  cmocka_unit_test(test_time_format_layouts),
  cmocka_unit_test(test_time_arithmetic),
  cmocka_unit_test(test_sleep),
  cmocka_unit_test(test_timers_fire_in_deadline_order),
  cmocka_unit_test(test_timer_fires_once),
  cmocka_unit_test(test_timer_stop_and_reset),
  cmocka_unit_test(test_afterfunc_runs_in_new_goroutine),
  cmocka_unit_test(test_ticker),
  cmocka_unit_test(test_stopped_timers_are_freed),
  cmocka_unit_test(test_children),
};

HARNESS_MAIN(tests, children)
