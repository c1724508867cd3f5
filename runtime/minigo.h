/*
 * minigo.h - the value ABI: how Go values look in C. This is the contract
 * between the generated C, the runtime (runtime/) and the stdlib (stdlib/).
 * Everything the generated code calls is declared here or in a header this
 * one includes.
 *
 *   Go                 C
 *   int, uint          int64_t, uint64_t (intN/uintN as intN_t/uintN_t)
 *   float64, float32   double, float
 *   bool               bool
 *   string             mg_string {ptr, len}, immutable bytes
 *   []T                mg_slice {ptr, len, cap}
 *   map[K]V            mg_map *         (runtime/map.c)
 *   chan T             mg_chan *        (runtime/chan.c)
 *   interface          mg_iface {type, data}; data is the value itself when
 *                      the type is pointer-shaped (pointer, map, chan, func),
 *                      otherwise a pointer to an immutable boxed copy
 *   func value         mg_func * -> closure {fn, captured...}; the code takes
 *                      the closure as hidden first argument
 *   struct             C struct, fields in order
 *   [N]T               struct { T a[N]; } so that it copies by value
 *   pointer            T *
 * Signed arithmetic wraps: everything is compiled with -fwrapv.
 */
#ifndef MINIGO_H
#define MINIGO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct mg_string {
  const uint8_t *ptr;
  int64_t len;
} mg_string;

typedef struct mg_slice {
  void *ptr;
  int64_t len, cap;
} mg_slice;

typedef struct mg_type mg_type;

typedef struct mg_iface {
  const mg_type *type;  /* NULL for a nil interface */
  void *data;
} mg_iface;

/* A closure: the code pointer first, captured variables after it. */
typedef struct mg_func {
  void *fn;
} mg_func;

typedef struct mg_map mg_map;
typedef struct mg_chan mg_chan;

/* ---- type descriptors (emitted by the compiler, read by fmt, maps, ifaces) */

typedef enum mg_kind {
  MG_INVALID, MG_BOOL, MG_INT, MG_INT8, MG_INT16, MG_INT32, MG_INT64,
  MG_UINT, MG_UINT8, MG_UINT16, MG_UINT32, MG_UINT64, MG_UINTPTR,
  MG_FLOAT32, MG_FLOAT64, MG_COMPLEX64, MG_COMPLEX128, MG_ARRAY, MG_CHAN,
  MG_FUNC, MG_INTERFACE, MG_MAP, MG_POINTER, MG_SLICE, MG_STRING, MG_STRUCT,
  MG_UNSAFEPOINTER,
} mg_kind;  /* same order as Go's reflect.Kind */

typedef struct mg_field {
  const char *name;
  const mg_type *type;
  int64_t offset;
  bool embedded;
  bool exported;
} mg_field;

/* A method in a type's method set. fn takes the interface data word as its
 * receiver (pointer-shaped value or pointer to the boxed value). */
typedef struct mg_method {
  const char *name;
  const char *sig;      /* go/types text of the signature, "func() string" */
  void *fn;
} mg_method;

struct mg_type {
  mg_kind kind;
  int64_t size;
  int64_t align;
  const char *name;     /* as %T prints it: "int", "main.Point", "[]string" */
  bool named;           /* a defined type (has a package-qualified name) */
  bool ptrfree;         /* contains no pointers: allocate atomically */
  bool comparable;
  const mg_type *elem;  /* array, slice, pointer, chan, map value */
  const mg_type *key;   /* map */
  int64_t len;          /* array */
  int chandir;          /* 1 send, 2 recv, 3 both */
  const mg_field *fields;
  int nfields;
  const mg_method *methods;  /* sorted by name; for an interface, fn is NULL */
  int nmethods;
  const mg_type *ptrto; /* *T, when the program uses it (for %v of &T{}) */
};

/* ---- memory (runtime/malloc.c, Boehm GC underneath) */
void *mg_alloc(int64_t size);         /* zeroed, may hold pointers */
void *mg_alloc_atomic(int64_t size);  /* zeroed, pointer-free */
void *mg_new(const mg_type *t);       /* zeroed object of type t */
int64_t mg_roundupsize(int64_t size); /* Go's malloc size class for size bytes */

/* ---- strings (runtime/string.c) */
#define MG_STR(lit) ((mg_string){(const uint8_t *)(lit), (int64_t)sizeof(lit) - 1})
#define MG_STR_INIT(lit) {(const uint8_t *)(lit), (int64_t)sizeof(lit) - 1}  /* static tables */
mg_string mg_string_concat(mg_string a, mg_string b);
int mg_string_compare(mg_string a, mg_string b);
bool mg_string_equal(mg_string a, mg_string b);
mg_string mg_string_from_bytes(mg_slice b);
mg_slice mg_bytes_from_string(mg_string s);
mg_string mg_string_from_runes(mg_slice r);
mg_slice mg_runes_from_string(mg_string s);
mg_string mg_string_from_rune(int64_t r);
/* Decodes the rune at s[i]; stores its width in *width (Go's range semantics). */
int32_t mg_string_decode_rune(mg_string s, int64_t i, int64_t *width);
mg_string mg_cstring(const char *s);
/* UTF-8 of r into buf (invalid runes as U+FFFD); returns the byte count. */
int mg_rune_encode(uint8_t buf[4], int64_t r);
int64_t mg_string_runecount(mg_string s);

/* ---- slices (runtime/slice.c) */
/* Grows s to hold at least newlen elements, with Go's growth rule; the
 * result keeps s's elements and len (the caller sets the new len). */
mg_slice mg_growslice(mg_slice s, int64_t newlen, const mg_type *elem);
int64_t mg_slicecopy(mg_slice dst, mg_slice src, int64_t elemsize);
mg_slice mg_makeslice(const mg_type *elem, int64_t len, int64_t cap);

/* ---- maps (runtime/map.c): keys and values are passed by address */
mg_map *mg_makemap(const mg_type *maptype, int64_t hint);
void *mg_mapaccess(mg_map *m, const void *key);  /* NULL when absent */
void *mg_mapassign(mg_map *m, const void *key);  /* slot for the value; panics on nil map */
void mg_mapdelete(mg_map *m, const void *key);
void mg_mapclear(mg_map *m);
int64_t mg_maplen(mg_map *m);
typedef struct mg_mapiter {
  mg_map *m;
  void *key, *value;    /* NULL when the iteration is over */
  int64_t bucket, slot, start, visited;
  uint64_t seed;
  void *table;          /* the map's table when the iteration started */
} mg_mapiter;
void mg_mapiterinit(mg_mapiter *it, mg_map *m);  /* random start, as Go */
void mg_mapiternext(mg_mapiter *it);

/* ---- values: hashing and equality by descriptor (runtime/alg.c) */
uint64_t mg_hash(const mg_type *t, const void *p, uint64_t seed);
bool mg_equal(const mg_type *t, const void *a, const void *b);  /* panics on uncomparable */
bool mg_iface_equal(mg_iface a, mg_iface b);
/* Same type: the same descriptor, or an equal one emitted elsewhere (the
 * C parts of the stdlib have their own descriptors of basic types). */
bool mg_type_identical(const mg_type *a, const mg_type *b);
uint64_t mg_memhash(const void *p, int64_t n, uint64_t seed);
uint64_t mg_hash64(uint64_t v, uint64_t seed);
uint64_t mg_hashrand(void);  /* per-thread pseudo-random numbers */

/* ---- interfaces (runtime/iface.c) */
/* Whether values of t are stored in the data word itself. */
static inline bool mg_isdirect(const mg_type *t)
{
  return t->kind == MG_POINTER || t->kind == MG_MAP || t->kind == MG_CHAN ||
         t->kind == MG_FUNC || t->kind == MG_UNSAFEPOINTER;
}
/* Address of the dynamic value of a non-nil interface. */
static inline void *mg_iface_ptr(const mg_iface *x)
{
  return mg_isdirect(x->type) ? (void *)&x->data : x->data;
}
/* t's method called name, or NULL (binary search in the sorted table). */
const struct mg_method *mg_find_method(const mg_type *t, const char *name);
mg_iface mg_box(const mg_type *t, const void *value);  /* copy value into an interface */
/* x's method called name: the wrapper's fn pointer; panics on nil. Lookups
 * are cached in a global table keyed by the type and the call site's name
 * literal (pointer equality). An entry is written once, its type published
 * last, and never changes: readers on any thread need no lock. */
typedef struct mg_method_cache {
  const mg_type *type;
  const char *name;
  void *fn;
} mg_method_cache;
#define MG_MCACHE_BITS 10
extern mg_method_cache mg_mcache[1 << MG_MCACHE_BITS];
void *mg_iface_method_slow(mg_iface x, const char *name);
static inline unsigned mg_mcache_slot(const mg_type *t, const char *name)
{
  return (unsigned)((((uint64_t)(uintptr_t)t ^ ((uint64_t)(uintptr_t)name << 7)) *
                     UINT64_C(0x9E3779B97F4A7C15)) >> (64 - MG_MCACHE_BITS));
}
static inline void *mg_iface_method(mg_iface x, const char *name)
{
  mg_method_cache *c = &mg_mcache[mg_mcache_slot(x.type, name)];
  if (__builtin_expect(__atomic_load_n(&c->type, __ATOMIC_ACQUIRE) == x.type &&
                       c->name == name && x.type != NULL, 1))
    return c->fn;
  return mg_iface_method_slow(x, name);
}
bool mg_implements(const mg_type *t, const mg_type *iface);
/* x.(T) failure: panics with Go's "interface conversion: ..." text. */
_Noreturn void mg_panic_typeassert(mg_iface x, const mg_type *want, const mg_type *iface);

#include "mg_panic.h"
#include "mg_sched.h"
#include "mg_chan.h"

#endif
