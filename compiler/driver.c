/*
 * driver.c - from a .mg file to an executable: check, emit C, run $CC,
 * remember the result in the build cache, and run it as `go run` does.
 */
#include <ctype.h>
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cache.h"
#include "check.h"
#include "diag.h"
#include "driver.h"
#include "emit.h"
#include "vet.h"

/* Source files larger than this are refused before lexing. */
#define MAX_SOURCE_BYTES (64L << 20)

static bool is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* bin/minigo sits in PREFIX/bin (installed: PREFIX/lib/minigo/...) or in
 * the source tree's bin/ (runtime/, lib/, stdlib/ beside it);
 * $MINIGO_ROOT names that top directory instead. */
const Layout *driver_layout(void) {
  static Layout layout;
  static char root[PATH_MAX];
  if (layout.include_dir)
    return &layout;
  ssize_t n = readlink("/proc/self/exe", root, sizeof root - 1);
  if (n < 0)
    n = 0;
  root[n] = 0;
  const char *override = getenv("MINIGO_ROOT");
  char *top = override && *override ? xstrdup(override) : dirname(dirname(root));
  char *installed = xasprintf("%s/lib/minigo", top);
  if (is_dir(installed)) {
    layout.include_dir = xasprintf("%s/include", installed);
    layout.lib_dir = xasprintf("%s/lib", installed);
    layout.stdlib_dir = xasprintf("%s/stdlib", installed);
  } else {
    layout.include_dir = xasprintf("%s/runtime", top);
    layout.lib_dir = xasprintf("%s/lib", top);
    layout.stdlib_dir = xasprintf("%s/stdlib", top);
  }
  return &layout;
}

/* Refuses what is not a readable source file, with a position. */
static bool check_input(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) {
    fprintf(stderr, "%s:1:1: cannot read source file: %s\n", path, strerror(errno));
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    fprintf(stderr, "%s:1:1: is a directory, not a Go source file\n", path);
    return false;
  }
  if (st.st_size > MAX_SOURCE_BYTES) {
    fprintf(stderr, "%s:1:1: source file too large (%lld bytes; the limit is %ld)\n",
            path, (long long)st.st_size, MAX_SOURCE_BYTES);
    return false;
  }
  return true;
}

/* Runs argv, sending its output to log; returns its exit status or -1. */
static int spawn(char **argv, const char *log) {
  pid_t pid = fork();
  if (pid < 0)
    return -1;
  if (pid == 0) {
    if (log && !freopen(log, "w", stderr))
      _exit(127);
    if (log)
      dup2(2, 1);
    execvp(argv[0], argv);
    _exit(127);
  }
  int status;
  if (waitpid(pid, &status, 0) < 0)
    return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static const char *c_compiler(void) {
  const char *cc = getenv("CC");
  return cc && *cc ? cc : "cc";
}

/* -race needs ThreadSanitizer from the C compiler: probe it once. */
static bool race_supported(const char *work) {
  char *src = xasprintf("%s/probe.c", work);
  char *exe = xasprintf("%s/probe", work);
  FILE *f = fopen(src, "w");
  if (!f)
    return false;
  fputs("int main(void) { return 0; }\n", f);
  fclose(f);
  char *argv[] = {(char *)c_compiler(), "-fsanitize=thread", "-o", exe, src, NULL};
  return spawn(argv, xasprintf("%s/probe.log", work)) == 0;
}

static bool compile_c(const BuildOptions *opt, const char *csrc, const char *exe,
                      const char *work) {
  const Layout *l = driver_layout();
  const char *suffix = opt->race ? "_race" : "";
  char *argv[32];
  int n = 0;
  argv[n++] = (char *)c_compiler();
  argv[n++] = "-std=gnu11";
  argv[n++] = "-O2";
  argv[n++] = "-gdwarf-4";  /* binutils 2.40 misreads #line files in DWARF 5 */
  argv[n++] = "-fno-var-tracking";  /* tracebacks need lines, not variables: 2-3x faster */
  argv[n++] = "-w";
  argv[n++] = "-fwrapv";
  argv[n++] = "-fno-strict-aliasing";
  argv[n++] = "-fno-delete-null-pointer-checks";
  argv[n++] = "-fno-omit-frame-pointer";
  argv[n++] = "-fno-optimize-sibling-calls";  /* recursion must overflow, frames stay */
  argv[n++] = "-DGC_THREADS";
  if (opt->race) {
    argv[n++] = "-fsanitize=thread";
    argv[n++] = "-DMG_RACE";
  }
  argv[n++] = xasprintf("-I%s", l->include_dir);
  argv[n++] = "-o";
  argv[n++] = (char *)exe;
  argv[n++] = (char *)csrc;
  argv[n++] = xasprintf("%s/libmgstd%s.a", l->lib_dir, suffix);
  argv[n++] = xasprintf("%s/libmgrt%s.a", l->lib_dir, suffix);
  argv[n++] = "-lgc";
  argv[n++] = "-lpthread";
  argv[n++] = "-lm";
  argv[n] = NULL;
  char *log = xasprintf("%s/cc.log", work);
  if (spawn(argv, log) == 0)
    return true;
  fprintf(stderr,
          "minigo: internal compiler error: the C compiler rejected the code "
          "generated for %s.\nThis is a bug in minigo, not in your program; the C "
          "file and the compiler's messages are kept in %s\n",
          opt->input, work);
  return false;
}

static char *make_workdir(void) {
  const char *tmp = getenv("TMPDIR");
  char *dir = xasprintf("%s/minigo-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  if (!mkdtemp(dir)) {
    fprintf(stderr, "minigo: cannot create a work directory: %s\n", strerror(errno));
    return NULL;
  }
  return dir;
}

static void remove_workdir(const char *dir) {
  char *argv[] = {"rm", "-rf", (char *)dir, NULL};
  spawn(argv, NULL);
}

/* Loads and checks the program; NULL after reporting errors. */
static Package *load_checked(const BuildOptions *opt) {
  if (!check_input(opt->input))
    return NULL;
  pkg_set_stdlib_dir(driver_layout()->stdlib_dir);
  Package *main_pkg = pkg_load_main(opt->input);
  return main_pkg && diag_count() == 0 ? main_pkg : NULL;
}

int driver_vet(const BuildOptions *opt) {
  Package *main_pkg = load_checked(opt);
  return !main_pkg || vet_copylocks(main_pkg, stderr) > 0;
}

/* Emits the program into memory; NULL after reporting errors. vet's
 * copy-lock findings are printed as warnings: they do not stop the build. */
static char *emit_to_memory(const BuildOptions *opt, size_t *len) {
  Package *main_pkg = load_checked(opt);
  if (!main_pkg)
    return NULL;
  vet_copylocks(main_pkg, stderr);
  char *text = NULL;
  FILE *out = open_memstream(&text, len);
  EmitOptions eo = {.race = opt->race, .trace = opt->trace != NULL};
  bool ok = emit_program(out, pkg_all(), &eo) && diag_count() == 0;
  fclose(out);
  return ok ? text : NULL;
}

static bool write_file(const char *path, const char *text, size_t len) {
  FILE *f = fopen(path, "w");
  if (!f)
    return false;
  bool ok = fwrite(text, 1, len, f) == len;
  return fclose(f) == 0 && ok;
}

bool driver_dump_ast(const BuildOptions *opt) {
  Node *file = check_input(opt->input) ? pkg_parse_file(opt->input) : NULL;
  if (!file)
    return false;
  ast_dump(file, stdout);
  fputc('\n', stdout);
  return true;
}

bool driver_emit_c(const BuildOptions *opt, const char *path) {
  size_t len;
  char *ctext = emit_to_memory(opt, &len);
  if (!ctext)
    return false;
  if (strcmp(path, "-") == 0)
    return fwrite(ctext, 1, len, stdout) == len;
  if (write_file(path, ctext, len))
    return true;
  fprintf(stderr, "minigo: cannot write %s: %s\n", path, strerror(errno));
  return false;
}

/* Copies the executable src to dst, as an executable. */
static bool copy_exe(const char *src, const char *dst) {
  FILE *in = fopen(src, "rb");
  if (!in)
    return false;
  unlink(dst);
  FILE *out = fopen(dst, "wb");
  bool ok = out != NULL;
  char buf[1 << 16];
  size_t n;
  while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0)
    ok = fwrite(buf, 1, n, out) == n;
  fclose(in);
  if (out)
    ok = fclose(out) == 0 && ok && chmod(dst, 0755) == 0;
  if (!ok)
    fprintf(stderr, "minigo: cannot write %s: %s\n", dst, strerror(errno));
  return ok;
}

/* Compiles C text into an executable in the cache (or in the work
 * directory when there is no usable cache); NULL after reporting errors. */
static char *compile_cached(const BuildOptions *opt, const char *ctext, size_t len) {
  char *key = cache_key(ctext, len, opt->race);
  char *cached = opt->work ? NULL : cache_lookup(key);
  if (cached)
    return cached;
  char *work = make_workdir();
  if (!work)
    return NULL;
  if (opt->work)
    fprintf(stderr, "WORK=%s\n", work);
  if (opt->race && !race_supported(work)) {
    fprintf(stderr, "minigo: -race needs ThreadSanitizer, which %s cannot link.\n"
                    "Install it with: apt-get install libtsan2 (for gcc), or use CC=clang\n",
            c_compiler());
    return NULL;
  }
  char *csrc = xasprintf("%s/main.c", work);
  char *exe = cache_temp_path(key);
  bool in_work = !exe;
  if (in_work)
    exe = xasprintf("%s/prog", work);
  if (!write_file(csrc, ctext, len) || !compile_c(opt, csrc, exe, work))
    return NULL;
  char *stored = in_work ? NULL : cache_store(key, exe);
  if (stored)
    exe = stored;
  if (!opt->work && !in_work)
    remove_workdir(work);
  return exe;
}

/* The front end always runs (it is fast and prints the diagnostics); the
 * C compiler's work is cached, keyed by the generated C and the flags. */
char *driver_build(const BuildOptions *opt) {
  size_t len;
  char *ctext = emit_to_memory(opt, &len);
  if (!ctext)
    return NULL;
  char *exe = compile_cached(opt, ctext, len);
  if (!exe || !opt->output)
    return exe;
  return copy_exe(exe, opt->output) ? xstrdup(opt->output) : NULL;
}

int driver_run(const char *exe, int argc, char **argv, const BuildOptions *opt) {
  char **args = xmalloc(sizeof(char *) * (argc + 2));
  args[0] = (char *)exe;
  for (int i = 0; i < argc; i++)
    args[i + 1] = argv[i];
  pid_t pid = fork();
  if (pid < 0) {
    perror("minigo: fork");
    return 1;
  }
  if (pid == 0) {
    if (opt->trace)
      setenv("MINIGO_TRACE", opt->trace, 1);
    execv(exe, args);
    fprintf(stderr, "minigo: cannot run %s: %s\n", exe, strerror(errno));
    _exit(127);
  }
  /* As `go run`: the terminal's ^C reaches the program, not us. */
  signal(SIGINT, SIG_IGN);
  signal(SIGQUIT, SIG_IGN);
  int status;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR)
      return 1;
  if (WIFSIGNALED(status)) {
    char *name = xstrdup(strsignal(WTERMSIG(status)));
    name[0] = (char)tolower((unsigned char)name[0]);
    fprintf(stderr, "signal: %s\n", name);
    return 128 + WTERMSIG(status);
  }
  int code = WEXITSTATUS(status);
  if (code != 0)
    fprintf(stderr, "exit status %d\n", code);
  return code;
}
