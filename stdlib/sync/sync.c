/*
 * sync.c - Mutex, RWMutex and WaitGroup, following Go's sync/mutex.go,
 * rwmutex.go and waitgroup.go, on the runtime's semaphores. Cond's
 * runtime side is the runtime's notify list. Under -race each primitive
 * tells ThreadSanitizer its happens-before edges (race.h): the exported
 * methods annotate, the internal mutex_lock/unlock (used by RWMutex) not.
 */
#include <stddef.h>

#include "race.h"
#include "sync/sync.h"

#define SC __ATOMIC_SEQ_CST

_Static_assert(offsetof(mg_notifylist, head) == 16 && sizeof(mg_notifylist) == 32,
               "sync.notifyList layout in sync.go");

static bool cas32(int32_t *p, int32_t old, int32_t new_) {
  return __atomic_compare_exchange_n(p, &old, new_, false, SC, SC);
}

static int32_t load32(int32_t *p) {
  return __atomic_load_n(p, SC);
}

/* ---- Mutex */

enum {
  MUTEX_LOCKED = 1,
  MUTEX_WOKEN = 2,
  MUTEX_STARVING = 4,
  MUTEX_WAITER_SHIFT = 3,
};

/* A waiter that waited longer than this switches the mutex to starvation
 * mode, where Unlock hands it over directly. */
#define STARVATION_THRESHOLD_NS 1000000

/* Spinning only pays when the holder can run on another processor. */
static bool can_spin(int iter) {
  return iter < 4 && mg_ncpu() > 1 && mg_gomaxprocs(0) > 1;
}

static void do_spin(void) {
  for (int i = 0; i < 30; i++) {
#if defined(__x86_64__)
    __builtin_ia32_pause();
#else
    __asm__ volatile("yield");
#endif
  }
}

static void mutex_lock_slow(sync__Mutex *m) {
  int64_t wait_start = 0;
  bool starving = false, awoke = false;
  int iter = 0;
  int32_t old = load32(&m->state);
  for (;;) {
    if ((old & (MUTEX_LOCKED | MUTEX_STARVING)) == MUTEX_LOCKED && can_spin(iter)) {
      /* Tell Unlock not to wake others while we spin. */
      if (!awoke && !(old & MUTEX_WOKEN) && (old >> MUTEX_WAITER_SHIFT) != 0 &&
          cas32(&m->state, old, old | MUTEX_WOKEN))
        awoke = true;
      do_spin();
      iter++;
      old = load32(&m->state);
      continue;
    }
    int32_t new_ = old;
    if (!(old & MUTEX_STARVING))
      new_ |= MUTEX_LOCKED;  /* starving: the mutex goes to the queue */
    if (old & (MUTEX_LOCKED | MUTEX_STARVING))
      new_ += 1 << MUTEX_WAITER_SHIFT;
    if (starving && (old & MUTEX_LOCKED))
      new_ |= MUTEX_STARVING;
    if (awoke) {
      if (!(new_ & MUTEX_WOKEN))
        mg_throw("sync: inconsistent mutex state");
      new_ &= ~MUTEX_WOKEN;
    }
    if (!cas32(&m->state, old, new_)) {
      old = load32(&m->state);
      continue;
    }
    if (!(old & (MUTEX_LOCKED | MUTEX_STARVING)))
      return;  /* locked with the CAS */
    bool lifo = wait_start != 0;
    if (!wait_start)
      wait_start = mg_nanotime();
    mg_semacquire(&m->sema, lifo, WAIT_MUTEX);
    starving = starving || mg_nanotime() - wait_start > STARVATION_THRESHOLD_NS;
    old = load32(&m->state);
    if (old & MUTEX_STARVING) {
      /* Handed off: the mutex is ours, fix up the state. */
      if ((old & (MUTEX_LOCKED | MUTEX_WOKEN)) || (old >> MUTEX_WAITER_SHIFT) == 0)
        mg_throw("sync: inconsistent mutex state");
      int32_t delta = MUTEX_LOCKED - (1 << MUTEX_WAITER_SHIFT);
      if (!starving || (old >> MUTEX_WAITER_SHIFT) == 1)
        delta -= MUTEX_STARVING;  /* last waiter or short wait: leave starvation */
      __atomic_add_fetch(&m->state, delta, SC);
      return;
    }
    awoke = true;
    iter = 0;
  }
}

static void mutex_lock(sync__Mutex *m) {
  if (!cas32(&m->state, 0, MUTEX_LOCKED))
    mutex_lock_slow(m);
}

static bool mutex_trylock(sync__Mutex *m) {
  int32_t old = load32(&m->state);
  return !(old & (MUTEX_LOCKED | MUTEX_STARVING)) &&
         cas32(&m->state, old, old | MUTEX_LOCKED);
}

/* Remembers the holder, for the deadlock explanation. */
static void mutex_set_owner(sync__Mutex *m, void *pc) {
  __atomic_store_n(&m->owner, mg_goid(), __ATOMIC_RELAXED);
  __atomic_store_n(&m->lockpc, (uintptr_t)pc, __ATOMIC_RELAXED);
}

void sync__Mutex__Lock(sync__Mutex *m) {
  mutex_lock(m);
  mutex_set_owner(m, __builtin_return_address(0));
  mg_race_mutex_lock(m, false);
}

bool sync__Mutex__TryLock(sync__Mutex *m) {
  if (!mutex_trylock(m))
    return false;
  mutex_set_owner(m, __builtin_return_address(0));
  mg_race_mutex_lock(m, false);
  return true;
}

static void mutex_unlock_slow(sync__Mutex *m, int32_t new_) {
  if (!((new_ + MUTEX_LOCKED) & MUTEX_LOCKED))
    mg_throw("sync: unlock of unlocked mutex");
  if (new_ & MUTEX_STARVING) {
    mg_semrelease(&m->sema, true);  /* hand off to the first waiter */
    return;
  }
  int32_t old = new_;
  for (;;) {
    /* No waiters, or someone already woken or holding it: nothing to do. */
    if ((old >> MUTEX_WAITER_SHIFT) == 0 ||
        (old & (MUTEX_LOCKED | MUTEX_WOKEN | MUTEX_STARVING)))
      return;
    new_ = (old - (1 << MUTEX_WAITER_SHIFT)) | MUTEX_WOKEN;
    if (cas32(&m->state, old, new_)) {
      mg_semrelease(&m->sema, false);
      return;
    }
    old = load32(&m->state);
  }
}

static void mutex_unlock(sync__Mutex *m) {
  int32_t new_ = __atomic_sub_fetch(&m->state, MUTEX_LOCKED, SC);
  if (new_ != 0)
    mutex_unlock_slow(m, new_);
}

void sync__Mutex__Unlock(sync__Mutex *m) {
  if (load32(&m->state) & MUTEX_LOCKED)  /* else the fatal error below */
    mg_race_mutex_unlock(m, false);
  __atomic_store_n(&m->owner, 0, __ATOMIC_RELAXED);
  mutex_unlock(m);
}

/* ---- RWMutex: readerCount < 0 while a writer is pending */

#define RWMUTEX_MAX_READERS (1 << 30)

void sync__RWMutex__RLock(sync__RWMutex *rw) {
  if (__atomic_add_fetch(&rw->readerCount, 1, SC) < 0)
    mg_semacquire(&rw->readerSem, false, WAIT_RWMUTEX_R);
  mg_race_mutex_lock(rw, true);
}

bool sync__RWMutex__TryRLock(sync__RWMutex *rw) {
  for (;;) {
    int32_t c = load32(&rw->readerCount);
    if (c < 0)
      return false;
    if (cas32(&rw->readerCount, c, c + 1)) {
      mg_race_mutex_lock(rw, true);
      return true;
    }
  }
}

void sync__RWMutex__RUnlock(sync__RWMutex *rw) {
  if (load32(&rw->readerCount) != 0 && load32(&rw->readerCount) != -RWMUTEX_MAX_READERS)
    mg_race_mutex_unlock(rw, true);
  int32_t r = __atomic_sub_fetch(&rw->readerCount, 1, SC);
  if (r >= 0)
    return;
  if (r + 1 == 0 || r + 1 == -RWMUTEX_MAX_READERS)
    mg_throw("sync: RUnlock of unlocked RWMutex");
  /* The last departing reader lets the pending writer in. */
  if (__atomic_sub_fetch(&rw->readerWait, 1, SC) == 0)
    mg_semrelease(&rw->writerSem, false);
}

void sync__RWMutex__Lock(sync__RWMutex *rw) {
  mutex_lock(&rw->w);
  mutex_set_owner(&rw->w, __builtin_return_address(0));
  int32_t r = __atomic_add_fetch(&rw->readerCount, -RWMUTEX_MAX_READERS, SC) +
              RWMUTEX_MAX_READERS;
  if (r != 0 && __atomic_add_fetch(&rw->readerWait, r, SC) != 0)
    mg_semacquire(&rw->writerSem, false, WAIT_RWMUTEX_W);
  mg_race_mutex_lock(rw, false);
}

bool sync__RWMutex__TryLock(sync__RWMutex *rw) {
  if (!mutex_trylock(&rw->w))
    return false;
  if (!cas32(&rw->readerCount, 0, -RWMUTEX_MAX_READERS)) {
    mutex_unlock(&rw->w);
    return false;
  }
  mg_race_mutex_lock(rw, false);
  return true;
}

void sync__RWMutex__Unlock(sync__RWMutex *rw) {
  if (load32(&rw->readerCount) < 0)  /* else the fatal error below */
    mg_race_mutex_unlock(rw, false);
  int32_t r = __atomic_add_fetch(&rw->readerCount, RWMUTEX_MAX_READERS, SC);
  if (r >= RWMUTEX_MAX_READERS)
    mg_throw("sync: Unlock of unlocked RWMutex");
  for (int32_t i = 0; i < r; i++)
    mg_semrelease(&rw->readerSem, false);
  mutex_unlock(&rw->w);
}

/* ---- WaitGroup */

void sync__WaitGroup__Add(sync__WaitGroup *wg, int64_t delta) {
  if (delta < 0)
    mg_race_release_merge(wg);  /* every Done happens before Wait returns */
  uint64_t state = __atomic_add_fetch(&wg->state, (uint64_t)delta << 32, SC);
  int32_t v = (int32_t)(state >> 32);
  uint32_t w = (uint32_t)state;
  if (v < 0)
    mg_panic_cstring("sync: negative WaitGroup counter");
  if (w != 0 && delta > 0 && v == (int32_t)delta)
    mg_panic_cstring("sync: WaitGroup misuse: Add called concurrently with Wait");
  if (v > 0 || w == 0)
    return;
  /* Counter is zero with waiters: nobody may change state until they are
   * all released. */
  if (__atomic_load_n(&wg->state, SC) != state)
    mg_panic_cstring("sync: WaitGroup misuse: Add called concurrently with Wait");
  __atomic_store_n(&wg->state, 0, SC);
  for (; w != 0; w--)
    mg_semrelease(&wg->sema, false);
}

void sync__WaitGroup__Done(sync__WaitGroup *wg) {
  sync__WaitGroup__Add(wg, -1);
}

void sync__WaitGroup__Wait(sync__WaitGroup *wg) {
  for (;;) {
    uint64_t state = __atomic_load_n(&wg->state, SC);
    if ((int32_t)(state >> 32) == 0) {
      mg_race_acquire(wg);
      return;
    }
    if (__atomic_compare_exchange_n(&wg->state, &state, state + 1, false, SC, SC)) {
      mg_semacquire(&wg->sema, false, WAIT_WAITGROUP);
      if (__atomic_load_n(&wg->state, SC) != 0)
        mg_panic_cstring("sync: WaitGroup is reused before previous Wait has returned");
      mg_race_acquire(wg);
      return;
    }
  }
}

/* ---- helpers for the Go parts of sync.go */

uint32_t sync__loadUint32(uint32_t *addr) {
  uint32_t v = __atomic_load_n(addr, SC);
  mg_race_acquire(addr);
  return v;
}

void sync__storeUint32(uint32_t *addr, uint32_t val) {
  mg_race_release(addr);
  __atomic_store_n(addr, val, SC);
}

uint32_t sync__runtime_notifyListAdd(sync__notifyList *l) {
  return mg_notifylist_add(l);
}

void sync__runtime_notifyListWait(sync__notifyList *l, uint32_t t) {
  mg_notifylist_wait(l, t);
}

void sync__runtime_notifyListNotifyOne(sync__notifyList *l) {
  mg_notifylist_notifyone(l);
}

void sync__runtime_notifyListNotifyAll(sync__notifyList *l) {
  mg_notifylist_notifyall(l);
}
