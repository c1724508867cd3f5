/*
 * lock_futex.c - runtime mutexes and notes on Linux futexes (Go's
 * lock_futex.go): a three-state mutex (Drepper's "Futexes are tricky")
 * and a one-shot wakeup for parking Ms.
 */
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "runtime.h"

#ifdef MG_RACE
/* Under -race, libgc stops the world with signals and ThreadSanitizer
 * delivers a signal only inside a call it intercepts: a thread asleep in a
 * raw futex never answers and the collector aborts ("Signals delivery
 * fails constantly"). So waits go through intercepted calls: notes through
 * one process-wide condition variable, lock contention through usleep.
 * The condition variable's mutex is not the program's: no edges. */
#include <pthread.h>
#include "race.h"
static pthread_mutex_t note_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t note_cv = PTHREAD_COND_INITIALIZER;

static void futex_wait(uint32_t *addr, uint32_t val, const struct timespec *ts)
{
  if (addr != NULL && ts == NULL && val == 2) {  /* mg_lock contention */
    usleep(20);
    return;
  }
  mg_race_ignore_begin();
  pthread_mutex_lock(&note_mu);
  if (__atomic_load_n(addr, __ATOMIC_ACQUIRE) == val) {
    if (ts) {
      struct timespec abs;
      clock_gettime(CLOCK_REALTIME, &abs);
      abs.tv_sec += ts->tv_sec + (abs.tv_nsec + ts->tv_nsec) / 1000000000;
      abs.tv_nsec = (abs.tv_nsec + ts->tv_nsec) % 1000000000;
      pthread_cond_timedwait(&note_cv, &note_mu, &abs);
    } else {
      pthread_cond_wait(&note_cv, &note_mu);
    }
  }
  pthread_mutex_unlock(&note_mu);
  mg_race_ignore_end();
}

static void futex_wake(uint32_t *addr)
{
  (void)addr;
  mg_race_ignore_begin();
  pthread_mutex_lock(&note_mu);
  pthread_cond_broadcast(&note_cv);
  pthread_mutex_unlock(&note_mu);
  mg_race_ignore_end();
}

static void lock_wake(uint32_t *addr) { (void)addr; }  /* waiters poll */
#else
static long futex(uint32_t *addr, int op, uint32_t val, const struct timespec *ts)
{
  return syscall(SYS_futex, addr, op | FUTEX_PRIVATE_FLAG, val, ts, NULL, 0);
}

static void lock_wake(uint32_t *addr)
{
  futex(addr, FUTEX_WAKE, 1, NULL);
}

static void futex_wait(uint32_t *addr, uint32_t val, const struct timespec *ts)
{
  futex(addr, FUTEX_WAIT, val, ts);
}

static void futex_wake(uint32_t *addr)
{
  futex(addr, FUTEX_WAKE, INT_MAX, NULL);
}
#endif

void mg_lock_acquire(mg_lock *l)
{
  uint32_t c = 0;
  if (__atomic_compare_exchange_n(&l->key, &c, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
    return;
  for (int spin = 0; spin < 100 && c != 0; spin++) {
    mg_procyield();
    c = 0;
    if (__atomic_compare_exchange_n(&l->key, &c, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
      return;
  }
  if (c != 2)
    c = __atomic_exchange_n(&l->key, 2, __ATOMIC_ACQUIRE);
  while (c != 0) {
    futex_wait(&l->key, 2, NULL);
    c = __atomic_exchange_n(&l->key, 2, __ATOMIC_ACQUIRE);
  }
}

void mg_lock_release(mg_lock *l)
{
  if (__atomic_exchange_n(&l->key, 0, __ATOMIC_RELEASE) == 2)
    lock_wake(&l->key);
}

void mg_note_clear(mg_note *n)
{
  __atomic_store_n(&n->key, 0, __ATOMIC_RELAXED);
}

void mg_note_wakeup(mg_note *n)
{
  if (__atomic_exchange_n(&n->key, 1, __ATOMIC_SEQ_CST) == 0)
    futex_wake(&n->key);
}

void mg_note_sleep(mg_note *n)
{
  while (__atomic_load_n(&n->key, __ATOMIC_ACQUIRE) == 0)
    futex_wait(&n->key, 0, NULL);
}

bool mg_note_tsleep(mg_note *n, int64_t ns)
{
  int64_t deadline = mg_nanotime() + ns;
  while (__atomic_load_n(&n->key, __ATOMIC_ACQUIRE) == 0) {
    int64_t left = deadline - mg_nanotime();
    if (left <= 0)
      return false;
    struct timespec ts = {left / 1000000000, left % 1000000000};
    futex_wait(&n->key, 0, &ts);
  }
  return true;
}
