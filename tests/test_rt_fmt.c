/*
 * test_rt_fmt.c - fmt's formatting against Go: every expected string in the
 * table was printed by Go 1.19's fmt.Sprintf with the same operands
 * (hand-built descriptors stand in for the compiler's).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <gc.h>
#include <math.h>
#include <stdio.h>

#include "fmt/fmt.h"

mg_string fmt__Sprint(mg_slice a);
mg_string fmt__Sprintln(mg_slice a);
mg_string fmt__Sprintf(mg_string format, mg_slice a);
mg_string fmt__errorf(mg_string format, mg_slice a, mg_slice *wrapped);

#define BASIC(id, k, sz, nm) \
  static const mg_type id = {.kind = k, .size = sz, .align = sz, .name = nm, \
                             .ptrfree = true, .comparable = true}
BASIC(t_int, MG_INT, 8, "int");
BASIC(t_int8, MG_INT8, 1, "int8");
BASIC(t_int32, MG_INT32, 4, "int32");
BASIC(t_uint8, MG_UINT8, 1, "uint8");
BASIC(t_uint64, MG_UINT64, 8, "uint64");
BASIC(t_float32, MG_FLOAT32, 4, "float32");
BASIC(t_float64, MG_FLOAT64, 8, "float64");
BASIC(t_bool, MG_BOOL, 1, "bool");
static const mg_type t_complex = {.kind = MG_COMPLEX128, .size = 16, .align = 8,
                                  .name = "complex128", .ptrfree = true, .comparable = true};
static const mg_type t_string = {.kind = MG_STRING, .size = 16, .align = 8,
                                 .name = "string", .comparable = true};
static const mg_type t_any = {.kind = MG_INTERFACE, .size = 16, .align = 8,
                              .name = "interface {}", .comparable = true};
static const mg_type t_ints = {.kind = MG_SLICE, .size = 24, .align = 8, .name = "[]int",
                               .elem = &t_int};
static const mg_type t_bytes = {.kind = MG_SLICE, .size = 24, .align = 8, .name = "[]uint8",
                                .elem = &t_uint8};
static const mg_type t_strings = {.kind = MG_SLICE, .size = 24, .align = 8,
                                  .name = "[]string", .elem = &t_string};
static const mg_type t_map = {.kind = MG_MAP, .size = 8, .align = 8, .name = "map[string]int",
                              .key = &t_string, .elem = &t_int};
static const mg_type t_map_int = {.kind = MG_MAP, .size = 8, .align = 8,
                                  .name = "map[int]string", .key = &t_int, .elem = &t_string};
static const mg_type t_arr = {.kind = MG_ARRAY, .size = 24, .align = 8, .name = "[3]int",
                              .elem = &t_int, .len = 3, .ptrfree = true, .comparable = true};

typedef struct T { int64_t X; mg_string Y; } T;
static const mg_field T_fields[] = {
  {"X", &t_int, offsetof(T, X), false, true},
  {"Y", &t_string, offsetof(T, Y), false, true},
};
static const mg_type t_T = {.kind = MG_STRUCT, .size = sizeof(T), .align = 8, .name = "main.T",
                            .named = true, .comparable = true, .fields = T_fields, .nfields = 2};
static const mg_type t_pT = {.kind = MG_POINTER, .size = 8, .align = 8, .name = "*main.T",
                             .elem = &t_T, .comparable = true};

typedef struct W { mg_iface E; int64_t n; } W;
static const mg_field W_fields[] = {
  {"E", &t_any, offsetof(W, E), false, true},
  {"n", &t_int, offsetof(W, n), false, false},
};
static const mg_type t_W = {.kind = MG_STRUCT, .size = sizeof(W), .align = 8, .name = "main.W",
                            .named = true, .comparable = true, .fields = W_fields, .nfields = 2};

static int64_t v_i = 42, v_neg = -7;
static int8_t v_i8 = -128;
static uint8_t v_u8 = 200;
static uint64_t v_u64 = UINT64_C(1) << 63;
static double v_f = 3.14159, v_big = 1e21, v_small = 1e-7, v_mil = 1e6, v_nan, v_inf, v_negzero;
static float v_f32 = 0.1f;
static bool v_b = true;
static int32_t v_r = 0xE9;
static double v_c[2] = {1, -2};
static mg_string v_s, v_q;
static int64_t ints[] = {1, 2, 3};
static mg_slice v_sl = {ints, 3, 3}, v_bs, v_ss, v_nilsl;
static mg_map *v_m, *v_nilm;
static T v_t, v_pt_target;
static T *v_pt = &v_pt_target;
static struct { int64_t a[3]; } v_arr = {{7, 8, 9}};
static W v_w, v_wnil;

static mg_string str(const char *s)
{
  return (mg_string){(const uint8_t *)s, (int64_t)strlen(s)};
}

static void setup_values(void)
{
  v_nan = NAN, v_inf = INFINITY, v_negzero = -0.0;
  v_s = str("h\303\251llo");
  v_q = str("a\"b\n\001");
  v_bs = mg_bytes_from_string(str("hi"));
  mg_string *ss = mg_alloc(2 * sizeof(mg_string));
  ss[0] = str("a"), ss[1] = str("b");
  v_ss = (mg_slice){ss, 2, 2};
  v_m = mg_makemap(&t_map, 0);
  const char *keys[] = {"z", "a", "m"};
  for (int i = 0; i < 3; i++) {
    mg_string k = str(keys[i]);
    *(int64_t *)mg_mapassign(v_m, &k) = i + 1;
  }
  v_t = (T){1, str("x")};
  v_pt_target = (T){2, str("y")};
  int64_t five = 5;
  v_w = (W){mg_box(&t_int, &five), 1};
}

static mg_iface value(const char *name)
{
  static const struct { const char *name; const mg_type *t; const void *v; } vals[] = {
    {"i", &t_int, &v_i}, {"neg", &t_int, &v_neg}, {"i8", &t_int8, &v_i8},
    {"u8", &t_uint8, &v_u8}, {"u64", &t_uint64, &v_u64}, {"f", &t_float64, &v_f},
    {"f32", &t_float32, &v_f32}, {"big", &t_float64, &v_big},
    {"small", &t_float64, &v_small}, {"mil", &t_float64, &v_mil},
    {"nan", &t_float64, &v_nan}, {"inf", &t_float64, &v_inf},
    {"negzero", &t_float64, &v_negzero}, {"s", &t_string, &v_s}, {"b", &t_bool, &v_b},
    {"sl", &t_ints, &v_sl}, {"bs", &t_bytes, &v_bs}, {"ss", &t_strings, &v_ss},
    {"m", &t_map, &v_m}, {"t", &t_T, &v_t}, {"pt", &t_pT, &v_pt}, {"arr", &t_arr, &v_arr},
    {"c", &t_complex, v_c}, {"nilsl", &t_ints, &v_nilsl}, {"nilm", &t_map, &v_nilm},
    {"w", &t_W, &v_w}, {"wnil", &t_W, &v_wnil}, {"r", &t_int32, &v_r}, {"q", &t_string, &v_q},
  };
  for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++)
    if (strcmp(vals[i].name, name) == 0)
      return mg_box(vals[i].t, vals[i].v);
  return (mg_iface){NULL, NULL};  /* "nil" */
}

/* The operands named in a comma-separated list. */
static mg_slice operands(const char *names)
{
  mg_iface *a = mg_alloc(4 * sizeof(mg_iface));
  int64_t n = 0;
  char buf[64];
  strcpy(buf, names);
  for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ","))
    a[n++] = value(tok);
  return (mg_slice){a, n, 4};
}

static bool same(mg_string got, const char *want, const char *what)
{
  if (got.len == (int64_t)strlen(want) && memcmp(got.ptr, want, (size_t)got.len) == 0)
    return true;
  print_error("%s: got \"%.*s\", want \"%s\"\n", what, (int)got.len, got.ptr, want);
  return false;
}

static void assert_str(mg_string got, const char *want, const char *what)
{
  if (!same(got, want, what))
    fail();
}

static const struct { const char *format, *args, *want; } rows[] = {
  {"%v", "i", "42"},
  {"%d", "neg", "-7"},
  {"%5d|", "i", "   42|"},
  {"%-5d|", "i", "42   |"},
  {"%05d", "neg", "-0007"},
  {"%+d", "i", "+42"},
  {"% d", "i", " 42"},
  {"%x", "i", "2a"},
  {"%X", "u8", "C8"},
  {"%#x", "i", "0x2a"},
  {"%o", "i", "52"},
  {"%O", "i", "0o52"},
  {"%#o", "i", "052"},
  {"%b", "i", "101010"},
  {"%c", "i", "*"},
  {"%q", "i", "'*'"},
  {"%U", "r", "U+00E9"},
  {"%#U", "r", "U+00E9 '\303\251'"},
  {"%.3d", "i", "042"},
  {"%v", "i8", "-128"},
  {"%v", "u64", "9223372036854775808"},
  {"%#v", "u8", "0xc8"},
  {"%x", "neg", "-7"},
  {"%v", "f", "3.14159"},
  {"%.2f", "f", "3.14"},
  {"%8.3f|", "f", "   3.142|"},
  {"%-8.2f|", "f", "3.14    |"},
  {"%e", "f", "3.141590e+00"},
  {"%E", "big", "1.000000E+21"},
  {"%g", "f", "3.14159"},
  {"%G", "small", "1E-07"},
  {"%v", "f32", "0.1"},
  {"%v", "big", "1e+21"},
  {"%v", "small", "1e-07"},
  {"%v", "mil", "1e+06"},
  {"%v", "nan", "NaN"},
  {"%v", "inf", "+Inf"},
  {"%+v", "inf", "+Inf"},
  {"%05.1f", "f", "003.1"},
  {"%+.1e", "f", "+3.1e+00"},
  {"%v", "negzero", "-0"},
  {"%#g", "mil", "1.00000e+06"},
  {"%.3g", "f", "3.14"},
  {"%10.4v|", "f", "     3.142|"},
  {"%x", "f", "0x1.921f9f01b866ep+01"},
  {"%b", "mil", "8589934592000000p-33"},
  {"%F", "f", "3.141590"},
  {"%6.2f|", "nan", "   NaN|"},
  {"%06.2f|", "inf", "  +Inf|"},
  {"%v", "c", "(1-2i)"},
  {"%.1f", "c", "(1.0-2.0i)"},
  {"%v", "s", "h\303\251llo"},
  {"%s", "s", "h\303\251llo"},
  {"%q", "s", "\"h\303\251llo\""},
  {"%+q", "s", "\"h\\u00e9llo\""},
  {"%#q", "s", "`h\303\251llo`"},
  {"%x", "s", "68c3a96c6c6f"},
  {"% X", "s", "68 C3 A9 6C 6C 6F"},
  {"%.2s", "s", "h\303\251"},
  {"%8s|", "s", "   h\303\251llo|"},
  {"%-8s|", "s", "h\303\251llo   |"},
  {"%q", "q", "\"a\\\"b\\n\\x01\""},
  {"%#q", "q", "\"a\\\"b\\n\\x01\""},
  {"%v", "b", "true"},
  {"%t", "b", "true"},
  {"%v", "sl", "[1 2 3]"},
  {"%d", "sl", "[1 2 3]"},
  {"%x", "sl", "[1 2 3]"},
  {"%#v", "sl", "[]int{1, 2, 3}"},
  {"%v", "bs", "[104 105]"},
  {"%s", "bs", "hi"},
  {"%x", "bs", "6869"},
  {"%q", "bs", "\"hi\""},
  {"%#v", "bs", "[]byte{0x68, 0x69}"},
  {"%v", "ss", "[a b]"},
  {"%q", "ss", "[\"a\" \"b\"]"},
  {"%#v", "ss", "[]string{\"a\", \"b\"}"},
  {"%v", "nilsl", "[]"},
  {"%#v", "nilsl", "[]int(nil)"},
  {"%v", "m", "map[a:2 m:3 z:1]"},
  {"%#v", "m", "map[string]int{\"a\":2, \"m\":3, \"z\":1}"},
  {"%v", "nilm", "map[]"},
  {"%#v", "nilm", "map[string]int(nil)"},
  {"%v", "t", "{1 x}"},
  {"%+v", "t", "{X:1 Y:x}"},
  {"%#v", "t", "main.T{X:1, Y:\"x\"}"},
  {"%v", "pt", "&{2 y}"},
  {"%+v", "pt", "&{X:2 Y:y}"},
  {"%#v", "pt", "&main.T{X:2, Y:\"y\"}"},
  {"%v", "arr", "[7 8 9]"},
  {"%#v", "arr", "[3]int{7, 8, 9}"},
  {"%v", "w", "{5 1}"},
  {"%+v", "w", "{E:5 n:1}"},
  {"%#v", "w", "main.W{E:5, n:1}"},
  {"%v", "wnil", "{<nil> 0}"},
  {"%#v", "wnil", "main.W{E:interface {}(nil), n:0}"},
  {"%T", "i", "int"},
  {"%T", "sl", "[]int"},
  {"%T", "m", "map[string]int"},
  {"%T", "pt", "*main.T"},
  {"%T", "nil", "<nil>"},
  {"%v", "nil", "<nil>"},
  {"%d", "nil", "%!d(<nil>)"},
  {"%T", "t", "main.T"},
  {"%d", "s", "%!d(string=h\303\251llo)"},
  {"%s", "i", "%!s(int=42)"},
  {"%z", "t", "{%!z(int=1) %!z(string=x)}"},
  {"%!", "i", "%!!(int=42)"},
  {"%", "i", "%!(NOVERB)%!(EXTRA int=42)"},
  {"%d %d", "i", "42 %!d(MISSING)"},
  {"%d", "i,neg", "42%!(EXTRA int=-7)"},
  {"%[2]d %[1]d", "i,neg", "-7 42"},
  {"%[3]d", "i,neg", "%!d(BADINDEX)"},
  {"%*d|", "i,neg", "                                        -7|"},
  {"%-*d|", "i,neg", "-7                                        |"},
  {"%.*f", "i,f", "3.141589999999999882618340052431449294090271"},
  {"%[1]d %[1]x", "i", "42 2a"},
  {"%d %%", "i", "42 %"},
  {"%w", "i", "%!w(int=42)"},
  {"%.*d", "s,i", "%!(BADPREC)42"},
  {"%[x]d", "i", "%!d(BADINDEX)"},
  {"%w", "t", "%!w(main.T={1 x})"},
  {"%w", "sl", "%!w([]int=[1 2 3])"},
  {"%w", "nil", "%!w(<nil>)"},
  {"%v", "u8", "200"},
  {"%x", "u64", "8000000000000000"},
  {"%08.3f", "negzero", "-000.000"},
  {"%-08d|", "neg", "-7      |"},
  {"%+.3v", "f", "3.14"},
  {"%#v", "f", "3.14159"},
  {"%#v", "big", "1e+21"},
  {"%#v", "s", "\"h\303\251llo\""},
  {"%#v", "i", "42"},
  {"%#v", "b", "true"},
  {"%#v", "c", "(1-2i)"},
  {"%5.1q", "s", "  \"h\""},
  {"%c", "u64", "\357\277\275"},
  {"%U", "neg", "U+FFFFFFFFFFFFFFF9"},
  {"%.0d", "nil", "%!d(<nil>)"},
  {"%3c|", "r", "  \303\251|"},
  {"%-4d|%4d", "i,neg", "42  |  -7"},
  {"%v", "ss,m", "[a b]%!(EXTRA map[string]int=map[a:2 m:3 z:1])"},
};

static void test_sprintf_table(void **state)
{
  int bad = 0;
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
    bad += !same(fmt__Sprintf(str(rows[i].format), operands(rows[i].args)), rows[i].want,
                 rows[i].format);
  assert_int_equal(bad, 0);
}

static void test_sprint_spacing(void **state)
{
  double f = 3.5;
  mg_string a = str("a"), b = str("b"), c = str("c");
  int64_t one = 1, two = 2;
  bool t = true;
  mg_iface args[] = {
    mg_box(&t_string, &a), mg_box(&t_int, &one), mg_box(&t_int, &two), mg_box(&t_string, &b),
    mg_box(&t_string, &c), mg_box(&t_float64, &f), {NULL, NULL}, mg_box(&t_bool, &t),
  };
  assert_str(fmt__Sprint((mg_slice){args, 8, 8}), "a1 2bc3.5 <nil> true", "Sprint");
  mg_iface args2[] = {
    mg_box(&t_string, &a), mg_box(&t_int, &one), mg_box(&t_int, &two), mg_box(&t_string, &b),
  };
  assert_str(fmt__Sprintln((mg_slice){args2, 4, 4}), "a 1 2 b\012", "Sprintln");
}

/* Keys print sorted whatever the insertion order (Go: map[-3:c 1:a 20:b]). */
static void test_map_sorted(void **state)
{
  mg_map *m = mg_makemap(&t_map_int, 0);
  int64_t keys[] = {20, -3, 1};
  const char *vals[] = {"b", "c", "a"};
  for (int i = 0; i < 3; i++)
    *(mg_string *)mg_mapassign(m, &keys[i]) = str(vals[i]);
  mg_iface arg = mg_box(&t_map_int, &m);
  for (int i = 0; i < 10; i++)
    assert_str(fmt__Sprint((mg_slice){&arg, 1, 1}), "map[-3:c 1:a 20:b]", "map");
}

/* A pointer below the top level prints as an address, as Go's 0xc000010000. */
static void test_nested_pointer(void **state)
{
  struct { T *p; } v = {v_pt};
  static const mg_field f[] = {{"P", &t_pT, 0, false, true}};
  static const mg_type t = {.kind = MG_STRUCT, .size = 8, .align = 8, .name = "main.S",
                            .named = true, .fields = f, .nfields = 1};
  mg_iface arg = mg_box(&t, &v);
  char want[64];
  snprintf(want, sizeof want, "{%p}", (void *)v_pt);
  assert_str(fmt__Sprint((mg_slice){&arg, 1, 1}), want, "nested pointer");
}

/* Errorf's %w operands, sorted, duplicates kept for Errorf to drop. */
static void test_errorf_wrapped(void **state)
{
  mg_slice wrapped;
  mg_string s = fmt__errorf(str("%[2]w %[1]w %[2]w"), operands("i,neg"), &wrapped);
  assert_int_equal(wrapped.len, 3);
  int64_t *w = wrapped.ptr;
  assert_int_equal(w[0], 0);
  assert_int_equal(w[1], 1);
  assert_int_equal(w[2], 1);
  assert_str(s, "%!w(int=-7) %!w(int=42) %!w(int=-7)", "errorf");
  fmt__errorf(str("%d"), operands("i"), &wrapped);
  assert_int_equal(wrapped.len, 0);
}

int main(void)
{
  GC_INIT();
  setup_values();
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_sprintf_table),
    cmocka_unit_test(test_sprint_spacing),
    cmocka_unit_test(test_map_sorted),
    cmocka_unit_test(test_nested_pointer),
    cmocka_unit_test(test_errorf_wrapped),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
