/*
 * sync.h - C mirror of package sync's types (sync.go) and the methods
 * implemented in C (sync.c). Field order and types match sync.go exactly.
 */
#ifndef MG_SYNC_H
#define MG_SYNC_H

#include "minigo.h"
#include "sema.h"

typedef struct sync__Mutex {
  int32_t state;
  uint32_t sema;
  int64_t owner;     /* goid of the holder, 0 when unlocked (runtime/explain.c) */
  uintptr_t lockpc;  /* return address of the holder's Lock call */
} sync__Mutex;

typedef struct sync__RWMutex {
  sync__Mutex w;
  uint32_t writerSem;
  uint32_t readerSem;
  int32_t readerCount;
  int32_t readerWait;
} sync__RWMutex;

typedef struct sync__WaitGroup {
  uint64_t state;   /* counter << 32 | waiters */
  uint32_t sema;
} sync__WaitGroup;

typedef mg_notifylist sync__notifyList;

void sync__Mutex__Lock(sync__Mutex *m);
void sync__Mutex__Unlock(sync__Mutex *m);
bool sync__Mutex__TryLock(sync__Mutex *m);

void sync__RWMutex__RLock(sync__RWMutex *rw);
void sync__RWMutex__RUnlock(sync__RWMutex *rw);
bool sync__RWMutex__TryRLock(sync__RWMutex *rw);
void sync__RWMutex__Lock(sync__RWMutex *rw);
void sync__RWMutex__Unlock(sync__RWMutex *rw);
bool sync__RWMutex__TryLock(sync__RWMutex *rw);

void sync__WaitGroup__Add(sync__WaitGroup *wg, int64_t delta);
void sync__WaitGroup__Done(sync__WaitGroup *wg);
void sync__WaitGroup__Wait(sync__WaitGroup *wg);

uint32_t sync__loadUint32(uint32_t *addr);
void sync__storeUint32(uint32_t *addr, uint32_t val);

uint32_t sync__runtime_notifyListAdd(sync__notifyList *l);
void sync__runtime_notifyListWait(sync__notifyList *l, uint32_t t);
void sync__runtime_notifyListNotifyOne(sync__notifyList *l);
void sync__runtime_notifyListNotifyAll(sync__notifyList *l);

#endif
