/* sort.h - Go's sorting algorithms over Less/Swap callbacks (pdqsort.c). */
#ifndef MG_SORT_H
#define MG_SORT_H

#include "minigo.h"

typedef struct mg_sorter {
  void *ctx;
  bool (*less)(void *ctx, int64_t i, int64_t j);
  void (*swap)(void *ctx, int64_t i, int64_t j);
} mg_sorter;

void mg_sort(const mg_sorter *d, int64_t n);         /* pdqsort, as sort.Sort */
void mg_sort_stable(const mg_sorter *d, int64_t n);  /* as sort.Stable */
bool mg_sort_is_sorted(const mg_sorter *d, int64_t n);

/* The Go API (sort.go declares them). */
void sort__Sort(mg_iface data);
void sort__Stable(mg_iface data);
bool sort__IsSorted(mg_iface data);
void sort__Slice(mg_iface x, mg_func *less);
void sort__SliceStable(mg_iface x, mg_func *less);
bool sort__SliceIsSorted(mg_iface x, mg_func *less);
void sort__Ints(mg_slice x);
void sort__Strings(mg_slice x);
void sort__Float64s(mg_slice x);
bool sort__IntsAreSorted(mg_slice x);
bool sort__StringsAreSorted(mg_slice x);
bool sort__Float64sAreSorted(mg_slice x);
int64_t sort__Search(int64_t n, mg_func *f);
int64_t sort__SearchInts(mg_slice a, int64_t x);
int64_t sort__SearchStrings(mg_slice a, mg_string x);
int64_t sort__SearchFloat64s(mg_slice a, double x);

#endif
