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
