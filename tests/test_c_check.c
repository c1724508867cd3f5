/*
 * test_c_check.c - the type checker: programs that must pass (and how the
 * AST is annotated for the emitter) and programs that must fail with gc's
 * exact message and position. Sources are parsed from strings; imports come
 * from a small fake stdlib written to a temporary directory.
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
#include "syntax.h"

static char stdlib_dir[] = "/tmp/mgcheck_stdXXXXXX";

static void write_file(const char *dir, const char *name, const char *text) {
  char *path = xasprintf("%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
  free(path);
}

static int setup_stdlib(void **state) {
  assert_non_null(mkdtemp(stdlib_dir));
  char *fmt = xasprintf("%s/fmt", stdlib_dir), *sync = xasprintf("%s/sync", stdlib_dir);
  mkdir(fmt, 0700);
  mkdir(sync, 0700);
  write_file(fmt, "fmt.go",
             "package fmt\n\ntype Stringer interface{ String() string }\n\n"
             "func Println(a ...any) (n int, err error)\n"
             "func Sprint(a ...any) string\n");
  write_file(sync, "sync.go",
             "package sync\n\ntype WaitGroup struct{ n int }\n\n"
             "func (wg *WaitGroup) Add(d int) { wg.n += d }\n"
             "func (wg *WaitGroup) Done()     { wg.Add(-1) }\n"
             "func (wg *WaitGroup) Wait()\n\n"
             "type Mutex struct{ locked bool }\n\n"
             "func (m *Mutex) Lock()\nfunc (m *Mutex) Unlock()\n");
  pkg_set_stdlib_dir(stdlib_dir);
  free(fmt);
  free(sync);
  return 0;
}

static int teardown_stdlib(void **state) {
  char *cmd = xasprintf("rm -rf %s", stdlib_dir);
  int rc = system(cmd);
  free(cmd);
  return rc;
}

/* Checks src as file t.mg; returns the package (NULL after errors) and the
 * text written to stderr in *errs. */
static Package *check_src(const char *src, char **errs) {
  diag_reset();
  char *path = xasprintf("%s/t.mg", stdlib_dir);
  write_file(stdlib_dir, "t.mg", src);
  fflush(stderr);
  int saved = dup(2);
  FILE *tmp = tmpfile();
  dup2(fileno(tmp), 2);
  Package *p = pkg_load_main(path);
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  long n = lseek(fileno(tmp), 0, SEEK_END); /* written through fd 2, not tmp */
  lseek(fileno(tmp), 0, SEEK_SET);
  char *text = xmalloc((size_t)n + 1);
  size_t got = fread(text, 1, (size_t)n, tmp);
  text[got] = 0;
  fclose(tmp);
  /* drop the directory from "dir/t.mg:L:C" */
  char *prefix = xasprintf("%s/", stdlib_dir);
  char *out = xmalloc(strlen(text) + 1), *o = out;
  for (char *s = text; *s;) {
    if (!strncmp(s, prefix, strlen(prefix))) s += strlen(prefix);
    else *o++ = *s++;
  }
  *o = 0;
  free(text);
  free(prefix);
  free(path);
  *errs = out;
  return p;
}

static Package *must_pass(const char *src) {
  char *errs;
  Package *p = check_src(src, &errs);
  if (!p) fprintf(stderr, "unexpected errors:\n%s", errs);
  assert_non_null(p);
  assert_string_equal(errs, "");
  free(errs);
  return p;
}

static void must_fail(const char *src, const char *want) {
  char *errs;
  Package *p = check_src(src, &errs);
  assert_null(p);
  assert_string_equal(errs, want);
  free(errs);
}

/* ---- helpers to find annotated nodes ---- */

static Node *find_func(Package *p, const char *name) {
  Node *file = p->files.data[0];
  for (int i = 0; i < file->Decls.len; i++) {
    Node *d = file->Decls.data[i];
    if (d->kind == N_FUNCDECL && !strcmp(d->Name, name)) return d;
  }
  return NULL;
}

static Node *stmt_at(Package *p, const char *func, int i) {
  Node *f = find_func(p, func);
  assert_non_null(f);
  assert_true(i < f->Body->List.len);
  return f->Body->List.data[i];
}

static Obj *global(Package *p, const char *name) { return scope_lookup_local(p->scope, intern(name)); }

/* ---- passing programs and annotations ---- */

static void test_untyped_constants_take_context_type(void **state) {
  Package *p = must_pass("package main\n\nconst big = 1 << 40\n\nfunc main() {\n"
                         "\tvar f float64 = 1\n\tx := big / 1024\n\t_, _ = f, x\n}\n");
  Node *decl = stmt_at(p, "main", 0)->Decl;
  Node *spec = decl->Specs.data[0];
  Node *one = spec->Values.data[0];
  assert_int_equal(one->type->kind, TY_FLOAT64);
  assert_int_equal(one->cval->kind, C_FLOAT);
  Node *def = stmt_at(p, "main", 1);
  Node *rhs = def->Rhs.data[0];
  assert_int_equal(rhs->type->kind, TY_INT);
  assert_true(rhs->cval->i == (__int128)1 << 30);
  assert_int_equal(global(p, "big")->type->kind, TY_UNTYPED_INT);
}

static void test_iota_and_typed_consts(void **state) {
  Package *p = must_pass("package main\n\ntype Weekday int\n\nconst (\n\tSunday Weekday = iota\n"
                         "\tMonday\n\tTuesday\n)\n\nconst KB, MB = 1 << (10 * (iota + 1)), 1 << (20 * (iota + 1))\n\n"
                         "func main() {}\n");
  Obj *tue = global(p, "Tuesday");
  assert_int_equal(tue->kind, OBJ_CONST);
  assert_true(tue->cval->i == 2);
  assert_string_equal(type_string(tue->type), "main.Weekday");
  assert_true(global(p, "MB")->cval->i == 1 << 20);
}

static void test_escape_and_capture(void **state) {
  Package *p = must_pass("package main\n\nfunc main() {\n\ta := 1\n\tb := 2\n\tc := 3\n"
                         "\tp := &a\n\tf := func() int { return b }\n\t_, _, _ = p, f, c\n}\n");
  Node *f = find_func(p, "main");
  Obj *a = ((Node *)((Node *)f->Body->List.data[0])->Lhs.data[0])->obj;
  Obj *b = ((Node *)((Node *)f->Body->List.data[1])->Lhs.data[0])->obj;
  Obj *c = ((Node *)((Node *)f->Body->List.data[2])->Lhs.data[0])->obj;
  assert_true(a->escapes);
  assert_false(a->captured);
  assert_true(b->captured && b->escapes);
  assert_false(c->escapes || c->captured);
  FuncInfo *fi = f->aux;
  assert_int_equal(fi->lits.len, 1);
  FuncInfo *lit = ((Node *)fi->lits.data[0])->aux;
  assert_int_equal(lit->captures.len, 1);
  assert_ptr_equal(lit->captures.data[0], b);
  assert_ptr_equal(lit->outer, fi);
}

static void test_loop_vars_are_per_iteration(void **state) {
  Package *p = must_pass("package main\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n"
                         "\t\tgo func() { _ = i }()\n\t}\n\tfor k, v := range []int{1} {\n\t\t_, _ = k, v\n\t}\n}\n");
  Node *loop = stmt_at(p, "main", 0);
  Obj *i = ((Node *)loop->Init->Lhs.data[0])->obj;
  assert_true(i->perIter && i->captured);
  Node *rng = stmt_at(p, "main", 1);
  RangeInfo *ri = rng->aux;
  assert_int_equal(ri->kind, RANGE_SLICE);
  assert_true(ri->key->perIter && ri->value->perIter);
  assert_int_equal(ri->valueType->kind, TY_INT);
}

static void test_selectors_embedded_and_methods(void **state) {
  Package *p = must_pass("package main\n\nimport \"sync\"\n\ntype Inner struct{ n int }\n\n"
                         "func (in *Inner) Inc() { in.n++ }\n\n"
                         "type Outer struct {\n\tname string\n\t*Inner\n\tsync.Mutex\n}\n\n"
                         "func main() {\n\to := Outer{Inner: &Inner{}}\n\to.Lock()\n\to.Inc()\n\t_ = o.n\n\to.Unlock()\n}\n");
  Node *lock = ((Node *)stmt_at(p, "main", 1))->X;
  assert_int_equal(lock->sel, CALL_METHOD);
  Selection *s = lock->Fun->aux;
  assert_int_equal(lock->Fun->sel, SEL_METHOD);
  assert_int_equal(s->npath, 1);
  assert_int_equal(s->path[0], 2);
  assert_true(s->addr);
  Node *field = ((Node *)stmt_at(p, "main", 3))->Rhs.data[0];
  Selection *fs = field->aux;
  assert_int_equal(field->sel, SEL_FIELD);
  assert_int_equal(fs->npath, 2);
  assert_int_equal(fs->path[0], 1);
  assert_int_equal(fs->path[1], 0);
  assert_true(fs->indirect);
  Obj *o = ((Node *)((Node *)stmt_at(p, "main", 0))->Lhs.data[0])->obj;
  assert_true(o->escapes); /* o.Lock() takes &o.Mutex */
}

static void test_call_kinds_and_comma_ok(void **state) {
  Package *p = must_pass("package main\n\nimport \"fmt\"\n\ntype S struct{}\n\nfunc (S) String() string { return \"s\" }\n\n"
                         "func two() (int, error) { return 1, nil }\n\n"
                         "func main() {\n\tvar st fmt.Stringer = S{}\n\tm := map[string]int{}\n"
                         "\tv, ok := m[\"a\"]\n\tn, err := two()\n\tfmt.Println(st.String(), v, ok, n, err, int64(n), len(m))\n}\n");
  Node *idx = ((Node *)stmt_at(p, "main", 2))->Rhs.data[0];
  assert_ptr_equal(idx->aux, (void *)1);
  Node *call = ((Node *)stmt_at(p, "main", 4))->X;
  assert_int_equal(call->sel, CALL_FUNC);
  assert_int_equal(((Node *)call->Args.data[0])->sel, CALL_IFACE);
  assert_int_equal(((Node *)call->Args.data[5])->sel, CALL_CONV);
  assert_int_equal(((Node *)call->Args.data[6])->sel, CALL_BUILTIN);
  Node *rhs = ((Node *)stmt_at(p, "main", 3))->Rhs.data[0];
  assert_int_equal(rhs->type->kind, TY_TUPLE);
}

static void test_nil_takes_context_type(void **state) {
  Package *p = must_pass("package main\n\nfunc main() {\n\tvar p *int = nil\n\tif p == nil {\n\t}\n}\n");
  Node *spec = ((Node *)stmt_at(p, "main", 0)->Decl)->Specs.data[0];
  assert_int_equal(((Node *)spec->Values.data[0])->type->kind, TY_POINTER);
  Node *cond = ((Node *)stmt_at(p, "main", 1))->Cond;
  assert_int_equal(cond->Y->type->kind, TY_POINTER);
  assert_int_equal(cond->type->kind, TY_BOOL);
}

static void test_type_switch_clause_objects(void **state) {
  Package *p = must_pass("package main\n\nfunc main() {\n\tvar i any = 1\n\tswitch v := i.(type) {\n"
                         "\tcase int:\n\t\t_ = v + 1\n\tcase string, bool:\n\t\t_ = v\n\t}\n}\n");
  Node *sw = stmt_at(p, "main", 1);
  Obj *v1 = ((Node *)sw->Body->List.data[0])->aux;
  Obj *v2 = ((Node *)sw->Body->List.data[1])->aux;
  assert_int_equal(v1->type->kind, TY_INT);
  assert_int_equal(v2->type->kind, TY_INTERFACE);
}

static void test_package_init_order(void **state) {
  Package *p = must_pass("package main\n\nvar a = b + c\nvar b = f()\nvar c = 1\nvar d int\n\n"
                         "func f() int { return c }\n\nfunc init() {}\n\nfunc main() {}\n");
  assert_int_equal(p->inits.len, 3);
  const char *want[] = {"c", "b", "a"};
  for (int i = 0; i < 3; i++) {
    VarInit *vi = p->inits.data[i];
    assert_string_equal(((Obj *)vi->lhs.data[0])->name, want[i]);
  }
  assert_int_equal(p->initFuncs.len, 1);
  assert_int_equal(p->globals.len, 4);
}

static void test_method_sets(void **state) {
  Package *p = must_pass("package main\n\ntype T struct{}\n\nfunc (T) A()  {}\nfunc (*T) B() {}\n\n"
                         "type U struct{ T }\n\nfunc main() {}\n");
  Type *t = global(p, "T")->type, *u = global(p, "U")->type;
  assert_int_equal(check_method_set(t)->len, 1);
  assert_int_equal(check_method_set(type_pointer(t))->len, 2);
  assert_int_equal(check_method_set(u)->len, 1);
  Vec *pu = check_method_set(type_pointer(u));
  assert_int_equal(pu->len, 2);
  Selection *b = pu->data[1];
  assert_string_equal(b->method->name, "B");
  assert_int_equal(b->npath, 1);
}

static void test_func_info_defer_recover(void **state) {
  Package *p = must_pass("package main\n\nfunc safe() (err error) {\n\tdefer func() {\n"
                         "\t\tif r := recover(); r != nil {\n\t\t}\n\t}()\n\treturn\n}\n\nfunc main() { _ = safe() }\n");
  FuncInfo *fi = find_func(p, "safe")->aux;
  assert_true(fi->hasDefer);
  assert_false(fi->hasRecover);
  assert_int_equal(fi->results.len, 1);
  FuncInfo *lit = ((Node *)fi->lits.data[0])->aux;
  assert_true(lit->hasRecover);
}

static void test_go122_range_int_and_builtins(void **state) {
  Package *p = must_pass("package main\n\nfunc main() {\n\ts := 0\n\tfor i := range 10 {\n\t\ts += i\n\t}\n"
                         "\tm := map[int]int{1: 1}\n\tclear(m)\n\t_ = min(s, 3, 2) + max(1, 2)\n}\n");
  RangeInfo *ri = stmt_at(p, "main", 1)->aux;
  assert_int_equal(ri->kind, RANGE_INT);
  assert_int_equal(ri->key->type->kind, TY_INT);
}

static void test_package_level_func_literals(void **state) {
  Package *p = must_pass("package main\n\nvar f = func() int { return 1 }\n\nfunc main() { _ = f() }\n");
  assert_int_equal(p->lits.len, 1);
  FuncInfo *fi = ((Node *)p->lits.data[0])->aux;
  assert_null(fi->outer);
  assert_int_equal(fi->sig->results.len, 1);
}

static void test_struct_literal_fields_and_elided_pointers(void **state) {
  Package *p = must_pass("package main\n\ntype P struct{ X, Y int }\n\nfunc main() {\n"
                         "\tps := []*P{{1, 2}, {Y: 3}}\n\t_ = ps\n}\n");
  Node *lit = ((Node *)stmt_at(p, "main", 0))->Rhs.data[0];
  Node *e0 = lit->Elts.data[0], *e1 = lit->Elts.data[1];
  assert_int_equal(e0->type->kind, TY_POINTER);
  Node *kv = e1->Elts.data[0];
  assert_int_equal(kv->kind, N_KEYVALUE);
  assert_ptr_equal(kv->aux, (void *)2); /* field Y: index 1, stored + 1 */
}

/* ---- errors ---- */

static void test_err_unused_var_and_import(void **state) {
  must_fail("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n}\n",
            "t.mg:3:8: \"fmt\" imported and not used\nt.mg:6:2: declared and not used: x\n");
}

static void test_err_unknown_package_lists_std(void **state) {
  must_fail("package main\n\nimport \"os\"\n\nfunc main() { os.Exit(1) }\n",
            "t.mg:3:8: package os is not in std (minigo's standard library has: fmt, sync)\n");
}

static void test_err_mismatched_types(void **state) {
  must_fail("package main\n\nfunc main() {\n\tx, y := 1, \"a\"\n\t_ = x + y\n}\n",
            "t.mg:5:6: invalid operation: x + y (mismatched types int and string)\n");
}

static void test_err_arg_counts(void **state) {
  must_fail("package main\n\nfunc f(a, b int) {}\n\nfunc main() {\n\tf(1)\n\tf(1, 2, 3)\n}\n",
            "t.mg:6:4: not enough arguments in call to f\n\thave (number)\n\twant (int, int)\n"
            "t.mg:7:10: too many arguments in call to f\n\thave (number, number, number)\n\twant (int, int)\n");
}

static void test_err_assign_and_overflow(void **state) {
  must_fail("package main\n\nfunc main() {\n\tvar s string\n\tx := 1\n\ts = x\n\tvar b int8\n\tb = 300\n\t_, _ = s, b\n}\n",
            "t.mg:6:6: cannot use x (variable of type int) as string value in assignment\n"
            "t.mg:8:6: cannot use 300 (untyped int constant) as int8 value in assignment (overflows)\n");
}

static void test_err_channel_direction(void **state) {
  must_fail("package main\n\nfunc f(in <-chan int, out chan<- int) {\n\tin <- 1\n\t<-out\n}\n\nfunc main() {}\n",
            "t.mg:4:2: invalid operation: cannot send to receive-only channel in (variable of type <-chan int)\n"
            "t.mg:5:4: invalid operation: cannot receive from send-only channel out (variable of type chan<- int)\n");
}

static void test_err_returns(void **state) {
  must_fail("package main\n\nfunc f() int {\n\treturn\n}\n\nfunc g() int {\n\tfor {\n\t\tbreak\n\t}\n}\n\nfunc main() {}\n",
            "t.mg:4:2: not enough return values\n\thave ()\n\twant (int)\nt.mg:11:1: missing return\n");
}

static void test_err_no_new_vars_and_undefined(void **state) {
  must_fail("package main\n\nfunc main() {\n\ta := 1\n\ta := 2\n\t_ = a + b\n}\n",
            "t.mg:5:4: no new variables on left side of :=\nt.mg:6:10: undefined: b\n");
}

static void test_err_labels(void **state) {
  must_fail("package main\n\nfunc main() {\nL:\n\tfor {\n\t}\n}\n", "t.mg:4:1: label L defined and not used\n");
}

static void test_err_go_defer(void **state) {
  must_fail("package main\n\nfunc main() {\n\tx := []int{}\n\tdefer len(x)\n\tgo int(1)\n}\n",
            "t.mg:5:8: defer discards result of len(x) (value of type int)\n"
            "t.mg:6:5: go requires function call, not conversion\n");
}

static void test_err_interface_satisfaction(void **state) {
  must_fail("package main\n\nimport \"sync\"\n\ntype Locker interface{ Lock(); Unlock() }\n\n"
            "func main() {\n\tvar mu sync.Mutex\n\tvar l Locker = mu\n\t_ = l\n}\n",
            "t.mg:9:17: cannot use mu (variable of struct type sync.Mutex) as Locker value in variable declaration: "
            "sync.Mutex does not implement Locker (method Lock has pointer receiver)\n");
}

static void test_err_unsupported_constructs(void **state) {
  must_fail("package main\n\nfunc main() {\n\tc := 1i\n\t_ = c\n}\n",
            "t.mg:4:7: complex numbers are not supported by minigo\n");
}

static void test_err_missing_body_in_main(void **state) {
  must_fail("package main\n\nfunc f()\n\nfunc main() { f() }\n", "t.mg:3:6: missing function body\n");
}

static void test_err_cycles(void **state) {
  must_fail("package main\n\nvar a = f()\n\nfunc f() int { return a }\n\ntype T struct{ t T }\n\nfunc main() {}\n",
            "t.mg:3:5: initialization cycle for a\n\tt.mg:3:5: a refers to f\n\tt.mg:5:6: f refers to a\n"
            "t.mg:7:6: invalid recursive type: T refers to itself\n");
}

static void test_err_fallthrough_and_duplicates(void **state) {
  must_fail("package main\n\nfunc main() {\n\tfallthrough\n\t_ = map[int]int{1: 1, 1: 2}\n"
            "\tswitch 1 {\n\tcase 1:\n\tcase 1:\n\t}\n}\n",
            "t.mg:4:2: fallthrough statement out of place\n"
            "t.mg:5:24: duplicate key 1 in map literal\n"
            "t.mg:8:7: duplicate case 1 (constant of type int) in expression switch\n\tt.mg:7:7: previous case\n");
}

static void test_err_unexported_members(void **state) {
  must_fail("package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\t_ = wg.n\n"
            "\t_ = sync.WaitGroup{n: 1}\n\t_ = sync.WaitGroup{1}\n}\n",
            "t.mg:7:9: wg.n undefined (cannot refer to unexported field n)\n"
            "t.mg:8:21: cannot refer to unexported field n in struct literal of type sync.WaitGroup\n"
            "t.mg:9:21: implicit assignment to unexported field n in struct literal of type sync.WaitGroup\n");
}

static void test_err_comparable_rejected(void **state) {
  must_fail("package main\n\nvar x comparable\n\nfunc main() {}\n",
            "t.mg:3:7: cannot use type comparable outside a type constraint: interface is (or embeds) comparable\n");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_untyped_constants_take_context_type),
      cmocka_unit_test(test_iota_and_typed_consts),
      cmocka_unit_test(test_escape_and_capture),
      cmocka_unit_test(test_loop_vars_are_per_iteration),
      cmocka_unit_test(test_selectors_embedded_and_methods),
      cmocka_unit_test(test_call_kinds_and_comma_ok),
      cmocka_unit_test(test_nil_takes_context_type),
      cmocka_unit_test(test_type_switch_clause_objects),
      cmocka_unit_test(test_package_init_order),
      cmocka_unit_test(test_method_sets),
      cmocka_unit_test(test_func_info_defer_recover),
      cmocka_unit_test(test_go122_range_int_and_builtins),
      cmocka_unit_test(test_package_level_func_literals),
      cmocka_unit_test(test_struct_literal_fields_and_elided_pointers),
      cmocka_unit_test(test_err_unused_var_and_import),
      cmocka_unit_test(test_err_unknown_package_lists_std),
      cmocka_unit_test(test_err_mismatched_types),
      cmocka_unit_test(test_err_arg_counts),
      cmocka_unit_test(test_err_assign_and_overflow),
      cmocka_unit_test(test_err_channel_direction),
      cmocka_unit_test(test_err_returns),
      cmocka_unit_test(test_err_no_new_vars_and_undefined),
      cmocka_unit_test(test_err_labels),
      cmocka_unit_test(test_err_go_defer),
      cmocka_unit_test(test_err_interface_satisfaction),
      cmocka_unit_test(test_err_unsupported_constructs),
      cmocka_unit_test(test_err_missing_body_in_main),
      cmocka_unit_test(test_err_cycles),
      cmocka_unit_test(test_err_fallthrough_and_duplicates),
      cmocka_unit_test(test_err_unexported_members),
      cmocka_unit_test(test_err_comparable_rejected),
  };
  return cmocka_run_group_tests(tests, setup_stdlib, teardown_stdlib);
}
