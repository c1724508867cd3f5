/*
 * select.c - the select statement (Go's runtime/select.go design): poll
 * the cases in a random order with every channel locked (in address
 * order, so that two selects cannot deadlock); if none is ready, queue a
 * sudog on every channel and park; the first peer to win the G's
 * selectdone flag completes its case, and the others are unlinked.
 */
#include "chan.h"

/* Per-thread xorshift: the poll order only needs to be unpredictable
 * enough to be fair. */
static uint32_t fastrandn(uint32_t n) {
  static __thread uint64_t x;
  if (!x)
    x = (uint64_t)mg_nanotime() ^ (uintptr_t)&x ^ 0x9E3779B97F4A7C15u;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return (uint32_t)(((x >> 32) * n) >> 32);
}

typedef struct selstate {
  mg_scase *cases;
  int *lockorder;  /* case indices sorted by channel address */
  int n;           /* enabled cases */
} selstate;

static void sellock(selstate *st) {
  mg_chan *prev = NULL;
  for (int i = 0; i < st->n; i++) {
    mg_chan *c = st->cases[st->lockorder[i]].c;
    if (c != prev)
      mg_lock_acquire(&c->lock);
    prev = c;
  }
}

/* Unlocks in reverse. Once it has released the last lock it reads nothing
 * more: the woken select may then return and free st (it is on its stack). */
static void selunlock(selstate *st) {
  for (int i = st->n - 1; i >= 0; i--) {
    mg_chan *c = st->cases[st->lockorder[i]].c;
    if (i > 0 && c == st->cases[st->lockorder[i - 1]].c)
      continue;
    mg_lock_release(&c->lock);
  }
}

static bool selparkcommit(G *gp, void *st) {
  selunlock(st);
  return true;
}

/* Builds a random poll order and the address-sorted lock order of the
 * cases with a channel; returns their count. */
static int select_orders(mg_scase *cases, int ncases, int *pollorder, int *lockorder) {
  int n = 0;
  for (int i = 0; i < ncases; i++) {
    if (!cases[i].c)
      continue;
    int j = (int)fastrandn((uint32_t)n + 1);
    pollorder[n] = pollorder[j];
    pollorder[j] = i;
    int k = n++;
    for (; k > 0 && (uintptr_t)cases[lockorder[k - 1]].c > (uintptr_t)cases[i].c; k--)
      lockorder[k] = lockorder[k - 1];
    lockorder[k] = i;
  }
  return n;
}

/* Pass 1: completes the first ready case in poll order and unlocks.
 * Returns its index, or -1 with the channels still locked. */
static int select_poll(selstate *st, const int *pollorder, bool *recvOK) {
  for (int i = 0; i < st->n; i++) {
    int casi = pollorder[i];
    mg_scase *cas = &st->cases[casi];
    mg_chan *c = cas->c;
    mg_sudog *sg;
    if (cas->send) {
      if (c->closed) {
        selunlock(st);
        chan_panic_closed_send();
      }
      if ((sg = chan_dequeue(&c->recvq))) {
        chan_send_to(c, sg, cas->elem);
        selunlock(st);
        mg_goready(sg->g);
      } else if (c->qcount < c->dataqsiz) {
        chan_bufsend(c, cas->elem);
        selunlock(st);
      } else {
        continue;
      }
      return casi;
    }
    if ((sg = chan_dequeue(&c->sendq))) {
      chan_recv_from(c, sg, cas->elem);
      selunlock(st);
      mg_goready(sg->g);
      *recvOK = true;
    } else if (c->qcount > 0) {
      chan_bufrecv(c, cas->elem);
      selunlock(st);
      *recvOK = true;
    } else if (c->closed) {
      mg_race_acquire(c);
      selunlock(st);
      if (cas->elem && c->elemsize)
        memset(cas->elem, 0, (size_t)c->elemsize);
      *recvOK = false;
    } else {
      continue;
    }
    return casi;
  }
  return -1;
}

/* Passes 2 and 3: queue on every channel, park, then unlink the cases
 * that did not fire. Returns the case that fired. */
static int select_wait(selstate *st, bool *recvOK) {
  G *gp = mg_getg();
  mg_sudog sgs[st->n];
  mg_sudog *list = NULL;
  gp->param = NULL;
  __atomic_store_n(&gp->selectdone, 0, __ATOMIC_SEQ_CST);
  for (int i = st->n - 1; i >= 0; i--) {
    int casi = st->lockorder[i];
    mg_scase *cas = &st->cases[casi];
    sgs[i] = (mg_sudog){.g = gp, .elem = cas->elem, .c = cas->c,
                        .casei = casi, .isselect = true, .waitlink = list};
    list = &sgs[i];
    chan_enqueue(cas->send ? &cas->c->sendq : &cas->c->recvq, &sgs[i]);
  }
  gp->waitinfo = list;  /* for WAIT_SELECT: the sudogs, linked by waitlink */
  for (int i = 0; i < st->n; i++)
    chan_race_wait(sgs[i].c);
  mg_gopark(selparkcommit, st, WAIT_SELECT);
  sellock(st);
  gp->waitinfo = NULL;
  mg_sudog *won = gp->param;
  gp->param = NULL;
  if (won)
    chan_race_woken(won->c);
  for (int i = 0; i < st->n; i++) {
    mg_scase *cas = &st->cases[sgs[i].casei];
    if (&sgs[i] != won)
      chan_unlink(cas->send ? &cas->c->sendq : &cas->c->recvq, &sgs[i]);
  }
  selunlock(st);
  if (!won)
    mg_throw("select: woken without a case");
  if (st->cases[won->casei].send && !won->success)
    chan_panic_closed_send();
  *recvOK = won->success;
  return won->casei;
}

static int selectgo(mg_scase *cases, int ncases, bool block, bool *recvOK) {
  bool ok = false;
  if (!recvOK)
    recvOK = &ok;
  *recvOK = false;
  /* As Go compiles them: one case is a plain channel operation. */
  if (ncases == 1 && cases[0].send)
    return mg_chan_send(cases[0].c, cases[0].elem, block) ? 0 : -1;
  if (ncases == 1)
    return mg_chan_recv(cases[0].c, cases[0].elem, block, recvOK) ? 0 : -1;
  if (ncases == 0) {
    if (block)
      chan_park_forever(WAIT_SELECT_NOCASES);
    return -1;
  }
  int pollorder[ncases], lockorder[ncases];
  selstate st = {cases, lockorder, select_orders(cases, ncases, pollorder, lockorder)};
  sellock(&st);
  int casi = select_poll(&st, pollorder, recvOK);
  if (casi >= 0)
    return casi;
  if (!block) {
    selunlock(&st);
    return -1;
  }
  if (st.n == 0)
    chan_park_forever(WAIT_SELECT);  /* every case has a nil channel */
  return select_wait(&st, recvOK);
}

int mg_select(mg_scase *cases, int ncases, bool block, bool *recvOK) {
  MG_RACE_ENTER();  /* -race: the select's line on the stack (chan.c) */
  int casi = selectgo(cases, ncases, block, recvOK);
  MG_RACE_LEAVE();
  return casi;
}
