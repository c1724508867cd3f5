/*
 * cache.c - the build cache. It lives in $MINIGO_CACHE, else
 * $XDG_CACHE_HOME/minigo, else ~/.cache/minigo.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "diag.h"
#include "driver.h"

typedef struct Hash {
  uint64_t a, b;
} Hash;

/* Two FNV-1a lanes with different offsets: 128 bits against collisions. */
static void hash_bytes(Hash *h, const void *p, size_t n) {
  const unsigned char *s = p;
  for (size_t i = 0; i < n; i++) {
    h->a = (h->a ^ s[i]) * 0x100000001b3ULL;
    h->b = (h->b ^ s[i]) * 0x100000001b3ULL ^ (h->b >> 29);
  }
}

static void hash_str(Hash *h, const char *s) {
  hash_bytes(h, s ? s : "", strlen(s ? s : "") + 1);
}

/* A library or the compiler itself changing invalidates every entry. */
static void hash_file_stamp(Hash *h, const char *path) {
  struct stat st;
  if (stat(path, &st) != 0)
    return;
  hash_bytes(h, &st.st_size, sizeof st.st_size);
  hash_bytes(h, &st.st_mtim, sizeof st.st_mtim);
}

char *cache_key(const char *ctext, size_t len, bool race) {
  Hash h = {0xcbf29ce484222325ULL, 0x84222325cbf29ce4ULL};
  const Layout *l = driver_layout();
  const char *cc = getenv("CC");
  hash_str(&h, MINIGO_VERSION);
  hash_str(&h, cc && *cc ? cc : "cc");
  hash_str(&h, race ? "race" : "");
  hash_file_stamp(&h, "/proc/self/exe");
  hash_file_stamp(&h, xasprintf("%s/libmgrt%s.a", l->lib_dir, race ? "_race" : ""));
  hash_file_stamp(&h, xasprintf("%s/libmgstd%s.a", l->lib_dir, race ? "_race" : ""));
  hash_bytes(&h, ctext, len);
  return xasprintf("%016llx%016llx", (unsigned long long)h.a, (unsigned long long)h.b);
}

static const char *cache_dir(void) {
  static char *dir;
  if (dir)
    return dir;
  const char *env = getenv("MINIGO_CACHE");
  const char *xdg = getenv("XDG_CACHE_HOME");
  const char *home = getenv("HOME");
  if (env && *env)
    dir = xstrdup(env);
  else if (xdg && *xdg)
    dir = xasprintf("%s/minigo", xdg);
  else if (home && *home)
    dir = xasprintf("%s/.cache/minigo", home);
  else
    dir = xasprintf("/tmp/minigo-cache-%d", (int)getuid());
  return dir;
}

static bool make_dirs(char *path) {
  for (char *p = path + 1; *p; p++) {
    if (*p != '/')
      continue;
    *p = 0;
    bool ok = mkdir(path, 0755) == 0 || errno == EEXIST;
    *p = '/';
    if (!ok)
      return false;
  }
  return mkdir(path, 0755) == 0 || errno == EEXIST;
}

char *cache_lookup(const char *key) {
  char *path = xasprintf("%s/%s", cache_dir(), key);
  if (access(path, X_OK) == 0)
    return path;
  free(path);
  return NULL;
}

/* Where to build an entry: in the cache directory itself, so that
 * cache_store is a same-directory rename. */
char *cache_temp_path(const char *key) {
  char *dir = xstrdup(cache_dir());
  if (!make_dirs(dir))
    return NULL;
  return xasprintf("%s/%s.tmp%d", dir, key, (int)getpid());
}

char *cache_store(const char *key, const char *exe) {
  char *path = xasprintf("%s/%s", cache_dir(), key);
  /* rename is atomic, so a concurrent run sees the whole file or none. */
  if (rename(exe, path) == 0)
    return path;
  free(path);
  return NULL;
}
