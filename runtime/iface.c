/*
 * iface.c - interface values: boxing, method lookup by name, the
 * implements test, and the "interface conversion" panics with Go's texts.
 */
#include <stdio.h>
#include <stdlib.h>

#include "minigo.h"

mg_iface mg_box(const mg_type *t, const void *value)
{
  if (mg_isdirect(t))
    return (mg_iface){t, *(void *const *)value};
  void *p = mg_new(t);
  memcpy(p, value, (size_t)t->size);
  return (mg_iface){t, p};
}

const mg_method *mg_find_method(const mg_type *t, const char *name)
{
  int lo = 0, hi = t->nmethods - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    int c = strcmp(t->methods[mid].name, name);
    if (c == 0)
      return &t->methods[mid];
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid - 1;
  }
  return NULL;
}

mg_method_cache mg_mcache[1 << MG_MCACHE_BITS];

/* A marker type that claims an empty cache entry while it is filled. */
static const mg_type mcache_busy;

/* Fills c if it is empty; on a collision the lookup is just not cached. */
static void mcache_fill(mg_method_cache *c, const mg_type *t, const char *name, void *fn)
{
  const mg_type *empty = NULL;
  if (!__atomic_compare_exchange_n(&c->type, &empty, &mcache_busy, false, __ATOMIC_ACQUIRE,
                                   __ATOMIC_RELAXED))
    return;
  c->name = name;
  c->fn = fn;
  __atomic_store_n(&c->type, t, __ATOMIC_RELEASE);
}

void *mg_iface_method_slow(mg_iface x, const char *name)
{
  if (x.type == NULL)
    mg_panic_nilderef();
  const mg_method *m = mg_find_method(x.type, name);
  if (m == NULL) {
    fprintf(stderr, "fatal error: method %s missing from the descriptor of %s\n",
            name, x.type->name);
    abort();
  }
  mcache_fill(&mg_mcache[mg_mcache_slot(x.type, name)], x.type, name, m->fn);
  return m->fn;
}

/* The first method of iface that t lacks (by name and signature), or NULL. */
static const char *missing_method(const mg_type *t, const mg_type *iface)
{
  for (int i = 0; i < iface->nmethods; i++) {
    const mg_method *want = &iface->methods[i];
    const mg_method *have = t ? mg_find_method(t, want->name) : NULL;
    if (have == NULL || strcmp(have->sig, want->sig) != 0)
      return want->name;
  }
  return NULL;
}

bool mg_implements(const mg_type *t, const mg_type *iface)
{
  return t != NULL && missing_method(t, iface) == NULL;
}

_Noreturn void mg_panic_typeassert(mg_iface x, const mg_type *want, const mg_type *iface)
{
  char msg[512];
  const char *missing = want->kind == MG_INTERFACE && x.type ? missing_method(x.type, want) : NULL;
  if (x.type == NULL)
    snprintf(msg, sizeof msg, "interface conversion: %s is nil, not %s",
             want->kind == MG_INTERFACE ? "interface" : iface->name, want->name);
  else if (missing)
    snprintf(msg, sizeof msg, "interface conversion: %s is not %s: missing method %s",
             x.type->name, want->name, missing);
  else
    snprintf(msg, sizeof msg, "interface conversion: %s is %s, not %s%s", iface->name,
             x.type->name, want->name,
             strcmp(x.type->name, want->name) == 0 ? " (types from different scopes)" : "");
  mg_panic_typeassert_error(msg);
}
