/*
 * atomic.h - C mirror of sync/atomic's types (atomic.go): the value first,
 * then the zero-size noCopy marker, which C does not need to see.
 */
#ifndef MG_SYNC_ATOMIC_H
#define MG_SYNC_ATOMIC_H

#include "minigo.h"

typedef struct sync_atomic__Int32 { int32_t v; } sync_atomic__Int32;
typedef struct sync_atomic__Int64 { int64_t v; } sync_atomic__Int64;
typedef struct sync_atomic__Uint32 { uint32_t v; } sync_atomic__Uint32;
typedef struct sync_atomic__Uint64 { uint64_t v; } sync_atomic__Uint64;
typedef struct sync_atomic__Uintptr { uintptr_t v; } sync_atomic__Uintptr;
typedef struct sync_atomic__Bool { uint32_t v; } sync_atomic__Bool;
typedef struct sync_atomic__Value { mg_iface *v; } sync_atomic__Value;

#define SYNC_ATOMIC_DECLS(Name, T)                                           \
  T sync_atomic__Add##Name(T *addr, T delta);                                \
  T sync_atomic__Load##Name(T *addr);                                        \
  void sync_atomic__Store##Name(T *addr, T val);                             \
  T sync_atomic__Swap##Name(T *addr, T new_);                                \
  bool sync_atomic__CompareAndSwap##Name(T *addr, T old, T new_);            \
  T sync_atomic__##Name##__Load(sync_atomic__##Name *x);                     \
  void sync_atomic__##Name##__Store(sync_atomic__##Name *x, T val);          \
  T sync_atomic__##Name##__Swap(sync_atomic__##Name *x, T new_);             \
  bool sync_atomic__##Name##__CompareAndSwap(sync_atomic__##Name *x, T old,  \
                                             T new_);                        \
  T sync_atomic__##Name##__Add(sync_atomic__##Name *x, T delta);

SYNC_ATOMIC_DECLS(Int32, int32_t)
SYNC_ATOMIC_DECLS(Int64, int64_t)
SYNC_ATOMIC_DECLS(Uint32, uint32_t)
SYNC_ATOMIC_DECLS(Uint64, uint64_t)
SYNC_ATOMIC_DECLS(Uintptr, uintptr_t)

bool sync_atomic__Bool__Load(sync_atomic__Bool *x);
void sync_atomic__Bool__Store(sync_atomic__Bool *x, bool val);
bool sync_atomic__Bool__Swap(sync_atomic__Bool *x, bool new_);
bool sync_atomic__Bool__CompareAndSwap(sync_atomic__Bool *x, bool old, bool new_);

mg_iface sync_atomic__Value__Load(sync_atomic__Value *v);
void sync_atomic__Value__Store(sync_atomic__Value *v, mg_iface val);
mg_iface sync_atomic__Value__Swap(sync_atomic__Value *v, mg_iface new_);
bool sync_atomic__Value__CompareAndSwap(sync_atomic__Value *v, mg_iface old, mg_iface new_);

#endif
