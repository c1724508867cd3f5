/*
 * stack.c - goroutine stacks (DESIGN-NOTES section 5).
 *
 * Every G owns one fixed-size slot carved from large MAP_NORESERVE
 * regions: pages are committed when touched (the stack "grows") and given
 * back with MADV_DONTNEED (it "shrinks"). There is no guard page (one
 * mapping per stack would hit vm.max_map_count); instead MG_PROLOGUE
 * compares sp with mg_stackguard. The guard sits above the real limit and
 * trails the deepest sp by a "shrink mark" (the slow path moves it down
 * once per mark of new depth): when a G is switched out with its sp well
 * above its guard, the pages below its sp are given back.
 *
 *   lo                 lo+HEADROOM                 hi-maxstack ... hi
 *   | headroom for libc |  (unused when maxstack<cap) | usable stack |
 *
 * Slots are 2 MiB-aligned multiples of 2 MiB, so that remapping a free
 * slot also frees its page tables (~4 KiB per touched slot).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "race.h"
#include "runtime.h"

#define PAGE ((uintptr_t)4096)
#define HUGE ((uintptr_t)2 << 20)          /* what one page-table page maps */
#define HEADROOM ((uintptr_t)256 << 10)    /* below the limit: libc, signal handlers */
#define SHRINK_MARK ((uintptr_t)64 << 10)  /* growth below which a G is "deep" */
#define DEFAULT_MAXSTACK ((int64_t)64 << 20)
#define SLOTS_PER_REGION 256

__thread uintptr_t mg_stackguard;

#ifdef MG_RACE
uintptr_t mg_stackguard_get(void) { return mg_stackguard; }  /* mg_sched.h */
#endif
int32_t mg_preempt_pending;

static uintptr_t slotsize;          /* HEADROOM + capacity */
static int64_t maxstack;            /* the limit in force; atomic */
static mg_lock stacklock;
static uintptr_t region_next, region_end;

static uintptr_t round_up(uintptr_t x, uintptr_t a) { return (x + a - 1) & ~(a - 1); }

void mg_stack_init(void)
{
  int64_t want = DEFAULT_MAXSTACK;
  const char *env = getenv("MINIGO_MAXSTACK");
  if (env && *env) {
    char *end;
    long long v = strtoll(env, &end, 10);
    if (*end == 0 && v > 0)
      want = v;
  }
  if (want < (int64_t)SHRINK_MARK)
    want = SHRINK_MARK;
  if (want > ((int64_t)16 << 30))
    want = (int64_t)16 << 30;
  maxstack = want;
  slotsize = round_up(HEADROOM + round_up((uintptr_t)want, PAGE), HUGE);
}

static void *map_noreserve(void *addr, uintptr_t len)
{
  int fixed = addr ? MAP_FIXED : 0;
  void *p = mmap(addr, len, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | fixed, -1, 0);
  if (p == MAP_FAILED)
    return NULL;
  /* transparent huge pages would inflate every touched stack to 2 MiB */
  madvise(p, len, MADV_NOHUGEPAGE);
  return p;
}

/* Under -race, stacks go where ThreadSanitizer's view of the GC heap is
 * not (race.c); elsewhere anywhere. */
static void *map_region(uintptr_t len)
{
  void *hint = (void *)mg_race_stack_hint(len);
  void *p = hint ? mmap(hint, len, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0)
                 : MAP_FAILED;
  if (p == MAP_FAILED)
    return map_noreserve(NULL, len);
  madvise(p, len, MADV_NOHUGEPAGE);
  return p;
}

void mg_stackalloc(G *gp)
{
  mg_lock_acquire(&stacklock);
  if (region_next == region_end) {
    uintptr_t len = slotsize * SLOTS_PER_REGION;
    void *r = map_region(len + HUGE);
    if (!r) {
      mg_lock_release(&stacklock);
      mg_throw("out of memory allocating goroutine stack");
    }
    region_next = round_up((uintptr_t)r, HUGE);
    region_end = region_next + len;
  }
  gp->stack_lo = region_next;
  region_next += slotsize;
  mg_lock_release(&stacklock);
  gp->stack_hi = gp->stack_lo + slotsize;
}

void mg_stack_setlimit(G *gp)
{
  uintptr_t cap = slotsize - HEADROOM;
  uintptr_t max = (uintptr_t)__atomic_load_n(&maxstack, __ATOMIC_RELAXED);
  gp->stacklimit = gp->stack_hi - (max < cap ? max : cap);
  if (gp->stackguard < gp->stacklimit)
    gp->stackguard = gp->stacklimit;
}

void mg_stack_reset(G *gp, void (*start)(G *))
{
  uintptr_t *f;
#if defined(__x86_64__)
  /* the frame mg_gogo pops: control words, r15..r12, rbx, rbp, return */
  f = (uintptr_t *)(gp->stack_hi - 72);
  f[0] = 0x037f | ((uintptr_t)0x1f80 << 32);  /* x87 CW, MXCSR defaults */
  f[1] = 0;                    /* r15 */
  f[2] = 0;                    /* r14 */
  f[3] = (uintptr_t)start;     /* r13 */
  f[4] = (uintptr_t)gp;        /* r12 */
  f[5] = 0;                    /* rbx */
  f[6] = 0;                    /* rbp */
  f[7] = (uintptr_t)mg_gostart;
  f[8] = 0;                    /* no caller */
#elif defined(__aarch64__)
  f = (uintptr_t *)(gp->stack_hi - 176 - 16);
  memset(f, 0, 176 + 16);
  f[0] = (uintptr_t)gp;        /* x19 */
  f[1] = (uintptr_t)start;     /* x20 */
  f[11] = (uintptr_t)mg_gostart; /* x30 */
#endif
  gp->sched.sp = (uintptr_t)f;
  gp->stackguard = gp->stack_hi - SHRINK_MARK;
  mg_stack_setlimit(gp);
}

/* The guard trails the deepest sp seen by one mark: gp once went at least
 * two marks below sp if the guard is that far down. */
bool mg_stack_deep(G *gp, uintptr_t sp)
{
  return gp->stackguard + 2 * SHRINK_MARK < sp;
}

void mg_stack_shrink(G *gp)
{
  uintptr_t sp = gp->sched.sp;
  if (!mg_stack_deep(gp, sp))
    return;
  uintptr_t keep = sp & ~(PAGE - 1);  /* the page holding sp and those above */
  madvise((void *)gp->stack_lo, keep - gp->stack_lo, MADV_DONTNEED);
  gp->stackguard = sp - SHRINK_MARK;
  mg_stack_setlimit(gp);
}

/* Gives a free slot back entirely, page tables included: a fresh mapping
 * over the old one (it merges with its neighbours again). */
void mg_stack_release(G *gp)
{
  if (!map_noreserve((void *)gp->stack_lo, gp->stack_hi - gp->stack_lo))
    madvise((void *)gp->stack_lo, gp->stack_hi - gp->stack_lo, MADV_DONTNEED);
}

int64_t mg_setmaxstack(int64_t bytes)
{
  return __atomic_exchange_n(&maxstack, bytes, __ATOMIC_RELAXED);
}

static _Noreturn void stack_overflow(G *gp, uintptr_t sp)
{
  mg_fatal_lock();
  fprintf(stderr, "runtime: goroutine stack exceeds %" PRId64 "-byte limit\n",
          (int64_t)(gp->stack_hi - gp->stacklimit));
  fprintf(stderr, "runtime: sp=%#" PRIxPTR " stack=[%#" PRIxPTR ", %#" PRIxPTR "]\n",
          sp, gp->stacklimit, gp->stack_hi);
  fprintf(stderr, "fatal error: stack overflow\n\n");
  mg_traceback_current();
  mg_exit(2);
}

void mg_morestack(void)
{
  G *gp = mg_getg();
  uintptr_t sp = MG_SP();
  if (!gp) {
    mg_stackguard = 0;
    return;
  }
  if (sp < gp->stacklimit)
    stack_overflow(gp, sp);
  if (sp < gp->stackguard) {  /* another mark deeper: move the guard along */
    gp->stackguard = sp - SHRINK_MARK;
    mg_stack_setlimit(gp);
    mg_stackguard = gp->stackguard;
  }
  mg_preempt_check();
}
