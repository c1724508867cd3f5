/*
 * slice.c - make, copy and append growth with Go's rule (modern Go:
 * double below 256 elements, then grow by (cap + 3*256)/4, then round the
 * byte size up to a malloc size class).
 */
#include "minigo.h"
#include "race.h"

#define MG_MAX_ALLOC (INT64_C(1) << 47)  /* Go's maxAlloc on 64-bit Linux */

static void *slice_mem(const mg_type *elem, int64_t bytes)
{
  return elem->ptrfree ? mg_alloc_atomic(bytes) : mg_alloc(bytes);
}

mg_slice mg_makeslice(const mg_type *elem, int64_t len, int64_t cap)
{
  int64_t max = elem->size > 0 ? MG_MAX_ALLOC / elem->size : INT64_MAX;
  if (len < 0 || len > max)
    mg_panic_runtime_error("makeslice: len out of range");
  if (cap < len || cap > max)
    mg_panic_runtime_error("makeslice: cap out of range");
  return (mg_slice){slice_mem(elem, cap * elem->size), len, cap};
}

static int64_t grow_cap(int64_t oldcap, int64_t newlen)
{
  int64_t doublecap = oldcap + oldcap;
  if (newlen > doublecap)
    return newlen;
  if (oldcap < 256)
    return doublecap;
  int64_t newcap = oldcap;
  while (newcap > 0 && newcap < newlen)
    newcap += (newcap + 3 * 256) >> 2;
  return newcap <= 0 ? newlen : newcap;
}

static mg_slice growslice(mg_slice s, int64_t newlen, const mg_type *elem)
{
  if (newlen < 0)
    mg_panic_runtime_error("growslice: len out of range");
  if (newlen <= s.cap)
    return s;
  int64_t size = elem->size;
  if (size == 0)
    return (mg_slice){mg_alloc(0), s.len, newlen};
  int64_t newcap = grow_cap(s.cap, newlen);
  if (newcap > MG_MAX_ALLOC / size)
    mg_panic_runtime_error("growslice: len out of range");
  newcap = mg_roundupsize(newcap * size) / size;
  void *p = slice_mem(elem, newcap * size);
  if (s.len > 0)
    memcpy(p, s.ptr, (size_t)(s.len * size));
  return (mg_slice){p, s.len, newcap};
}

/* -race: the copies below are the calling goroutine's accesses; its line
 * goes on TSan's stack. */
mg_slice mg_growslice(mg_slice s, int64_t newlen, const mg_type *elem)
{
  MG_RACE_ENTER();
  mg_slice r = growslice(s, newlen, elem);
  MG_RACE_LEAVE();
  return r;
}

int64_t mg_slicecopy(mg_slice dst, mg_slice src, int64_t elemsize)
{
  int64_t n = dst.len < src.len ? dst.len : src.len;
  MG_RACE_ENTER();
  if (n > 0 && dst.ptr != src.ptr)
    memmove(dst.ptr, src.ptr, (size_t)(n * elemsize));
  MG_RACE_LEAVE();
  return n;
}
