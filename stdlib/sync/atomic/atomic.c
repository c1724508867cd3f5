/*
 * atomic.c - sync/atomic. All operations are sequentially consistent, as
 * Go's. A nil address faults and becomes Go's nil-dereference panic. Under
 * -race, a load acquires, a store releases and a read-modify-write does
 * both, so that ThreadSanitizer sees the Go memory model's edges.
 */
#include "race.h"
#include "sync/atomic/atomic.h"

#define SC __ATOMIC_SEQ_CST

/* A read-modify-write expression on addr, with its race edges. */
#define RMW(addr, expr) ({ \
    mg_race_release(addr); \
    __typeof__(expr) rmw_ = (expr); \
    mg_race_acquire(addr); \
    rmw_; \
  })

#define LOAD(addr) ({ \
    __typeof__(*(addr)) load_ = __atomic_load_n(addr, SC); \
    mg_race_acquire(addr); \
    load_; \
  })

#define STORE(addr, val) do { \
    mg_race_release(addr); \
    __atomic_store_n(addr, val, SC); \
  } while (0)

#define SYNC_ATOMIC_FUNCS(Name, T)                                           \
  T sync_atomic__Add##Name(T *addr, T delta) {                               \
    return RMW(addr, __atomic_add_fetch(addr, delta, SC));                   \
  }                                                                          \
  T sync_atomic__Load##Name(T *addr) { return LOAD(addr); }                  \
  void sync_atomic__Store##Name(T *addr, T val) { STORE(addr, val); }        \
  T sync_atomic__Swap##Name(T *addr, T new_) {                               \
    return RMW(addr, __atomic_exchange_n(addr, new_, SC));                   \
  }                                                                          \
  bool sync_atomic__CompareAndSwap##Name(T *addr, T old, T new_) {           \
    return RMW(addr, __atomic_compare_exchange_n(addr, &old, new_, false,    \
                                                 SC, SC));                   \
  }                                                                          \
  T sync_atomic__##Name##__Load(sync_atomic__##Name *x) {                    \
    return sync_atomic__Load##Name(&x->v);                                   \
  }                                                                          \
  void sync_atomic__##Name##__Store(sync_atomic__##Name *x, T val) {         \
    sync_atomic__Store##Name(&x->v, val);                                    \
  }                                                                          \
  T sync_atomic__##Name##__Swap(sync_atomic__##Name *x, T new_) {            \
    return sync_atomic__Swap##Name(&x->v, new_);                             \
  }                                                                          \
  bool sync_atomic__##Name##__CompareAndSwap(sync_atomic__##Name *x, T old,  \
                                             T new_) {                       \
    return sync_atomic__CompareAndSwap##Name(&x->v, old, new_);              \
  }                                                                          \
  T sync_atomic__##Name##__Add(sync_atomic__##Name *x, T delta) {            \
    return sync_atomic__Add##Name(&x->v, delta);                             \
  }

SYNC_ATOMIC_FUNCS(Int32, int32_t)
SYNC_ATOMIC_FUNCS(Int64, int64_t)
SYNC_ATOMIC_FUNCS(Uint32, uint32_t)
SYNC_ATOMIC_FUNCS(Uint64, uint64_t)
SYNC_ATOMIC_FUNCS(Uintptr, uintptr_t)

bool sync_atomic__Bool__Load(sync_atomic__Bool *x) {
  return sync_atomic__LoadUint32(&x->v) != 0;
}

void sync_atomic__Bool__Store(sync_atomic__Bool *x, bool val) {
  sync_atomic__StoreUint32(&x->v, val);
}

bool sync_atomic__Bool__Swap(sync_atomic__Bool *x, bool new_) {
  return sync_atomic__SwapUint32(&x->v, new_) != 0;
}

bool sync_atomic__Bool__CompareAndSwap(sync_atomic__Bool *x, bool old, bool new_) {
  return sync_atomic__CompareAndSwapUint32(&x->v, old, new_);
}

/* ---- Value: an immutable heap cell per stored interface, swapped by CAS */

static mg_iface *value_cell(mg_iface val) {
  mg_iface *cell = mg_alloc(sizeof *cell);
  *cell = val;
  return cell;
}

mg_iface sync_atomic__Value__Load(sync_atomic__Value *v) {
  mg_iface *cell = LOAD(&v->v);
  return cell ? *cell : (mg_iface){NULL, NULL};
}

typedef struct value_msgs {
  const char *nilval, *mistyped;
} value_msgs;

/* Installs val and returns the previous cell (NULL when empty). */
static mg_iface *value_swap(sync_atomic__Value *v, mg_iface val, value_msgs m) {
  if (!val.type)
    mg_panic_cstring(m.nilval);
  mg_iface *cell = value_cell(val);
  mg_iface *old = __atomic_load_n(&v->v, SC);
  do {
    if (old && old->type != val.type)
      mg_panic_cstring(m.mistyped);
  } while (!RMW(&v->v, __atomic_compare_exchange_n(&v->v, &old, cell, false, SC, SC)));
  return old;
}

void sync_atomic__Value__Store(sync_atomic__Value *v, mg_iface val) {
  value_swap(v, val, (value_msgs){
      "sync/atomic: store of nil value into Value",
      "sync/atomic: store of inconsistently typed value into Value"});
}

mg_iface sync_atomic__Value__Swap(sync_atomic__Value *v, mg_iface new_) {
  mg_iface *old = value_swap(v, new_, (value_msgs){
      "sync/atomic: swap of nil value into Value",
      "sync/atomic: swap of inconsistently typed value into Value"});
  return old ? *old : (mg_iface){NULL, NULL};
}

bool sync_atomic__Value__CompareAndSwap(sync_atomic__Value *v, mg_iface old,
                                        mg_iface new_) {
  if (!new_.type)
    mg_panic_cstring("sync/atomic: compare and swap of nil value into Value");
  if (old.type && old.type != new_.type)
    mg_panic_cstring("sync/atomic: compare and swap of inconsistently typed values");
  mg_iface *cell = value_cell(new_);
  mg_iface *cur = __atomic_load_n(&v->v, SC);
  for (;;) {
    if (cur && cur->type != new_.type)
      mg_panic_cstring("sync/atomic: compare and swap of inconsistently typed value into Value");
    /* Go compares with ==, which panics on uncomparable dynamic types. */
    if (cur ? !mg_iface_equal(*cur, old) : old.type != NULL)
      return false;
    if (RMW(&v->v, __atomic_compare_exchange_n(&v->v, &cur, cell, false, SC, SC)))
      return true;
  }
}
