/*
 * emit.h - the C emitter: turns the checked packages into one C file that
 * includes minigo.h and calls the runtime (see runtime/minigo.h for the
 * value ABI and DESIGN-NOTES for the naming contract).
 */
#ifndef MINIGO_EMIT_H
#define MINIGO_EMIT_H

#include <stdbool.h>
#include <stdio.h>
#include "types.h"

typedef struct EmitOptions {
  bool race;    /* -race: the C is compiled with -fsanitize=thread */
  bool trace;   /* -trace: goroutine events are recorded */
} EmitOptions;

/* packages: Package*, dependency order, main last. Writes the program's C
 * to out; returns false after reporting "file:line:col: ..." errors for
 * constructs it cannot translate. */
bool emit_program(FILE *out, Vec *packages, const EmitOptions *opt);

#endif
