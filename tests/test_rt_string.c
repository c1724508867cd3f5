/*
 * test_rt_string.c - strings and slices: concatenation, comparison, UTF-8
 * decoding and conversions with Go's rules, and append's capacity growth
 * (the cap sequences were printed by Go 1.19, which has modern Go's rule).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <gc.h>

#include "minigo.h"

static mg_string str(const char *s)
{
  return (mg_string){(const uint8_t *)s, (int64_t)strlen(s)};
}

static void assert_mgstr(mg_string got, const char *want)
{
  assert_int_equal(got.len, strlen(want));
  assert_memory_equal(got.ptr, want, got.len);
}

static void test_concat(void **state)
{
  assert_mgstr(mg_string_concat(str("foo"), str("bar")), "foobar");
  assert_mgstr(mg_string_concat(str(""), str("bar")), "bar");
  assert_mgstr(mg_string_concat(str("foo"), str("")), "foo");
  assert_int_equal(mg_string_concat(str(""), str("")).len, 0);
}

static void test_compare(void **state)
{
  assert_int_equal(mg_string_compare(str("abc"), str("abd")), -1);
  assert_int_equal(mg_string_compare(str("abc"), str("ab")), 1);
  assert_int_equal(mg_string_compare(str("ab"), str("abc")), -1);
  assert_int_equal(mg_string_compare(str("abc"), str("abc")), 0);
  assert_int_equal(mg_string_compare(str(""), str("")), 0);
  /* bytes compare unsigned: "\xff" > "a" */
  assert_int_equal(mg_string_compare(str("\xff"), str("a")), 1);
  assert_true(mg_string_equal(str("héllo"), str("héllo")));
  assert_false(mg_string_equal(str("hello"), str("hellO")));
  assert_false(mg_string_equal(str("hello"), str("hell")));
}

static void check_decode(const char *s, int64_t i, int32_t rune, int64_t width)
{
  int64_t w;
  assert_int_equal(mg_string_decode_rune(str(s), i, &w), rune);
  assert_int_equal(w, width);
}

static void test_decode_rune(void **state)
{
  check_decode("a", 0, 'a', 1);
  check_decode("\xc3\xa9", 0, 0xE9, 2);
  check_decode("\xe2\x82\xac", 0, 0x20AC, 3);
  check_decode("\xf0\x9f\x98\x80", 0, 0x1F600, 4);
  check_decode("\xf4\x8f\xbf\xbf", 0, 0x10FFFF, 4);
  /* invalid: RuneError, width 1 */
  check_decode("\x80", 0, 0xFFFD, 1);           /* continuation byte alone */
  check_decode("\xc0\x80", 0, 0xFFFD, 1);       /* overlong NUL */
  check_decode("\xc1\xbf", 0, 0xFFFD, 1);       /* overlong */
  check_decode("\xe0\x80\xaf", 0, 0xFFFD, 1);   /* overlong 3-byte */
  check_decode("\xe2\x82", 0, 0xFFFD, 1);       /* truncated */
  check_decode("\xed\xa0\x80", 0, 0xFFFD, 1);   /* surrogate half */
  check_decode("\xf4\x90\x80\x80", 0, 0xFFFD, 1); /* above U+10FFFF */
  check_decode("\xf8\x88\x80\x80\x80", 0, 0xFFFD, 1);
  check_decode("\xff", 0, 0xFFFD, 1);
  check_decode("\xe2\x28\xa1", 0, 0xFFFD, 1);   /* bad second byte */
  check_decode("x\xe2\x82\xac", 1, 0x20AC, 3);  /* at an offset */
}

static void test_rune_to_string(void **state)
{
  assert_mgstr(mg_string_from_rune('a'), "a");
  assert_mgstr(mg_string_from_rune(0x20AC), "\xe2\x82\xac");
  assert_mgstr(mg_string_from_rune(0x10FFFF), "\xf4\x8f\xbf\xbf");
  assert_mgstr(mg_string_from_rune(-1), "\xef\xbf\xbd");
  assert_mgstr(mg_string_from_rune(0xD800), "\xef\xbf\xbd");
  assert_mgstr(mg_string_from_rune(0x110000), "\xef\xbf\xbd");
  assert_mgstr(mg_string_from_rune((int64_t)1 << 32 | 'a'), "\xef\xbf\xbd");
}

static void test_runes_roundtrip(void **state)
{
  mg_slice r = mg_runes_from_string(str("a\xe2\x82\xac\xff!"));
  assert_int_equal(r.len, 4);
  int32_t *p = r.ptr;
  assert_int_equal(p[0], 'a');
  assert_int_equal(p[1], 0x20AC);
  assert_int_equal(p[2], 0xFFFD);
  assert_int_equal(p[3], '!');
  assert_mgstr(mg_string_from_runes(r), "a\xe2\x82\xac\xef\xbf\xbd!");
  assert_int_equal(mg_string_runecount(str("h\xc3\xa9llo")), 5);
  assert_int_equal(mg_runes_from_string(str("")).len, 0);
}

static void test_bytes_conversions(void **state)
{
  mg_slice b = mg_bytes_from_string(str("hello"));
  assert_int_equal(b.len, 5);
  assert_int_equal(b.cap, 5);  /* Go: cap([]byte("hello")) == 5 */
  ((uint8_t *)b.ptr)[0] = 'j';  /* a copy: the string is unchanged */
  assert_mgstr(mg_string_from_bytes(b), "jello");
  assert_mgstr(mg_cstring("c string"), "c string");
}

static const mg_type t_int = {.kind = MG_INT, .size = 8, .align = 8, .name = "int",
                              .ptrfree = true, .comparable = true};
static const mg_type t_byte = {.kind = MG_UINT8, .size = 1, .align = 1, .name = "uint8",
                               .ptrfree = true, .comparable = true};
static const mg_type t_s24 = {.kind = MG_STRUCT, .size = 24, .align = 8, .name = "main.S",
                              .ptrfree = true, .comparable = true};

/* Appends one element at a time n times; checks the distinct caps seen. */
static void check_caps(const mg_type *elem, int n, const int64_t *want, int nwant)
{
  mg_slice s = {NULL, 0, 0};
  int k = 0;
  for (int i = 0; i < n; i++) {
    if (s.len == s.cap) {
      s = mg_growslice(s, s.len + 1, elem);
      assert_true(k < nwant);
      assert_int_equal(s.cap, want[k++]);
    }
    memset((char *)s.ptr + s.len * elem->size, 0x5A, (size_t)elem->size);
    s.len++;
  }
  assert_int_equal(k, nwant);
  for (int64_t i = 0; i < s.len * elem->size; i++)  /* growth kept the contents */
    assert_int_equal(((uint8_t *)s.ptr)[i], 0x5A);
}

static void test_append_growth(void **state)
{
  static const int64_t ints[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792,
                                 2560, 3408, 5120};
  check_caps(&t_int, 5000, ints, sizeof ints / sizeof ints[0]);
  static const int64_t bytes[] = {8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096,
                                  5376};
  check_caps(&t_byte, 5000, bytes, sizeof bytes / sizeof bytes[0]);
  static const int64_t structs[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853};
  check_caps(&t_s24, 600, structs, sizeof structs / sizeof structs[0]);
  /* append([]int{1, 2, 3}, 4, 5, 6, 7): more than double at once */
  mg_slice s = mg_makeslice(&t_int, 3, 3);
  assert_int_equal(mg_growslice(s, 7, &t_int).cap, 8);
  assert_int_equal(mg_growslice(s, 3, &t_int).cap, 3);  /* fits: unchanged */
}

static void test_make_and_copy(void **state)
{
  mg_slice s = mg_makeslice(&t_int, 4, 10);
  assert_int_equal(s.len, 4);
  assert_int_equal(s.cap, 10);
  int64_t *p = s.ptr;
  for (int i = 0; i < 10; i++)
    assert_int_equal(p[i], 0);
  for (int i = 0; i < 4; i++)
    p[i] = i + 1;
  /* overlapping copy, as copy(s[1:], s) */
  mg_slice tail = {p + 1, 3, 9};
  assert_int_equal(mg_slicecopy(tail, s, 8), 3);
  assert_int_equal(p[0], 1);
  assert_int_equal(p[1], 1);
  assert_int_equal(p[2], 2);
  assert_int_equal(p[3], 3);
  assert_int_equal(mg_slicecopy(s, (mg_slice){NULL, 0, 0}, 8), 0);
}

int main(void)
{
  GC_INIT();
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_concat),
    cmocka_unit_test(test_compare),
    cmocka_unit_test(test_decode_rune),
    cmocka_unit_test(test_rune_to_string),
    cmocka_unit_test(test_runes_roundtrip),
    cmocka_unit_test(test_bytes_conversions),
    cmocka_unit_test(test_append_growth),
    cmocka_unit_test(test_make_and_copy),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
