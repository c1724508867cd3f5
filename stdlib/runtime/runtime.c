/*
 * runtime.c - package runtime (stdlib/runtime/runtime.go) in C.
 */
#include "minigo.h"
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
