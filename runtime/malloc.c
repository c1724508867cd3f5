/*
 * malloc.c - Go allocations on top of Boehm GC, and Go's size classes
 * (so that cap() after append matches Go's).
 */
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>

#include "minigo.h"
#include "race.h"

/* Zero-sized objects all share one address, as Go's zerobase. */
static uint64_t mg_zerobase;

/* Go's runtime/sizeclasses.go class_to_size (classes 1..67). */
static const uint16_t mg_size_classes[] = {
  8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240,
  256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024,
  1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096,
  4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288,
  13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};

enum { MG_MAX_SMALL = 32768, MG_PAGE = 8192 };

static void *mg_checked(void *p, int64_t size)
{
  if (p == NULL) {
    fprintf(stderr, "fatal error: runtime: out of memory allocating %lld bytes\n",
            (long long)size);
    exit(2);
  }
  return p;
}

/* libgc leaves pointer-free objects uncleared. Under -race the clearing
 * is the allocator's, as libgc's locks are: not the goroutine's access to
 * memory whose old accesses are forgotten only afterwards. */
static void *gc_malloc(int64_t size, bool ptrfree)
{
  mg_race_ignore_begin();
  void *p = ptrfree ? GC_MALLOC_ATOMIC((size_t)size) : GC_MALLOC((size_t)size);
  if (p && ptrfree)
    memset(p, 0, (size_t)size);
  mg_race_ignore_end();
  return mg_checked(p, size);
}

void *mg_alloc(int64_t size)
{
  if (size <= 0)
    return &mg_zerobase;
  void *p = gc_malloc(size, false);
  mg_race_alloc(p, (size_t)size);  /* -race: the memory may be reused */
  return p;
}

void *mg_alloc_atomic(int64_t size)
{
  if (size <= 0)
    return &mg_zerobase;
  void *p = gc_malloc(size, true);
  mg_race_alloc(p, (size_t)size);
  return p;
}

void *mg_new(const mg_type *t)
{
  return t->ptrfree ? mg_alloc_atomic(t->size) : mg_alloc(t->size);
}

int64_t mg_roundupsize(int64_t size)
{
  if (size <= 0)
    return 0;
  if (size <= MG_MAX_SMALL) {
    int lo = 0, hi = (int)(sizeof mg_size_classes / sizeof mg_size_classes[0]) - 1;
    while (lo < hi) {
      int mid = (lo + hi) / 2;
      if (mg_size_classes[mid] < size)
        lo = mid + 1;
      else
        hi = mid;
    }
    return mg_size_classes[lo];
  }
  if (size > INT64_MAX - MG_PAGE)
    return size;
  return (size + MG_PAGE - 1) / MG_PAGE * MG_PAGE;
}
