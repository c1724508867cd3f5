/*
 * sync_harness.h - shared by test_rt_chan.c, test_rt_sync.c and
 * test_rt_time.c: cmocka tests whose bodies run as goroutines under the
 * real scheduler, plus "child" scenarios (panics, fatal errors, deadlocks)
 * run in a fresh process to check their output and exit status.
 *
 * cmocka keeps its state in thread-local variables, and a goroutine may
 * resume on any thread, so cmocka runs on a thread of its own: each
 * HTEST body is handed to goroutine 1 of the runtime, and records its
 * failures with check()/check_int(), which cmocka then reports.
 *
 * A test file defines `static const struct CMUnitTest tests[]` and
 * `static const harness_child children[]` (NULL-terminated), then
 * HARNESS_MAIN(tests, children).
 */
#ifndef SYNC_HARNESS_H
#define SYNC_HARNESS_H

#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "minigo.h"
#include "runtime.h"

typedef struct harness_child {
  const char *name;
  void (*fn)(void);
} harness_child;

static const mg_type harness_int_type = {
  .kind = MG_INT64, .size = 8, .align = 8, .name = "int",
  .ptrfree = true, .comparable = true,
};

/* ---- failures recorded by goroutines, reported on the cmocka thread */

static char harness_failure[1024];
static int harness_failed;  /* atomic: the first failure wins */

static void harness_fail(const char *file, int line, const char *fmt, ...) {
  if (__atomic_exchange_n(&harness_failed, 1, __ATOMIC_SEQ_CST))
    return;
  int n = snprintf(harness_failure, sizeof harness_failure, "%s:%d: ", file, line);
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(harness_failure + n, sizeof harness_failure - (size_t)n, fmt, ap);
  va_end(ap);
}

/* In goroutine code (void functions): record the failure and return. */
#define check(cond) do { \
    if (!(cond)) { harness_fail(__FILE__, __LINE__, "check failed: %s", #cond); return; } \
  } while (0)
#define check_int(a, b) do { \
    long long a_ = (long long)(a), b_ = (long long)(b); \
    if (a_ != b_) { \
      harness_fail(__FILE__, __LINE__, "%s == %s failed: %lld != %lld", #a, #b, a_, b_); \
      return; \
    } \
  } while (0)
#define check_fail(...) do { harness_fail(__FILE__, __LINE__, __VA_ARGS__); return; } while (0)

/* ---- goroutine 1 serves test bodies to the cmocka thread */

static void (*harness_req)(void);  /* atomic: the body to run, NULL when done */

static void harness_init(void) {}

static void harness_server(void) {
  for (;;) {
    void (*fn)(void) = __atomic_load_n(&harness_req, __ATOMIC_ACQUIRE);
    if (!fn) {
      mg_sleep(20000);
      continue;
    }
    fn();
    __atomic_store_n(&harness_req, NULL, __ATOMIC_RELEASE);
  }
}

static void harness_nap(void) {
  struct timespec ts = {0, 20000};
  nanosleep(&ts, NULL);
}

/* On the cmocka thread: runs body as a goroutine and reports its failure. */
static void harness_run(void (*body)(void)) {
  harness_failed = 0;
  __atomic_store_n(&harness_req, body, __ATOMIC_RELEASE);
  while (__atomic_load_n(&harness_req, __ATOMIC_ACQUIRE))
    harness_nap();
  if (__atomic_load_n(&harness_failed, __ATOMIC_SEQ_CST))
    fail_msg("%s", harness_failure);
}

/* A cmocka test whose body runs on goroutine 1. */
#define HTEST(name) \
  static void name##_body(void); \
  static void name(void **state) { harness_run(name##_body); } \
  static void name##_body(void)

static inline void harness_go(void (*fn)(void *), void *arg) {
  mg_go(fn, arg, "test.goroutine", "test.c:1");
}

/* Waits until the goroutine published in *slot is parked for reason, so
 * that tests about queue order do not depend on timing. */
static inline void harness_wait_parked(G **slot, mg_waitreason reason) {
  G *gp;
  while (!(gp = __atomic_load_n(slot, __ATOMIC_ACQUIRE)) ||
         __atomic_load_n(&gp->status, __ATOMIC_ACQUIRE) != G_WAITING ||
         gp->waitreason != reason)
    mg_sleep(100000);
}

/* ---- child processes */

static const harness_child *harness_children;
static const char *harness_child_name;

static void harness_run_child(void) {
  for (const harness_child *c = harness_children; c->name; c++)
    if (strcmp(c->name, harness_child_name) == 0)
      c->fn();
  mg_exit(100);  /* the scenario returned or does not exist */
}

/* Runs child scenario name in a new process; returns its exit status and
 * its combined stdout+stderr in out. */
static int harness_spawn(const char *name, char *out, size_t n) {
  char cmd[256];
  snprintf(cmd, sizeof cmd, "/proc/%d/exe child %s 2>&1", (int)getpid(), name);
  FILE *f = popen(cmd, "r");
  size_t len = f ? fread(out, 1, n - 1, f) : 0;
  int st = f ? pclose(f) : -1;
  out[len] = 0;
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* On the cmocka thread: asserts that child scenario name exits with
 * status and that its output starts with want. */
static void harness_expect_child(const char *name, int status, const char *want) {
  char out[8192];
  int st = harness_spawn(name, out, sizeof out);
  if (strncmp(out, want, strlen(want)) != 0)
    fail_msg("child %s: output\n%s\nwant prefix\n%s", name, out, want);
  assert_int_equal(st, status);
}

/* ---- main */

typedef struct harness_group {
  const struct CMUnitTest *tests;
  size_t n;
} harness_group;

static void *harness_cmocka_thread(void *arg) {
  harness_group *g = arg;
  exit(_cmocka_run_group_tests("tests", g->tests, g->n, NULL, NULL));
}

static int harness_main(int argc, char **argv, const struct CMUnitTest *tests,
                        size_t ntests, const harness_child *children) {
  harness_children = children;
  if (argc == 3 && strcmp(argv[1], "child") == 0) {
    harness_child_name = argv[2];
    mg_main(argc, argv, harness_init, harness_run_child);
  }
  /* Started before the runtime and never touching GC memory, the cmocka
   * thread needs no registration with the collector. */
  static harness_group g;
  g = (harness_group){tests, ntests};
  pthread_t t;
  if (pthread_create(&t, NULL, harness_cmocka_thread, &g) != 0)
    return 1;
  mg_main(argc, argv, harness_init, harness_server);
}

#define HARNESS_MAIN(tests, children)                                       \
  int main(int argc, char **argv) {                                         \
    return harness_main(argc, argv, tests, sizeof tests / sizeof tests[0],  \
                        children);                                          \
  }

#endif
