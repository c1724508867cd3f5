/*
 * driver.h - turns a .mg file into an executable: front end, C emitter,
 * the system C compiler, and the build cache.
 */
#ifndef MINIGO_DRIVER_H
#define MINIGO_DRIVER_H

#include <stdbool.h>

typedef struct BuildOptions {
  const char *input;      /* the .mg or .go file */
  const char *output;     /* -o, or NULL for the default */
  bool race;              /* -race */
  bool work;              /* -work: keep and print the work directory */
  const char *trace;      /* -trace=FILE (run only) */
  bool ast;               /* emit -ast: print the syntax tree instead of C */
} BuildOptions;

/* Where minigo's runtime headers, libraries and stdlib sources live,
 * found relative to the minigo binary (installed or source tree). */
typedef struct Layout {
  const char *include_dir;
  const char *lib_dir;
  const char *stdlib_dir;
} Layout;

const Layout *driver_layout(void);

/* Prints the syntax tree of opt->input as an S-expression. */
bool driver_dump_ast(const BuildOptions *opt);
/* Checks and emits the program as C to path; false after reporting errors. */
bool driver_emit_c(const BuildOptions *opt, const char *path);
/* Builds opt->input into an executable; returns its path, or NULL after
 * reporting errors. Uses the build cache unless opt->output is set. */
char *driver_build(const BuildOptions *opt);
/* `minigo vet`: checks the program and runs the copy-lock pass (vet.h);
 * returns the exit status: 1 after errors or diagnostics, else 0. */
int driver_vet(const BuildOptions *opt);
/* Runs exe with args, as `go run` does; returns the exit status to use. */
int driver_run(const char *exe, int argc, char **argv, const BuildOptions *opt);

#endif
