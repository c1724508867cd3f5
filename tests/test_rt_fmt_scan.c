/*
 * test_rt_fmt_scan.c - fmt's Sscan, Sscanln and Sscanf against Go: the
 * expected counts, values and error texts were printed by Go 1.19.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <gc.h>

#include "fmt/fmt.h"

struct fmt__scan__ret { int64_t r0; mg_string r1; };
struct fmt__scanf__ret { int64_t r0; mg_string r1; };
struct fmt__scan__ret fmt__scan(mg_string src, bool fromStdin, bool ln, mg_slice a);
struct fmt__scanf__ret fmt__scanf(mg_string src, bool fromStdin, mg_string format, mg_slice a);

#define BASIC(id, k, sz, nm) \
  static const mg_type id = {.kind = k, .size = sz, .align = sz, .name = nm, \
                             .ptrfree = true, .comparable = true}; \
  static const mg_type p##id = {.kind = MG_POINTER, .size = 8, .align = 8, .name = "*" nm, \
                                .elem = &id, .comparable = true}
BASIC(t_int, MG_INT, 8, "int");
BASIC(t_int8, MG_INT8, 1, "int8");
BASIC(t_int32, MG_INT32, 4, "int32");
BASIC(t_uint, MG_UINT, 8, "uint");
BASIC(t_float64, MG_FLOAT64, 8, "float64");
BASIC(t_bool, MG_BOOL, 1, "bool");
static const mg_type t_uint8 = {.kind = MG_UINT8, .size = 1, .align = 1, .name = "uint8",
                                .ptrfree = true, .comparable = true};
static const mg_type t_string = {.kind = MG_STRING, .size = 16, .align = 8, .name = "string",
                                 .comparable = true};
static const mg_type pt_string = {.kind = MG_POINTER, .size = 8, .align = 8, .name = "*string",
                                  .elem = &t_string, .comparable = true};
static const mg_type t_bytes = {.kind = MG_SLICE, .size = 24, .align = 8, .name = "[]uint8",
                                .elem = &t_uint8};
static const mg_type pt_bytes = {.kind = MG_POINTER, .size = 8, .align = 8, .name = "*[]uint8",
                                 .elem = &t_bytes, .comparable = true};

static int64_t a, b;
static mg_string s;
static double f;
static bool ok;

static mg_string str(const char *c)
{
  return (mg_string){(const uint8_t *)c, (int64_t)strlen(c)};
}

static mg_iface ptr(const mg_type *pt, void *p)
{
  return (mg_iface){pt, p};
}

static void check(struct fmt__scan__ret r, int64_t n, const char *err)
{
  assert_int_equal(r.r0, n);
  assert_int_equal(r.r1.len, strlen(err));
  assert_memory_equal(r.r1.ptr, err, r.r1.len);
}

static struct fmt__scan__ret sscan(const char *in, bool ln, int n, mg_iface *ops)
{
  return fmt__scan(str(in), false, ln, (mg_slice){ops, n, n});
}

static struct fmt__scan__ret sscanf_(const char *in, const char *format, int n, mg_iface *ops)
{
  struct fmt__scanf__ret r = fmt__scanf(str(in), false, str(format), (mg_slice){ops, n, n});
  return (struct fmt__scan__ret){r.r0, r.r1};
}

static void test_sscan(void **state)
{
  mg_iface ab[] = {ptr(&pt_int, &a), ptr(&pt_int, &b)};
  check(sscan("5", false, 2, ab), 1, "EOF");
  assert_int_equal(a, 5);
  check(sscan("", false, 1, ab), 0, "EOF");
  check(sscan("  \n 7 \n 8", false, 2, ab), 2, "");
  assert_int_equal(a, 7);
  assert_int_equal(b, 8);
  check(sscan("x", false, 1, ab), 0, "expected integer");
  mg_iface as[] = {ptr(&pt_int, &a), ptr(&pt_string, &s)};
  check(sscan("12abc", false, 2, as), 2, "");
  assert_int_equal(a, 12);
  assert_memory_equal(s.ptr, "abc", 3);
  mg_iface sfb[] = {ptr(&pt_string, &s), ptr(&pt_float64, &f), ptr(&pt_bool, &ok)};
  check(sscan("hello 2.5 true", false, 3, sfb), 3, "");
  assert_int_equal(s.len, 5);
  assert_true(f == 2.5);
  assert_true(ok);
  check(sscan("0x1F -0b101", false, 2, ab), 2, "");
  assert_int_equal(a, 31);
  assert_int_equal(b, -5);
  check(sscan("1_000", false, 1, ab), 1, "");
  assert_int_equal(a, 1000);
  check(sscan("3.5", false, 1, ab), 1, "");  /* stops at the point */
  assert_int_equal(a, 3);
  check(sscan("99999999999999999999", false, 1, ab), 0,
        "strconv.ParseInt: parsing \"99999999999999999999\": value out of range");
}

static void test_sscan_types(void **state)
{
  int8_t i8 = 0;
  mg_iface op = ptr(&pt_int8, &i8);
  check(sscan("300", false, 1, &op), 0, "integer overflow on token 300");
  uint64_t u = 0;
  op = ptr(&pt_uint, &u);
  check(sscan("-5", false, 1, &op), 0, "expected integer");
  op = ptr(&pt_bool, &ok);
  check(sscan("tru", false, 1, &op), 0, "syntax error scanning boolean");
  op = (mg_iface){&t_int, &a};
  check(sscan("5", false, 1, &op), 0, "type not a pointer: int");
  mg_slice by = {0};
  op = ptr(&pt_bytes, &by);
  check(sscan("bytes", false, 1, &op), 1, "");
  assert_int_equal(by.len, 5);
  mg_iface fa[] = {ptr(&pt_float64, &f), ptr(&pt_int, &a)};
  check(sscan("1e3 x", false, 2, fa), 1, "expected integer");
  assert_true(f == 1000);
}

static void test_sscanln(void **state)
{
  mg_iface ab[] = {ptr(&pt_int, &a), ptr(&pt_int, &b)};
  check(sscan("9 \n 10", true, 2, ab), 1, "unexpected newline");
  assert_int_equal(a, 9);
  check(sscan("1 2 3", true, 2, ab), 2, "expected newline");
  check(sscan("", true, 1, ab), 0, "EOF");
  check(sscan("\n", true, 1, ab), 0, "unexpected newline");
  check(sscan("4 5  \n", true, 2, ab), 2, "");
}

static void test_sscanf(void **state)
{
  mg_iface abs[] = {ptr(&pt_int, &a), ptr(&pt_int, &b), ptr(&pt_string, &s)};
  check(sscanf_("3-4 name", "%d-%d %s", 3, abs), 3, "");
  assert_int_equal(a, 3);
  assert_int_equal(b, 4);
  assert_memory_equal(s.ptr, "name", 4);
  check(sscanf_("3 4", "%d,%d", 2, abs), 1, "input does not match format");
  check(sscanf_("10", "%d %d", 2, abs), 1, "EOF");
  check(sscanf_("11 12", "%d", 1, abs), 1, "");
  check(sscanf_("ff", "%x", 1, abs), 1, "");
  assert_int_equal(a, 255);
  check(sscanf_("age: 42\n", "age: %d\n", 1, abs), 1, "");
  assert_int_equal(a, 42);
  check(sscanf_("5", "%5d", 1, abs), 1, "");
  mg_iface sa[] = {ptr(&pt_string, &s), ptr(&pt_int, &a)};
  check(sscanf_("abc", "%s %d", 2, sa), 1, "EOF");
  int32_t r = 0;
  mg_iface op = ptr(&pt_int32, &r);
  check(sscanf_("\xc3\xa9", "%c", 1, &op), 1, "");
  assert_int_equal(r, 0xE9);
  check(sscanf_("1 2", "%d %d", 1, abs), 1, "too few operands for format '%d'");
  check(sscanf_("1", "%d", 2, abs), 1, "too many operands");
}

int main(void)
{
  GC_INIT();
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_sscan),
    cmocka_unit_test(test_sscan_types),
    cmocka_unit_test(test_sscanln),
    cmocka_unit_test(test_sscanf),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
