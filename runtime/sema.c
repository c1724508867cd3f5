/*
 * sema.c - semaphores keyed by address and notify lists (Go's sema.go).
 * A fixed table of roots, each with a lock, a waiter count for the fast
 * path, and a list of per-address FIFO queues: the head sudog of each
 * address is on the root's `next` list, the others hang off its waitlink.
 */
#include "sema.h"

#define SEMTABSZ 251

typedef struct semaroot {
  mg_lock lock;
  uint32_t nwait;     /* waiters on any address of this root; atomic */
  mg_sudog *heads;
  char pad[64 - sizeof(mg_lock) - sizeof(uint32_t) - sizeof(mg_sudog *)];
} semaroot;

static semaroot semtable[SEMTABSZ];

static semaroot *semroot(uint32_t *addr) {
  return &semtable[((uintptr_t)addr >> 3) % SEMTABSZ];
}

static bool cansemacquire(uint32_t *addr) {
  uint32_t v = __atomic_load_n(addr, __ATOMIC_SEQ_CST);
  while (v > 0)
    if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_SEQ_CST,
                                    __ATOMIC_SEQ_CST))
      return true;
  return false;
}

static mg_sudog **sema_find(semaroot *root, uint32_t *addr) {
  mg_sudog **pp = &root->heads;
  while (*pp && (*pp)->addr != addr)
    pp = &(*pp)->next;
  return pp;
}

static void sema_queue(semaroot *root, uint32_t *addr, mg_sudog *s, bool lifo) {
  s->next = NULL;
  s->waitlink = s->waittail = NULL;
  mg_sudog **pp = sema_find(root, addr);
  mg_sudog *t = *pp;
  if (!t) {
    *pp = s;
  } else if (lifo) {
    /* s takes t's place as the head; t leads the rest of the queue */
    s->next = t->next;
    s->waitlink = t;
    s->waittail = t->waittail ? t->waittail : t;
    t->next = NULL;
    t->waittail = NULL;
    *pp = s;
  } else {
    if (t->waittail)
      t->waittail->waitlink = s;
    else
      t->waitlink = s;
    t->waittail = s;
  }
}

static mg_sudog *sema_dequeue(semaroot *root, uint32_t *addr) {
  mg_sudog **pp = sema_find(root, addr);
  mg_sudog *s = *pp;
  if (!s)
    return NULL;
  mg_sudog *t = s->waitlink;
  if (t) {
    t->next = s->next;
    t->waittail = t->waitlink ? s->waittail : NULL;
    *pp = t;
  } else {
    *pp = s->next;
  }
  s->next = s->waitlink = s->waittail = NULL;
  return s;
}

static bool unlock_after_park(G *gp, void *lock) {
  mg_lock_release(lock);
  return true;
}

void mg_semacquire(uint32_t *addr, bool lifo, mg_waitreason reason) {
  if (cansemacquire(addr))
    return;
  semaroot *root = semroot(addr);
  mg_sudog s = {.g = mg_getg(), .addr = addr};
  for (;;) {
    mg_lock_acquire(&root->lock);
    __atomic_add_fetch(&root->nwait, 1, __ATOMIC_SEQ_CST);
    if (cansemacquire(addr)) {
      __atomic_sub_fetch(&root->nwait, 1, __ATOMIC_SEQ_CST);
      mg_lock_release(&root->lock);
      return;
    }
    s.ticket = 0;
    sema_queue(root, addr, &s, lifo);
    s.g->waitinfo = addr;
    mg_gopark(unlock_after_park, &root->lock, reason);
    s.g->waitinfo = NULL;
    if (s.ticket != 0 || cansemacquire(addr))
      return;
  }
}

void mg_semrelease(uint32_t *addr, bool handoff) {
  semaroot *root = semroot(addr);
  __atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
  if (__atomic_load_n(&root->nwait, __ATOMIC_SEQ_CST) == 0)
    return;
  mg_lock_acquire(&root->lock);
  mg_sudog *s = sema_dequeue(root, addr);
  if (s)
    __atomic_sub_fetch(&root->nwait, 1, __ATOMIC_SEQ_CST);
  mg_lock_release(&root->lock);
  if (!s)
    return;
  /* s lives on its G's stack: read nothing from it after the wakeup */
  bool handed = handoff && cansemacquire(addr);
  s->ticket = handed;
  mg_goready(s->g);
  if (handed)
    mg_gosched();
}

/* ---- notify lists (sync.Cond) */

static bool ticket_less(uint32_t a, uint32_t b) {
  return (int32_t)(a - b) < 0;
}

uint32_t mg_notifylist_add(mg_notifylist *l) {
  return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST);
}

void mg_notifylist_wait(mg_notifylist *l, uint32_t ticket) {
  mg_lock_acquire(&l->lock);
  if (ticket_less(ticket, __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))) {
    mg_lock_release(&l->lock);  /* already notified */
    return;
  }
  mg_sudog s = {.g = mg_getg(), .ticket = ticket};
  if (l->tail)
    l->tail->next = &s;
  else
    l->head = &s;
  l->tail = &s;
  s.g->waitinfo = l;
  mg_gopark(unlock_after_park, &l->lock, WAIT_COND);
  s.g->waitinfo = NULL;
}

void mg_notifylist_notifyall(mg_notifylist *l) {
  if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) ==
      __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
    return;
  mg_lock_acquire(&l->lock);
  mg_sudog *s = l->head;
  l->head = l->tail = NULL;
  __atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST),
                   __ATOMIC_SEQ_CST);
  mg_lock_release(&l->lock);
  while (s) {
    mg_sudog *next = s->next;
    mg_goready(s->g);
    s = next;
  }
}

void mg_notifylist_notifyone(mg_notifylist *l) {
  if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) ==
      __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
    return;
  mg_lock_acquire(&l->lock);
  uint32_t t = l->notify;
  if (t == __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST)) {
    mg_lock_release(&l->lock);
    return;
  }
  __atomic_store_n(&l->notify, t + 1, __ATOMIC_SEQ_CST);
  /* The waiter holding ticket t may not have queued yet: then its wait
   * sees the ticket notified and returns at once. */
  for (mg_sudog *p = NULL, *s = l->head; s; p = s, s = s->next) {
    if (s->ticket == t) {
      mg_sudog *n = s->next;
      if (p)
        p->next = n;
      else
        l->head = n;
      if (l->tail == s)
        l->tail = p;
      mg_lock_release(&l->lock);
      mg_goready(s->g);
      return;
    }
  }
  mg_lock_release(&l->lock);
}
