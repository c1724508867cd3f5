/*
 * strings.c - package strings, following Go 1.19's algorithms so that edge
 * cases (empty separators, invalid UTF-8, closures' call order) match.
 */
#include "strings/strings.h"
#include "internal/std.h"
#include "unicode/unicode.h"
#include "unicode/utf8/utf8.h"

/* A rune predicate or mapping with its context: a Go closure or a C table. */
typedef bool (*rune_pred)(void *ctx, int32_t r);
typedef int32_t (*rune_map)(void *ctx, int32_t r);

static bool call_pred(void *f, int32_t r) {
  return ((bool (*)(mg_func *, int32_t))mgstd_code(f))(f, r);
}
static int32_t call_map(void *f, int32_t r) {
  return ((int32_t (*)(mg_func *, int32_t))mgstd_code(f))(f, r);
}
static bool is_space(void *ctx, int32_t r) { return unicode__IsSpace(r); }
static bool in_cutset(void *cutset, int32_t r) {
  return strings__IndexRune(*(mg_string *)cutset, r) >= 0;
}

static int32_t decode(mg_string s, int64_t i, int64_t *size) {
  return mg_utf8_decode(s.ptr + i, s.len - i, size);
}

static mg_slice str_slice(int64_t n) {
  return (mg_slice){mg_alloc(n * (int64_t)sizeof(mg_string)), n, n};
}

/* ---- searching */

static int64_t index_bytes(mg_string s, const void *sep, int64_t n) {
  if (n == 0) return 0;
  const uint8_t *p = memmem(s.ptr, s.len, sep, n);
  return p ? p - s.ptr : -1;
}

int64_t strings__Index(mg_string s, mg_string sep) { return index_bytes(s, sep.ptr, sep.len); }

int64_t strings__LastIndex(mg_string s, mg_string sep) {
  for (int64_t i = s.len - sep.len; i >= 0; i--)
    if (memcmp(s.ptr + i, sep.ptr, sep.len) == 0) return i;
  return -1;
}

int64_t strings__IndexByte(mg_string s, uint8_t c) { return index_bytes(s, &c, 1); }

int64_t strings__LastIndexByte(mg_string s, uint8_t c) {
  const uint8_t *p = s.len ? memrchr(s.ptr, c, s.len) : NULL;
  return p ? p - s.ptr : -1;
}

int64_t strings__IndexRune(mg_string s, int32_t r) {
  if (r >= 0 && r < MG_RUNE_SELF) return strings__IndexByte(s, (uint8_t)r);
  if (r == MG_RUNE_ERROR) {  /* matches invalid bytes too, as ranging does */
    int64_t size;
    for (int64_t i = 0; i < s.len; i += size)
      if (decode(s, i, &size) == MG_RUNE_ERROR) return i;
    return -1;
  }
  if (!unicode_utf8__ValidRune(r)) return -1;
  uint8_t buf[4];
  return index_bytes(s, buf, mg_utf8_encode(buf, r));
}

static int64_t index_pred(mg_string s, rune_pred f, void *ctx, bool truth) {
  int64_t size;
  for (int64_t i = 0; i < s.len; i += size)
    if (f(ctx, decode(s, i, &size)) == truth) return i;
  return -1;
}

static int64_t last_index_pred(mg_string s, rune_pred f, void *ctx, bool truth) {
  for (int64_t i = s.len, size; i > 0;) {
    int32_t r = mg_utf8_decode_last(s.ptr, i, &size);
    i -= size;
    if (f(ctx, r) == truth) return i;
  }
  return -1;
}

int64_t strings__IndexAny(mg_string s, mg_string chars) {
  return chars.len ? index_pred(s, in_cutset, &chars, true) : -1;
}
int64_t strings__LastIndexAny(mg_string s, mg_string chars) {
  return chars.len ? last_index_pred(s, in_cutset, &chars, true) : -1;
}
int64_t strings__IndexFunc(mg_string s, mg_func *f) { return index_pred(s, call_pred, f, true); }
int64_t strings__LastIndexFunc(mg_string s, mg_func *f) {
  return last_index_pred(s, call_pred, f, true);
}

bool strings__Contains(mg_string s, mg_string sub) { return strings__Index(s, sub) >= 0; }
bool strings__ContainsRune(mg_string s, int32_t r) { return strings__IndexRune(s, r) >= 0; }
bool strings__ContainsAny(mg_string s, mg_string chars) { return strings__IndexAny(s, chars) >= 0; }

bool strings__HasPrefix(mg_string s, mg_string prefix) {
  return s.len >= prefix.len && memcmp(s.ptr, prefix.ptr, prefix.len) == 0;
}

bool strings__HasSuffix(mg_string s, mg_string suffix) {
  return s.len >= suffix.len && memcmp(s.ptr + s.len - suffix.len, suffix.ptr, suffix.len) == 0;
}

int64_t strings__Count(mg_string s, mg_string sep) {
  if (sep.len == 0) return mg_utf8_count(s.ptr, s.len) + 1;
  int64_t n = 0;
  for (int64_t i; (i = strings__Index(s, sep)) >= 0; n++)
    s = mgstd_substr(s, i + sep.len, s.len);
  return n;
}

int64_t strings__Compare(mg_string a, mg_string b) {
  int64_t n = a.len < b.len ? a.len : b.len;
  int c = n ? memcmp(a.ptr, b.ptr, n) : 0;
  if (c != 0) return c < 0 ? -1 : 1;
  return a.len < b.len ? -1 : a.len > b.len;
}

static int32_t next_rune(mg_string *s) {
  int64_t size;
  int32_t r = decode(*s, 0, &size);
  *s = mgstd_substr(*s, size, s->len);
  return r;
}

/* Simple Unicode case folding, as Go's EqualFold. */
bool strings__EqualFold(mg_string s, mg_string t) {
  while (s.len && t.len) {
    int32_t sr = next_rune(&s), tr = next_rune(&t);
    if (tr == sr) continue;
    if (tr < sr) {
      int32_t x = tr;
      tr = sr, sr = x;
    }
    if (tr < MG_RUNE_SELF) {
      if (sr >= 'A' && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
      return false;
    }
    int32_t r = unicode__SimpleFold(sr);
    while (r != sr && r < tr) r = unicode__SimpleFold(r);
    if (r != tr) return false;
  }
  return s.len == t.len;
}

struct strings__Cut__ret strings__Cut(mg_string s, mg_string sep) {
  int64_t i = strings__Index(s, sep);
  if (i < 0) return (struct strings__Cut__ret){s, {NULL, 0}, false};
  return (struct strings__Cut__ret){mgstd_substr(s, 0, i),
                                    mgstd_substr(s, i + sep.len, s.len), true};
}

/* ---- splitting and joining */

/* Each rune as a string, invalid bytes as "\uFFFD", the last element
 * holding the rest (Go's explode). */
static mg_slice explode(mg_string s, int64_t n) {
  int64_t l = mg_utf8_count(s.ptr, s.len), size;
  if (n < 0 || n > l) n = l;
  mg_slice a = str_slice(n);
  mg_string *e = a.ptr;
  for (int64_t i = 0; i < n - 1; i++) {
    bool bad = decode(s, 0, &size) == MG_RUNE_ERROR;
    e[i] = bad ? MG_STR("\xEF\xBF\xBD") : mgstd_substr(s, 0, size);
    s = mgstd_substr(s, size, s.len);
  }
  if (n > 0) e[n - 1] = s;
  return a;
}

static mg_slice gen_split(mg_string s, mg_string sep, int64_t save, int64_t n) {
  if (n == 0) return (mg_slice){NULL, 0, 0};
  if (sep.len == 0) return explode(s, n);
  if (n < 0) n = strings__Count(s, sep) + 1;
  if (n > s.len + 1) n = s.len + 1;
  mg_slice a = str_slice(n);
  mg_string *e = a.ptr;
  int64_t i = 0, m;
  for (; i < n - 1 && (m = strings__Index(s, sep)) >= 0; i++) {
    e[i] = mgstd_substr(s, 0, m + save);
    s = mgstd_substr(s, m + sep.len, s.len);
  }
  e[i] = s;
  a.len = i + 1;
  return a;
}

mg_slice strings__Split(mg_string s, mg_string sep) { return gen_split(s, sep, 0, -1); }
mg_slice strings__SplitN(mg_string s, mg_string sep, int64_t n) { return gen_split(s, sep, 0, n); }
mg_slice strings__SplitAfter(mg_string s, mg_string sep) { return gen_split(s, sep, sep.len, -1); }
mg_slice strings__SplitAfterN(mg_string s, mg_string sep, int64_t n) {
  return gen_split(s, sep, sep.len, n);
}

/* Fields of s between runs of runes for which f is true; f is called once per rune. */
static mg_slice fields(mg_string s, rune_pred f, void *ctx) {
  mgstd_buf spans = {0};  /* (start, end) pairs */
  int64_t start = -1, size;
  for (int64_t i = 0; i < s.len; i += size) {
    bool sep = f(ctx, decode(s, i, &size));
    if (sep && start >= 0) {
      int64_t span[2] = {start, i};
      mgstd_buf_put(&spans, span, sizeof span);
      start = -1;
    } else if (!sep && start < 0) {
      start = i;
    }
  }
  if (start >= 0) {
    int64_t span[2] = {start, s.len};
    mgstd_buf_put(&spans, span, sizeof span);
  }
  int64_t n = spans.len / (int64_t)(2 * sizeof(int64_t));
  mg_slice a = str_slice(n);
  const int64_t *sp = (const int64_t *)spans.p;
  for (int64_t i = 0; i < n; i++)
    ((mg_string *)a.ptr)[i] = mgstd_substr(s, sp[2 * i], sp[2 * i + 1]);
  return a;
}

mg_slice strings__Fields(mg_string s) { return fields(s, is_space, NULL); }
mg_slice strings__FieldsFunc(mg_string s, mg_func *f) { return fields(s, call_pred, f); }

mg_string strings__Join(mg_slice elems, mg_string sep) {
  const mg_string *e = elems.ptr;
  if (elems.len == 0) return (mg_string){NULL, 0};
  if (elems.len == 1) return e[0];
  mgstd_buf b = {0};
  int64_t n = sep.len * (elems.len - 1);
  for (int64_t i = 0; i < elems.len; i++) n += e[i].len;
  mgstd_buf_grow(&b, n);
  mgstd_buf_str(&b, e[0]);
  for (int64_t i = 1; i < elems.len; i++) {
    mgstd_buf_str(&b, sep);
    mgstd_buf_str(&b, e[i]);
  }
  return mgstd_buf_string(&b);
}

/* ---- transforming */

mg_string strings__Repeat(mg_string s, int64_t count) {
  if (count == 0) return (mg_string){NULL, 0};
  if (count < 0) mg_panic_cstring("strings: negative Repeat count");
  if (s.len * count / count != s.len) mg_panic_cstring("strings: Repeat count causes overflow");
  if (s.len * count > ((int64_t)1 << 47)) mg_panic_runtime_error("makeslice: len out of range");
  uint8_t *p;
  mg_string r = mgstd_str_new(s.len * count, &p);
  for (int64_t i = 0; i < count; i++) memcpy(p + i * s.len, s.ptr, s.len);
  return r;
}

mg_string strings__Replace(mg_string s, mg_string old, mg_string new_, int64_t n) {
  if (mg_string_equal(old, new_) || n == 0) return s;
  int64_t m = strings__Count(s, old), start = 0;
  if (m == 0) return s;
  if (n < 0 || m < n) n = m;
  mgstd_buf b = {0};
  mgstd_buf_grow(&b, s.len + n * (new_.len - old.len));
  for (int64_t i = 0; i < n; i++) {
    int64_t j = start, size;
    if (old.len == 0) {
      if (i > 0) decode(s, start, &size), j += size;
    } else {
      j += strings__Index(mgstd_substr(s, start, s.len), old);
    }
    mgstd_buf_put(&b, s.ptr + start, j - start);
    mgstd_buf_str(&b, new_);
    start = j + old.len;
  }
  mgstd_buf_put(&b, s.ptr + start, s.len - start);
  return mgstd_buf_string(&b);
}

mg_string strings__ReplaceAll(mg_string s, mg_string old, mg_string new_) {
  return strings__Replace(s, old, new_, -1);
}

/* Go's Map: f once per rune (invalid bytes as RuneError), negative drops the rune. */
static mg_string map_runes(rune_map f, void *ctx, mg_string s) {
  mgstd_buf b = {0};
  bool changed = false;
  int64_t size;
  for (int64_t i = 0; i < s.len; i += size) {
    int32_t c = decode(s, i, &size), r = f(ctx, c);
    if (!changed && r == c && (c != MG_RUNE_ERROR || size != 1)) continue;
    if (!changed) {
      changed = true;
      mgstd_buf_grow(&b, s.len + 4);
      mgstd_buf_put(&b, s.ptr, i);
    }
    if (r >= 0) mgstd_buf_rune(&b, r);
  }
  return changed ? mgstd_buf_string(&b) : s;
}

static int32_t map_upper(void *ctx, int32_t r) { return unicode__ToUpper(r); }
static int32_t map_lower(void *ctx, int32_t r) { return unicode__ToLower(r); }
static int32_t map_title(void *ctx, int32_t r) { return unicode__ToTitle(r); }

mg_string strings__Map(mg_func *mapping, mg_string s) { return map_runes(call_map, mapping, s); }
mg_string strings__ToUpper(mg_string s) { return map_runes(map_upper, NULL, s); }
mg_string strings__ToLower(mg_string s) { return map_runes(map_lower, NULL, s); }
mg_string strings__ToTitle(mg_string s) { return map_runes(map_title, NULL, s); }

static bool is_separator(int32_t r) {
  if (r <= 0x7F) {
    int32_t l = r | 0x20;
    return !((r >= '0' && r <= '9') || (l >= 'a' && l <= 'z') || r == '_');
  }
  if (unicode__IsLetter(r) || unicode__IsDigit(r)) return false;
  return unicode__IsSpace(r);
}

static int32_t map_word_title(void *prev, int32_t r) {
  bool sep = is_separator(*(int32_t *)prev);
  *(int32_t *)prev = r;
  return sep ? unicode__ToTitle(r) : r;
}

mg_string strings__Title(mg_string s) {
  int32_t prev = ' ';
  return map_runes(map_word_title, &prev, s);
}

static mg_string trim_left(mg_string s, rune_pred f, void *ctx) {
  int64_t i = index_pred(s, f, ctx, false);
  return i < 0 ? (mg_string){NULL, 0} : mgstd_substr(s, i, s.len);
}

static mg_string trim_right(mg_string s, rune_pred f, void *ctx) {
  int64_t i = last_index_pred(s, f, ctx, false), size = 1;
  if (i >= 0 && s.ptr[i] >= MG_RUNE_SELF) decode(s, i, &size);
  return mgstd_substr(s, 0, i < 0 ? 0 : i + size);
}

mg_string strings__TrimSpace(mg_string s) {
  return trim_right(trim_left(s, is_space, NULL), is_space, NULL);
}

mg_string strings__Trim(mg_string s, mg_string cutset) {
  if (s.len == 0 || cutset.len == 0) return s;
  return trim_left(trim_right(s, in_cutset, &cutset), in_cutset, &cutset);
}

mg_string strings__TrimLeft(mg_string s, mg_string cutset) {
  return s.len && cutset.len ? trim_left(s, in_cutset, &cutset) : s;
}

mg_string strings__TrimRight(mg_string s, mg_string cutset) {
  return s.len && cutset.len ? trim_right(s, in_cutset, &cutset) : s;
}

mg_string strings__TrimFunc(mg_string s, mg_func *f) {
  return trim_right(trim_left(s, call_pred, f), call_pred, f);
}
mg_string strings__TrimLeftFunc(mg_string s, mg_func *f) { return trim_left(s, call_pred, f); }
mg_string strings__TrimRightFunc(mg_string s, mg_func *f) { return trim_right(s, call_pred, f); }

mg_string strings__TrimPrefix(mg_string s, mg_string prefix) {
  return strings__HasPrefix(s, prefix) ? mgstd_substr(s, prefix.len, s.len) : s;
}

mg_string strings__TrimSuffix(mg_string s, mg_string suffix) {
  return strings__HasSuffix(s, suffix) ? mgstd_substr(s, 0, s.len - suffix.len) : s;
}
