/*
 * trace.c - the scheduler trace. Each thread appends fixed-size events to
 * its own chunks (no lock on the hot path; a new chunk is pushed on a
 * global list with one atomic exchange every CHUNK_EVENTS events); at exit
 * mg_exit calls mg_trace_flush, which writes every chunk as Chrome
 * trace-event JSON: one thread lane per P named "P0", "P1"...,
 * a complete event ("X") per run slice and instant events for go, block
 * and unblock. Timestamps are microseconds since the trace started.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "trace.h"

#define CHUNK_EVENTS 4096
#define MAX_CHUNKS 256  /* ~1M events (56 MiB): then recording stops */

enum { EV_RUN, EV_GO, EV_BLOCK, EV_UNBLOCK };

typedef struct event {
  int64_t ts, dur;       /* ns */
  int64_t goid, other;   /* other: the creator (go), the waker (unblock) */
  int64_t m;
  int32_t p;
  int32_t kind;
  const char *s;         /* function (run, go), wait reason (block) */
  const char *pos;       /* creation site (run, go) */
} event;

typedef struct chunk {
  struct chunk *next;
  uint32_t n;            /* events written; release-stored after each */
  event ev[CHUNK_EVENTS];
} chunk;

bool mg_tracing;
static const char *trace_path;
static int64_t trace_start;
static chunk *chunks;    /* every chunk, newest first; atomic push */
static int32_t nchunks;  /* atomic */
static bool truncated;
static __thread chunk *mine;

void mg_trace_init(void)
{
  const char *p = getenv("MINIGO_TRACE");
  if (!p || !*p)
    return;
  trace_path = p;
  trace_start = mg_nanotime();
  mg_tracing = true;
}

/* A slot in this thread's chunk, or NULL once the trace is full. */
static event *slot(void)
{
  if (!mine || mine->n == CHUNK_EVENTS) {
    if (__atomic_add_fetch(&nchunks, 1, __ATOMIC_RELAXED) > MAX_CHUNKS) {
      truncated = true;
      mine = NULL;
      return NULL;
    }
    chunk *c = calloc(1, sizeof *c);
    if (!c)
      return NULL;
    c->next = __atomic_load_n(&chunks, __ATOMIC_RELAXED);
    while (!__atomic_compare_exchange_n(&chunks, &c->next, c, false, __ATOMIC_RELEASE,
                                        __ATOMIC_RELAXED))
      ;
    mine = c;
  }
  return &mine->ev[mine->n];
}

static void commit(void)
{
  __atomic_store_n(&mine->n, mine->n + 1, __ATOMIC_RELEASE);
}

static int32_t current_p(M *m)
{
  return m && m->p ? m->p->id : -1;
}

void mg_trace_go(G *gp)
{
  event *e = slot();
  if (!e)
    return;
  M *m = mg_getm();
  *e = (event){.ts = mg_nanotime(), .goid = gp->goid, .other = gp->parentgoid,
               .m = m ? m->id : 0, .p = current_p(m), .kind = EV_GO,
               .s = gp->fname, .pos = gp->created_at};
  commit();
}

void mg_trace_run(M *m, int32_t pid, G *gp, int64_t start_ns)
{
  event *e = slot();
  if (!e)
    return;
  *e = (event){.ts = start_ns, .dur = mg_nanotime() - start_ns, .goid = gp->goid,
               .m = m->id, .p = pid, .kind = EV_RUN, .s = gp->fname, .pos = gp->created_at};
  commit();
}

void mg_trace_block(G *gp)
{
  event *e = slot();
  if (!e)
    return;
  M *m = mg_getm();
  *e = (event){.ts = mg_nanotime(), .goid = gp->goid, .m = m ? m->id : 0, .p = current_p(m),
               .kind = EV_BLOCK, .s = mg_waitreason_string(gp->waitreason)};
  commit();
}

void mg_trace_unblock(G *gp)
{
  event *e = slot();
  if (!e)
    return;
  M *m = mg_getm();
  G *self = mg_getg();
  *e = (event){.ts = mg_nanotime(), .goid = gp->goid, .other = self ? self->goid : 0,
               .m = m ? m->id : 0, .p = current_p(m), .kind = EV_UNBLOCK};
  commit();
}

/* ---- output */

static void put_string(FILE *f, const char *s)
{
  fputc('"', f);
  for (; s && *s; s++) {
    size_t plain = strcspn(s, "\"\\\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f"
                                "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f");
    fwrite(s, 1, plain, f);
    s += plain;
    if (!*s)
      break;
    if (*s == '"' || *s == '\\')
      fprintf(f, "\\%c", *s);
    else
      fprintf(f, "\\u%04x", (unsigned char)*s);
  }
  fputc('"', f);
}

/* ns as microseconds with three decimals, without floating point (the
 * writer's hot spot). */
static void put_usec(FILE *f, int64_t ns)
{
  if (ns < 0) {
    fputc('-', f);
    ns = -ns;
  }
  fprintf(f, "%" PRId64 ".%03d", ns / 1000, (int)(ns % 1000));
}

static void put_event(FILE *f, const event *e)
{
  static const char *const names[] = {"run", "go", "block", "unblock"};
  int32_t tid = e->p < 0 ? MG_MAXPROCS : e->p;  /* no P: the "scheduler" lane */
  fprintf(f, ",\n{\"name\":");
  if (e->kind == EV_RUN)
    put_string(f, e->s ? e->s : "?");
  else
    put_string(f, names[e->kind]);
  fprintf(f, ",\"ph\":\"%s\",\"pid\":1,\"tid\":%d,\"ts\":", e->kind == EV_RUN ? "X" : "i", tid);
  put_usec(f, e->ts - trace_start);
  if (e->kind == EV_RUN) {
    fprintf(f, ",\"dur\":");
    put_usec(f, e->dur);
  } else {
    fprintf(f, ",\"s\":\"t\"");
  }
  fprintf(f, ",\"args\":{\"goroutine\":%" PRId64 ",\"m\":%" PRId64 ",\"p\":%d", e->goid, e->m, e->p);
  switch (e->kind) {
  case EV_RUN:
  case EV_GO:
    fprintf(f, ",\"function\":");
    put_string(f, e->s);
    fprintf(f, ",\"created_at\":");
    put_string(f, e->pos);
    if (e->kind == EV_GO)
      fprintf(f, ",\"parent\":%" PRId64, e->other);
    break;
  case EV_BLOCK:
    fprintf(f, ",\"reason\":");
    put_string(f, e->s);
    break;
  default:
    fprintf(f, ",\"by\":%" PRId64, e->other);
  }
  fprintf(f, "}}");
}

static void put_lane(FILE *f, int tid, const char *name)
{
  fprintf(f, ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":%d,"
             "\"args\":{\"name\":\"%s\"}},\n{\"name\":\"thread_sort_index\",\"ph\":\"M\","
             "\"pid\":1,\"tid\":%d,\"args\":{\"sort_index\":%d}}", tid, name, tid, tid);
}

void mg_trace_flush(void)
{
  if (!__atomic_exchange_n(&mg_tracing, false, __ATOMIC_ACQ_REL))
    return;
  FILE *f = fopen(trace_path, "w");
  if (!f) {
    fprintf(stderr, "minigo: cannot write the trace %s\n", trace_path);
    return;
  }
  setvbuf(f, NULL, _IOFBF, 1 << 20);
  fprintf(f, "{\"displayTimeUnit\":\"ns\",\"otherData\":{\"truncated\":%s},\"traceEvents\":[\n"
             "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"args\":{\"name\":\"minigo program\"}}",
          __atomic_load_n(&truncated, __ATOMIC_RELAXED) ? "true" : "false");
  for (int i = 0; i < mg_sched.nprocs; i++) {
    char name[16];
    snprintf(name, sizeof name, "P%d", i);
    put_lane(f, i, name);
  }
  put_lane(f, MG_MAXPROCS, "no P");
  for (chunk *c = __atomic_load_n(&chunks, __ATOMIC_ACQUIRE); c; c = c->next) {
    uint32_t n = __atomic_load_n(&c->n, __ATOMIC_ACQUIRE);
    for (uint32_t i = 0; i < n; i++)
      put_event(f, &c->ev[i]);
  }
  fprintf(f, "\n]}\n");
  fclose(f);
}
