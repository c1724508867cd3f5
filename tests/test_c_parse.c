/*
 * test_c_parse.c - the parser: AST dumps of tricky constructs (headers and
 * composite literals, channel types, method expressions, switches, select,
 * const groups...) and syntax errors with gc's wording and position.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ast.h"
#include "diag.h"
#include "syntax.h"

/* Parses src as t.go; returns the file (or NULL) and sets *errs to what
 * was reported on stderr. */
static Node *parse(const char *src, char **errs) {
  size_t len;
  FILE *saved = stderr;
  diag_reset();
  stderr = open_memstream(errs, &len);
  Node *f = parse_file("t.go", src, strlen(src));
  fclose(stderr);
  stderr = saved;
  return f;
}

static char *dump_string(void (*dump)(const Node *, FILE *), const Node *n) {
  char *buf;
  size_t len;
  FILE *out = open_memstream(&buf, &len);
  dump(n, out);
  fclose(out);
  return buf;
}

/* The statements of the body of func f, each dumped, space separated. */
static void dump_body(const Node *file, FILE *out) {
  const Node *body = ((Node *)file->Decls.data[0])->Body;
  for (int i = 0; i < body->List.len; i++) {
    if (i) fputc(' ', out);
    ast_dump(body->List.data[i], out);
  }
}

/* stmts, as the body of a function, parse without errors to want. */
static void check_body(const char *stmts, const char *want) {
  char *errs, *src = xasprintf("package p\n\nfunc f() {\n%s\n}\n", stmts);
  Node *f = parse(src, &errs);
  assert_string_equal(errs, "");
  assert_non_null(f);
  char *got = dump_string(dump_body, f);
  assert_string_equal(got, want);
  free(got);
  free(errs);
  free(src);
}

/* decls, after the package clause, parse without errors to want. */
static void check_decl(const char *decls, const char *want) {
  char *errs, *src = xasprintf("package p\n\n%s\n", decls);
  Node *f = parse(src, &errs);
  assert_string_equal(errs, "");
  char *got = dump_string(ast_dump, f);
  assert_string_equal(got, want);
  free(got);
  free(errs);
  free(src);
}

/* src fails to parse with exactly the message want. */
static void check_error(const char *src, const char *want) {
  char *errs;
  Node *f = parse(src, &errs);
  assert_string_equal(errs, want);
  assert_null(f);
  free(errs);
}

#define BODY check_body
#define DECL check_decl
#define ERR check_error

static void test_headers_and_loops(void **state) {
  BODY("if v := (T{}); v.a == 0 {\n}",
       "(if (assign := ((ident v)) ((paren (composite (ident T))))) (binary == (sel (ident v) a) (lit INT 0)) (block) nil)");
  BODY("if x == (T{}) {\n}",
       "(if nil (binary == (ident x) (paren (composite (ident T)))) (block) nil)");
  BODY("for _, v := range []int{1, 2} {\n}",
       "(range (ident _) (ident v) := (composite (array nil (ident int)) (lit INT 1) (lit INT 2)) (block))");
  BODY("for range []int{} {\n}",
       "(range nil nil _ (composite (array nil (ident int))) (block))");
  BODY("for i := range 10 {\n}",
       "(range (ident i) nil := (lit INT 10) (block))");
  BODY("for range ch {\n}",
       "(range nil nil _ (ident ch) (block))");
  BODY("for k, v = range m {\n}",
       "(range (ident k) (ident v) = (ident m) (block))");
  BODY("for {\n}",
       "(for nil nil nil (block))");
  BODY("for x < 3 {\n}",
       "(for nil (binary < (ident x) (lit INT 3)) nil (block))");
  BODY("for i := 0; i < 3; i++ {\n}",
       "(for (assign := ((ident i)) ((lit INT 0))) (binary < (ident i) (lit INT 3)) (incdec ++ (ident i)) (block))");
  BODY("for ;; {\n}",
       "(for nil nil nil (block))");
  BODY("L:\n\tfor {\n\t\tbreak L\n\t}",
       "(labeled (ident L) (for nil nil nil (block (branch break (ident L)))))");
  BODY("if a {\n} else if b {\n} else {\n}",
       "(if nil (ident a) (block) (if nil (ident b) (block) (block)))");
  /* T_LBODY taken by a literal, struct type or function literal */
  BODY("for _, s := range []struct{ a int }{{1}, {2}} {\n}",
       "(range (ident _) (ident s) := (composite (array nil (struct (field ((ident a)) (ident int)))) (composite nil (lit INT 1)) (composite nil (lit INT 2))) (block))");
  BODY("if f := func() bool { return true }; f() {\n}",
       "(if (assign := ((ident f)) ((funclit (functype () ((field () (ident bool)))) (block (return (ident true)))))) (call (ident f)) (block) nil)");
  BODY("if func() bool { if x { return true }; return false }() {\n}",
       "(if nil (call (funclit (functype () ((field () (ident bool)))) (block (if nil (ident x) (block (return (ident true))) nil) (return (ident false))))) (block) nil)");
  BODY("for range map[string]struct{}{} {\n}",
       "(range nil nil _ (composite (map (ident string) (struct))) (block))");
  BODY("if x := (struct{}{}); x == struct{}{} {\n}",
       "(if (assign := ((ident x)) ((paren (composite (struct))))) (binary == (ident x) (composite (struct))) (block) nil)");
  BODY("for _, f := range []func() int{func() int { return 1 }} {\n}",
       "(range (ident _) (ident f) := (composite (array nil (functype () ((field () (ident int))))) (funclit (functype () ((field () (ident int)))) (block (return (lit INT 1))))) (block))");
  BODY("for x := range func() chan int { return nil }() {\n}",
       "(range (ident x) nil := (call (funclit (functype () ((field () (chan both (ident int))))) (block (return (ident nil))))) (block))");
}

static void test_chan_types(void **state) {
  BODY("var c chan<- chan int",
       "(declstmt (gendecl var (valuespec ((ident c)) (chan send (chan both (ident int))) ())))");
  BODY("var c <-chan <-chan int",
       "(declstmt (gendecl var (valuespec ((ident c)) (chan recv (chan recv (ident int))) ())))");
  BODY("var c chan (<-chan int)",
       "(declstmt (gendecl var (valuespec ((ident c)) (chan both (paren (chan recv (ident int)))) ())))");
  BODY("var c chan<- <-chan int",
       "(declstmt (gendecl var (valuespec ((ident c)) (chan send (chan recv (ident int))) ())))");
}

static void test_switch_select(void **state) {
  BODY("switch y := x.(type) {\ncase int, string:\ncase nil:\ndefault:\n}",
       "(typeswitch nil (assign := ((ident y)) ((assert (ident x) type))) (block (case ((ident int) (ident string)) (block)) (case ((ident nil)) (block)) (case default (block))))");
  BODY("switch x.(type) {\n}",
       "(typeswitch nil (expr (assert (ident x) type)) (block))");
  BODY("switch i := 0; {\ncase i > 1:\n\tfallthrough\ndefault:\n}",
       "(switch (assign := ((ident i)) ((lit INT 0))) nil (block (case ((binary > (ident i) (lit INT 1))) (block (branch fallthrough))) (case default (block))))");
  BODY("switch x {\ncase 1, 2:\n}",
       "(switch nil (ident x) (block (case ((lit INT 1) (lit INT 2)) (block))))");
  BODY("select {\ncase v := <-c:\ncase v, ok = <-c:\ncase <-c:\ncase c <- 1:\ndefault:\n}",
       "(select (block (comm (assign := ((ident v)) ((unary <- (ident c)))) (block)) (comm (assign = ((ident v) (ident ok)) ((unary <- (ident c)))) (block)) (comm (expr (unary <- (ident c))) (block)) (comm (send (ident c) (lit INT 1)) (block)) (comm default (block))))");
}

static void test_expressions(void **state) {
  BODY("f := T.M\ng := (*T).M",
       "(assign := ((ident f)) ((sel (ident T) M))) (assign := ((ident g)) ((sel (paren (star (ident T))) M)))");
  BODY("f(xs...)\ng(1, 2, xs...)",
       "(expr (call (ident f) (ident xs) ...)) (expr (call (ident g) (lit INT 1) (lit INT 2) (ident xs) ...))");
  BODY("_ = x[1:2:3]\n_ = x[:]\n_ = x[1:]\n_ = x[:2]",
       "(assign = ((ident _)) ((slice (ident x) (lit INT 1) (lit INT 2) (lit INT 3)))) (assign = ((ident _)) ((slice (ident x) nil nil))) (assign = ((ident _)) ((slice (ident x) (lit INT 1) nil))) (assign = ((ident _)) ((slice (ident x) nil (lit INT 2))))");
  BODY("func() {}()",
       "(expr (call (funclit (functype () ()) (block))))");
  BODY("_ = a || b && c == d+e*f",
       "(assign = ((ident _)) ((binary || (ident a) (binary && (ident b) (binary == (ident c) (binary + (ident d) (binary * (ident e) (ident f))))))))");
  BODY("_ = -a * b\n_ = <-ch + 1\n_ = *p\n_ = &x\n_ = ^x\n_ = !b",
       "(assign = ((ident _)) ((binary * (unary - (ident a)) (ident b)))) (assign = ((ident _)) ((binary + (unary <- (ident ch)) (lit INT 1)))) (assign = ((ident _)) ((star (ident p)))) (assign = ((ident _)) ((unary & (ident x)))) (assign = ((ident _)) ((unary ^ (ident x)))) (assign = ((ident _)) ((unary ! (ident b))))");
  BODY("_ = a << 1 &^ b | c ^ d % e",
       "(assign = ((ident _)) ((binary ^ (binary | (binary &^ (binary << (ident a) (lit INT 1)) (ident b)) (ident c)) (binary % (ident d) (ident e)))))");
  BODY("_ = &T{1, 2}\n_ = [][]int{{1}, {2}}\n_ = map[P]int{{1, 2}: 3}\n_ = [...]string{0: \"a\"}",
       "(assign = ((ident _)) ((unary & (composite (ident T) (lit INT 1) (lit INT 2))))) (assign = ((ident _)) ((composite (array nil (array nil (ident int))) (composite nil (lit INT 1)) (composite nil (lit INT 2))))) (assign = ((ident _)) ((composite (map (ident P) (ident int)) (kv (composite nil (lit INT 1) (lit INT 2)) (lit INT 3))))) (assign = ((ident _)) ((composite (array (ellipsis nil) (ident string)) (kv (lit INT 0) (lit STRING \"a\")))))");
  BODY("_ = struct{ a int }{1}",
       "(assign = ((ident _)) ((composite (struct (field ((ident a)) (ident int))) (lit INT 1))))");
  BODY("x := 'a' + '\\n'\n_ = \"s\\t\" + `r`\n_ = 1.5 + 0x1p3 + 1e3",
       "(assign := ((ident x)) ((binary + (lit CHAR 'a') (lit CHAR '\\n')))) (assign = ((ident _)) ((binary + (lit STRING \"s\\x09\") (lit STRING \"r\")))) (assign = ((ident _)) ((binary + (binary + (lit FLOAT 1.5) (lit FLOAT 0x1p3)) (lit FLOAT 1e3))))");
  BODY("_ = func(x int) int { return x * 2 }(3)",
       "(assign = ((ident _)) ((call (funclit (functype ((field ((ident x)) (ident int))) ((field () (ident int)))) (block (return (binary * (ident x) (lit INT 2))))) (lit INT 3))))");
}

static void test_statements(void **state) {
  BODY("go f(1)\ndefer g()",
       "(go (call (ident f) (lit INT 1))) (defer (call (ident g)))");
  BODY("*p++\nx--\na, b = b, a\nx += 2\ny <<= 1\nz &^= 3",
       "(incdec ++ (star (ident p))) (incdec -- (ident x)) (assign = ((ident a) (ident b)) ((ident b) (ident a))) (assign += ((ident x)) ((lit INT 2))) (assign <<= ((ident y)) ((lit INT 1))) (assign &^= ((ident z)) ((lit INT 3)))");
  BODY("goto L\nL:",
       "(branch goto (ident L)) (labeled (ident L) (empty))");
  BODY("const (\n\tA = iota\n\tB\n)",
       "(declstmt (gendecl const (valuespec ((ident A)) nil ((ident iota))) (valuespec ((ident B)) nil () iota=1 implicit)))");
  BODY("return",
       "(return)");
  BODY("return 1, nil",
       "(return (lit INT 1) (ident nil))");
  BODY("{\n\tx := 1\n}",
       "(block (assign := ((ident x)) ((lit INT 1))))");
  BODY(";",
       "");
  BODY("var (\n\ta int\n\tb, c = 1, 2\n)",
       "(declstmt (gendecl var (valuespec ((ident a)) (ident int) ()) (valuespec ((ident b) (ident c)) nil ((lit INT 1) (lit INT 2)))))");
}

static void test_func_types(void **state) {
  BODY("var f func(a, b int, c string) (d int, err error)",
       "(declstmt (gendecl var (valuespec ((ident f)) (functype ((field ((ident a) (ident b)) (ident int)) (field ((ident c)) (ident string))) ((field ((ident d)) (ident int)) (field ((ident err)) (ident error)))) ())))");
  BODY("var f func(int, ...string) bool",
       "(declstmt (gendecl var (valuespec ((ident f)) (functype ((field () (ident int)) (field () (ellipsis (ident string)))) ((field () (ident bool)))) ())))");
}

static void test_declarations(void **state) {
  DECL("import \"fmt\"",
       "(file p ((import _default \"fmt\")))");
  DECL("import (\n\tf \"fmt\"\n\t_ \"os\"\n\t. \"strings\"\n)",
       "(file p ((import f \"fmt\") (import _ \"os\") (import . \"strings\")))");
  DECL("const (\n\tA = iota * 10\n\tB\n\tC int = 5\n\tD\n\tE, F = iota, iota\n)",
       "(file p () (gendecl const (valuespec ((ident A)) nil ((binary * (ident iota) (lit INT 10)))) (valuespec ((ident B)) nil () iota=1 implicit) (valuespec ((ident C)) (ident int) ((lit INT 5)) iota=2) (valuespec ((ident D)) nil () iota=3 implicit) (valuespec ((ident E) (ident F)) nil ((ident iota) (ident iota)) iota=4)))");
  DECL("type T struct {\n\ta, b int `json:\"a\"`\n\t*Embedded\n\tfmt.Stringer\n\tc string \"tag\"\n}",
       "(file p () (gendecl type (typespec T (struct (field ((ident a) (ident b)) (ident int) \"json:\\\"a\\\"\") (field () (star (ident Embedded))) (field () (sel (ident fmt) Stringer)) (field ((ident c)) (ident string) \"tag\")))))");
  DECL("type I interface {\n\tM(x int) (int, error)\n\tfmt.Stringer\n\tN()\n}",
       "(file p () (gendecl type (typespec I (interface (field ((ident M)) (functype ((field ((ident x)) (ident int))) ((field () (ident int)) (field () (ident error))))) (field () (sel (ident fmt) Stringer)) (field ((ident N)) (functype () ()))))))");
  DECL("type A = B",
       "(file p () (gendecl type (typespec = A (ident B))))");
  DECL("type (\n\tX int\n\tY []X\n)",
       "(file p () (gendecl type (typespec X (ident int)) (typespec Y (array nil (ident X)))))");
  DECL("func (t *T) M(x int, y ...string) (n int, err error) {}",
       "(file p () (funcdecl ((field ((ident t)) (star (ident T)))) M (functype ((field ((ident x)) (ident int)) (field ((ident y)) (ellipsis (ident string)))) ((field ((ident n)) (ident int)) (field ((ident err)) (ident error)))) (block)))");
  DECL("func (T) M() {}",
       "(file p () (funcdecl ((field () (ident T))) M (functype () ()) (block)))");
  DECL("func f(int, string) (bool)",
       "(file p () (funcdecl f (functype ((field () (ident int)) (field () (ident string))) ((field () (ident bool)))) nil))");
  DECL("func f(a, b int) func() int { return nil }",
       "(file p () (funcdecl f (functype ((field ((ident a) (ident b)) (ident int))) ((field () (functype () ((field () (ident int))))))) (block (return (ident nil)))))");
  DECL("var m map[string][]*T",
       "(file p () (gendecl var (valuespec ((ident m)) (map (ident string) (array nil (star (ident T)))) ())))");
  DECL("var a [2 * N][...]int",
       "(file p () (gendecl var (valuespec ((ident a)) (array (binary * (lit INT 2) (ident N)) (array (ellipsis nil) (ident int))) ())))");
  DECL("var x, y int = 1, 2",
       "(file p () (gendecl var (valuespec ((ident x) (ident y)) (ident int) ((lit INT 1) (lit INT 2)))))");
}

static void test_syntax_errors(void **state) {
  ERR("package p\nfunc f() {\n\tx := 1 y\n}\n",
      "t.go:3:9: syntax error: unexpected name y at end of statement\n");
  ERR("package p\nfunc f() {\n\tfoo(1 2)\n}\n",
      "t.go:3:8: syntax error: unexpected literal 2 in argument list; possibly missing comma or )\n");
  ERR("package p\nfunc f() {\n\tfmt.Println(\"a\"\n}\n",
      "t.go:3:17: syntax error: unexpected newline in argument list; possibly missing comma or )\n");
  ERR("package p\nvar x = []int{1 2}\n",
      "t.go:2:17: syntax error: unexpected literal 2 in composite literal; possibly missing comma "
      "or }\n");
  ERR("package p\nvar m = map[string]int{\n\t\"a\": 1,\n\t\"b\": 2\n}\n",
      "t.go:4:8: syntax error: unexpected newline in composite literal; possibly missing comma or "
      "}\n");
  ERR("package p\nfunc f() {\n", "t.go:3:1: syntax error: unexpected EOF, expected }\n");
  ERR("package p\nfunc f() {\n\tif x {\n\t}\n\telse {\n\t}\n}\n",
      "t.go:5:2: syntax error: unexpected keyword else, expected }\n");
  ERR("package p\nfunc f() {\n\tif x { } else x\n}\n",
      "t.go:3:16: syntax error: else must be followed by if or statement block\n");
  ERR("package p\nfunc f() {\n\tif {\n\t}\n}\n",
      "t.go:3:5: syntax error: missing condition in if statement\n");
  ERR("package p\nfunc f() {\n\tif ; {\n\t}\n}\n",
      "t.go:3:5: syntax error: missing condition in if statement\n");
  ERR("package p\nfunc f() {\n\tif x > 2\n\t{\n\t}\n}\n",
      "t.go:3:10: syntax error: unexpected newline, expected { after if clause\n");
  ERR("package p\nfunc f() {\n\tswitch a, b := x.(type) {\n\t}\n}\n",
      "t.go:3:14: syntax error: cannot use a, b := x.(type) as value\n");
  ERR("package p\nfunc f() {\n\tif x = y + 1 {\n\t}\n}\n",
      "t.go:3:7: syntax error: cannot use assignment x = (y + 1) as value\n");
  ERR("package p\nfunc f() {\n\tfor i := 0; {\n\t}\n}\n",
      "t.go:3:14: syntax error: unexpected {, expected for loop condition\n");
  ERR("package p\nfunc f() {\n\tswitch x {\n\tfoo()\n\t}\n}\n",
      "t.go:4:2: syntax error: unexpected name foo, expected case or default or }\n");
  ERR("package p\nfunc f() {\n\tif x := 1 {\n\t}\n}\n",
      "t.go:3:7: syntax error: cannot use x := 1 as value\n");
  ERR("package p\nfunc f() {\n\tfor i := 0; i < 3; i++ ; {\n\t}\n}\n",
      "t.go:3:25: syntax error: unexpected semicolon, expected { after for clause\n");
  ERR("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n",
      "t.go:3:14: syntax error: unexpected { at end of statement\n");
  ERR("package p\nfunc f() {\n\tswitch x {\n\tcase 1\n\t}\n}\n",
      "t.go:4:8: syntax error: unexpected newline, expected :\n");
  ERR("package p\nfunc f() {\n\tx := )\n}\n",
      "t.go:3:7: syntax error: unexpected ), expected expression\n");
  ERR("package p\nfunc f() {\n\tgoto\n}\n", "t.go:4:1: syntax error: unexpected }, expected name\n");
}

static void test_declaration_errors(void **state) {
  ERR("", "t.go:1:1: expected 'package', found 'EOF'\n");
  ERR("func main() {}\n", "t.go:1:1: expected 'package', found 'func'\n");
  ERR("package p\nimport fmt\n", "t.go:2:11: expected 'STRING', found newline\n");
  ERR("package p\nimport (\n\t\"fmt\"\n\t\"os\",\n)\n", "t.go:4:6: expected ';', found ','\n");
  ERR("package p\nx := 1\n",
      "t.go:2:1: syntax error: non-declaration statement outside function body\n");
  ERR("package p\nfunc main()\n{\n}\n",
      "t.go:3:1: syntax error: unexpected semicolon or newline before {\n");
  ERR("package p\nvar x = 1 2\n",
      "t.go:2:11: syntax error: unexpected literal 2 after top level declaration\n");
  ERR("package p\nfunc f(a int, b) {}\n",
      "t.go:2:15: syntax error: mixed named and unnamed parameters\n");
  ERR("package p\nfunc f(...) {}\n", "t.go:2:11: syntax error: ... is missing type\n");
  ERR("package p\nfunc f(a int b int) {}\n",
      "t.go:2:14: syntax error: unexpected name b in parameter list; possibly missing comma or )\n");
  ERR("package p\ntype T struct { a int, b int }\n",
      "t.go:2:22: syntax error: unexpected comma in struct type; possibly missing semicolon or "
      "newline or }\n");
  ERR("package p\nvar (\n\ta int\n\tb int c\n)\n",
      "t.go:4:8: syntax error: unexpected name c in grouped declaration; possibly missing semicolon or "
      "newline or )\n");
}

static void test_generics_rejected(void **state) {
  ERR("package p\ntype List[T any] struct{ v T }\n",
      "t.go:2:10: generic type parameters are not supported by minigo\n");
  ERR("package p\nfunc Map[T, U any](x T) U { return nil }\n",
      "t.go:2:9: generic type parameters are not supported by minigo\n");
  ERR("package p\ntype Number interface{ ~int | ~float64 }\n",
      "t.go:2:24: generic type constraints are not supported by minigo\n");
  ERR("package p\ntype Number interface{ int | float64 }\n",
      "t.go:2:28: generic type constraints are not supported by minigo\n");
  ERR("package p\nvar p atomic.Pointer[int]\n",
      "t.go:2:21: generic type instantiation is not supported by minigo\n");
}

/* Errors gc reports without stopping: the file still gives a tree. go and
 * defer of a non-call parse silently; the checker reports them. */
static void test_errors_that_keep_the_tree(void **state) {
  char *errs;
  Node *f = parse("package p\nfunc f() {\n\tgo f\n\tdefer (g())\n\t_ = a[1:2:]\n}\n", &errs);
  assert_non_null(f);
  assert_string_equal(errs, "t.go:5:12: final index required in 3-index slice\n");
  free(errs);
  f = parse("package p\nfunc () M() {}\nfunc (a, b T) N() {}\nfunc (a T, b T) O() {}\n", &errs);
  assert_non_null(f);
  assert_string_equal(errs, "t.go:2:9: method has no receiver\n"
                            "t.go:3:15: method has multiple receivers\n"
                            "t.go:4:17: method has multiple receivers\n");
  free(errs);
}

static char *nested(int depth) {
  char *src = xmalloc((size_t)depth * 2 + 64);
  int n = sprintf(src, "package p\nvar x = ");
  memset(src + n, '(', (size_t)depth);
  src[n + depth] = '1';
  memset(src + n + depth + 1, ')', (size_t)depth);
  strcpy(src + n + 2 * depth + 1, "\n");
  return src;
}

static void test_deep_nesting(void **state) {
  char *errs, *src = nested(2000);
  assert_non_null(parse(src, &errs));
  assert_string_equal(errs, "");
  free(errs);
  free(src);
  src = nested(10000);
  assert_null(parse(src, &errs));
  assert_string_equal(errs, "t.go:2:5001: syntax error: expression nesting too deep\n");
  free(errs);
  free(src);
}

/* A left-deep chain keeps the parser stack shallow but makes a deep tree,
 * which later stages would walk recursively. */
static void test_long_chain(void **state) {
  int terms = 20000;
  char *errs, *src = xmalloc((size_t)terms * 2 + 32);
  int n = sprintf(src, "package p\nvar x = 1");
  for (int i = 1; i < terms; i++) n += sprintf(src + n, "+1");
  strcpy(src + n, "\n");
  assert_null(parse(src, &errs));
  assert_non_null(strstr(errs, "syntax error: expression nesting too deep\n"));
  free(errs);
  free(src);
}

/* Random bytes, with and without a package clause, give errors and exit
 * status 0 or 1 (diag exits after ten errors), never a crash. */
static void test_garbage(void **state) {
  uint32_t seed = 12345;
  for (int round = 0; round < 200; round++) {
    size_t n = 1 + (size_t)round * 37;
    char *src = xmalloc(n + 16);
    size_t off = round % 2 ? (size_t)sprintf(src, "package p\n") : 0;
    for (size_t i = off; i < n + off; i++) {
      seed = seed * 1103515245 + 12345;
      src[i] = (char)(seed >> 16);
    }
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
      assert_non_null(freopen("/dev/null", "w", stderr));
      parse_file("t.go", src, n + off);
      _exit(diag_count() ? 1 : 0);
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_true(WEXITSTATUS(status) <= 1);
    free(src);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_headers_and_loops),
    cmocka_unit_test(test_chan_types),
    cmocka_unit_test(test_switch_select),
    cmocka_unit_test(test_expressions),
    cmocka_unit_test(test_statements),
    cmocka_unit_test(test_func_types),
    cmocka_unit_test(test_declarations),
    cmocka_unit_test(test_syntax_errors),
    cmocka_unit_test(test_declaration_errors),
    cmocka_unit_test(test_generics_rejected),
    cmocka_unit_test(test_errors_that_keep_the_tree),
    cmocka_unit_test(test_deep_nesting),
    cmocka_unit_test(test_long_chain),
    cmocka_unit_test(test_garbage),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
