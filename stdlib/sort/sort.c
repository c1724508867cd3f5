/* sort.c - package sort: the entry points, feeding Less/Swap to pdqsort.c. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "internal/std.h"
#include "race.h"
#include "sort/sort.h"

/* ---- sort.Interface values: methods called through the descriptor */
typedef struct iface_ctx {
  void *recv;
  bool (*less)(void *, int64_t, int64_t);
  void (*swap)(void *, int64_t, int64_t);
} iface_ctx;

static bool iface_less(void *c, int64_t i, int64_t j) {
  return ((iface_ctx *)c)->less(((iface_ctx *)c)->recv, i, j);
}
static void iface_swap(void *c, int64_t i, int64_t j) {
  ((iface_ctx *)c)->swap(((iface_ctx *)c)->recv, i, j);
}

static int64_t iface_sorter(mg_iface data, iface_ctx *c, mg_sorter *d) {
  int64_t (*len)(void *) = mg_iface_method(data, "Len");
  c->recv = data.data;
  c->less = mg_iface_method(data, "Less");
  c->swap = mg_iface_method(data, "Swap");
  *d = (mg_sorter){c, iface_less, iface_swap};
  return len(data.data);
}

void sort__Sort(mg_iface data) {
  iface_ctx c;
  mg_sorter d;
  int64_t n = iface_sorter(data, &c, &d);
  mg_sort(&d, n);
}

void sort__Stable(mg_iface data) {
  iface_ctx c;
  mg_sorter d;
  int64_t n = iface_sorter(data, &c, &d);
  mg_sort_stable(&d, n);
}

bool sort__IsSorted(mg_iface data) {
  iface_ctx c;
  mg_sorter d;
  int64_t n = iface_sorter(data, &c, &d);
  return mg_sort_is_sorted(&d, n);
}

/* ---- sort.Slice: any slice, swapped by its element size */
typedef struct slice_ctx {
  mg_func *less;
  uint8_t *base;
  int64_t size;
  uint8_t *tmp;
} slice_ctx;

static bool slice_less(void *c, int64_t i, int64_t j) {
  mg_func *f = ((slice_ctx *)c)->less;
  return ((bool (*)(mg_func *, int64_t, int64_t))mgstd_code(f))(f, i, j);
}

static void slice_swap(void *c, int64_t i, int64_t j) {
  slice_ctx *s = c;
  uint8_t *a = s->base + i * s->size, *b = s->base + j * s->size;
  mg_race_write_range(a, s->size);
  mg_race_write_range(b, s->size);
  memcpy(s->tmp, a, s->size);
  memcpy(a, b, s->size);
  memcpy(b, s->tmp, s->size);
}

/* reflect.Kind's names, for the panic of a non-slice argument. */
static const char *kind_name(const mg_type *t) {
  static const char *names[] = {
    "invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
    "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array",
    "chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer",
  };
  return t == NULL ? NULL : names[t->kind];
}

static int64_t slice_sorter(mg_iface x, mg_func *less, slice_ctx *c, mg_sorter *d) {
  if (x.type == NULL || x.type->kind != MG_SLICE) {
    char msg[64];
    const char *k = kind_name(x.type);
    snprintf(msg, sizeof msg, "reflect: call of Swapper on %s Value", k ? k : "zero");
    mg_panic_cstring(msg);
  }
  mg_slice s = *(mg_slice *)x.data;
  int64_t size = x.type->elem->size;
  mg_race_read_range(s.ptr, (size_t)(s.len * size));
  *c = (slice_ctx){less, s.ptr, size, size > 0 ? mg_alloc(size) : NULL};
  *d = (mg_sorter){c, slice_less, slice_swap};
  return s.len;
}

void sort__Slice(mg_iface x, mg_func *less) {
  MG_RACE_ENTER();
  slice_ctx c;
  mg_sorter d;
  int64_t n = slice_sorter(x, less, &c, &d);
  mg_sort(&d, n);
  MG_RACE_LEAVE();
}

void sort__SliceStable(mg_iface x, mg_func *less) {
  MG_RACE_ENTER();
  slice_ctx c;
  mg_sorter d;
  int64_t n = slice_sorter(x, less, &c, &d);
  mg_sort_stable(&d, n);
  MG_RACE_LEAVE();
}

bool sort__SliceIsSorted(mg_iface x, mg_func *less) {
  slice_ctx c;
  mg_sorter d;
  int64_t n = slice_sorter(x, less, &c, &d);
  return mg_sort_is_sorted(&d, n);
}

/* ---- []int, []string, []float64 */
static bool ints_less(void *p, int64_t i, int64_t j) {
  return ((int64_t *)p)[i] < ((int64_t *)p)[j];
}
static void ints_swap(void *p, int64_t i, int64_t j) {
  int64_t *x = p, t = x[i];
  mg_race_write_range(&x[i], sizeof t);
  mg_race_write_range(&x[j], sizeof t);
  x[i] = x[j], x[j] = t;
}

static bool strings_less(void *p, int64_t i, int64_t j) {
  return mg_string_compare(((mg_string *)p)[i], ((mg_string *)p)[j]) < 0;
}
static void strings_swap(void *p, int64_t i, int64_t j) {
  mg_string *x = p, t = x[i];
  mg_race_write_range(&x[i], sizeof t);
  mg_race_write_range(&x[j], sizeof t);
  x[i] = x[j], x[j] = t;
}

/* NaNs sort first, as Go's Float64Slice.Less orders them. */
static bool floats_less(void *p, int64_t i, int64_t j) {
  double a = ((double *)p)[i], b = ((double *)p)[j];
  return a < b || (isnan(a) && !isnan(b));
}
static void floats_swap(void *p, int64_t i, int64_t j) {
  double *x = p, t = x[i];
  mg_race_write_range(&x[i], sizeof t);
  mg_race_write_range(&x[j], sizeof t);
  x[i] = x[j], x[j] = t;
}

/* Under -race the whole slice counts as read, and swapped elements as
 * written, as Go's instrumented sort touches them. */
static void sort_in_place(mg_slice x, size_t size, bool (*less)(void *, int64_t, int64_t),
                          void (*swap)(void *, int64_t, int64_t)) {
  mg_race_read_range(x.ptr, (size_t)x.len * size);
  mg_sort(&(mg_sorter){x.ptr, less, swap}, x.len);
}

void sort__Ints(mg_slice x) {
  MG_RACE_ENTER();
  sort_in_place(x, sizeof(int64_t), ints_less, ints_swap);
  MG_RACE_LEAVE();
}
void sort__Strings(mg_slice x) {
  MG_RACE_ENTER();
  sort_in_place(x, sizeof(mg_string), strings_less, strings_swap);
  MG_RACE_LEAVE();
}
void sort__Float64s(mg_slice x) {
  MG_RACE_ENTER();
  sort_in_place(x, sizeof(double), floats_less, floats_swap);
  MG_RACE_LEAVE();
}

bool sort__IntsAreSorted(mg_slice x) {
  return mg_sort_is_sorted(&(mg_sorter){x.ptr, ints_less, ints_swap}, x.len);
}
bool sort__StringsAreSorted(mg_slice x) {
  return mg_sort_is_sorted(&(mg_sorter){x.ptr, strings_less, strings_swap}, x.len);
}
bool sort__Float64sAreSorted(mg_slice x) {
  return mg_sort_is_sorted(&(mg_sorter){x.ptr, floats_less, floats_swap}, x.len);
}

/* ---- binary search: the smallest i in [0, n) with f(i) true, else n */
typedef bool (*search_pred)(void *ctx, int64_t i);

static int64_t search(int64_t n, search_pred f, void *ctx) {
  int64_t i = 0, j = n;
  while (i < j) {
    int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
    if (!f(ctx, h)) i = h + 1;
    else j = h;
  }
  return i;
}

static bool call_pred(void *f, int64_t i) {
  return ((bool (*)(mg_func *, int64_t))mgstd_code(f))(f, i);
}

typedef struct key { mg_slice a; const void *x; } key;

static bool int_ge(void *k, int64_t i) {
  const key *c = k;
  return ((int64_t *)c->a.ptr)[i] >= *(const int64_t *)c->x;
}
static bool string_ge(void *k, int64_t i) {
  const key *c = k;
  return mg_string_compare(((mg_string *)c->a.ptr)[i], *(const mg_string *)c->x) >= 0;
}
static bool float_ge(void *k, int64_t i) {
  const key *c = k;
  return ((double *)c->a.ptr)[i] >= *(const double *)c->x;
}

int64_t sort__Search(int64_t n, mg_func *f) { return search(n, call_pred, f); }
int64_t sort__SearchInts(mg_slice a, int64_t x) { return search(a.len, int_ge, &(key){a, &x}); }
int64_t sort__SearchStrings(mg_slice a, mg_string x) {
  return search(a.len, string_ge, &(key){a, &x});
}
int64_t sort__SearchFloat64s(mg_slice a, double x) {
  return search(a.len, float_ge, &(key){a, &x});
}
