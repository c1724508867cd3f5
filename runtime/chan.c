/*
 * chan.c - channels: make, send, receive, close, len, cap. A sender or
 * receiver that must wait queues a sudog from its own stack and parks; the
 * peer copies the value directly to or from that sudog's element and
 * readies the G into its P's runnext, so a ping-pong is two switches.
 */
#include "chan.h"

/* ---- wait queues: doubly linked for select's unlinking */

void chan_enqueue(mg_waitq *q, mg_sudog *s) {
  s->next = NULL;
  s->prev = q->last;
  if (q->last)
    q->last->next = s;
  else
    q->first = s;
  q->last = s;
}

void chan_unlink(mg_waitq *q, mg_sudog *s) {
  if (!s->prev && q->first != s)
    return;  /* already dequeued */
  if (s->prev)
    s->prev->next = s->next;
  else
    q->first = s->next;
  if (s->next)
    s->next->prev = s->prev;
  else
    q->last = s->prev;
  s->next = s->prev = NULL;
}

mg_sudog *chan_dequeue(mg_waitq *q) {
  for (;;) {
    mg_sudog *s = q->first;
    if (!s)
      return NULL;
    chan_unlink(q, s);
    /* A select waits on several channels: only the first waker wins. */
    uint32_t zero = 0;
    if (s->isselect &&
        !__atomic_compare_exchange_n(&s->g->selectdone, &zero, 1, false,
                                     __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
      continue;
    return s;
  }
}

/* ---- transfers */

static void *chanbuf(mg_chan *c, uint64_t i) {
  return c->buf + i * (uint64_t)c->elemsize;
}

static void elem_copy(mg_chan *c, void *dst, const void *src) {
  if (dst && c->elemsize)
    memmove(dst, src, (size_t)c->elemsize);
}

static void elem_clear(mg_chan *c, void *p) {
  if (p && c->elemsize)
    memset(p, 0, (size_t)c->elemsize);
}

/* The sync address of buffer slot i; the channel's own for zero-size
 * elements (as Go, all slots then share one). */
static void *race_slot(mg_chan *c, uint64_t i) {
  return c->buf ? chanbuf(c, i) : (void *)&c->buf;
}

/* Copies under the happens-before edge of sync address a: acquire before,
 * release after, so that the copy itself (TSan sees the runtime's memmove
 * as the current goroutine's access) is ordered with the peer's accesses. */
static void synced_copy(mg_chan *c, void *a, void *dst, const void *src) {
  mg_race_acquire(a);
  elem_copy(c, dst, src);
  mg_race_release(a);
}

/* synced_copy out of a buffer slot, which is then cleared (so that the GC
 * can free what it pointed to) under the same edge: the clear happens
 * before the next send into the slot. */
static void synced_take(mg_chan *c, void *a, void *dst, void *slot) {
  mg_race_acquire(a);
  elem_copy(c, dst, slot);
  elem_clear(c, slot);
  mg_race_release(a);
}

void chan_race_wait(mg_chan *c) {
  mg_race_release(c);
}

void chan_race_woken(mg_chan *c) {
  mg_race_acquire(c);
}

static void wake_with(mg_sudog *sg, bool success) {
  sg->success = success;
  sg->elem = NULL;
  sg->g->param = sg;
}

void chan_send_to(mg_chan *c, mg_sudog *sg, const void *ep) {
  synced_copy(c, c, sg->elem, ep);
  wake_with(sg, true);
}

void chan_recv_from(mg_chan *c, mg_sudog *sg, void *ep) {
  if (c->dataqsiz == 0) {
    synced_copy(c, c, ep, sg->elem);
  } else {
    /* Full buffer: take the head, the sender's value goes to the tail. */
    void *qp = chanbuf(c, c->recvx);
    synced_copy(c, race_slot(c, c->recvx), ep, qp);
    mg_race_acquire(c);
    synced_copy(c, race_slot(c, c->recvx), qp, sg->elem);
    mg_race_release(c);
    if (++c->recvx == c->dataqsiz)
      c->recvx = 0;
    c->sendx = c->recvx;
  }
  wake_with(sg, true);
}

void chan_bufsend(mg_chan *c, const void *ep) {
  synced_copy(c, race_slot(c, c->sendx), chanbuf(c, c->sendx), ep);
  if (++c->sendx == c->dataqsiz)
    c->sendx = 0;
  c->qcount++;
}

void chan_bufrecv(mg_chan *c, void *ep) {
  synced_take(c, race_slot(c, c->recvx), ep, chanbuf(c, c->recvx));
  if (++c->recvx == c->dataqsiz)
    c->recvx = 0;
  c->qcount--;
}

_Noreturn void chan_panic_closed_send(void) {
  mg_panic_plain("send on closed channel");
}

/* ---- operations */

mg_chan *mg_makechan(const mg_type *elem, int64_t size) {
  int64_t esz = elem ? elem->size : 0;
  if (size < 0 || (esz > 0 && size > (INT64_C(1) << 40) / esz))
    mg_panic_plain("makechan: size out of range");
  mg_chan *c = mg_alloc(sizeof *c);
  c->elemtype = elem;
  c->elemsize = esz;
  c->dataqsiz = (uint64_t)size;
  if (size > 0 && esz > 0)
    c->buf = (elem->ptrfree ? mg_alloc_atomic : mg_alloc)(size * esz);
  return c;
}

_Noreturn void chan_park_forever(mg_waitreason reason) {
  for (;;)
    mg_gopark(NULL, NULL, reason);
}

static bool unlock_chan(G *gp, void *c) {
  mg_lock_release(&((mg_chan *)c)->lock);
  return true;
}

/* Parks the current G on q until a peer or close wakes it; c is locked and
 * is unlocked by the park. Returns whether a value was transferred. */
static bool chan_wait(mg_chan *c, mg_waitq *q, void *ep, mg_waitreason reason) {
  G *gp = mg_getg();
  mg_sudog s = {.g = gp, .elem = ep, .c = c};
  chan_enqueue(q, &s);
  gp->param = NULL;
  gp->waitinfo = c;
  chan_race_wait(c);
  mg_gopark(unlock_chan, c, reason);
  chan_race_woken(c);
  gp->waitinfo = NULL;
  gp->param = NULL;
  return s.success;
}

bool mg_chan_send(mg_chan *c, const void *ep, bool block) {
  if (!c) {
    if (!block)
      return false;
    chan_park_forever(WAIT_CHAN_SEND_NIL);
  }
  mg_lock_acquire(&c->lock);
  if (c->closed) {
    mg_lock_release(&c->lock);
    chan_panic_closed_send();
  }
  mg_sudog *sg = chan_dequeue(&c->recvq);
  if (sg) {
    chan_send_to(c, sg, ep);
    mg_lock_release(&c->lock);
    mg_goready(sg->g);
    return true;
  }
  if (c->qcount < c->dataqsiz) {
    chan_bufsend(c, ep);
    mg_lock_release(&c->lock);
    return true;
  }
  if (!block) {
    mg_lock_release(&c->lock);
    return false;
  }
  /* The receiver copies from ep, which stays valid: this frame waits. */
  if (!chan_wait(c, &c->sendq, (void *)ep, WAIT_CHAN_SEND))
    chan_panic_closed_send();  /* woken by close */
  return true;
}

bool mg_chan_recv(mg_chan *c, void *ep, bool block, bool *received) {
  *received = false;
  if (!c) {
    if (!block)
      return false;
    chan_park_forever(WAIT_CHAN_RECV_NIL);
  }
  mg_lock_acquire(&c->lock);
  mg_sudog *sg;
  if (c->closed && c->qcount == 0) {
    mg_race_acquire(c);  /* close happens before a receive that sees it */
    mg_lock_release(&c->lock);
    elem_clear(c, ep);
    return true;
  }
  if ((sg = chan_dequeue(&c->sendq))) {
    chan_recv_from(c, sg, ep);
    mg_lock_release(&c->lock);
    mg_goready(sg->g);
    return *received = true;
  }
  if (c->qcount > 0) {
    chan_bufrecv(c, ep);
    mg_lock_release(&c->lock);
    return *received = true;
  }
  if (!block) {
    mg_lock_release(&c->lock);
    return false;
  }
  *received = chan_wait(c, &c->recvq, ep, WAIT_CHAN_RECV);
  return true;  /* when closed, close() zeroed *ep */
}

/* The entry points the generated code calls put its line on -race's
 * stack: TSan sees the runtime's copies as the calling goroutine's. */
void mg_chansend(mg_chan *c, const void *elem) {
  MG_RACE_ENTER();
  mg_chan_send(c, elem, true);
  MG_RACE_LEAVE();
}

bool mg_chanrecv(mg_chan *c, void *elem) {
  bool received;
  MG_RACE_ENTER();
  mg_chan_recv(c, elem, true, &received);
  MG_RACE_LEAVE();
  return received;
}

bool mg_selectnbsend(mg_chan *c, const void *elem) {
  MG_RACE_ENTER();
  bool sent = mg_chan_send(c, elem, false);
  MG_RACE_LEAVE();
  return sent;
}

bool mg_selectnbrecv(mg_chan *c, void *elem, bool *recvOK) {
  MG_RACE_ENTER();
  bool selected = mg_chan_recv(c, elem, false, recvOK);
  MG_RACE_LEAVE();
  return selected;
}

void mg_closechan(mg_chan *c) {
  if (!c)
    mg_panic_plain("close of nil channel");
  mg_lock_acquire(&c->lock);
  if (c->closed) {
    mg_lock_release(&c->lock);
    mg_panic_plain("close of closed channel");
  }
  mg_race_acquire(c);  /* the receivers' variables are ours to clear */
  c->closed = true;
  /* Collect every waiter, then wake them outside the lock. */
  mg_sudog *wake = NULL, *sg;
  while ((sg = chan_dequeue(&c->recvq))) {
    elem_clear(c, sg->elem);
    wake_with(sg, false);
    sg->next = wake;
    wake = sg;
  }
  while ((sg = chan_dequeue(&c->sendq))) {
    wake_with(sg, false);
    sg->next = wake;
    wake = sg;
  }
  /* After clearing the receivers' variables: that memset is ours too. */
  mg_race_release(c);
  mg_lock_release(&c->lock);
  while (wake) {
    sg = wake;
    wake = sg->next;  /* read before the G can run and drop its frame */
    mg_goready(sg->g);
  }
}

int64_t mg_chanlen(mg_chan *c) {
  return c ? (int64_t)__atomic_load_n(&c->qcount, __ATOMIC_RELAXED) : 0;
}

int64_t mg_chancap(mg_chan *c) {
  return c ? (int64_t)c->dataqsiz : 0;
}
