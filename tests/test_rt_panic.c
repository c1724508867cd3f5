/*
 * test_rt_panic.c - defer frames, panic, recover (runtime/panic.c) and the
 * print builtins' formats (runtime/print.c), driven from C the way the
 * generated code drives them.
 */
#include "sync_harness.h"

static mg_string str(const char *s) { return (mg_string){(const uint8_t *)s, (int64_t)strlen(s)}; }

static const mg_type string_type = {
  .kind = MG_STRING, .size = sizeof(mg_string), .align = 8, .name = "string",
  .comparable = true,
};

static mg_iface box_string(const char *s)
{
  mg_string *p = mg_alloc(sizeof *p);
  *p = str(s);
  return (mg_iface){&string_type, p};
}

static bool iface_is(mg_iface v, const char *s)
{
  return v.type == &string_type && mg_string_equal(*(mg_string *)v.data, str(s));
}

/* ---- a log of events, to check the order of deferred calls */

static char events[256];

static void note(const char *what)
{
  strncat(events, what, sizeof events - strlen(events) - 1);
}

static void note_thunk(void *arg) { note(arg); }

/* ---- normal returns run the defers LIFO */

static void three_defers(void)
{
  mg_deferframe f;
  mg_defer_enter(&f);
  if (setjmp(f.jb))
    goto exit;
  mg_defer_push(&f, note_thunk, "1", NULL);
  mg_defer_push(&f, note_thunk, "2", NULL);
  mg_defer_push(&f, note_thunk, "3", NULL);
  note("body;");
exit:
  mg_defer_return(&f);
}

HTEST(test_defer_lifo)
{
  events[0] = 0;
  three_defers();
  check(strcmp(events, "body;321") == 0);
  check(mg_getg()->deferframes == NULL);
}

/* ---- recover from a deferred call stops the panic */

static mg_iface recovered;

static void recovering_thunk(void *arg)
{
  recovered = mg_recover((void *)recovering_thunk);
}

static int64_t panicking(volatile int64_t *result)
{
  mg_deferframe f;
  mg_defer_enter(&f);
  if (setjmp(f.jb))
    goto exit;
  mg_defer_push(&f, note_thunk, "after;", NULL);
  mg_defer_push(&f, recovering_thunk, NULL, (void *)recovering_thunk);
  *result = 7;
  mg_panic(box_string("boom"));
exit:
  mg_defer_return(&f);
  return *result;
}

HTEST(test_recover_returns_normally)
{
  events[0] = 0;
  recovered = (mg_iface){0};
  volatile int64_t r = 0;
  check_int(panicking(&r), 7);
  check(iface_is(recovered, "boom"));
  check(strcmp(events, "after;") == 0);
  check(mg_getg()->panicking == NULL);
  check(mg_getg()->deferframes == NULL);
}

/* ---- a panic unwinds through frames, running their defers */

static void inner_frame(void)
{
  mg_deferframe f;
  mg_defer_enter(&f);
  if (setjmp(f.jb))
    goto exit;
  mg_defer_push(&f, note_thunk, "inner;", NULL);
  mg_panic_index(5, 3);
exit:
  mg_defer_return(&f);
  note("inner returned;");
}

static void outer_frame(void)
{
  mg_deferframe f;
  mg_defer_enter(&f);
  if (setjmp(f.jb))
    goto exit;
  mg_defer_push(&f, recovering_thunk, NULL, (void *)recovering_thunk);
  inner_frame();
  note("not reached;");
exit:
  mg_defer_return(&f);
}

HTEST(test_panic_unwinds_frames)
{
  events[0] = 0;
  recovered = (mg_iface){0};
  outer_frame();
  check(strcmp(events, "inner;") == 0);
  check(recovered.type != NULL);
  const mg_method *m = &recovered.type->methods[0];
  check(strcmp(m->name, "Error") == 0);
  mg_string msg = ((mg_string(*)(void *))m->fn)(recovered.data);
  check(mg_string_equal(msg, str("runtime error: index out of range [5] with length 3")));
}

/* ---- recover only works in the function the panic called */

static mg_iface helper_saw;

static void helper(void) { helper_saw = mg_recover((void *)helper); }

static void indirect_thunk(void *arg)
{
  helper();
}

static void indirect(void)
{
  mg_deferframe f;
  mg_defer_enter(&f);
  if (setjmp(f.jb))
    goto exit;
  mg_defer_push(&f, recovering_thunk, NULL, (void *)recovering_thunk);
  mg_defer_push(&f, indirect_thunk, NULL, (void *)indirect_thunk);
  mg_panic(box_string("deep"));
exit:
  mg_defer_return(&f);
}

HTEST(test_recover_not_called_directly)
{
  helper_saw = box_string("unset");
  recovered = (mg_iface){0};
  indirect();
  check(helper_saw.type == NULL);
  check(iface_is(recovered, "deep"));
}

HTEST(test_recover_without_panic)
{
  check(mg_recover((void *)recovering_thunk).type == NULL);
}

/* ---- uncaught panics, in child processes */

static void child_plain(void) { mg_panic(box_string("boom")); }

static void nested_thunk(void *arg) { mg_panic(box_string("second")); }

static void child_nested(void)
{
  mg_deferframe f;
  mg_defer_enter(&f);
  if (!setjmp(f.jb)) {
    mg_defer_push(&f, nested_thunk, NULL, NULL);
    mg_panic(box_string("first"));
  }
  mg_defer_return(&f);
}

static void repanic_thunk(void *arg)
{
  mg_panic(mg_recover((void *)repanic_thunk));
}

static void child_repanic(void)
{
  mg_deferframe f;
  mg_defer_enter(&f);
  if (!setjmp(f.jb)) {
    mg_defer_push(&f, repanic_thunk, NULL, (void *)repanic_thunk);
    mg_panic(box_string("again"));
  }
  mg_defer_return(&f);
}

static void child_bounds(void) { mg_panic_bounds(MG_BOUNDS_SLICE_ACAP, 5, 3); }
static void child_bounds_neg(void) { mg_panic_bounds(MG_BOUNDS_SLICE_B, -1, 2); }
static void child_divide(void) { mg_panic_divide(); }
static void child_plainerr(void) { mg_panic_plain("assignment to entry in nil map"); }
static void child_cstring(void) { mg_panic_cstring("sync: negative WaitGroup counter"); }

static void child_nilderef(void)
{
  mg_panic_init();
  volatile int *p = NULL;
  *p = 1;
}

static const mg_type named_int = {
  .kind = MG_INT, .size = 8, .align = 8, .name = "main.Code", .named = true,
  .ptrfree = true, .comparable = true,
};

static void child_named(void)
{
  int64_t *v = mg_alloc(sizeof *v);
  *v = -7;
  mg_panic((mg_iface){&named_int, v});
}

static void child_nil(void) { mg_panic((mg_iface){NULL, NULL}); }

static void child_print(void)
{
  mg_print_float(1.5);
  mg_print_space();
  mg_print_float(-0.25);
  mg_print_space();
  mg_print_float(1e100);
  mg_print_space();
  mg_print_float(0.0);
  mg_print_space();
  mg_print_float(1.0 / 0.0);
  mg_print_space();
  mg_print_float(123456789.0);
  mg_print_space();
  mg_print_int(INT64_MIN);
  mg_print_space();
  mg_print_uint(UINT64_MAX);
  mg_print_space();
  mg_print_bool(true);
  mg_print_nl();
  mg_exit(0);
}

static void test_uncaught(void **state)
{
  harness_expect_child("plain", 2, "panic: boom\n\ngoroutine 1 [running]:\n");
  harness_expect_child("nested", 2, "panic: first\n\tpanic: second\n\n");
  harness_expect_child("repanic", 2, "panic: again [recovered, repanicked]\n\n");
  harness_expect_child("bounds", 2,
                       "panic: runtime error: slice bounds out of range [:5] with capacity 3\n");
  harness_expect_child("bounds_neg", 2, "panic: runtime error: slice bounds out of range [-1:]\n");
  harness_expect_child("divide", 2, "panic: runtime error: integer divide by zero\n");
  harness_expect_child("plainerr", 2, "panic: assignment to entry in nil map\n");
  harness_expect_child("cstring", 2, "panic: sync: negative WaitGroup counter\n");
  harness_expect_child("named", 2, "panic: main.Code(-7)\n");
  harness_expect_child("nil", 2, "panic: panic called with nil argument\n");
  harness_expect_child("nilderef", 2,
                       "panic: runtime error: invalid memory address or nil pointer dereference\n"
                       "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=");
}

static void test_print_formats(void **state)
{
  harness_expect_child("print", 0,
                       "+1.500000e+000 -2.500000e-001 +1.000000e+100 +0.000000e+000 +Inf "
                       "+1.234568e+008 -9223372036854775808 18446744073709551615 true\n");
}

static const struct CMUnitTest tests[] = {
  cmocka_unit_test(test_defer_lifo),
  cmocka_unit_test(test_recover_returns_normally),
  cmocka_unit_test(test_panic_unwinds_frames),
  cmocka_unit_test(test_recover_not_called_directly),
  cmocka_unit_test(test_recover_without_panic),
  cmocka_unit_test(test_uncaught),
  cmocka_unit_test(test_print_formats),
};

static const harness_child children[] = {
  {"plain", child_plain},
  {"nested", child_nested},
  {"repanic", child_repanic},
  {"bounds", child_bounds},
  {"bounds_neg", child_bounds_neg},
  {"divide", child_divide},
  {"plainerr", child_plainerr},
  {"cstring", child_cstring},
  {"nilderef", child_nilderef},
  {"named", child_named},
  {"nil", child_nil},
  {"print", child_print},
  {NULL, NULL},
};

HARNESS_MAIN(tests, children)
