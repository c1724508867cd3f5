/*
 * alg.c - hashing and equality of Go values by type descriptor (map keys,
 * ==, interface comparison). Floats: +0 == -0 hash alike; NaN != NaN and
 * hashes randomly, so each NaN key is a new map entry, as in Go.
 */
#include <math.h>
#include <stdio.h>
#include <time.h>

#include "minigo.h"

#define P0 0xa0761d6478bd642full
#define P1 0xe7037ed1a0b428dbull
#define P2 0x8ebc6af09c88c6e3ull
#define P3 0x589965cc75374cc3ull

static inline uint64_t mix(uint64_t a, uint64_t b)
{
  __uint128_t r = (__uint128_t)a * b;
  return (uint64_t)r ^ (uint64_t)(r >> 64);
}

uint64_t mg_memhash(const void *p, int64_t n, uint64_t seed)
{
  const uint8_t *b = p;
  uint64_t h = mix(seed ^ P0, (uint64_t)n ^ P1);
  for (; n >= 8; b += 8, n -= 8) {
    uint64_t w;
    memcpy(&w, b, 8);
    h = mix(h ^ w, P1);
  }
  if (n > 0) {
    uint64_t w = 0;
    memcpy(&w, b, (size_t)n);
    h = mix(h ^ w ^ P2, P1);
  }
  return mix(h, P3);
}

uint64_t mg_hash64(uint64_t v, uint64_t seed)
{
  return mix(mix(v ^ seed ^ P0, P1), P3);
}

uint64_t mg_hashrand(void)
{
  static __thread uint64_t state;
  if (state == 0)
    state = (uint64_t)time(NULL) ^ (uint64_t)(uintptr_t)&state ^ (uint64_t)clock();
  state += P0;
  return mix(state, state ^ P1);
}

static uint64_t hash_float(double f, uint64_t seed)
{
  if (f == 0)
    return mg_hash64(0, seed);  /* +0 and -0 */
  if (isnan(f))
    return mg_hash64(mg_hashrand(), seed);
  uint64_t bits;
  memcpy(&bits, &f, 8);
  return mg_hash64(bits, seed);
}

/* Kinds compared by their bytes, without padding inside. */
static bool memkind(mg_kind k)
{
  return (k >= MG_BOOL && k <= MG_UINTPTR) || k == MG_POINTER || k == MG_CHAN ||
         k == MG_UNSAFEPOINTER;
}

_Noreturn static void panic_uncomparable(const char *what, const mg_type *t)
{
  char msg[256];
  snprintf(msg, sizeof msg, "%s %s", what, t->name);
  mg_panic_runtime_error(msg);
}

static uint64_t hash_iface(const mg_iface *x, uint64_t seed)
{
  if (x->type == NULL)
    return mg_hash64(0, seed);
  if (!x->type->comparable)
    panic_uncomparable("hash of unhashable type", x->type);
  return mg_hash(x->type, mg_iface_ptr(x), seed ^ (uint64_t)x->type->kind);
}

uint64_t mg_hash(const mg_type *t, const void *p, uint64_t seed)
{
  switch (t->kind) {
  case MG_FLOAT32: return hash_float(*(const float *)p, seed);
  case MG_FLOAT64: return hash_float(*(const double *)p, seed);
  case MG_COMPLEX64:
    return hash_float(((const float *)p)[1], hash_float(((const float *)p)[0], seed));
  case MG_COMPLEX128:
    return hash_float(((const double *)p)[1], hash_float(((const double *)p)[0], seed));
  case MG_STRING: {
    const mg_string *s = p;
    return mg_memhash(s->ptr, s->len, seed);
  }
  case MG_INTERFACE: return hash_iface(p, seed);
  case MG_ARRAY: {
    if (memkind(t->elem->kind))
      return mg_memhash(p, t->size, seed);
    uint64_t h = seed;
    for (int64_t i = 0; i < t->len; i++)
      h = mg_hash(t->elem, (const char *)p + i * t->elem->size, h);
    return h;
  }
  case MG_STRUCT: {
    uint64_t h = seed;
    for (int i = 0; i < t->nfields; i++)
      if (strcmp(t->fields[i].name, "_") != 0)
        h = mg_hash(t->fields[i].type, (const char *)p + t->fields[i].offset, h);
    return h;
  }
  case MG_SLICE: case MG_MAP: case MG_FUNC: case MG_INVALID:
    panic_uncomparable("hash of unhashable type", t);
  default:
    return mg_memhash(p, t->size, seed);
  }
}

bool mg_equal(const mg_type *t, const void *a, const void *b)
{
  switch (t->kind) {
  case MG_FLOAT32: return *(const float *)a == *(const float *)b;
  case MG_FLOAT64: return *(const double *)a == *(const double *)b;
  case MG_COMPLEX64:
    return ((const float *)a)[0] == ((const float *)b)[0] &&
           ((const float *)a)[1] == ((const float *)b)[1];
  case MG_COMPLEX128:
    return ((const double *)a)[0] == ((const double *)b)[0] &&
           ((const double *)a)[1] == ((const double *)b)[1];
  case MG_STRING: return mg_string_equal(*(const mg_string *)a, *(const mg_string *)b);
  case MG_INTERFACE: return mg_iface_equal(*(const mg_iface *)a, *(const mg_iface *)b);
  case MG_ARRAY:
    if (memkind(t->elem->kind))
      return memcmp(a, b, (size_t)t->size) == 0;
    for (int64_t i = 0; i < t->len; i++) {
      int64_t off = i * t->elem->size;
      if (!mg_equal(t->elem, (const char *)a + off, (const char *)b + off))
        return false;
    }
    return true;
  case MG_STRUCT:
    for (int i = 0; i < t->nfields; i++) {
      const mg_field *f = &t->fields[i];
      if (strcmp(f->name, "_") != 0 &&
          !mg_equal(f->type, (const char *)a + f->offset, (const char *)b + f->offset))
        return false;
    }
    return true;
  case MG_SLICE: case MG_MAP: case MG_FUNC: case MG_INVALID:
    panic_uncomparable("comparing uncomparable type", t);
  default:
    return memcmp(a, b, (size_t)t->size) == 0;
  }
}

bool mg_type_identical(const mg_type *a, const mg_type *b)
{
  return a == b || (a != NULL && b != NULL && a->kind == b->kind && a->size == b->size &&
                    strcmp(a->name, b->name) == 0);
}

bool mg_iface_equal(mg_iface a, mg_iface b)
{
  if (!mg_type_identical(a.type, b.type))
    return false;
  if (a.type == NULL)
    return true;
  if (!a.type->comparable)
    panic_uncomparable("comparing uncomparable type", a.type);
  if (mg_isdirect(a.type))
    return a.data == b.data;
  return mg_equal(a.type, a.data, b.data);
}
