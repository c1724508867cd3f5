/*
 * runtime.c - package runtime (stdlib/runtime/runtime.go) in C.
 */
#include <stdio.h>
#include <unistd.h>
#include "minigo.h"
#include "race.h"
#include "runtime.h"

mg_string runtime__goarch(void)
{
#if defined(__x86_64__)
  return MG_STR("amd64");
#elif defined(__aarch64__)
  return MG_STR("arm64");
#endif
}

void runtime__Gosched(void)
{
  mg_gosched();
}

int64_t runtime__NumGoroutine(void)
{
  return mg_numgoroutine();
}

int64_t runtime__GOMAXPROCS(int64_t n)
{
  return mg_gomaxprocs(n > MG_MAXPROCS ? MG_MAXPROCS : (int)n);
}

int64_t runtime__NumCPU(void)
{
  return mg_ncpu();
}

void runtime__GC(void)
{
  mg_gc();
}

void runtime__Goexit(void)
{
  mg_defer_runall();
  mg_goexit();
}

struct runtime__memStats__ret { uint64_t r0, r1, r2, r3, r4, r5, r6, r7; uint32_t r8, r9; };

/* The resident set, from the kernel: statm's second field, in pages. */
static uint64_t resident_bytes(void)
{
  unsigned long size = 0, resident = 0;
  FILE *f = fopen("/proc/self/statm", "r");
  if (f) {
    if (fscanf(f, "%lu %lu", &size, &resident) != 2)
      resident = 0;
    fclose(f);
  }
  return (uint64_t)resident * (uint64_t)sysconf(_SC_PAGESIZE);
}

struct runtime__memStats__ret runtime__memStats(void)
{
  mg_gcstats st = mg_gc_stats();
  mg_race_ignore_begin();
  uint64_t sys = resident_bytes();
  mg_race_ignore_end();
  return (struct runtime__memStats__ret){st.heap, st.free, st.unmapped, st.total, st.alloc,
                                         sys, st.pause_ns, st.last_ns, st.numgc, st.forced};
}
