/*
 * chan.h - the channel object and the transfers shared by chan.c and
 * select.c (Go's runtime/chan.go design: a lock, a ring buffer, and queues
 * of waiting senders and receivers; a value goes straight to a waiting
 * receiver). Internal to the runtime.
 */
#ifndef MG_CHAN_IMPL_H
#define MG_CHAN_IMPL_H

#include "race.h"
#include "sema.h"

typedef struct mg_waitq {
  mg_sudog *first, *last;
} mg_waitq;

struct mg_chan {
  mg_lock lock;
  bool closed;
  int64_t elemsize;
  uint64_t qcount;     /* values in the buffer */
  uint64_t dataqsiz;   /* buffer capacity */
  uint8_t *buf;
  uint64_t sendx, recvx;
  mg_waitq recvq, sendq;
  const mg_type *elemtype;
};

void chan_enqueue(mg_waitq *q, mg_sudog *s);
/* First waiter that can be woken: a select's sudog counts only if this
 * wakeup wins its select (G.selectdone). */
mg_sudog *chan_dequeue(mg_waitq *q);
/* Unlinks s if it is still queued (select cleaning up its losing cases). */
void chan_unlink(mg_waitq *q, mg_sudog *s);

/* -race: the happens-before edges of channel operations (Go's model). A
 * goroutine that parks on c releases c first and acquires it when woken; the
 * peer that completes its operation acquires and releases c; a buffer slot
 * carries the edges between its sender and its receiver. */
void chan_race_wait(mg_chan *c);
void chan_race_woken(mg_chan *c);

/* Transfers with a waiting peer sg, c locked; they mark sg as woken by a
 * transfer. The caller unlocks, then mg_goready(sg->g). */
void chan_send_to(mg_chan *c, mg_sudog *sg, const void *ep);
void chan_recv_from(mg_chan *c, mg_sudog *sg, void *ep);
/* Buffer operations, c locked: the caller checked qcount. */
void chan_bufsend(mg_chan *c, const void *ep);
void chan_bufrecv(mg_chan *c, void *ep);

_Noreturn void chan_panic_closed_send(void);
_Noreturn void chan_park_forever(mg_waitreason reason);

/* Send and receive; with block false they return false instead of waiting.
 * mg_chan_recv's result says whether it completed, *received whether a
 * value came (false: closed and drained, *ep zeroed). */
bool mg_chan_send(mg_chan *c, const void *ep, bool block);
bool mg_chan_recv(mg_chan *c, void *ep, bool block, bool *received);

#endif
