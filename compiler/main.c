/*
 * main.c - the minigo command: build, run, emit, vet, version, help.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "driver.h"
#include "tracehtml.h"

#ifndef MINIGO_VERSION
#define MINIGO_VERSION "dev"
#endif

static const char usage[] =
    "minigo compiles Go programs (.mg or .go files) to native code through C.\n"
    "\n"
    "Usage:\n"
    "  minigo build [-o out] [-race] [-work] file.mg\n"
    "  minigo run [-race] [-trace=trace.json] [-work] file.mg [arguments...]\n"
    "  minigo emit [-ast] file.mg print the generated C (-ast: the syntax tree)\n"
    "  minigo vet file.mg        report copied locks (go vet's copylocks)\n"
    "  minigo trace trace.json -o trace.html\n"
    "                            draw a -trace file as an HTML timeline\n"
    "  minigo version\n"
    "  minigo help\n"
    "\n"
    "Flags:\n"
    "  -o file      write the executable to file (build)\n"
    "  -race        enable the data race detector (ThreadSanitizer)\n"
    "  -work        keep the work directory with the generated C and print it\n"
    "  -trace=file  write a Chrome trace-event JSON trace of the scheduler (run)\n"
    "\n"
    "Environment:\n"
    "  CC               the C compiler (default cc)\n"
    "  GOMAXPROCS       number of Ps (default: online CPUs)\n"
    "  MINIGO_MAXSTACK  maximum goroutine stack size in bytes\n"
    "  MINIGO_CACHE     build cache directory (default ~/.cache/minigo)\n";

static bool has_source_suffix(const char *path) {
  size_t n = strlen(path);
  return (n > 3 && strcmp(path + n - 3, ".mg") == 0) ||
         (n > 3 && strcmp(path + n - 3, ".go") == 0);
}

/* Parses the flags of build/run/emit; returns the index of the file. */
static int parse_flags(int argc, char **argv, BuildOptions *opt, const char *verb) {
  int i = 0;
  for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
    const char *a = argv[i];
    if (a[1] == '-')
      a++;
    if (strcmp(a, "-race") == 0)
      opt->race = true;
    else if (strcmp(a, "-work") == 0)
      opt->work = true;
    else if (strcmp(a, "-o") == 0 && strcmp(verb, "build") == 0 && i + 1 < argc)
      opt->output = argv[++i];
    else if (strcmp(a, "-ast") == 0 && strcmp(verb, "emit") == 0)
      opt->ast = true;
    else if (strncmp(a, "-trace=", 7) == 0 && strcmp(verb, "run") == 0)
      opt->trace = a + 7;
    else {
      fprintf(stderr, "minigo %s: unknown flag %s\nrun 'minigo help' for usage\n", verb, argv[i]);
      exit(2);
    }
  }
  if (i >= argc) {
    fprintf(stderr, "minigo %s: no Go file given\nrun 'minigo help' for usage\n", verb);
    exit(2);
  }
  if (!has_source_suffix(argv[i])) {
    fprintf(stderr, "%s:1:1: not a Go source file: minigo takes a .mg or .go file\n", argv[i]);
    exit(1);
  }
  opt->input = argv[i];
  return i;
}

/* `minigo build x.mg` writes ./x, as `go build` does. */
static const char *default_output(const char *input) {
  const char *base = strrchr(input, '/');
  base = base ? base + 1 : input;
  char *out = xstrdup(base);
  out[strlen(out) - 3] = 0;
  return out;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(usage, stderr);
    return 2;
  }
  const char *verb = argv[1];
  BuildOptions opt = {0};
  if (strcmp(verb, "version") == 0) {
    printf("minigo version %s\n", MINIGO_VERSION);
    return 0;
  }
  if (strcmp(verb, "help") == 0 || strcmp(verb, "-h") == 0 || strcmp(verb, "--help") == 0) {
    fputs(usage, stdout);
    return 0;
  }
  if (strcmp(verb, "build") == 0) {
    parse_flags(argc - 2, argv + 2, &opt, verb);
    if (!opt.output)
      opt.output = default_output(opt.input);
    return driver_build(&opt) ? 0 : 1;
  }
  if (strcmp(verb, "run") == 0) {
    int i = parse_flags(argc - 2, argv + 2, &opt, verb);
    char *exe = driver_build(&opt);
    if (!exe)
      return 1;
    return driver_run(exe, argc - 3 - i, argv + 3 + i, &opt);
  }
  if (strcmp(verb, "vet") == 0) {
    parse_flags(argc - 2, argv + 2, &opt, verb);
    return driver_vet(&opt);
  }
  if (strcmp(verb, "trace") == 0)
    return tracehtml_main(argc - 2, argv + 2);
  if (strcmp(verb, "emit") == 0) {
    parse_flags(argc - 2, argv + 2, &opt, verb);
    bool ok = opt.ast ? driver_dump_ast(&opt) : driver_emit_c(&opt, "-");
    return ok ? 0 : 1;
  }
  fprintf(stderr, "minigo: unknown command %s\nrun 'minigo help' for usage\n", verb);
  return 2;
}
