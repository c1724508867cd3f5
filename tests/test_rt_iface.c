/*
 * test_rt_iface.c - interface values: boxing (pointer-shaped values in the
 * data word, others copied), method lookup through the per-thread cache,
 * the implements test by name and signature, equality and hashing of
 * interfaces by dynamic type and value.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <gc.h>

#include "minigo.h"

static const mg_type t_int = {.kind = MG_INT, .size = 8, .align = 8, .name = "int",
                              .ptrfree = true, .comparable = true};
static const mg_type t_int_copy = {.kind = MG_INT, .size = 8, .align = 8, .name = "int",
                                   .ptrfree = true, .comparable = true};
static const mg_type t_string = {.kind = MG_STRING, .size = 16, .align = 8, .name = "string",
                                 .comparable = true};
static const mg_type t_pint = {.kind = MG_POINTER, .size = 8, .align = 8, .name = "*int",
                               .elem = &t_int, .comparable = true};

typedef struct T { int64_t n; } T;
static mg_string T_Name(void *recv) { return MG_STR("T"); }
static int64_t T_Size(void *recv) { return ((T *)recv)->n; }
static const mg_method T_methods[] = {
  {"Name", "func() string", (void *)T_Name},
  {"Size", "func() int", (void *)T_Size},
};
static const mg_field T_fields[] = {{"n", &t_int, 0, false, false}};
static const mg_type t_T = {.kind = MG_STRUCT, .size = 8, .align = 8, .name = "main.T",
                            .named = true, .ptrfree = true, .comparable = true,
                            .fields = T_fields, .nfields = 1,
                            .methods = T_methods, .nmethods = 2};

static const mg_method Sizer_methods[] = {{"Size", "func() int", NULL}};
static const mg_type t_Sizer = {.kind = MG_INTERFACE, .size = 16, .align = 8,
                                .name = "main.Sizer", .named = true, .comparable = true,
                                .methods = Sizer_methods, .nmethods = 1};
static const mg_method Bad_methods[] = {{"Size", "func() int64", NULL}};
static const mg_type t_Bad = {.kind = MG_INTERFACE, .size = 16, .align = 8, .name = "main.Bad",
                              .named = true, .comparable = true,
                              .methods = Bad_methods, .nmethods = 1};
static const mg_method Both_methods[] = {
  {"Name", "func() string", NULL}, {"Size", "func() int", NULL},
};
static const mg_type t_Both = {.kind = MG_INTERFACE, .size = 16, .align = 8, .name = "main.Both",
                               .named = true, .comparable = true,
                               .methods = Both_methods, .nmethods = 2};

static void test_box(void **state)
{
  int64_t v = 42;
  mg_iface x = mg_box(&t_int, &v);
  v = 7;  /* the box is a copy */
  assert_ptr_equal(x.type, &t_int);
  assert_int_equal(*(int64_t *)mg_iface_ptr(&x), 42);
  int64_t *p = &v;
  mg_iface y = mg_box(&t_pint, &p);  /* pointer-shaped: the pointer itself */
  assert_ptr_equal(y.data, &v);
  assert_ptr_equal(*(int64_t **)mg_iface_ptr(&y), &v);
  assert_true(mg_isdirect(&t_pint));
  assert_false(mg_isdirect(&t_T));
}

static void test_method_lookup(void **state)
{
  T t = {5};
  mg_iface x = mg_box(&t_T, &t);
  for (int i = 0; i < 3; i++) {  /* first miss, then cache hits */
    int64_t (*size)(void *) = (int64_t (*)(void *))mg_iface_method(x, "Size");
    assert_ptr_equal(size, T_Size);
    assert_int_equal(size(x.data), 5);
  }
  assert_ptr_equal(mg_iface_method(x, "Name"), T_Name);
  assert_ptr_equal(mg_find_method(&t_T, "Name")->fn, T_Name);
  assert_null(mg_find_method(&t_T, "Missing"));
  assert_null(mg_find_method(&t_int, "Size"));
}

static void test_implements(void **state)
{
  assert_true(mg_implements(&t_T, &t_Sizer));
  assert_true(mg_implements(&t_T, &t_Both));
  assert_false(mg_implements(&t_T, &t_Bad));  /* same name, other signature */
  assert_false(mg_implements(&t_int, &t_Sizer));
  assert_false(mg_implements(NULL, &t_Sizer));
}

static void test_equal_and_hash(void **state)
{
  int64_t a = 3, b = 3, c = 4;
  mg_string s = MG_STR("3");
  mg_iface ia = mg_box(&t_int, &a), ib = mg_box(&t_int, &b), ic = mg_box(&t_int, &c);
  mg_iface is = mg_box(&t_string, &s), inil = {NULL, NULL};
  assert_true(mg_iface_equal(ia, ib));
  assert_false(mg_iface_equal(ia, ic));
  assert_false(mg_iface_equal(ia, is));  /* other dynamic type */
  assert_false(mg_iface_equal(ia, inil));
  assert_true(mg_iface_equal(inil, inil));
  assert_int_equal(mg_hash(&t_int, &a, 99), mg_hash(&t_int, &b, 99));
  /* an identical descriptor emitted elsewhere: same type, same hash */
  mg_iface icopy = mg_box(&t_int_copy, &b);
  assert_true(mg_type_identical(&t_int, &t_int_copy));
  assert_false(mg_type_identical(&t_int, &t_string));
  assert_true(mg_iface_equal(ia, icopy));
  static const mg_type t_any = {.kind = MG_INTERFACE, .size = 16, .align = 8,
                                .name = "interface {}", .comparable = true};
  assert_int_equal(mg_hash(&t_any, &ia, 1), mg_hash(&t_any, &icopy, 1));
  T t1 = {1}, t2 = {1};
  assert_true(mg_equal(&t_T, &t1, &t2));
  t2.n = 2;
  assert_false(mg_equal(&t_T, &t1, &t2));
}

int main(void)
{
  GC_INIT();
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_box),
    cmocka_unit_test(test_method_lookup),
    cmocka_unit_test(test_implements),
    cmocka_unit_test(test_equal_and_hash),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
