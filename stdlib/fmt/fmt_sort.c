/*
 * fmt_sort.c - map keys in the order of Go's internal/fmtsort, so that
 * %v of a map is deterministic: numbers and strings ascending, NaN first,
 * false before true, pointers and channels by address, structs and arrays
 * element by element, interfaces by dynamic type then value, nil first.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fmt/fmt.h"

#define CMP(a, b) ((a) < (b) ? -1 : (a) > (b) ? 1 : 0)

static int float_compare(double a, double b)
{
  if (isnan(a))
    return -1;
  if (isnan(b))
    return 1;
  return CMP(a, b);
}

/* Size in bytes of gc's type descriptor for t on a 64-bit target: the
 * 48-byte rtype, the kind's extra words, and the uncommonType (16 bytes plus
 * 16 per method) that defined types and types with methods carry. Only the
 * kinds that can be the dynamic type of a map key matter here. */
static int64_t desc_size(const mg_type *t)
{
  int64_t n = 48;
  switch (t->kind) {
  case MG_ARRAY: n += 24; break;        /* elem, slice type, len */
  case MG_CHAN: n += 16; break;         /* elem, dir */
  case MG_POINTER: n += 8; break;       /* elem */
  case MG_STRUCT: n += 32 + 24 * (int64_t)t->nfields; break;
  default: break;
  }
  /* Every predeclared basic type is a defined type in gc. */
  bool basic = t->kind < MG_ARRAY || t->kind == MG_STRING || t->kind == MG_UNSAFEPOINTER;
  if (t->named || basic || t->nmethods > 0)
    n += 16 + 16 * (int64_t)t->nmethods;
  return n;
}

/* Go compares the dynamic types' descriptor addresses. Its linker
 * (cmd/link dodataSect, checked against Go 1.19 on amd64) lays the
 * descriptors out by size, then by symbol name ("type." + the type's name),
 * so that order is what a Go program prints. */
static int type_compare(const mg_type *a, const mg_type *b)
{
  if (mg_type_identical(a, b))
    return 0;
  int c = CMP(desc_size(a), desc_size(b));
  if (c == 0)
    c = strcmp(a->name, b->name);
  return c ? c : CMP((uintptr_t)a, (uintptr_t)b);
}

static int iface_compare(const mg_iface *a, const mg_iface *b)
{
  if (a->type == NULL || b->type == NULL)
    return a->type == NULL ? (b->type == NULL ? 0 : -1) : 1;
  int c = type_compare(a->type, b->type);
  return c ? c : fmt_compare(a->type, mg_iface_ptr(a), mg_iface_ptr(b));
}

int fmt_compare(const mg_type *t, const void *a, const void *b)
{
  switch (t->kind) {
  case MG_INT8: return CMP(*(const int8_t *)a, *(const int8_t *)b);
  case MG_INT16: return CMP(*(const int16_t *)a, *(const int16_t *)b);
  case MG_INT32: return CMP(*(const int32_t *)a, *(const int32_t *)b);
  case MG_INT: case MG_INT64: return CMP(*(const int64_t *)a, *(const int64_t *)b);
  case MG_BOOL: case MG_UINT8: return CMP(*(const uint8_t *)a, *(const uint8_t *)b);
  case MG_UINT16: return CMP(*(const uint16_t *)a, *(const uint16_t *)b);
  case MG_UINT32: return CMP(*(const uint32_t *)a, *(const uint32_t *)b);
  case MG_UINT: case MG_UINT64: case MG_UINTPTR: case MG_POINTER: case MG_CHAN:
  case MG_UNSAFEPOINTER:
    return CMP(*(const uint64_t *)a, *(const uint64_t *)b);
  case MG_FLOAT32: return float_compare(*(const float *)a, *(const float *)b);
  case MG_FLOAT64: return float_compare(*(const double *)a, *(const double *)b);
  case MG_COMPLEX64: {
    const float *x = a, *y = b;
    int c = float_compare(x[0], y[0]);
    return c ? c : float_compare(x[1], y[1]);
  }
  case MG_COMPLEX128: {
    const double *x = a, *y = b;
    int c = float_compare(x[0], y[0]);
    return c ? c : float_compare(x[1], y[1]);
  }
  case MG_STRING: return mg_string_compare(*(const mg_string *)a, *(const mg_string *)b);
  case MG_INTERFACE: return iface_compare(a, b);
  case MG_ARRAY:
    for (int64_t i = 0; i < t->len; i++) {
      int64_t off = i * t->elem->size;
      int c = fmt_compare(t->elem, (const char *)a + off, (const char *)b + off);
      if (c)
        return c;
    }
    return 0;
  case MG_STRUCT:
    for (int i = 0; i < t->nfields; i++) {
      const mg_field *f = &t->fields[i];
      int c = fmt_compare(f->type, (const char *)a + f->offset, (const char *)b + f->offset);
      if (c)
        return c;
    }
    return 0;
  default:
    return 0;  /* not a valid map key type */
  }
}

typedef struct entry {
  void *key, *val;
} entry;

static int entry_compare(const void *x, const void *y, void *keytype)
{
  return fmt_compare(keytype, ((const entry *)x)->key, ((const entry *)y)->key);
}

int64_t fmt_sortmap(mg_map *m, const mg_type *keytype, void ***keys, void ***vals)
{
  int64_t n = mg_maplen(m), k = 0;
  entry *e = mg_alloc(n * (int64_t)sizeof(entry));
  mg_mapiter it;
  for (mg_mapiterinit(&it, m); it.key != NULL && k < n; mg_mapiternext(&it))
    e[k++] = (entry){it.key, it.value};
  qsort_r(e, (size_t)k, sizeof(entry), entry_compare, (void *)keytype);
  *keys = mg_alloc(k * (int64_t)sizeof(void *));
  *vals = mg_alloc(k * (int64_t)sizeof(void *));
  for (int64_t i = 0; i < k; i++) {
    (*keys)[i] = e[i].key;
    (*vals)[i] = e[i].val;
  }
  return k;
}
