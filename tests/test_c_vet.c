/*
 * test_c_vet.c - the copy-lock check (vet.c) against the real stdlib's
 * sync types: each case a small program and the exact diagnostics go vet
 * prints for it (with main.T for command-line-arguments.T), or none.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "diag.h"
#include "vet.h"

static char dir[] = "/tmp/mgvetXXXXXX";

static int setup(void **state) {
  char *here = xstrdup(__FILE__);
  char *std = realpath(xasprintf("%s/../stdlib", dirname(here)), NULL);
  if (!std)
    return -1;
  pkg_set_stdlib_dir(std);  /* absolute: the cases chdir to their directory */
  return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
  char *cmd = xasprintf("rm -rf %s", dir);
  int rc = system(cmd);
  free(cmd);
  return rc;
}

/* The diagnostics for the body of main() in a file that imports sync,
 * sync/atomic and fmt; positions relative to the file "v.mg". */
static char *vet_src(const char *decls, const char *body) {
  diag_reset();
  char *path = xasprintf("%s/v.mg", dir);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fprintf(f, "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n\t\"sync/atomic\"\n)\n\n"
             "var _ = fmt.Sprint\nvar _ atomic.Int64\nvar _ sync.Locker\n\n%s\nfunc main() {\n%s}\n",
          decls, body);
  fclose(f);
  assert_int_equal(chdir(dir), 0);
  Package *p = pkg_load_main("v.mg");
  assert_non_null(p);
  assert_int_equal(diag_count(), 0);
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  int n = vet_copylocks(p, out);
  fclose(out);
  assert_int_equal(n > 0, len > 0);
  free(path);
  return text;
}

static void expect(const char *decls, const char *body, const char *want) {
  char *got = vet_src(decls, body);
  assert_string_equal(got, want);
  free(got);
}

/* Expected texts and positions are go vet 1.19's for the same file. */
static void test_call_and_param_copy_waitgroup(void **state) {
  expect("func worker(wg sync.WaitGroup) { wg.Done() }\n",
         "\tvar wg sync.WaitGroup\n\twg.Add(1)\n\tgo worker(wg)\n\twg.Wait()\n",
         "v.mg:13:16: worker passes lock by value: sync.WaitGroup contains sync.noCopy\n"
         "v.mg:18:12: call of worker copies lock value: sync.WaitGroup contains sync.noCopy\n");
}

static void test_assign_and_define_copy_mutex(void **state) {
  expect("", "\tvar mu sync.Mutex\n\tmu2 := mu\n\tmu2 = mu\n\t_ = mu2\n",
         "v.mg:16:9: assignment copies lock value to mu2: sync.Mutex\n"
         "v.mg:17:8: assignment copies lock value to mu2: sync.Mutex\n"
         "v.mg:18:6: assignment copies lock value to _: sync.Mutex\n");
}

static void test_value_receiver_and_return(void **state) {
  expect("type T struct{ mu sync.Mutex }\n\nfunc (t T) Get() int { return 0 }\n\n"
         "func get(t *T) T { return *t }\n",
         "\tt := &T{}\n\t_ = get(t).Get()\n",
         "v.mg:15:9: Get passes lock by value: main.T contains sync.Mutex\n"
         "v.mg:17:27: return copies lock value: main.T contains sync.Mutex\n");
}

static void test_range_and_literal(void **state) {
  expect("type T struct{ n atomic.Int32 }\n",
         "\tvar t T\n\tts := []T{t}\n\tfor _, v := range ts {\n\t\t_ = v.n.Load()\n\t}\n",
         "v.mg:17:12: literal copies lock value from t: main.T contains sync/atomic.Int32 contains "
         "sync/atomic.noCopy\n"
         "v.mg:18:9: range var v copies lock: main.T contains sync/atomic.Int32 contains "
         "sync/atomic.noCopy\n");
}

static void test_var_decl_embedded_and_array(void **state) {
  expect("type E struct{ sync.Mutex }\n",
         "\tvar e E\n\tvar f = e\n\tvar a [2]sync.RWMutex\n\tb := a\n\t_, _ = f, b\n",
         "v.mg:17:10: variable declaration copies lock value to f: main.E\n"
         "v.mg:19:7: assignment copies lock value to b: sync.RWMutex\n"
         "v.mg:20:9: assignment copies lock value to _: main.E\n"
         "v.mg:20:12: assignment copies lock value to _: sync.RWMutex\n");
}

static void test_no_false_positives(void **state) {
  expect("type T struct{ mu sync.Mutex }\n\nfunc (t *T) Inc() {}\n\nfunc mk() T { return T{} }\n\n"
         "func use(wg *sync.WaitGroup, t *T) {}\n",
         "\tvar wg sync.WaitGroup\n\tvar mu sync.Mutex\n\tp := new(sync.Mutex)\n\tt := T{}\n"
         "\tu := mk()\n\tq := &t\n\tw := *new(T)\n\tuse(&wg, q)\n\tch := make(chan T)\n"
         "\tm := map[string]*T{\"a\": &u}\n\tfor _, v := range []*T{q} {\n\t\tv.Inc()\n\t}\n"
         "\tmu.Lock()\n\t_, _, _, _ = p, ch, m, len([]T{})\n\t_ = &w.mu\n",
         "");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_call_and_param_copy_waitgroup),
      cmocka_unit_test(test_assign_and_define_copy_mutex),
      cmocka_unit_test(test_value_receiver_and_return),
      cmocka_unit_test(test_range_and_literal),
      cmocka_unit_test(test_var_decl_embedded_and_array),
      cmocka_unit_test(test_no_false_positives),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
