/*
 * pdqsort.c - Go's sort algorithms (sort/zsortfunc.go) over Less/Swap
 * callbacks, step for step: equal elements end up where Go puts them, and
 * a Less with side effects sees the same calls.
 */
#include "sort/sort.h"

#define LESS(i, j) d->less(d->ctx, (i), (j))
#define SWAP(i, j) d->swap(d->ctx, (i), (j))

enum { UNKNOWN_HINT, INCREASING_HINT, DECREASING_HINT };

static void insertion_sort(const mg_sorter *d, int64_t a, int64_t b) {
  for (int64_t i = a + 1; i < b; i++)
    for (int64_t j = i; j > a && LESS(j, j - 1); j--) SWAP(j, j - 1);
}

static void sift_down(const mg_sorter *d, int64_t lo, int64_t hi, int64_t first) {
  for (int64_t root = lo;;) {
    int64_t child = 2 * root + 1;
    if (child >= hi) return;
    if (child + 1 < hi && LESS(first + child, first + child + 1)) child++;
    if (!LESS(first + root, first + child)) return;
    SWAP(first + root, first + child);
    root = child;
  }
}

static void heap_sort(const mg_sorter *d, int64_t a, int64_t b) {
  int64_t first = a, hi = b - a;
  for (int64_t i = (hi - 1) / 2; i >= 0; i--) sift_down(d, i, hi, first);
  for (int64_t i = hi - 1; i >= 0; i--) {
    SWAP(first, first + i);
    sift_down(d, 0, i, first);
  }
}

static int bit_len(uint64_t x) { return x ? 64 - __builtin_clzll(x) : 0; }

static void break_patterns(const mg_sorter *d, int64_t a, int64_t b) {
  int64_t length = b - a;
  if (length < 8) return;
  uint64_t random = (uint64_t)length, modulus = (uint64_t)1 << bit_len(length);
  for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
    random ^= random << 13, random ^= random >> 17, random ^= random << 5;
    int64_t other = (int64_t)(random & (modulus - 1));
    if (other >= length) other -= length;
    SWAP(idx, a + other);
  }
}

static void order2(const mg_sorter *d, int64_t *a, int64_t *b, int *swaps) {
  if (LESS(*b, *a)) {
    int64_t t = *a;
    *a = *b, *b = t;
    ++*swaps;
  }
}

static int64_t median(const mg_sorter *d, int64_t a, int64_t b, int64_t c, int *swaps) {
  order2(d, &a, &b, swaps);
  order2(d, &b, &c, swaps);
  order2(d, &a, &b, swaps);
  return b;
}

static int64_t choose_pivot(const mg_sorter *d, int64_t a, int64_t b, int *hint) {
  int64_t l = b - a, i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
  int swaps = 0;
  if (l >= 8) {
    if (l >= 50) {  /* Tukey's ninther */
      i = median(d, i - 1, i, i + 1, &swaps);
      j = median(d, j - 1, j, j + 1, &swaps);
      k = median(d, k - 1, k, k + 1, &swaps);
    }
    j = median(d, i, j, k, &swaps);
  }
  *hint = swaps == 0 ? INCREASING_HINT : swaps == 12 ? DECREASING_HINT : UNKNOWN_HINT;
  return j;
}

static void reverse_range(const mg_sorter *d, int64_t a, int64_t b) {
  for (int64_t i = a, j = b - 1; i < j; i++, j--) SWAP(i, j);
}

static bool partial_insertion_sort(const mg_sorter *d, int64_t a, int64_t b) {
  int64_t i = a + 1;
  for (int step = 0; step < 5; step++) {
    while (i < b && !LESS(i, i - 1)) i++;
    if (i == b) return true;
    if (b - a < 50) return false;
    SWAP(i, i - 1);
    if (i - a >= 2)
      for (int64_t j = i - 1; j >= 1 && LESS(j, j - 1); j--) SWAP(j, j - 1);
    if (b - i >= 2)
      for (int64_t j = i + 1; j < b && LESS(j, j - 1); j++) SWAP(j, j - 1);
  }
  return false;
}

static int64_t partition_equal(const mg_sorter *d, int64_t a, int64_t b, int64_t pivot) {
  SWAP(a, pivot);
  int64_t i = a + 1, j = b - 1;
  for (;;) {
    while (i <= j && !LESS(a, i)) i++;
    while (i <= j && LESS(a, j)) j--;
    if (i > j) return i;
    SWAP(i, j);
    i++, j--;
  }
}

static int64_t partition(const mg_sorter *d, int64_t a, int64_t b, int64_t pivot, bool *already) {
  SWAP(a, pivot);
  int64_t i = a + 1, j = b - 1;
  while (i <= j && LESS(i, a)) i++;
  while (i <= j && !LESS(j, a)) j--;
  if (i > j) {
    SWAP(j, a);
    *already = true;
    return j;
  }
  SWAP(i, j);
  i++, j--;
  for (;;) {
    while (i <= j && LESS(i, a)) i++;
    while (i <= j && !LESS(j, a)) j--;
    if (i > j) break;
    SWAP(i, j);
    i++, j--;
  }
  SWAP(j, a);
  *already = false;
  return j;
}

static void pdqsort(const mg_sorter *d, int64_t a, int64_t b, int limit) {
  bool balanced = true, partitioned = true;
  for (;;) {
    int64_t length = b - a;
    if (length <= 12) {
      insertion_sort(d, a, b);
      return;
    }
    if (limit == 0) {
      heap_sort(d, a, b);
      return;
    }
    if (!balanced) break_patterns(d, a, b), limit--;
    int hint;
    int64_t pivot = choose_pivot(d, a, b, &hint);
    if (hint == DECREASING_HINT) {
      reverse_range(d, a, b);
      pivot = (b - 1) - (pivot - a);
      hint = INCREASING_HINT;
    }
    if (balanced && partitioned && hint == INCREASING_HINT && partial_insertion_sort(d, a, b))
      return;
    if (a > 0 && !LESS(a - 1, pivot)) {
      a = partition_equal(d, a, b, pivot);
      continue;
    }
    int64_t mid = partition(d, a, b, pivot, &partitioned);
    int64_t left = mid - a, right = b - mid;
    if (left < right) {
      balanced = left >= length / 8;
      pdqsort(d, a, mid, limit);
      a = mid + 1;
    } else {
      balanced = right >= length / 8;
      pdqsort(d, mid + 1, b, limit);
      b = mid;
    }
  }
}

void mg_sort(const mg_sorter *d, int64_t n) { pdqsort(d, 0, n, bit_len(n)); }

/* ---- the stable sort: insertion-sorted blocks of 20, merged in place */

static void swap_range(const mg_sorter *d, int64_t a, int64_t b, int64_t n) {
  for (int64_t i = 0; i < n; i++) SWAP(a + i, b + i);
}

static void rotate(const mg_sorter *d, int64_t a, int64_t m, int64_t b) {
  int64_t i = m - a, j = b - m;
  while (i != j) {
    if (i > j) {
      swap_range(d, m - i, m, j);
      i -= j;
    } else {
      swap_range(d, m - i, m + j - i, i);
      j -= i;
    }
  }
  swap_range(d, m - i, m, i);
}

static void sym_merge(const mg_sorter *d, int64_t a, int64_t m, int64_t b) {
  if (m - a == 1) {
    int64_t i = m, j = b;
    while (i < j) {
      int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
      if (LESS(h, a)) i = h + 1;
      else j = h;
    }
    for (int64_t k = a; k < i - 1; k++) SWAP(k, k + 1);
    return;
  }
  if (b - m == 1) {
    int64_t i = a, j = m;
    while (i < j) {
      int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
      if (!LESS(m, h)) i = h + 1;
      else j = h;
    }
    for (int64_t k = m; k > i; k--) SWAP(k, k - 1);
    return;
  }
  int64_t mid = (int64_t)((uint64_t)(a + b) >> 1), n = mid + m, start, r;
  if (m > mid) start = n - b, r = mid;
  else start = a, r = m;
  int64_t p = n - 1;
  while (start < r) {
    int64_t c = (int64_t)((uint64_t)(start + r) >> 1);
    if (!LESS(p - c, c)) start = c + 1;
    else r = c;
  }
  int64_t end = n - start;
  if (start < m && m < end) rotate(d, start, m, end);
  if (a < start && start < mid) sym_merge(d, a, start, mid);
  if (mid < end && end < b) sym_merge(d, mid, end, b);
}

void mg_sort_stable(const mg_sorter *d, int64_t n) {
  int64_t block = 20, a = 0, b = block;
  for (; b <= n; a = b, b += block) insertion_sort(d, a, b);
  insertion_sort(d, a, n);
  for (; block < n; block *= 2) {
    for (a = 0, b = 2 * block; b <= n; a = b, b += 2 * block) sym_merge(d, a, a + block, b);
    if (a + block < n) sym_merge(d, a, a + block, n);
  }
}

bool mg_sort_is_sorted(const mg_sorter *d, int64_t n) {
  for (int64_t i = n - 1; i > 0; i--)
    if (LESS(i, i - 1)) return false;
  return true;
}
