/*
 * test_rt_map.c - maps: insert, lookup, delete and growth; iteration that
 * produces every entry exactly once, in an order that changes between
 * iterations; deletes and inserts during iteration; keys of every hashing
 * strategy (int, string, struct, float with NaN and -0, interface).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <gc.h>
#include <math.h>
#include <stdio.h>

#include "minigo.h"

static const mg_type t_int = {.kind = MG_INT, .size = 8, .align = 8, .name = "int",
                              .ptrfree = true, .comparable = true};
static const mg_type t_int32 = {.kind = MG_INT32, .size = 4, .align = 4, .name = "int32",
                                .ptrfree = true, .comparable = true};
static const mg_type t_float = {.kind = MG_FLOAT64, .size = 8, .align = 8, .name = "float64",
                                .ptrfree = true, .comparable = true};
static const mg_type t_string = {.kind = MG_STRING, .size = 16, .align = 8, .name = "string",
                                 .comparable = true};
static const mg_type t_any = {.kind = MG_INTERFACE, .size = 16, .align = 8,
                              .name = "interface {}", .comparable = true};

typedef struct key { int32_t a; mg_string s; } key;
static const mg_field key_fields[] = {
  {"a", &t_int32, offsetof(key, a), false, false},
  {"s", &t_string, offsetof(key, s), false, false},
};
static const mg_type t_key = {.kind = MG_STRUCT, .size = sizeof(key), .align = 8,
                              .name = "main.key", .named = true, .comparable = true,
                              .fields = key_fields, .nfields = 2};

#define MAPTYPE(id, k, v, nm) \
  static const mg_type id = {.kind = MG_MAP, .size = 8, .align = 8, .name = nm, \
                             .key = k, .elem = v}
MAPTYPE(t_map_int, &t_int, &t_int, "map[int]int");
MAPTYPE(t_map_str, &t_string, &t_int, "map[string]int");
MAPTYPE(t_map_key, &t_key, &t_int, "map[main.key]int");
MAPTYPE(t_map_float, &t_float, &t_int, "map[float64]int");
MAPTYPE(t_map_any, &t_any, &t_int, "map[interface {}]int");

static void put_int(mg_map *m, int64_t k, int64_t v)
{
  *(int64_t *)mg_mapassign(m, &k) = v;
}

static int64_t *get_int(mg_map *m, int64_t k)
{
  return mg_mapaccess(m, &k);
}

static void test_insert_lookup_delete(void **state)
{
  mg_map *m = mg_makemap(&t_map_int, 0);
  assert_null(get_int(m, 1));
  for (int64_t i = 0; i < 1000; i++)
    put_int(m, i * 7, i);
  assert_int_equal(mg_maplen(m), 1000);
  for (int64_t i = 0; i < 1000; i++)
    assert_int_equal(*get_int(m, i * 7), i);
  assert_null(get_int(m, 3));
  put_int(m, 14, -1);  /* overwrite */
  assert_int_equal(*get_int(m, 14), -1);
  assert_int_equal(mg_maplen(m), 1000);
  for (int64_t i = 0; i < 1000; i += 2) {
    int64_t k = i * 7;
    mg_mapdelete(m, &k);
  }
  assert_int_equal(mg_maplen(m), 500);
  for (int64_t i = 0; i < 1000; i++)
    if (i % 2)
      assert_int_equal(*get_int(m, i * 7), i);
    else
      assert_null(get_int(m, i * 7));
  int64_t absent = 5;
  mg_mapdelete(m, &absent);
  assert_int_equal(mg_maplen(m), 500);
}

static void test_grow_large(void **state)
{
  mg_map *m = mg_makemap(&t_map_int, 10);
  for (int64_t i = 0; i < 200000; i++)
    put_int(m, i, i * 2);
  assert_int_equal(mg_maplen(m), 200000);
  for (int64_t i = 0; i < 200000; i++)
    assert_int_equal(*get_int(m, i), i * 2);
  /* churn: delete and reinsert keeps the count and the values */
  for (int64_t i = 0; i < 200000; i++) {
    mg_mapdelete(m, &i);
    put_int(m, i, i + 1);
  }
  assert_int_equal(mg_maplen(m), 200000);
  assert_int_equal(*get_int(m, 199999), 200000);
}

static void test_nil_map_reads(void **state)
{
  int64_t k = 1;
  assert_null(mg_mapaccess(NULL, &k));
  assert_int_equal(mg_maplen(NULL), 0);
  mg_mapdelete(NULL, &k);
  mg_mapiter it;
  mg_mapiterinit(&it, NULL);
  assert_null(it.key);
}

/* Iterates m, counting how often each key in [0, n) is produced. */
static void count_keys(mg_map *m, int *seen, int n)
{
  memset(seen, 0, (size_t)n * sizeof *seen);
  mg_mapiter it;
  for (mg_mapiterinit(&it, m); it.key; mg_mapiternext(&it)) {
    int64_t k = *(int64_t *)it.key;
    assert_true(k >= 0 && k < n);
    assert_int_equal(*(int64_t *)it.value, k + 100);
    seen[k]++;
  }
}

static void test_iterate_exactly_once(void **state)
{
  enum { N = 5000 };
  static int seen[N];
  mg_map *m = mg_makemap(&t_map_int, 0);
  for (int64_t i = 0; i < N; i++)
    put_int(m, i, i + 100);
  for (int64_t i = 0; i < N; i += 3)
    mg_mapdelete(m, &i);
  count_keys(m, seen, N);
  for (int i = 0; i < N; i++)
    assert_int_equal(seen[i], i % 3 ? 1 : 0);
}

static void test_random_order(void **state)
{
  mg_map *m = mg_makemap(&t_map_int, 0);
  for (int64_t i = 0; i < 50; i++)
    put_int(m, i, i);
  bool firsts[50] = {false};
  int distinct = 0;
  for (int run = 0; run < 100; run++) {
    mg_mapiter it;
    mg_mapiterinit(&it, m);
    int64_t k = *(int64_t *)it.key;
    distinct += !firsts[k];
    firsts[k] = true;
  }
  assert_true(distinct > 5);  /* 100 random starts over 50 entries */
}

static void test_delete_during_iteration(void **state)
{
  enum { N = 100 };
  mg_map *m = mg_makemap(&t_map_int, 0);
  for (int64_t i = 0; i < N; i++)
    put_int(m, i, i + 100);
  int produced[N] = {0};
  bool deleted[N] = {false};
  mg_mapiter it;
  for (mg_mapiterinit(&it, m); it.key; mg_mapiternext(&it)) {
    int64_t k = *(int64_t *)it.key;
    assert_false(deleted[k]);  /* a deleted entry is never produced */
    produced[k]++;
    for (int64_t j = 0; j < N; j++)  /* delete every other key not yet seen */
      if (!produced[j] && !deleted[j] && j % 2 == 0) {
        mg_mapdelete(m, &j);
        deleted[j] = true;
      }
  }
  for (int i = 0; i < N; i++)
    assert_true(produced[i] == (deleted[i] ? 0 : 1));
}

static void test_insert_during_iteration(void **state)
{
  enum { N = 64 };
  mg_map *m = mg_makemap(&t_map_int, 0);
  for (int64_t i = 0; i < N; i++)
    put_int(m, i, i + 100);
  int produced[N] = {0};
  int64_t next = 1000000;
  mg_mapiter it;
  for (mg_mapiterinit(&it, m); it.key; mg_mapiternext(&it)) {
    int64_t k = *(int64_t *)it.key;
    if (k < N)
      produced[k]++;
    for (int j = 0; j < 50 && next < 1000000 + 5000; j++)  /* forces growth */
      put_int(m, next++, 0);
    int64_t old = (k + 1) % N;
    mg_mapdelete(m, &old);  /* after growth too */
  }
  for (int i = 0; i < N; i++)
    assert_true(produced[i] <= 1);  /* each old entry at most once */
}

static void test_string_keys(void **state)
{
  mg_map *m = mg_makemap(&t_map_str, 0);
  char buf[32];
  for (int i = 0; i < 1000; i++) {
    int n = snprintf(buf, sizeof buf, "key%d", i);
    mg_string k = mg_string_from_bytes((mg_slice){buf, n, n});  /* a fresh copy */
    *(int64_t *)mg_mapassign(m, &k) = i;
  }
  for (int i = 0; i < 1000; i++) {
    int n = snprintf(buf, sizeof buf, "key%d", i);
    mg_string k = {(const uint8_t *)buf, n};
    assert_int_equal(*(int64_t *)mg_mapaccess(m, &k), i);
  }
  mg_string empty = {NULL, 0};
  assert_null(mg_mapaccess(m, &empty));
  *(int64_t *)mg_mapassign(m, &empty) = 7;
  assert_int_equal(*(int64_t *)mg_mapaccess(m, &empty), 7);
}

static void test_struct_keys(void **state)
{
  mg_map *m = mg_makemap(&t_map_key, 0);
  key a = {1, MG_STR("x")}, b = {1, MG_STR("y")}, c = {2, MG_STR("x")};
  *(int64_t *)mg_mapassign(m, &a) = 10;
  *(int64_t *)mg_mapassign(m, &b) = 20;
  *(int64_t *)mg_mapassign(m, &c) = 30;
  key a2;
  memset(&a2, 0xEE, sizeof a2);  /* garbage in the padding must not matter */
  a2.a = 1;
  a2.s = mg_cstring("x");
  assert_int_equal(*(int64_t *)mg_mapaccess(m, &a2), 10);
  assert_int_equal(mg_maplen(m), 3);
}

static void test_float_keys(void **state)
{
  mg_map *m = mg_makemap(&t_map_float, 0);
  double nan = NAN, pz = 0.0, nz = -0.0;
  *(int64_t *)mg_mapassign(m, &nan) = 1;
  *(int64_t *)mg_mapassign(m, &nan) = 2;  /* NaN != NaN: a second entry */
  assert_int_equal(mg_maplen(m), 2);
  assert_null(mg_mapaccess(m, &nan));
  mg_mapdelete(m, &nan);
  assert_int_equal(mg_maplen(m), 2);
  *(int64_t *)mg_mapassign(m, &pz) = 3;
  *(int64_t *)mg_mapassign(m, &nz) = 4;  /* -0 == +0: same entry */
  assert_int_equal(mg_maplen(m), 3);
  assert_int_equal(*(int64_t *)mg_mapaccess(m, &pz), 4);
  int nans = 0;
  mg_mapiter it;
  for (mg_mapiterinit(&it, m); it.key; mg_mapiternext(&it))
    nans += isnan(*(double *)it.key);
  assert_int_equal(nans, 2);  /* iteration produces the NaN entries */
  mg_mapclear(m);
  assert_int_equal(mg_maplen(m), 0);
  assert_null(mg_mapaccess(m, &pz));
}

static void test_interface_keys(void **state)
{
  mg_map *m = mg_makemap(&t_map_any, 0);
  int64_t one = 1;
  mg_string s1 = MG_STR("1");
  mg_iface ki = mg_box(&t_int, &one), ks = mg_box(&t_string, &s1), knil = {NULL, NULL};
  *(int64_t *)mg_mapassign(m, &ki) = 1;
  *(int64_t *)mg_mapassign(m, &ks) = 2;
  *(int64_t *)mg_mapassign(m, &knil) = 3;
  assert_int_equal(mg_maplen(m), 3);
  int64_t one2 = 1;
  mg_iface ki2 = mg_box(&t_int, &one2);  /* another box, equal value */
  assert_int_equal(*(int64_t *)mg_mapaccess(m, &ki2), 1);
  assert_int_equal(*(int64_t *)mg_mapaccess(m, &ks), 2);
  assert_int_equal(*(int64_t *)mg_mapaccess(m, &knil), 3);
}

int main(void)
{
  GC_INIT();
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_insert_lookup_delete),
    cmocka_unit_test(test_grow_large),
    cmocka_unit_test(test_nil_map_reads),
    cmocka_unit_test(test_iterate_exactly_once),
    cmocka_unit_test(test_random_order),
    cmocka_unit_test(test_delete_during_iteration),
    cmocka_unit_test(test_insert_during_iteration),
    cmocka_unit_test(test_string_keys),
    cmocka_unit_test(test_struct_keys),
    cmocka_unit_test(test_float_keys),
    cmocka_unit_test(test_interface_keys),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
