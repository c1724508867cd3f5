/*
 * debug.c - package runtime/debug (stdlib/runtime/debug/debug.go) in C.
 */
#include "minigo.h"
#include "runtime.h"

int64_t runtime_debug__SetMaxStack(int64_t bytes)
{
  return mg_setmaxstack(bytes);
}
