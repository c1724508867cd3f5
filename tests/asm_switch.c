/*
 * asm_switch.c - checks runtime/asm_$(ARCH).S and runtime/stack.c alone,
 * without libgc or the scheduler, so that it also runs for another
 * architecture under qemu-user (tests/asm_switch.sh): contexts switched
 * with mg_gogo keep their callee-saved integer and floating-point
 * registers, start through mg_gostart, recurse 200,000 calls deep under
 * MG_PROLOGUE's check, and overflow with Go's message (argument
 * "overflow"). Prints "ok" and exits 0 when all is well.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime.h"

/* the parts of the runtime that stack.c calls, reduced to this test */
static G *cur;
G *mg_getg(void) { return cur; }
M *mg_getm(void) { return NULL; }
void mg_preempt_check(void) {}
void mg_fatal_lock(void) {}
void mg_traceback_current(void) {}
int64_t mg_nanotime(void) { return 0; }
void mg_throw(const char *msg)
{
  printf("fatal error: %s\n", msg);
  exit(3);
}
void mg_exit(int status)
{
  fflush(stdout);
  exit(status);
}

#define NCTX 3
#define ROUNDS 1000
static uintptr_t main_sp;
static G gs[NCTX];
static int64_t result[NCTX];
static int64_t limit = 200000;

static int64_t depth(int64_t n);
static int64_t (*volatile depth_fn)(int64_t) = depth;  /* keeps it recursive */

static int64_t depth(int64_t n)
{
  MG_PROLOGUE();
  return n == 0 ? 0 : depth_fn(n - 1) + 1;
}

/* Values kept in registers across switches while the other contexts
 * clobber the same registers. */
static void body(G *gp)
{
  int id = (int)(gp - gs);
  double f = 1.5 * (id + 1);
  int64_t a = id * 1000, b = id * 7;
  for (int i = 0; i < ROUNDS; i++) {
    a += i;
    b ^= i;
    f *= 1.0001;
    mg_gogo(&gp->sched.sp, main_sp);
  }
  result[id] = a + b + (int64_t)f + depth(limit);
  mg_gogo(&gp->sched.sp, main_sp);
}

static int64_t expected(int id)
{
  double f = 1.5 * (id + 1);
  int64_t a = id * 1000, b = id * 7;
  for (int i = 0; i < ROUNDS; i++) {
    a += i;
    b ^= i;
    f *= 1.0001;
  }
  return a + b + (int64_t)f + limit;
}

int main(int argc, char **argv)
{
  if (argc > 1 && strcmp(argv[1], "overflow") == 0)
    limit = INT64_MAX;
  mg_stack_init();
  for (int i = 0; i < NCTX; i++) {
    mg_stackalloc(&gs[i]);
    mg_stack_reset(&gs[i], body);
  }
  for (int r = 0; r <= ROUNDS; r++)
    for (int i = 0; i < NCTX; i++) {
      cur = &gs[i];
      mg_stackguard = gs[i].stackguard;
      mg_gogo(&main_sp, gs[i].sched.sp);
    }
  int bad = 0;
  for (int i = 0; i < NCTX; i++)
    bad += result[i] != expected(i);
  printf(bad ? "registers or stacks lost\n" : "ok\n");
  return bad != 0;
}
