/*
 * explain.c - a deadlock that explains itself. Go's report stays first;
 * then, for each blocked goroutine, where it blocks, on what, and why
 * nothing can wake it, in the words of a concurrency course:
 *
 *   minigo: why this is a deadlock:
 *     goroutine 1 blocks at main.mg:9 waiting on a WaitGroup: WaitGroup counter is 1: a Done is missing
 */
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "explain.h"
#include "sync/sync.h"

static const char *base(const char *path)
{
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

/* The WaitGroup or Mutex a goroutine sleeps on, from the semaphore
 * address that sema.c leaves in waitinfo. */
static sync__WaitGroup *waitgroup_of(G *gp)
{
  return (sync__WaitGroup *)((char *)gp->waitinfo - offsetof(sync__WaitGroup, sema));
}

static sync__Mutex *mutex_of(G *gp)
{
  return (sync__Mutex *)((char *)gp->waitinfo - offsetof(sync__Mutex, sema));
}

static void explain_waitgroup(G *gp)
{
  int32_t v = gp->waitinfo ? (int32_t)(__atomic_load_n(&waitgroup_of(gp)->state, __ATOMIC_RELAXED) >> 32) : 0;
  if (v == 1)
    fprintf(stderr, "waiting on a WaitGroup: WaitGroup counter is 1: a Done is missing\n");
  else
    fprintf(stderr, "waiting on a WaitGroup: WaitGroup counter is %d: %d Done calls are missing\n", v, v);
}

static void explain_mutex(G *gp, const char *since)
{
  int64_t owner = gp->waitinfo ? __atomic_load_n(&mutex_of(gp)->owner, __ATOMIC_RELAXED) : 0;
  fprintf(stderr, "locking a Mutex: ");
  if (owner == 0) {
    fprintf(stderr, "the Mutex is locked and no goroutine will unlock it\n");
    return;
  }
  fprintf(stderr, "Mutex held by goroutine %" PRId64, owner);
  if (since)
    fprintf(stderr, " since %s", base(since));
  if (owner == gp->goid)
    fprintf(stderr, ": the goroutine itself, and Go mutexes are not reentrant");
  fprintf(stderr, "\n");
}

static void explain_one(G *gp, const char *where, const char *since)
{
  fprintf(stderr, "  goroutine %" PRId64 " blocks", gp->goid);
  if (where)
    fprintf(stderr, " at %s", base(where));
  fprintf(stderr, " ");
  switch (gp->waitreason) {
  case WAIT_CHAN_RECV:
    fprintf(stderr, "receiving from a channel: no other goroutine sends on this channel\n");
    break;
  case WAIT_CHAN_SEND:
    fprintf(stderr, "sending on a channel: no other goroutine receives from this channel\n");
    break;
  case WAIT_CHAN_RECV_NIL:
    fprintf(stderr, "receiving from a channel: the channel is nil: a nil channel blocks forever\n");
    break;
  case WAIT_CHAN_SEND_NIL:
    fprintf(stderr, "sending on a channel: the channel is nil: a nil channel blocks forever\n");
    break;
  case WAIT_SELECT_NOCASES:
    fprintf(stderr, "in a select with no cases: an empty select blocks forever\n");
    break;
  case WAIT_SELECT:
    fprintf(stderr, "in a select: no other goroutine uses any of its channels any more\n");
    break;
  case WAIT_WAITGROUP:
    explain_waitgroup(gp);
    break;
  case WAIT_MUTEX:
    explain_mutex(gp, since);
    break;
  case WAIT_RWMUTEX_R:
  case WAIT_RWMUTEX_W:
    fprintf(stderr, "on an RWMutex: its holder is blocked too, so it is never unlocked\n");
    break;
  case WAIT_COND:
    fprintf(stderr, "waiting on a sync.Cond: no other goroutine will call Signal or Broadcast\n");
    break;
  default:
    fprintf(stderr, "[%s]: no other goroutine can run to wake it\n", mg_waitreason_string(gp->waitreason));
  }
}

void mg_explain_deadlock(int n, G **gs, void ***pcs, int *ns)
{
  /* lists 0..n-1: the stacks; n..2n-1: each blocked Lock's holder site */
  void ***lists = calloc(2 * (size_t)n + 1, sizeof *lists);
  void **lockpcs = calloc((size_t)n + 1, sizeof *lockpcs);
  int *lens = calloc(2 * (size_t)n + 1, sizeof *lens);
  char **where = calloc(2 * (size_t)n + 1, sizeof *where);
  if (!lists || !lockpcs || !lens || !where)
    return;
  for (int i = 0; i < n; i++) {
    lists[i] = pcs[i];
    lens[i] = ns[i];
    if (gs[i]->waitreason == WAIT_MUTEX && gs[i]->waitinfo)
      lockpcs[i] = (void *)__atomic_load_n(&mutex_of(gs[i])->lockpc, __ATOMIC_RELAXED);
    lists[n + i] = &lockpcs[i];
    lens[n + i] = lockpcs[i] != NULL;
  }
  mg_traceback_where(2 * n, lists, lens, where);
  fprintf(stderr, "\nminigo: why this is a deadlock:\n");
  for (int i = 0; i < n; i++)
    explain_one(gs[i], where[i], where[n + i]);
}
