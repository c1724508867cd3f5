/* unicode.c - rune classification and case mapping over the generated tables. */
#include "unicode/unicode.h"

bool mg_unicode_in(const mg_utable *t, int32_t r) {
  if (r < 0)
    return false;
  uint32_t u = (uint32_t)r;
  int lo = 0, hi = t->n;
  while (lo < hi) {
    int m = lo + (hi - lo) / 2;
    const mg_urange *g = &t->r[m];
    if (g->lo <= u && u <= g->hi)
      return g->stride == 1 || (u - g->lo) % g->stride == 0;
    if (u < g->lo)
      hi = m;
    else
      lo = m + 1;
  }
  return false;
}

bool unicode__IsLetter(int32_t r) { return mg_unicode_in(&mg_unicode_letter, r); }
bool unicode__IsDigit(int32_t r) {
  return (r >= '0' && r <= '9') || (r > 0xFF && mg_unicode_in(&mg_unicode_digit, r));
}
bool unicode__IsNumber(int32_t r) { return mg_unicode_in(&mg_unicode_number, r); }
bool unicode__IsSpace(int32_t r) { return mg_unicode_in(&mg_unicode_space, r); }
bool unicode__IsUpper(int32_t r) { return mg_unicode_in(&mg_unicode_upper, r); }
bool unicode__IsLower(int32_t r) { return mg_unicode_in(&mg_unicode_lower, r); }
bool unicode__IsTitle(int32_t r) { return mg_unicode_in(&mg_unicode_title, r); }
bool unicode__IsPunct(int32_t r) { return mg_unicode_in(&mg_unicode_punct, r); }
bool unicode__IsSymbol(int32_t r) { return mg_unicode_in(&mg_unicode_symbol, r); }
bool unicode__IsMark(int32_t r) { return mg_unicode_in(&mg_unicode_mark, r); }
bool unicode__IsControl(int32_t r) { return (r >= 0 && r <= 0x1F) || (r >= 0x7F && r <= 0x9F); }

static bool is_lmnps(int32_t r) {
  return unicode__IsLetter(r) || unicode__IsMark(r) || unicode__IsNumber(r) ||
         unicode__IsPunct(r) || unicode__IsSymbol(r);
}

/* Go: letters, marks, numbers, punctuation, symbols and U+0020 only. */
bool unicode__IsPrint(int32_t r) { return r == ' ' || is_lmnps(r); }
bool unicode__IsGraphic(int32_t r) { return is_lmnps(r) || mg_unicode_in(&mg_unicode_zs, r); }

/* Go's unicode.to over CaseRanges; c is UpperCase 0, LowerCase 1, TitleCase 2. */
int32_t unicode__To(int64_t c, int32_t r) {
  if (c < 0 || c > 2)
    return 0xFFFD;
  int lo = 0, hi = mg_unicode_ncase;
  while (lo < hi) {
    int m = lo + (hi - lo) / 2;
    const mg_ucase *g = &mg_unicode_case[m];
    if (r >= 0 && g->lo <= (uint32_t)r && (uint32_t)r <= g->hi) {
      int32_t d = g->delta[c];
      if (d > MG_MAX_RUNE)  /* even offsets upper case, odd lower */
        return (int32_t)g->lo + (((r - (int32_t)g->lo) & ~1) | (int32_t)(c & 1));
      return r + d;
    }
    if (r < (int32_t)g->lo)
      hi = m;
    else
      lo = m + 1;
  }
  return r;
}

int32_t unicode__ToUpper(int32_t r) {
  if (r >= 0 && r < 0x80)
    return r >= 'a' && r <= 'z' ? r - 32 : r;
  return unicode__To(0, r);
}

int32_t unicode__ToLower(int32_t r) {
  if (r >= 0 && r < 0x80)
    return r >= 'A' && r <= 'Z' ? r + 32 : r;
  return unicode__To(1, r);
}

int32_t unicode__ToTitle(int32_t r) {
  if (r >= 0 && r < 0x80)
    return r >= 'a' && r <= 'z' ? r - 32 : r;
  return unicode__To(2, r);
}

/* The next rune of r's case-folding orbit, as Go's unicode.SimpleFold. */
int32_t unicode__SimpleFold(int32_t r) {
  if (r < 0 || r > MG_MAX_RUNE)
    return r;
  int lo = 0, hi = mg_unicode_norbit;
  while (lo < hi) {
    int m = lo + (hi - lo) / 2;
    if (mg_unicode_orbit[m][0] == r)
      return mg_unicode_orbit[m][1];
    if (r < mg_unicode_orbit[m][0])
      hi = m;
    else
      lo = m + 1;
  }
  int32_t l = unicode__ToLower(r);
  return l != r ? l : unicode__ToUpper(r);
}
