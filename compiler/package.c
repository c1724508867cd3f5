/*
 * package.c - loading the user's file and the stdlib packages it imports
 * (recursively, each checked before its importer), in dependency order.
 */
#include "package.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "diag.h"
#include "syntax.h"

static const char *stdlib_dir = "stdlib";
static Vec loaded;      /* Package*, dependencies first */
static Vec loading;     /* import paths being loaded (cycle detection) */

void pkg_set_stdlib_dir(const char *dir) { stdlib_dir = intern(dir); }

Vec *pkg_all(void) { return &loaded; }

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *buf = NULL;
  size_t cap = 0, n = 0, r;
  do {
    if (n + 4096 > cap) buf = xrealloc(buf, cap = cap * 2 + 8192);
    r = fread(buf + n, 1, cap - n, f);
    n += r;
  } while (r > 0);
  fclose(f);
  *len = n;
  return buf;
}

static bool has_suffix(const char *s, const char *suf) {
  size_t a = strlen(s), b = strlen(suf);
  return a >= b && !strcmp(s + a - b, suf);
}

static int str_cmp(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Does the file start with a //go:build ignore line (a generator)? */
static bool build_ignored(const char *path) {
  FILE *f = fopen(path, "r");
  char line[128] = "";
  if (f) {
    if (!fgets(line, sizeof line, f)) line[0] = 0;
    fclose(f);
  }
  return !strncmp(line, "//go:build ignore", 17);
}

/* The .go files of a directory, sorted; NULL if there are none. */
static Vec *go_files(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return NULL;
  Vec *v = xmalloc(sizeof *v);
  struct dirent *e;
  while ((e = readdir(d)))
    if (has_suffix(e->d_name, ".go") && !has_suffix(e->d_name, "_test.go")) {
      char *path = xasprintf("%s/%s", dir, e->d_name);
      if (build_ignored(path)) free(path);
      else vec_push(v, path);
    }
  closedir(d);
  if (!v->len) return NULL;
  if (v->len) qsort(v->data, (size_t)v->len, sizeof(void *), str_cmp);
  return v;
}

/* Every importable package path under the stdlib directory. */
static void list_std(const char *dir, const char *prefix, Vec *out) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.' || !strcmp(e->d_name, "internal")) continue;
    char *sub = xasprintf("%s/%s", dir, e->d_name);
    struct stat st;
    if (stat(sub, &st) == 0 && S_ISDIR(st.st_mode)) {
      char *path = *prefix ? xasprintf("%s/%s", prefix, e->d_name) : xstrdup(e->d_name);
      if (go_files(sub)) vec_push(out, path);
      list_std(sub, path, out);
    }
    free(sub);
  }
  closedir(d);
}

static const char *std_listing(void) {
  Vec names = {0};
  list_std(stdlib_dir, "", &names);
  if (names.len) qsort(names.data, (size_t)names.len, sizeof(void *), str_cmp);
  size_t n = 1;
  for (int i = 0; i < names.len; i++) n += strlen(names.data[i]) + 2;
  char *s = xmalloc(n);
  for (int i = 0; i < names.len; i++) {
    if (i) strcat(s, ", ");
    strcat(s, names.data[i]);
  }
  return s;
}

Node *pkg_parse_file(const char *path) {
  size_t len;
  char *src = read_file(path, &len);
  if (!src) {
    fprintf(stderr, "minigo: cannot read %s\n", path);
    return NULL;
  }
  int before = diag_count();
  Node *f = parse_file(intern(path), src, len);
  free(src);
  return diag_count() == before ? f : NULL;
}

static const char *last_elem(const char *path) {
  const char *s = strrchr(path, '/');
  return intern(s ? s + 1 : path);
}

static Package *find_loaded(const char *path) {
  for (int i = 0; i < loaded.len; i++) {
    Package *p = loaded.data[i];
    if (!strcmp(p->path, path)) return p;
  }
  return NULL;
}

Package *pkg_import(const char *path, Pos pos, const char *importer) {
  path = intern(path);
  Package *p = find_loaded(path);
  if (p) return p;
  for (int i = 0; i < loading.len; i++)
    if (loading.data[i] == path) {
      diag_error(pos, "import cycle not allowed");
      return NULL;
    }
  if (!strcmp(path, "unsafe") || !strcmp(path, "C")) {
    diag_error(pos, "%s is not supported by minigo", *path == 'C' ? "cgo (import \"C\")" : "package unsafe");
    return NULL;
  }
  if ((!strncmp(path, "internal/", 9) || strstr(path, "/internal/")) && !strcmp(importer, "main")) {
    diag_error(pos, "use of internal package %s not allowed", path);
    return NULL;
  }
  char *dir = xasprintf("%s/%s", stdlib_dir, path);
  Vec *files = strcmp(path, "main") && path[0] != '.' && path[0] != '/' ? go_files(dir) : NULL;
  free(dir);
  if (!files) {
    diag_error(pos, "package %s is not in std (minigo's standard library has: %s)", path, std_listing());
    return NULL;
  }
  vec_push(&loading, (void *)path);
  p = xmalloc(sizeof *p);
  p->path = path;
  p->name = last_elem(path);
  p->isStd = true;
  bool ok = true;
  for (int i = 0; i < files->len; i++) {
    Node *f = pkg_parse_file(files->data[i]);
    if (!f) ok = false;
    else vec_push(&p->files, f);
  }
  if (ok && p->files.len) p->name = ((Node *)p->files.data[0])->Name;
  ok = ok && check_package(p);
  loading.len--;
  if (!ok) return NULL;
  vec_push(&loaded, p);
  return p;
}

Package *pkg_load_main(const char *filename) {
  Node *f = pkg_parse_file(filename);
  if (!f) return NULL;
  if (strcmp(f->Name, "main")) {
    diag_error(f->pos, "package %s is not a main package", f->Name);
    return NULL;
  }
  Package *p = xmalloc(sizeof *p);
  p->path = intern("main");
  p->name = p->path;
  vec_push(&p->files, f);
  if (!check_package(p)) return NULL;
  vec_push(&loaded, p);
  return p;
}
