/*
 * test_c_lex.c - the lexer: every token and literal form, escapes,
 * semicolon insertion, T_LBODY, and each lexical error with gc's wording
 * and position.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "lex.h"

/* Describes one token: operators and keywords as Go spells them, names as
 * themselves, literals as KIND:text, inserted semicolons as ;newline / ;EOF,
 * T_LBODY as {body. */
static void describe(FILE *out, const Token *t) {
  switch (t->kind) {
  case T_IDENT: fprintf(out, "%.*s", (int)t->len, t->text); break;
  case T_INT: fprintf(out, "INT:%.*s", (int)t->len, t->text); break;
  case T_FLOAT: fprintf(out, "FLOAT:%.*s", (int)t->len, t->text); break;
  case T_IMAG: fprintf(out, "IMAG:%.*s", (int)t->len, t->text); break;
  case T_CHAR: fprintf(out, "CHAR:%lld", (long long)t->slen); break;
  case T_STRING: fprintf(out, "STRING:%s", t->sval); break;
  case T_SEMICOLON: fprintf(out, t->sval[0] == 's' ? ";" : ";%s", t->sval); break;
  case T_LBODY: fputs("{body", out); break;
  case T_COMMA: fputs(",", out); break;
  default: fputs(tok_string(t->kind), out);
  }
}

/* All tokens of src, space separated, up to end of input; *errs gets what
 * was reported on stderr. */
static char *lex_string(const char *src, char **errs) {
  char *buf, *ebuf;
  size_t len, elen;
  FILE *out = open_memstream(&buf, &len), *saved = stderr;
  diag_reset();
  stderr = open_memstream(&ebuf, &elen);
  Lexer *lx = lex_open("t.go", src, strlen(src));
  for (int i = 0;; i++) {
    Token t = lex_next(lx);
    if (t.kind == 0) break;
    if (i) fputc(' ', out);
    describe(out, &t);
  }
  lex_close(lx);
  fclose(out);
  fclose(stderr);
  stderr = saved;
  *errs = ebuf;
  return buf;
}

/* Lexes src (given with its length, it may hold NULs) and returns what was
 * reported on stderr. */
static char *lex_errors_n(const char *src, size_t n) {
  char *buf;
  size_t len;
  FILE *saved = stderr;
  diag_reset();
  stderr = open_memstream(&buf, &len);
  Lexer *lx = lex_open("t.go", src, n);
  while (lex_next(lx).kind != 0) {
  }
  lex_close(lx);
  fclose(stderr);
  stderr = saved;
  return buf;
}

static char *lex_errors(const char *src) { return lex_errors_n(src, strlen(src)); }

/* src lexes to want, without errors */
#define LEX(src, want)                    \
  do {                                    \
    char *errs_, *got_ = lex_string(src, &errs_); \
    assert_string_equal(got_, want);      \
    assert_string_equal(errs_, "");       \
    free(got_);                           \
    free(errs_);                          \
  } while (0)

#define LEX_ERR(src, want)              \
  do {                                  \
    char *got_ = lex_errors(src);       \
    assert_string_equal(got_, want);    \
    free(got_);                         \
  } while (0)

static void test_operators(void **state) {
  LEX("+ - * / % & | ^ << >> &^", "+ - * / % & | ^ << >> &^");
  LEX("+= -= *= /= %= &= |= ^= <<= >>= &^=", "+= -= *= /= %= &= |= ^= <<= >>= &^=");
  LEX("&& || <- ++ -- == < > = ! != <= >= := ... .",
      "&& || <- ++ -- == < > = ! != <= >= := ... .");
  LEX("( [ { , ; : ~ ) ] }", "( [ { , ; : ~ ) ] } ;EOF");
  LEX("a<-b", "a <- b ;EOF");
  LEX("x&^=y", "x &^= y ;EOF");
  LEX("a...", "a ...");
}

static void test_keywords_and_names(void **state) {
  LEX("break case chan const continue default defer else fallthrough",
      "break case chan const continue default defer else fallthrough ;EOF");
  LEX("for func go goto if import interface map package range return",
      "for func go goto if import interface map package range return ;EOF");
  LEX("select struct switch type var", "select struct switch type var");
  LEX("breakx _x x9 _ Ünïcode 日本語", "breakx _x x9 _ Ünïcode 日本語 ;EOF");
}

static void test_int_literals(void **state) {
  LEX("0 42 1_000_000 0x1F 0XaB_cd 0o17 0O7 017 0b1011 0B1_0",
      "INT:0 INT:42 INT:1_000_000 INT:0x1F INT:0XaB_cd INT:0o17 INT:0O7 INT:017 INT:0b1011 "
      "INT:0B1_0 ;EOF");
}

static void test_float_literals(void **state) {
  LEX("1.5 1. .5 1e3 1E-3 1.5e+10 0x1p-2 0x1.8p1 0X_1P2 09.5 1_0.2_5",
      "FLOAT:1.5 FLOAT:1. FLOAT:.5 FLOAT:1e3 FLOAT:1E-3 FLOAT:1.5e+10 FLOAT:0x1p-2 "
      "FLOAT:0x1.8p1 FLOAT:0X_1P2 FLOAT:09.5 FLOAT:1_0.2_5 ;EOF");
  LEX("1i 1.5i 0x1p2i 0i", "IMAG:1i IMAG:1.5i IMAG:0x1p2i IMAG:0i ;EOF");
  LEX("x.y 1..2", "x . y FLOAT:1. FLOAT:.2 ;EOF");
}

static void test_rune_literals(void **state) {
  LEX("'a' 'ä' '本' '\\a' '\\b' '\\f' '\\n' '\\r' '\\t' '\\v' '\\\\' '\\''",
      "CHAR:97 CHAR:228 CHAR:26412 CHAR:7 CHAR:8 CHAR:12 CHAR:10 CHAR:13 CHAR:9 CHAR:11 "
      "CHAR:92 CHAR:39 ;EOF");
  LEX("'\\000' '\\377' '\\x41' '\\u00e4' '\\U0001F600'",
      "CHAR:0 CHAR:255 CHAR:65 CHAR:228 CHAR:128512 ;EOF");
}

static void test_string_literals(void **state) {
  LEX("\"hi\" \"\" \"a\\tb\\n\" \"\\\"q\\\"\" \"\\x41\\101\\u00e4\"",
      "STRING:hi STRING: STRING:a\tb\n STRING:\"q\" STRING:AAä ;EOF");
  LEX("`raw\\n` `a\r\nb`", "STRING:raw\\n STRING:a\nb ;EOF");
  LEX("`multi\nline` x", "STRING:multi\nline x ;EOF");
}

static void test_string_with_nul(void **state) {
  Lexer *lx = lex_open("t.go", "\"a\\x00b\\000\"", 12);
  Token t = lex_next(lx);
  assert_int_equal(t.kind, T_STRING);
  assert_int_equal(t.slen, 4);
  assert_memory_equal(t.sval, "a\0b\0", 4);
  lex_close(lx);
}

static void test_comments(void **state) {
  LEX("a // comment\nb", "a ;newline b ;EOF");
  LEX("a /* inline */ b", "a b ;EOF");
  LEX("a /* multi\nline */ b", "a ;newline b ;EOF");
  LEX("+ /* multi\nline */ b", "+ b ;EOF");
  LEX("/* c */ x // end", "x ;EOF");
}

static void test_semicolon_insertion(void **state) {
  LEX("f()\nx", "f ( ) ;newline x ;EOF");
  LEX("return\nx", "return ;newline x ;EOF");
  LEX("a +\nb", "a + b ;EOF");
  LEX("x", "x ;EOF");
  LEX("x\n", "x ;newline");
  LEX("break\ncontinue\nfallthrough\n", "break ;newline continue ;newline fallthrough ;newline");
  LEX("i++\nj--\n", "i ++ ;newline j -- ;newline");
  LEX("a[1]\n}\n", "a [ INT:1 ] ;newline } ;newline");
  LEX("1\n2.0\n3i\n'c'\n\"s\"\n", "INT:1 ;newline FLOAT:2.0 ;newline IMAG:3i ;newline CHAR:99 "
                                 ";newline STRING:s ;newline");
  LEX("x;\ny", "x ; y ;EOF");
  LEX("func\n(", "func (");
}

static void test_lbody(void **state) {
  LEX("if x {", "if x {body");
  LEX("for {", "for {body");
  LEX("switch {", "switch {body");
  LEX("select {", "select {body");
  LEX("if f(T{}) {", "if f ( T { } ) {body");
  LEX("if x[T{}] {", "if x [ T { } ] {body");
  LEX("func() {", "func ( ) {");
  LEX("x := T{}", "x := T { } ;EOF");
  LEX("for i := 0; i < n; i++ {\nif a {\n}\n}", "for i := INT:0 ; i < n ; i ++ {body if a {body "
                                                 "} ;newline } ;EOF");
  LEX("if a { } else {", "if a {body } else {");
}

static void test_lbody_literal_restores_header(void **state) {
  /* the parser marks a T_LBODY that opened a literal; its `}` returns to
   * header mode, so the loop body's `{` is T_LBODY again */
  Lexer *lx = lex_open("t.go", "for range []int{1} {", 20);
  int kinds[16], n = 0;
  for (Token t; (t = lex_next(lx)).kind != 0 && n < 16;) {
    kinds[n++] = t.kind;
    if (t.kind == T_INT) lex_lbody_was_literal(lx); /* one token late, as the parser */
  }
  lex_close(lx);
  assert_int_equal(n, 9);
  assert_int_equal(kinds[5], T_LBODY);
  assert_int_equal(kinds[8], T_LBODY);
}

static void test_lbody_empty_literal(void **state) {
  Lexer *lx = lex_open("t.go", "for range []int{} {", 19);
  int kinds[16], n = 0;
  for (Token t; (t = lex_next(lx)).kind != 0 && n < 16;) {
    kinds[n++] = t.kind;
    if (t.kind == T_RBRACE) lex_lbody_was_literal(lx);
  }
  lex_close(lx);
  assert_int_equal(n, 8);
  assert_int_equal(kinds[7], T_LBODY);
}

static void test_positions(void **state) {
  const char *src = "package main\n\nfunc  f() {\n\tx\t:= `a\nb` + 1\n}";
  Lexer *lx = lex_open("t.go", src, strlen(src));
  int want[][2] = {{1, 1}, {1, 9}, {1, 13}, {3, 1}, {3, 7}, {3, 8}, {3, 9}, {3, 11},
                   {4, 2}, {4, 4}, {4, 7}, {5, 4}, {5, 6}, {5, 7}, {6, 1}, {6, 2}};
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
    Token t = lex_next(lx);
    assert_int_equal(t.pos.line, want[i][0]);
    assert_int_equal(t.pos.col, want[i][1]);
    assert_string_equal(t.pos.file, "t.go");
  }
  assert_int_equal(lex_next(lx).kind, 0);
  lex_close(lx);
}

static void test_bom(void **state) {
  LEX("\xEF\xBB\xBFx", "x ;EOF");
  LEX_ERR("x\xEF\xBB\xBFy", "t.go:1:2: invalid BOM in the middle of the file\n");
}

static void test_number_errors(void **state) {
  LEX_ERR("0x", "t.go:1:3: hexadecimal literal has no digits\n");
  LEX_ERR("0b", "t.go:1:3: binary literal has no digits\n");
  LEX_ERR("0o", "t.go:1:3: octal literal has no digits\n");
  LEX_ERR("08", "t.go:1:2: invalid digit '8' in octal literal\n");
  LEX_ERR("0o8", "t.go:1:3: invalid digit '8' in octal literal\n");
  LEX_ERR("0b12", "t.go:1:4: invalid digit '2' in binary literal\n");
  LEX_ERR("1__2", "t.go:1:3: '_' must separate successive digits\n");
  LEX_ERR("1_", "t.go:1:2: '_' must separate successive digits\n");
  LEX_ERR("0_x", "t.go:1:2: '_' must separate successive digits\n");
  LEX_ERR("1.5e", "t.go:1:5: exponent has no digits\n");
  LEX_ERR("0x1.5", "t.go:1:6: hexadecimal mantissa requires a 'p' exponent\n");
  LEX_ERR("1p3", "t.go:1:2: 'p' exponent requires hexadecimal mantissa\n");
  LEX_ERR("0b1.0", "t.go:1:4: invalid radix point in binary literal\n");
  LEX_ERR("0o1e3", "t.go:1:4: 'e' exponent requires decimal mantissa\n");
  LEX_ERR("09.5 0x1p-2 1e9i", "");
}

static void test_string_errors(void **state) {
  LEX_ERR("\"abc", "t.go:1:1: string not terminated\n");
  LEX_ERR("x := \"abc\ny", "t.go:1:10: newline in string\n");
  LEX_ERR("`abc", "t.go:1:1: string not terminated\n");
  LEX_ERR("\"\\q\"", "t.go:1:3: unknown escape\n");
  LEX_ERR("\"\\'\"", "t.go:1:3: unknown escape\n");
  LEX_ERR("\"\\x4\"", "t.go:1:5: invalid character '\"' in hexadecimal escape\n");
  LEX_ERR("\"\\8\"", "t.go:1:3: unknown escape\n");
}

static void test_rune_errors(void **state) {
  LEX_ERR("'ab'", "t.go:1:1: more than one character in rune literal\n");
  LEX_ERR("''", "t.go:1:2: empty rune literal or unescaped '\n");
  LEX_ERR("'a", "t.go:1:1: rune literal not terminated\n");
  LEX_ERR("'a\n", "t.go:1:3: newline in rune literal\n");
  LEX_ERR("'\\400'", "t.go:1:6: octal escape value 256 > 255\n");
  LEX_ERR("'\\uD800'", "t.go:1:8: escape is invalid Unicode code point U+D800\n");
  LEX_ERR("'\\U00110000'", "t.go:1:12: escape is invalid Unicode code point U+110000\n");
  LEX_ERR("'\\xZZ'", "t.go:1:4: invalid character 'Z' in hexadecimal escape\n");
  LEX_ERR("'\\\"'", "t.go:1:3: unknown escape\n");
}

static void test_character_errors(void **state) {
  LEX_ERR("a @ b", "t.go:1:3: invalid character U+0040 '@'\n");
  LEX_ERR("#", "t.go:1:1: invalid character U+0023 '#'\n");
  LEX_ERR("a\x01", "t.go:1:2: invalid character U+0001\n");
  LEX_ERR("x := \xff", "t.go:1:6: invalid UTF-8 encoding\n");
  LEX_ERR("\"\xc3\"", "t.go:1:2: invalid UTF-8 encoding\n");
  LEX_ERR("a·b", "t.go:1:2: invalid character U+00B7 '·' in identifier\n");
  LEX_ERR("\xe2\x82\xac", "t.go:1:1: invalid character U+20AC '€' in identifier\n");
  assert_string_equal(lex_errors_n("a\0b", 3), "t.go:1:2: invalid NUL character\n");
  assert_string_equal(lex_errors_n("\"\0\"", 3), "t.go:1:2: invalid NUL character\n");
}

static void test_comment_errors(void **state) {
  LEX_ERR("x /* abc", "t.go:1:3: comment not terminated\n");
  LEX_ERR("/* a\nb\nc", "t.go:1:1: comment not terminated\n");
}

static void test_errors_skip_and_continue(void **state) {
  char *errs, *got = lex_string("a @ b\n'ab' \"\\q\"", &errs);
  assert_string_equal(got, "a b ;newline CHAR:98 STRING:q ;EOF");
  assert_string_equal(errs, "t.go:1:3: invalid character U+0040 '@'\n"
                            "t.go:2:1: more than one character in rune literal\n"
                            "t.go:2:8: unknown escape\n");
  free(got);
  free(errs);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_operators),
    cmocka_unit_test(test_keywords_and_names),
    cmocka_unit_test(test_int_literals),
    cmocka_unit_test(test_float_literals),
    cmocka_unit_test(test_rune_literals),
    cmocka_unit_test(test_string_literals),
    cmocka_unit_test(test_string_with_nul),
    cmocka_unit_test(test_comments),
    cmocka_unit_test(test_semicolon_insertion),
    cmocka_unit_test(test_lbody),
    cmocka_unit_test(test_lbody_literal_restores_header),
    cmocka_unit_test(test_lbody_empty_literal),
    cmocka_unit_test(test_positions),
    cmocka_unit_test(test_bom),
    cmocka_unit_test(test_number_errors),
    cmocka_unit_test(test_string_errors),
    cmocka_unit_test(test_rune_errors),
    cmocka_unit_test(test_character_errors),
    cmocka_unit_test(test_comment_errors),
    cmocka_unit_test(test_errors_skip_and_continue),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
