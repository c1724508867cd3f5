/*
 * trace.h - the scheduler trace (`minigo run -trace=FILE`): goroutine
 * creation, run slices on Ps, blocking and unblocking, written at exit as
 * Chrome trace-event JSON (Perfetto, chrome://tracing, `minigo trace`).
 */
#ifndef MG_TRACE_H
#define MG_TRACE_H

#include <stdbool.h>
#include <stdint.h>
#include "runtime.h"

extern bool mg_tracing;  /* MINIGO_TRACE is set; read-only after start */

/* Hooks cost one predictable branch when tracing is off. */
#define MG_TRACE(call)                      \
  do {                                      \
    if (__builtin_expect(mg_tracing, 0))    \
      call;                                 \
  } while (0)

void mg_trace_init(void);                  /* reads MINIGO_TRACE */
void mg_trace_go(G *gp);                   /* gp was just created */
/* gp ran on m's P (pid) from start_ns until now. */
void mg_trace_run(M *m, int32_t pid, G *gp, int64_t start_ns);
void mg_trace_block(G *gp);                /* gp parks, gp->waitreason set */
void mg_trace_unblock(G *gp);              /* gp made runnable by the current G */
void mg_trace_flush(void);                 /* writes the file (at exit) */

#endif
