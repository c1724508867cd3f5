/*
 * test_c_emit.c - the C emitter: the naming contract with the runtime and
 * the stdlib (mangled names, result structs, closures, method tables),
 * defer frames, heap locals, and that the emitted C compiles. Programs are
 * checked from strings against a small fake stdlib in a temporary
 * directory; the C is syntax-checked with $CC against runtime/.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "diag.h"
#include "emit.h"

static char dir[] = "/tmp/mgemit_XXXXXX";

static void write_file(const char *name, const char *text)
{
  char *path = xasprintf("%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
  free(path);
}

static int setup(void **state)
{
  assert_non_null(mkdtemp(dir));
  char *fmt = xasprintf("%s/fmt", dir);
  mkdir(fmt, 0700);
  write_file("fmt/fmt.go",
             "package fmt\n\ntype Stringer interface{ String() string }\n\n"
             "func Println(a ...any) (n int, err error)\n"
             "func Sprint(a ...any) string\n"
             "func Errorf(format string, a ...any) error\n");
  pkg_set_stdlib_dir(dir);
  free(fmt);
  return 0;
}

static int teardown(void **state)
{
  char *cmd = xasprintf("rm -rf %s", dir);
  int rc = system(cmd);
  free(cmd);
  return rc;
}

/* Dependencies first, as the driver passes them. */
static void add_pkg(Vec *out, Package *p)
{
  for (int i = 0; i < out->len; i++)
    if (out->data[i] == p)
      return;
  for (int i = 0; i < p->imports.len; i++)
    add_pkg(out, p->imports.data[i]);
  vec_push(out, p);
}

/* Checks and emits src (as t.mg); returns the C text. */
static char *emit_src(const char *src)
{
  diag_reset();
  write_file("t.mg", src);
  char *path = xasprintf("%s/t.mg", dir);
  Package *p = pkg_load_main(path);
  free(path);
  assert_non_null(p);
  Vec pkgs = {0};
  add_pkg(&pkgs, p);
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  EmitOptions opt = {0};
  assert_true(emit_program(out, &pkgs, &opt));
  fclose(out);
  return text;
}

static void assert_has(const char *text, const char *want)
{
  if (strstr(text, want) == NULL)
    fail_msg("emitted C lacks `%s`", want);
}

/* The emitted C must compile (syntax and types) against the runtime. */
static void assert_compiles(const char *text)
{
  char *c = xasprintf("%s/out.c", dir);
  FILE *f = fopen(c, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
  const char *cc = getenv("CC") ? getenv("CC") : "cc";
  char *cmd = xasprintf("%s -std=gnu11 -fsyntax-only -w -DGC_THREADS -Iruntime %s", cc, c);
  assert_int_equal(system(cmd), 0);
  free(cmd);
  free(c);
}

static void test_naming_contract(void **state)
{
  char *c = emit_src("package main\n\nimport \"fmt\"\n\n"
                     "var counter int\n\n"
                     "type T struct{ n int }\n\n"
                     "func (t T) Get() int { return t.n }\n"
                     "func (t *T) Set(n int) { t.n = n }\n\n"
                     "func add(a, b int) int { return a + b }\n\n"
                     "func divmod(a, b int) (int, int) { return a / b, a % b }\n\n"
                     "func main() {\n"
                     "\tt := &T{}\n\tt.Set(add(1, 2))\n"
                     "\tq, r := divmod(7, 2)\n"
                     "\tf := func() int { return q + r + t.Get() }\n"
                     "\tfor i := 0; i < 3; i++ {\n\t\tcounter += f()\n\t}\n"
                     "\tfmt.Println(counter)\n}\n");
  assert_has(c, "int64_t main__add(int64_t a, int64_t b) {");
  assert_has(c, "struct main__divmod__ret { int64_t r0; int64_t r1; };");
  assert_has(c, "struct main__divmod__ret main__divmod(int64_t a, int64_t b) {");
  assert_has(c, "int64_t main__T__Get(main__T t) {");
  assert_has(c, "void main__T__Set(main__T * t, int64_t n) {");
  assert_has(c, "static int64_t main__main__func1(mg_func *_clo) {");
  assert_has(c, "int64_t main__counter;");
  assert_has(c, "fmt__Println(");
  assert_has(c, "#line 17 \"");
  assert_has(c, "MG_PROLOGUE();");
  assert_has(c, "MG_BACKEDGE();");
  assert_has(c, "  \"main__T__Set\",\n");
  assert_has(c, "return mg_main(argc, argv, main__init_all, main__main);");
  assert_compiles(c);
  free(c);
}

static void test_method_tables_and_boxing(void **state)
{
  char *c = emit_src("package main\n\nimport \"fmt\"\n\n"
                     "type N int\n\n"
                     "func (n N) String() string { return \"n\" }\n\n"
                     "func main() {\n"
                     "\tvar s fmt.Stringer = N(3)\n"
                     "\tvar x any = s\n"
                     "\tif v, ok := x.(N); ok {\n\t\tfmt.Println(v, s.String())\n\t}\n}\n");
  assert_has(c, "{\"String\", \"func() string\", (void *)mgw_");
  assert_has(c, ".name = \"main.N\", .named = true");
  assert_has(c, "mg_box(");
  assert_has(c, "mg_iface_method(");
  assert_compiles(c);
  free(c);
}

static void test_defer_frame_and_recover(void **state)
{
  char *c = emit_src("package main\n\nimport \"fmt\"\n\n"
                     "func safe() (err error) {\n"
                     "\tdefer func() {\n"
                     "\t\tif r := recover(); r != nil {\n\t\t\terr = fmt.Errorf(\"%v\", r)\n\t\t}\n"
                     "\t}()\n"
                     "\tpanic(\"x\")\n}\n\n"
                     "func main() { fmt.Println(safe()) }\n");
  assert_has(c, "mg_deferframe _df;");
  assert_has(c, "mg_defer_enter(&_df);");
  assert_has(c, "if (setjmp(_df.jb))");
  assert_has(c, "mg_defer_return(&_df);");
  assert_has(c, "mg_recover((void *)main__safe__func1)");
  /* the named result lives on the heap: the deferred closure writes it */
  assert_has(c, "mg_iface *err = mg_alloc(sizeof(mg_iface));");
  assert_compiles(c);
  free(c);
}

static void test_locals_shadowing_and_loopvars(void **state)
{
  char *c = emit_src("package main\n\n"
                     "func main() {\n"
                     "\tx := 1\n\t{\n\t\tx := x + 1\n\t\t_ = x\n\t}\n"
                     "\tvar fs []func() int\n"
                     "\tfor i := 0; i < 3; i++ {\n\t\tfs = append(fs, func() int { return i })\n\t}\n"
                     "\t_ = fs\n\t_ = x\n}\n");
  assert_has(c, "int64_t x__2 = ");
  /* a captured loop variable is copied for each iteration */
  assert_has(c, "int64_t *i = mg_alloc_atomic(sizeof(int64_t));");
  assert_has(c, "{ int64_t *_n = mg_alloc_atomic(sizeof(int64_t)); *_n = *i; i = _n; }");
  assert_compiles(c);
  free(c);
}

static void test_runtime_checks(void **state)
{
  char *c = emit_src("package main\n\n"
                     "func main() {\n"
                     "\ts := []int{1, 2}\n\ti, n := 5, 3\n"
                     "\t_ = s[i]\n\t_ = s[1:n]\n\t_ = i / n\n\t_ = i << uint(n)\n"
                     "\tvar a [4]int\n\t_ = a[i%4]\n\t_ = \"abc\"[i:]\n}\n");
  assert_has(c, "mg_sidx(");
  assert_has(c, "mg_slice2(");
  assert_has(c, "mg_div_int64_t(");
  assert_has(c, "mg_shl_int64_t(");
  assert_has(c, "mg_ckidx(");
  assert_has(c, "mg_strslice(");
  assert_compiles(c);
  free(c);
}

static void test_statements_compile(void **state)
{
  char *c = emit_src("package main\n\nimport \"fmt\"\n\n"
                     "type Shape interface{ Area() float64 }\n"
                     "type Sq struct{ s float64 }\n\n"
                     "func (q Sq) Area() float64 { return q.s * q.s }\n\n"
                     "func main() {\n"
                     "\tch := make(chan int, 1)\n\tdone := make(chan struct{})\n"
                     "\tgo func(v int) { ch <- v; close(done) }(4)\n"
                     "\tselect {\n\tcase v, ok := <-ch:\n\t\tfmt.Println(v, ok)\n"
                     "\tcase <-done:\n\tdefault:\n\t}\n"
                     "\tm := map[string][]int{\"a\": {1}}\n"
                     "\tfor k, v := range m {\n\t\tfmt.Println(k, v)\n\t}\n"
                     "\tvar sh Shape = Sq{2}\n"
                     "\tswitch x := sh.(type) {\n\tcase Sq:\n\t\tfmt.Println(x.s)\n\tcase nil:\n\t}\n"
                     "outer:\n\tfor i := range 3 {\n"
                     "\t\tswitch {\n\t\tcase i == 1:\n\t\t\tcontinue outer\n\t\tcase i == 2:\n\t\t\tbreak outer\n\t\t}\n"
                     "\t}\n"
                     "\tfor _, r := range \"hé\" {\n\t\tprintln(r)\n\t}\n"
                     "\tdefer fmt.Println(\"bye\")\n}\n");
  assert_has(c, "mg_select(");
  assert_has(c, "mg_go(mgth_");
  assert_has(c, "mg_mapiterinit(");
  assert_has(c, "mg_string_decode_rune(");
  assert_has(c, "mg_print_int(");
  assert_compiles(c);
  free(c);
}

static void assert_lacks(const char *text, const char *unwanted)
{
  if (strstr(text, unwanted) != NULL)
    fail_msg("emitted C has `%s`", unwanted);
}

/* Only what main, init and initializers reach is emitted; a type boxed in
 * an interface keeps its whole method set (found by name at run time). */
static void test_only_reachable_code(void **state)
{
  char *c = emit_src("package main\n\n"
                     "type T struct{}\n\n"
                     "func (T) Used() int { return 1 }\n"
                     "func (T) Unused() int { return 2 }\n\n"
                     "type U struct{}\n\n"
                     "func (U) Called() {}\n"
                     "func (U) Never() {}\n\n"
                     "func dead() { println(deader()) }\n"
                     "func deader() int { return 0 }\n\n"
                     "var g = initVal()\n\n"
                     "func initVal() int { return 3 }\n\n"
                     "func main() {\n\tvar x any = T{}\n\t_ = x\n\tU{}.Called()\n"
                     "\tch := make(chan int)\n\tgo worker(ch)\n\t<-ch\n}\n\n"
                     "func worker(ch chan int) { ch <- g }\n");
  assert_has(c, "int64_t main__T__Used(main__T _recv) {");
  assert_has(c, "int64_t main__T__Unused(main__T _recv) {");
  assert_has(c, "void main__U__Called(main__U _recv) {");
  assert_has(c, "int64_t main__initVal(void) {");
  assert_lacks(c, "main__U__Never");
  assert_lacks(c, "main__dead");
  assert_lacks(c, "main__deader");
  /* go worker(ch): the channel is the thunk's argument, no block */
  assert_has(c, "struct mgth_1 _s = {(mg_chan *)_p}, *_a = &_s;");
  /* the prologue carries the function's own line */
  assert_has(c, "#line 20 \"");
  assert_compiles(c);
  free(c);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_naming_contract),
    cmocka_unit_test(test_method_tables_and_boxing),
    cmocka_unit_test(test_defer_frame_and_recover),
    cmocka_unit_test(test_locals_shadowing_and_loopvars),
    cmocka_unit_test(test_runtime_checks),
    cmocka_unit_test(test_statements_compile),
    cmocka_unit_test(test_only_reachable_code),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
