/*
 * sema.h - sudogs (a G waiting in a queue), the semaphore table behind
 * sync.Mutex/RWMutex/WaitGroup, and notify lists behind sync.Cond
 * (runtime/sema.c). Go's runtime/sema.go design: every wait parks the G.
 */
#ifndef MG_SEMA_H
#define MG_SEMA_H

#include "minigo.h"
#include "runtime.h"

/* A G in a wait queue. Sudogs live on the waiting G's own stack: the G
 * stays parked, so the frame outlives the wait. */
typedef struct mg_sudog {
  G *g;
  struct mg_sudog *next, *prev;  /* channel queue; sema: distinct addresses */
  void *elem;                    /* chan: the value's address */
  mg_chan *c;                    /* chan: the channel */
  struct mg_sudog *waitlink;     /* sema: same address FIFO; select: all cases */
  struct mg_sudog *waittail;     /* sema: last of the waitlink list */
  uint32_t *addr;                /* sema: the semaphore */
  uint32_t ticket;               /* sema: handed off; notify list: ticket */
  int casei;                     /* select: index of the case */
  bool isselect;
  bool success;                  /* chan: woken by a transfer, not a close */
} mg_sudog;

/* Waits until *addr > 0 and decrements it. lifo queues the G first (a
 * waiter that already waited, as Mutex does in starvation mode). */
void mg_semacquire(uint32_t *addr, bool lifo, mg_waitreason reason);
/* Increments *addr and wakes a waiter; handoff gives the count directly to
 * it and yields, so that it runs next (Mutex starvation mode). */
void mg_semrelease(uint32_t *addr, bool handoff);

/* Ticket-based waiting for sync.Cond (Go's notifyList). */
typedef struct mg_notifylist {
  uint32_t wait;     /* next ticket to hand out */
  uint32_t notify;   /* next ticket to notify */
  mg_lock lock;
  mg_sudog *head, *tail;
} mg_notifylist;

uint32_t mg_notifylist_add(mg_notifylist *l);
void mg_notifylist_wait(mg_notifylist *l, uint32_t ticket);
void mg_notifylist_notifyone(mg_notifylist *l);
void mg_notifylist_notifyall(mg_notifylist *l);

#endif
