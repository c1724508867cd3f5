/*
 * map.c - Go maps: an insertion-ordered entry array plus an open-addressing
 * index (linear probing). Growth copies the live entries into a new table;
 * the old one stays valid for running iterators, which then re-check each
 * key against the live map, so deleted entries are never produced.
 * Iteration starts at a random entry, as Go randomises order.
 */
#include "minigo.h"
#include "race.h"

/* -race: each operation is one access to the map header (Go's
 * racereadpc/racewritepc), attributed to the calling line. */
#define RACE_READ(m) mg_race_read((m), __builtin_return_address(0))
#define RACE_WRITE(m) mg_race_write((m), __builtin_return_address(0))

enum { KEY_U64, KEY_STR, KEY_MEM, KEY_GEN };       /* hashing strategy */
enum { IX_EMPTY = -1, IX_DELETED = -2 };
enum { MAP_WRITING = 1 };

typedef struct map_table {
  int64_t used, cap;    /* entries appended (live or dead), capacity */
  int64_t mask;         /* index slots - 1 (2*cap slots) */
  int32_t *index;       /* entry number, IX_EMPTY or IX_DELETED */
  char *entries;
} map_table;

/* An entry: hash, live flag, then key and value at koff/voff. */
typedef struct map_entry {
  uint64_t hash;
  bool live;
} map_entry;

struct mg_map {
  const mg_type *type;
  const mg_type *key, *val;
  int64_t koff, voff, esize;
  int keykind;
  int flags;
  int64_t count;
  uint64_t seed;
  map_table *t;
};

static int64_t align_up(int64_t n, int64_t a)
{
  return a > 1 ? (n + a - 1) / a * a : n;
}

static int key_kind(const mg_type *k)
{
  switch (k->kind) {
  case MG_STRING: return KEY_STR;
  case MG_INT: case MG_INT64: case MG_UINT: case MG_UINT64: case MG_UINTPTR:
  case MG_POINTER: case MG_CHAN: case MG_UNSAFEPOINTER:
    return k->size == 8 ? KEY_U64 : KEY_MEM;
  case MG_BOOL: case MG_INT8: case MG_INT16: case MG_INT32:
  case MG_UINT8: case MG_UINT16: case MG_UINT32:
    return KEY_MEM;
  default:
    return KEY_GEN;
  }
}

static uint64_t key_hash(const mg_map *m, const void *k)
{
  switch (m->keykind) {
  case KEY_U64: return mg_hash64(*(const uint64_t *)k, m->seed);
  case KEY_STR: {
    const mg_string *s = k;
    return mg_memhash(s->ptr, s->len, m->seed);
  }
  case KEY_MEM: return mg_memhash(k, m->key->size, m->seed);
  default: return mg_hash(m->key, k, m->seed);
  }
}

static bool key_equal(const mg_map *m, const void *a, const void *b)
{
  switch (m->keykind) {
  case KEY_U64: return *(const uint64_t *)a == *(const uint64_t *)b;
  case KEY_STR: return mg_string_equal(*(const mg_string *)a, *(const mg_string *)b);
  case KEY_MEM: return memcmp(a, b, (size_t)m->key->size) == 0;
  default: return mg_equal(m->key, a, b);
  }
}

static map_entry *entry_at(const mg_map *m, const map_table *t, int64_t i)
{
  return (map_entry *)(t->entries + i * m->esize);
}

static map_table *table_new(const mg_map *m, int64_t cap)
{
  if (cap > (INT64_C(1) << 30))
    mg_throw("runtime: map too large");
  map_table *t = mg_alloc(sizeof *t);
  t->cap = cap;
  t->mask = 2 * cap - 1;
  t->index = mg_alloc_atomic(2 * cap * (int64_t)sizeof(int32_t));
  memset(t->index, 0xFF, (size_t)(2 * cap) * sizeof(int32_t));  /* IX_EMPTY */
  int64_t bytes = cap * m->esize;
  t->entries = m->key->ptrfree && m->val->ptrfree ? mg_alloc_atomic(bytes) : mg_alloc(bytes);
  return t;
}

mg_map *mg_makemap(const mg_type *maptype, int64_t hint)
{
  mg_map *m = mg_alloc(sizeof *m);
  m->type = maptype;
  m->key = maptype->key;
  m->val = maptype->elem;
  m->koff = align_up(sizeof(map_entry), m->key->align);
  m->voff = align_up(m->koff + m->key->size, m->val->align);
  m->esize = align_up(m->voff + m->val->size, 8);
  m->keykind = key_kind(m->key);
  m->seed = mg_hashrand();
  if (hint > 0) {
    int64_t cap = 8;
    while (cap < hint && cap < (INT64_C(1) << 30))
      cap *= 2;
    m->t = table_new(m, cap);
  }
  return m;
}

/* Index slot holding key k, or -1; *free gets the first reusable slot. */
static int64_t table_find(const mg_map *m, const map_table *t, const void *k,
                          uint64_t h, int64_t *free)
{
  int64_t firstfree = -1;
  for (int64_t i = (int64_t)(h & (uint64_t)t->mask);; i = (i + 1) & t->mask) {
    int32_t ix = t->index[i];
    if (ix == IX_EMPTY) {
      if (free)
        *free = firstfree >= 0 ? firstfree : i;
      return -1;
    }
    if (ix == IX_DELETED) {
      if (firstfree < 0)
        firstfree = i;
      continue;
    }
    map_entry *e = entry_at(m, t, ix);
    if (e->hash == h && key_equal(m, (char *)e + m->koff, k))
      return i;
  }
}

/* Copies the live entries into a table of twice the live count. */
static void map_grow(mg_map *m)
{
  int64_t cap = 8;
  while (cap < 2 * m->count)
    cap *= 2;
  map_table *old = m->t, *t = table_new(m, cap);
  for (int64_t i = 0; old && i < old->used; i++) {
    map_entry *e = entry_at(m, old, i);
    if (!e->live)
      continue;
    int64_t slot = (int64_t)(e->hash & (uint64_t)t->mask);
    while (t->index[slot] != IX_EMPTY)
      slot = (slot + 1) & t->mask;
    t->index[slot] = (int32_t)t->used;
    memcpy(entry_at(m, t, t->used++), e, (size_t)m->esize);
  }
  m->t = t;
}

static void write_begin(mg_map *m)
{
  if (__atomic_load_n(&m->flags, __ATOMIC_RELAXED) & MAP_WRITING)
    mg_throw("concurrent map writes");
  __atomic_store_n(&m->flags, MAP_WRITING, __ATOMIC_RELAXED);
}

static void write_end(mg_map *m)
{
  if (!(__atomic_load_n(&m->flags, __ATOMIC_RELAXED) & MAP_WRITING))
    mg_throw("concurrent map writes");
  __atomic_store_n(&m->flags, 0, __ATOMIC_RELAXED);
}

static void read_check(const mg_map *m, const char *what)
{
  if (__atomic_load_n(&m->flags, __ATOMIC_RELAXED) & MAP_WRITING)
    mg_throw(what);
}

void *mg_mapaccess(mg_map *m, const void *key)
{
  if (m == NULL || m->count == 0) {
    if (m != NULL && m->keykind == KEY_GEN)
      key_hash(m, key);  /* an unhashable key panics even here, as in Go */
    return NULL;
  }
  RACE_READ(m);
  read_check(m, "concurrent map read and map write");
  uint64_t h = key_hash(m, key);
  int64_t i = table_find(m, m->t, key, h, NULL);
  return i < 0 ? NULL : (char *)entry_at(m, m->t, m->t->index[i]) + m->voff;
}

void *mg_mapassign(mg_map *m, const void *key)
{
  if (m == NULL)
    mg_panic_plain("assignment to entry in nil map");
  RACE_WRITE(m);
  uint64_t h = key_hash(m, key);
  write_begin(m);
  int64_t free = -1, i = m->t ? table_find(m, m->t, key, h, &free) : -1;
  map_entry *e;
  if (i >= 0) {
    e = entry_at(m, m->t, m->t->index[i]);
  } else {
    if (m->t == NULL || m->t->used == m->t->cap) {
      map_grow(m);
      table_find(m, m->t, key, h, &free);
    }
    m->t->index[free] = (int32_t)m->t->used;
    e = entry_at(m, m->t, m->t->used++);
    e->hash = h;
    e->live = true;
    m->count++;
  }
  memcpy((char *)e + m->koff, key, (size_t)m->key->size);  /* Go updates the key too (+0/-0) */
  write_end(m);
  return (char *)e + m->voff;
}

void mg_mapdelete(mg_map *m, const void *key)
{
  if (m == NULL || m->count == 0) {
    if (m != NULL && m->keykind == KEY_GEN)
      key_hash(m, key);
    return;
  }
  RACE_WRITE(m);
  uint64_t h = key_hash(m, key);
  write_begin(m);
  int64_t i = table_find(m, m->t, key, h, NULL);
  if (i >= 0) {
    map_entry *e = entry_at(m, m->t, m->t->index[i]);
    m->t->index[i] = IX_DELETED;
    e->live = false;
    memset((char *)e + m->koff, 0, (size_t)(m->esize - m->koff));  /* let the GC free them */
    m->count--;
  }
  write_end(m);
}

void mg_mapclear(mg_map *m)
{
  if (m == NULL)
    return;
  RACE_WRITE(m);
  write_begin(m);
  m->t = NULL;
  m->count = 0;
  m->seed = mg_hashrand();
  write_end(m);
}

int64_t mg_maplen(mg_map *m)
{
  if (m == NULL)
    return 0;
  RACE_READ(m);
  return m->count;
}

/* Sets it->key/value to the entry at position pos of the snapshot table,
 * if it is still in the map; returns whether it produced one. */
static bool iter_produce(mg_mapiter *it, int64_t pos)
{
  mg_map *m = it->m;
  map_table *snap = it->table;
  map_entry *e = entry_at(m, snap, pos);
  if (!e->live)
    return false;
  void *k = (char *)e + m->koff;
  if (snap != m->t && key_equal(m, k, k)) {
    /* The map grew or was cleared: produce the entry only if still present. */
    int64_t i = m->t ? table_find(m, m->t, k, e->hash, NULL) : -1;
    if (i < 0)
      return false;
    e = entry_at(m, m->t, m->t->index[i]);
  }
  it->key = (char *)e + m->koff;
  it->value = (char *)e + m->voff;
  it->visited++;
  return true;
}

void mg_mapiterinit(mg_mapiter *it, mg_map *m)
{
  memset(it, 0, sizeof *it);
  it->m = m;
  if (m == NULL)
    return;
  RACE_READ(m);
  if (m->count == 0)
    return;
  read_check(m, "concurrent map iteration and map write");
  it->table = m->t;
  it->start = (int64_t)(mg_hashrand() % (uint64_t)m->t->used);
  it->bucket = it->start;
  mg_mapiternext(it);
}

/* Walks positions start..used-1, then 0..start-1 (phase in it->slot). */
void mg_mapiternext(mg_mapiter *it)
{
  it->key = it->value = NULL;
  if (it->table == NULL)
    return;
  read_check(it->m, "concurrent map iteration and map write");
  map_table *snap = it->table;
  for (;;) {
    int64_t end = it->slot == 0 ? snap->used : it->start;
    if (it->bucket >= end) {
      if (it->slot == 1)
        return;
      it->slot = 1;
      it->bucket = 0;
      continue;
    }
    if (iter_produce(it, it->bucket++))
      return;
  }
}
