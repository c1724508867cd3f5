/*
 * traceback.c - goroutine tracebacks in Go's format, for fatal paths:
 *
 *   goroutine 17 [chan send]:
 *   main.worker(...)
 *   	/abs/path/file.mg:4 +0x25
 *   created by main.main in goroutine 1
 *   	/abs/path/file.mg:9 +0x58
 *
 * pcs come from backtrace() (unwind tables, so no frame pointers are
 * needed); addr2line turns them into functions and #line positions, the
 * ELF symbol table gives the offsets. C names are demangled per the
 * contract (main__T__M -> main.T.M); runtime frames are hidden.
 */
#include <elf.h>
#include <execinfo.h>
#include <inttypes.h>
#include <limits.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>
#include "race.h"
#include "runtime.h"
#include "trace.h"

#define MAXINLINE 8

static const char *const waitreasons[WAIT_COUNT] = {
  [WAIT_NONE] = "running",
  [WAIT_CHAN_SEND] = "chan send",
  [WAIT_CHAN_RECV] = "chan receive",
  [WAIT_SELECT] = "select",
  [WAIT_SELECT_NOCASES] = "select (no cases)",
  [WAIT_CHAN_SEND_NIL] = "chan send (nil chan)",
  [WAIT_CHAN_RECV_NIL] = "chan receive (nil chan)",
  [WAIT_SLEEP] = "sleep",
  [WAIT_WAITGROUP] = "sync.WaitGroup.Wait",
  [WAIT_MUTEX] = "sync.Mutex.Lock",
  [WAIT_RWMUTEX_R] = "sync.RWMutex.RLock",
  [WAIT_RWMUTEX_W] = "sync.RWMutex.Lock",
  [WAIT_COND] = "sync.Cond.Wait",
  [WAIT_SEMACQUIRE] = "semacquire",
  [WAIT_SYNC_ONCE] = "sync.Once.Do",
  [WAIT_IO] = "IO wait",
  [WAIT_PANICWAIT] = "panicwait",
};

const char *mg_waitreason_string(mg_waitreason r)
{
  return r >= 0 && r < WAIT_COUNT && waitreasons[r] ? waitreasons[r] : "unknown";
}

/* ---- fatal output */

static int fatal_owner;  /* thread id holding the fatal lock, atomic */

void mg_fatal_lock(void)
{
  mg_race_fatal();
  int self = gettid(), zero = 0;
  if (__atomic_compare_exchange_n(&fatal_owner, &zero, self, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
    return;
  if (zero == self)
    _exit(2);  /* failed while reporting a failure */
  for (;;)
    pause();   /* another thread is reporting; it will exit */
}

void mg_exit(int status)
{
  mg_trace_flush();
  fflush(stdout);
  status = mg_race_fini(status);
  fflush(stderr);
  _exit(status);
}

void mg_throw(const char *msg)
{
  mg_fatal_lock();
  fprintf(stderr, "fatal error: %s\n\n", msg);
  mg_traceback_current();
  mg_exit(2);
}

/* ---- the executable: load bias, text range, symbol table */

static struct {
  char path[64];
  uintptr_t bias, lo, hi;  /* run-time address = bias + file address */
  const Elf64_Sym *syms;
  size_t nsyms;
  const char *strs;
} exe;

static int find_exe(struct dl_phdr_info *info, size_t size, void *data)
{
  exe.bias = info->dlpi_addr;
  exe.lo = UINTPTR_MAX;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type != PT_LOAD || !(ph->p_flags & PF_X))
      continue;
    uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
    if (lo < exe.lo)
      exe.lo = lo;
    if (lo + ph->p_memsz > exe.hi)
      exe.hi = lo + ph->p_memsz;
  }
  return 1;  /* the first object is the program itself */
}

static void load_symtab(void)
{
  int fd = open(exe.path, O_RDONLY | O_CLOEXEC);
  struct stat st;
  if (fd < 0)
    return;
  void *map = fstat(fd, &st) == 0 ? mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0) : MAP_FAILED;
  close(fd);
  if (map == MAP_FAILED)
    return;
  const Elf64_Ehdr *eh = map;
  if ((size_t)st.st_size < sizeof *eh || memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 ||
      eh->e_ident[EI_CLASS] != ELFCLASS64 ||
      eh->e_shoff + (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr) > (uint64_t)st.st_size)
    return;
  const Elf64_Shdr *sh = (const Elf64_Shdr *)((const char *)map + eh->e_shoff);
  for (int i = 0; i < eh->e_shnum; i++) {
    if (sh[i].sh_type != SHT_SYMTAB || sh[i].sh_link >= eh->e_shnum)
      continue;
    const Elf64_Shdr *str = &sh[sh[i].sh_link];
    if (sh[i].sh_offset + sh[i].sh_size > (uint64_t)st.st_size ||
        str->sh_offset + str->sh_size > (uint64_t)st.st_size || str->sh_size == 0)
      return;
    exe.syms = (const Elf64_Sym *)((const char *)map + sh[i].sh_offset);
    exe.nsyms = sh[i].sh_size / sizeof(Elf64_Sym);
    exe.strs = (const char *)map + str->sh_offset;
    if (exe.strs[str->sh_size - 1] != 0)
      exe.syms = NULL;  /* unterminated string table: do not trust it */
    return;
  }
}

void mg_traceback_init(void)
{
  void *pc;
  backtrace(&pc, 1);  /* loads libgcc's unwinder now, not on a fatal path */
  snprintf(exe.path, sizeof exe.path, "/proc/%d/exe", (int)getpid());
  dl_iterate_phdr(find_exe, NULL);
}

/* The function symbol containing a file address, or NULL. */
static const Elf64_Sym *symbol_at(uintptr_t addr)
{
  for (size_t i = 0; exe.syms && i < exe.nsyms; i++) {
    const Elf64_Sym *s = &exe.syms[i];
    if (ELF64_ST_TYPE(s->st_info) == STT_FUNC && s->st_value <= addr && addr < s->st_value + s->st_size)
      return s;
  }
  return NULL;
}

/* ---- symbolization with addr2line */

typedef struct frame {
  uintptr_t addr;          /* file address of pc-1 */
  int n;                   /* inline chain, innermost first */
  char *func[MAXINLINE];
  char *pos[MAXINLINE];    /* "file:line" */
} frame;

static int cmp_frame(const void *a, const void *b)
{
  uintptr_t x = ((const frame *)a)->addr, y = ((const frame *)b)->addr;
  return (x > y) - (x < y);
}

static void chomp(char *s)
{
  char *d = strstr(s, " (discriminator");
  if (d)
    *d = 0;
  s[strcspn(s, "\n")] = 0;
}

/* Fills frames (sorted, unique addresses) by one run of addr2line. */
static void addr2line(frame *fr, size_t n)
{
  char tmp[] = "/tmp/mgtbXXXXXX";
  int fd = mkstemp(tmp);
  if (fd < 0)
    return;
  FILE *f = fdopen(fd, "w");
  for (size_t i = 0; f && i < n; i++)
    fprintf(f, "%#" PRIxPTR "\n", fr[i].addr);
  if (f)
    fclose(f);
  else
    close(fd);
  char cmd[256];
  snprintf(cmd, sizeof cmd, "addr2line -a -f -i -e %s < %s 2>/dev/null", exe.path, tmp);
  FILE *p = popen(cmd, "r");
  char line[4096];
  frame *cur = NULL;
  char *func = NULL;
  while (p && fgets(line, sizeof line, p)) {
    chomp(line);
    if (strncmp(line, "0x", 2) == 0) {
      frame key = {.addr = (uintptr_t)strtoull(line, NULL, 16)};
      cur = bsearch(&key, fr, n, sizeof *fr, cmp_frame);
      free(func);
      func = NULL;
    } else if (!func) {
      func = strdup(line);
    } else {
      if (cur && cur->n < MAXINLINE) {
        cur->func[cur->n] = func;
        cur->pos[cur->n++] = strdup(line);
      } else {
        free(func);
      }
      func = NULL;
    }
  }
  free(func);
  if (p)
    pclose(p);
  unlink(tmp);
}

/* Go-visible functions are pkgid__Name; runtime ones are mg_* or static. */
static bool visible(const char *c)
{
  if (!c || c[0] == '_' || c[0] == '?' || strncmp(c, "mg_", 3) == 0)
    return false;
  const char *u = strstr(c, "__");
  return u && u > c && u[2] && u[2] != '_';
}

static bool ptrmethod(const char *c)
{
  if (!mg_traceback_ptrmethods)
    return false;
  for (const char *const *m = mg_traceback_ptrmethods; *m; m++) {
    size_t n = strlen(*m);
    if (strncmp(c, *m, n) == 0 && (c[n] == 0 || strncmp(c + n, "__", 2) == 0))
      return true;
  }
  return false;
}

/* main__T__M -> main.T.M (main.(*T).M for pointer receivers);
 * math_rand__Intn -> math/rand.Intn. */
static void demangle(const char *c, char *out, size_t size)
{
  const char *u = strstr(c, "__");
  size_t o = 0;
  for (const char *s = c; s < u && o + 1 < size; s++)
    out[o++] = *s == '_' ? '/' : *s;
  bool ptr = ptrmethod(c);
  const char *rest = u + 2;
  const char *dot = strstr(rest, "__");
  if (ptr && dot) {
    o += (size_t)snprintf(out + o, o < size ? size - o : 0, ".(*%.*s)", (int)(dot - rest), rest);
    rest = dot;
  } else if (o + 1 < size) {
    out[o++] = '.';
  }
  for (const char *s = rest; *s && o + 1 < size; s++) {
    if (s[0] == '_' && s[1] == '_') {
      out[o++] = '.';
      s++;
    } else {
      out[o++] = *s;
    }
  }
  out[o < size ? o : size - 1] = 0;
}

static const char *args_of(const char *name)
{
  size_t n = strlen(name);
  bool noargs = strcmp(name, "main.main") == 0 || (n > 5 && strcmp(name + n - 5, ".init") == 0);
  return noargs ? "()" : "(...)";
}

static frame *lookup(frame *fr, size_t n, uintptr_t pc)
{
  if (pc < exe.lo || pc >= exe.hi)
    return NULL;
  frame key = {.addr = pc - 1 - exe.bias};
  return bsearch(&key, fr, n, sizeof *fr, cmp_frame);
}

/* The function symbol of return address pc: after a call that does not
 * return (a panic) pc is the first byte past the function, so the call
 * itself is looked up. */
static const Elf64_Sym *caller_symbol(uintptr_t pc)
{
  return symbol_at(pc - 1 - exe.bias);
}

static uintptr_t offset_of(const Elf64_Sym *s, uintptr_t pc)
{
  return s ? pc - exe.bias - s->st_value : 0;
}

/* gcc's partial inlining splits f into f.part.N (or f.cold), leaving f's
 * test inlined in the caller: the caller's frame then repeats f. Returns
 * the length of f's name when s is such a part, else 0. */
static size_t split_part(const Elf64_Sym *s)
{
  if (!s)
    return 0;
  const char *name = exe.strs + s->st_name, *dot = strchr(name, '.');
  return dot && (strncmp(dot, ".part.", 6) == 0 || strcmp(dot, ".cold") == 0) ? (size_t)(dot - name) : 0;
}

static const char *pos_or_unknown(const char *pos)
{
  return pos && strncmp(pos, "??", 2) != 0 ? pos : "?:0";
}

/* How a frame is laid out: panics and deadlocks use Go's traceback
 * indentation, race reports their own. */
typedef struct style {
  const char *func, *pos;
  bool noargs;  /* race reports print every frame as f() */
} style;
static const style TRACEBACK = {"", "\t", false}, RACE = {"  ", "      ", true};

static int print_frames(frame *fr, size_t nfr, void **pcs, int n, int max, const style *st)
{
  char name[512];
  int printed = 0;
  const char *split = NULL;  /* the function whose part the last frame ran */
  size_t splitlen = 0;
  bool elided = false;  /* Go prints at most max frames, inlined ones included */
  for (int i = 0; i < n && !elided; i++) {
    frame *f = lookup(fr, nfr, (uintptr_t)pcs[i]);
    if (!f)
      continue;
    const Elf64_Sym *sym = caller_symbol((uintptr_t)pcs[i]);
    if (f->n == 0) {  /* no addr2line: the symbol table still names it */
      if (sym && visible(exe.strs + sym->st_name)) {
        demangle(exe.strs + sym->st_name, name, sizeof name);
        fprintf(stderr, "%s%s%s\n%s?:0 +%#" PRIxPTR "\n", st->func, name, st->noargs ? "()" : args_of(name), st->pos,
                offset_of(sym, (uintptr_t)pcs[i]));
        printed++;
      }
      continue;
    }
    const char *prev = split;
    size_t prevlen = splitlen;
    splitlen = split_part(sym);
    split = splitlen ? f->func[0] : NULL;
    for (int k = 0; k < f->n; k++) {
      if (!visible(f->func[k]))
        continue;
      if (printed == max) {
        elided = true;
        break;
      }
      if (k == 0 && f->n > 1 && prev && strncmp(f->func[0], prev, prevlen) == 0 &&
          f->func[0][prevlen] == 0)
        continue;  /* the inlined head of the part printed just before */
      demangle(f->func[k], name, sizeof name);
      bool inlined = k < f->n - 1;
      fprintf(stderr, "%s%s%s\n%s%s", st->func, name,
              st->noargs ? "()" : inlined ? "(...)" : args_of(name), st->pos,
              pos_or_unknown(f->pos[k]));
      printed++;
      if (inlined)
        fprintf(stderr, "\n");
      else
        fprintf(stderr, " +%#" PRIxPTR "\n", offset_of(sym, (uintptr_t)pcs[i]));
    }
  }
  if (elided || n >= max)
    fprintf(stderr, "...additional frames elided...\n");
  return printed;
}

/* "created by F in goroutine N": F and the position come from the go
 * statement's return address; without debug info, F from the symbol table
 * and the position the compiler passed to mg_go. */
static void print_creator(frame *fr, size_t nfr, G *gp)
{
  frame *f = gp->gopc ? lookup(fr, nfr, (uintptr_t)gp->gopc) : NULL;
  const Elf64_Sym *sym = gp->gopc ? caller_symbol((uintptr_t)gp->gopc) : NULL;
  const char *cname = f && f->n > 0 ? f->func[0] : sym ? exe.strs + sym->st_name : NULL;
  const char *pos = f && f->n > 0 ? pos_or_unknown(f->pos[0]) : gp->created_at;
  if (!visible(cname) || !pos)
    return;
  char name[512];
  demangle(cname, name, sizeof name);
  fprintf(stderr, "created by %s in goroutine %" PRId64 "\n\t%s +%#" PRIxPTR "\n", name,
          gp->parentgoid, pos, offset_of(sym, (uintptr_t)gp->gopc));
}

static size_t add_pc(frame *fr, size_t n, void *pc)
{
  uintptr_t a = (uintptr_t)pc;
  if (a >= exe.lo && a < exe.hi)
    fr[n++].addr = a - 1 - exe.bias;
  return n;
}

/* Symbolizes every pc of the lists (and the Gs' go statements) with one
 * run of addr2line; returns the sorted frame table. */
static frame *symbolize(int count, G **gs, void ***pcs, int *ns, size_t *nfr)
{
  if (!exe.syms)
    load_symtab();
  size_t total = 0;
  for (int i = 0; i < count; i++)
    total += (size_t)ns[i] + 1;
  frame *fr = calloc(total + 1, sizeof *fr);
  size_t n = 0;
  for (int i = 0; fr && i < count; i++) {
    for (int k = 0; k < ns[i]; k++)
      n = add_pc(fr, n, pcs[i][k]);
    if (gs && gs[i] && gs[i]->gopc)
      n = add_pc(fr, n, gs[i]->gopc);
  }
  if (fr) {
    qsort(fr, n, sizeof *fr, cmp_frame);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
      if (u == 0 || fr[u - 1].addr != fr[i].addr)
        fr[u++] = fr[i];
    n = u;
    addr2line(fr, n);
  }
  *nfr = n;
  return fr;
}

void mg_traceback_printall(int count, G **gs, const char **states, void ***pcs, int *ns)
{
  size_t n;
  frame *fr = symbolize(count, gs, pcs, ns, &n);
  for (int i = 0; i < count; i++) {
    if (i > 0)
      fprintf(stderr, "\n");
    fprintf(stderr, "goroutine %" PRId64 " [%s]:\n", gs[i] ? gs[i]->goid : (int64_t)0, states[i]);
    print_frames(fr, n, pcs[i], ns[i], MG_MAXTRACE, &TRACEBACK);
    if (gs[i] && gs[i]->goid != 1)
      print_creator(fr, n, gs[i]);
  }
}

/* A position in Go source, not in the generated C. */
static bool go_pos(const char *pos)
{
  const char *colon = pos ? strrchr(pos, ':') : NULL;
  return colon && colon - pos > 3 &&
         (strncmp(colon - 3, ".mg", 3) == 0 || strncmp(colon - 3, ".go", 3) == 0);
}

void mg_traceback_where(int count, void ***pcs, int *ns, char **where)
{
  size_t nfr;
  frame *fr = symbolize(count, NULL, pcs, ns, &nfr);
  for (int i = 0; i < count; i++) {
    where[i] = NULL;
    for (int k = 0; k < ns[i] && !where[i]; k++) {
      frame *f = lookup(fr, nfr, (uintptr_t)pcs[i][k]);
      for (int j = 0; f && j < f->n && !where[i]; j++)
        if (strncmp(f->func[j], "main__", 6) == 0 && go_pos(f->pos[j]))
          where[i] = strdup(f->pos[j]);
    }
  }
}

int mg_traceback_race(void **pcs, int n)
{
  size_t nfr;
  frame *fr = symbolize(1, NULL, &pcs, &n, &nfr);
  return print_frames(fr, nfr, pcs, n, INT_MAX, &RACE);  /* every frame */
}

void mg_traceback_current(void)
{
  void *buf[MG_MAXTRACE];
  int n = backtrace(buf, MG_MAXTRACE);
  G *gp = mg_getg();
  const char *state = "running";
  void **pcs = buf;
  if (!gp)
    return;  /* on a scheduler stack: no goroutine to show */
  mg_traceback_printall(1, &gp, &state, &pcs, &n);
}
