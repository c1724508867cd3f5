/*
 * os.c - the system side of package os. Blocking reads hand the P to
 * another thread (mg_entersyscall) so that other goroutines keep running.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "internal/std.h"
#include "runtime.h"

extern int mg_argc;     /* runtime/proc.c, saved by mg_main */
extern char **mg_argv;
extern char **environ;

struct os__write__ret { int64_t r0, r1; };
struct os__open__ret { int64_t r0, r1; };
struct os__read__ret { int64_t r0, r1; };
struct os__readFile__ret { mg_slice r0; int64_t r1, r2; };
struct os__writeFile__ret { int64_t r0, r1; };
struct os__LookupEnv__ret { mg_string r0; bool r1; };

/* getenv and setenv are not thread-safe; goroutines run on several threads. */
static pthread_mutex_t env_lock = PTHREAD_MUTEX_INITIALIZER;

/* Around a blocking call: hand the P to another thread. Outside a
 * goroutine (the C unit tests) there is no P to hand over. */
static bool enter_syscall(void) {
  if (mg_getg() == NULL) return false;
  mg_entersyscall();
  return true;
}

static void exit_syscall(bool entered) {
  if (entered) mg_exitsyscall();
}

static char *cstring(mg_string s) {
  char *c = mg_alloc_atomic(s.len + 1);
  memcpy(c, s.ptr, s.len);
  return c;
}

static mg_slice strings_of(char **v, int64_t n) {
  mg_slice a = {mg_alloc(n * (int64_t)sizeof(mg_string)), n, n};
  for (int64_t i = 0; i < n; i++) ((mg_string *)a.ptr)[i] = mg_cstring(v[i]);
  return a;
}

mg_slice os__runtimeArgs(void) { return strings_of(mg_argv, mg_argc); }

_Noreturn void os__Exit(int64_t code) { mg_exit((int)code); }

int64_t os__Getpid(void) { return getpid(); }

/* Go's syscall.Errno texts are glibc's with a lower-case first letter. */
mg_string os__strerror(int64_t errno_) {
  mg_string s = mg_cstring(strerror((int)errno_));
  uint8_t *p = (uint8_t *)s.ptr;
  if (s.len > 1 && p[0] >= 'A' && p[0] <= 'Z' && !(p[1] >= 'A' && p[1] <= 'Z')) p[0] += 'a' - 'A';
  return s;
}

struct os__LookupEnv__ret os__LookupEnv(mg_string key) {
  pthread_mutex_lock(&env_lock);
  const char *v = memchr(key.ptr, 0, key.len) ? NULL : getenv(cstring(key));
  struct os__LookupEnv__ret r = {v ? mg_cstring(v) : (mg_string){NULL, 0}, v != NULL};
  pthread_mutex_unlock(&env_lock);
  return r;
}

mg_string os__Getenv(mg_string key) { return os__LookupEnv(key).r0; }

/* False for keys Go rejects with EINVAL: empty, or holding '=' or NUL. */
bool os__setenv(mg_string key, mg_string value) {
  if (key.len == 0 || memchr(key.ptr, '=', key.len) || memchr(key.ptr, 0, key.len) ||
      memchr(value.ptr, 0, value.len))
    return false;
  pthread_mutex_lock(&env_lock);
  int rc = setenv(cstring(key), cstring(value), 1);
  pthread_mutex_unlock(&env_lock);
  return rc == 0;
}

mg_iface os__Unsetenv(mg_string key) {
  pthread_mutex_lock(&env_lock);
  unsetenv(cstring(key));
  pthread_mutex_unlock(&env_lock);
  return (mg_iface){NULL, NULL};
}

mg_slice os__Environ(void) {
  pthread_mutex_lock(&env_lock);
  int64_t n = 0;
  while (environ[n]) n++;
  mg_slice a = strings_of(environ, n);
  pthread_mutex_unlock(&env_lock);
  return a;
}

/* Writes all of p, as Go's File.Write does; the count written and an errno. */
static struct os__write__ret write_all(int fd, const uint8_t *p, int64_t n) {
  int64_t done = 0;
  while (done < n) {
    ssize_t k = write(fd, p + done, (size_t)(n - done));
    if (k < 0 && errno == EINTR) continue;
    if (k < 0) return (struct os__write__ret){done, errno};
    done += k;
  }
  return (struct os__write__ret){done, 0};
}

struct os__write__ret os__write(int64_t fd, mg_slice b) { return write_all((int)fd, b.ptr, b.len); }

struct os__read__ret os__read(int64_t fd, mg_slice b) {
  ssize_t k;
  bool entered = enter_syscall();
  do k = read((int)fd, b.ptr, (size_t)b.len);
  while (k < 0 && errno == EINTR);
  int err = errno;
  exit_syscall(entered);
  return k < 0 ? (struct os__read__ret){0, err} : (struct os__read__ret){k, 0};
}

/* Go's Remove: unlink, else rmdir; rmdir's error unless it is ENOTDIR. */
int64_t os__remove(mg_string name) {
  char *path = cstring(name);
  if (unlink(path) == 0) return 0;
  int e = errno;
  if (rmdir(path) == 0) return 0;
  return errno == ENOTDIR ? e : errno;
}

/* The descriptor and 0, or -1 and the errno. */
struct os__open__ret os__open(mg_string name, int64_t flag, uint32_t perm) {
  int fd;
  do fd = open(cstring(name), (int)flag | O_CLOEXEC, perm & 07777);
  while (fd < 0 && errno == EINTR);
  return fd < 0 ? (struct os__open__ret){-1, errno} : (struct os__open__ret){fd, 0};
}

int64_t os__closeFd(int64_t fd) { return close((int)fd) < 0 ? errno : 0; }

/* The whole file; r1 tells which step failed (0 open, 1 read), r2 the errno. */
struct os__readFile__ret os__readFile(mg_string name) {
  int fd = open(cstring(name), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return (struct os__readFile__ret){{NULL, 0, 0}, 0, errno};
  mgstd_buf b = {0};
  for (;;) {
    mgstd_buf_grow(&b, 4096);
    bool entered = enter_syscall();
    ssize_t k = read(fd, b.p + b.len, (size_t)(b.cap - b.len));
    int err = errno;
    exit_syscall(entered);
    if (k < 0 && err == EINTR) continue;
    if (k < 0) {
      close(fd);
      return (struct os__readFile__ret){{NULL, 0, 0}, 1, err};
    }
    if (k == 0) break;
    b.len += k;
  }
  close(fd);
  return (struct os__readFile__ret){{b.p, b.len, b.cap}, 0, 0};
}

struct os__writeFile__ret os__writeFile(mg_string name, mg_slice data, uint32_t perm) {
  int fd = open(cstring(name), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, perm & 0777);
  if (fd < 0) return (struct os__writeFile__ret){0, errno};
  struct os__write__ret w = write_all(fd, data.ptr, data.len);
  close(fd);
  return (struct os__writeFile__ret){w.r1 ? 1 : 0, w.r1};
}
