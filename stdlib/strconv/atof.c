/*
 * atof.c - ParseFloat: Go's syntax (readFloat, special) is checked here;
 * the correctly rounded conversion is left to strtod/strtof.
 */
#include <math.h>
#include <stdlib.h>

#include "strconv/strconv.h"

static int64_t prefix_ignore_case(const uint8_t *s, int64_t n, const char *word) {
  int64_t i = 0;
  while (i < n && word[i] && mg_strconv_lower(s[i]) == (uint8_t)word[i]) i++;
  return i;
}

/* [+-]inf, [+-]infinity, nan: the value and the length it spans, or 0. */
static int64_t special(const uint8_t *s, int64_t n, double *f) {
  if (n == 0) return 0;
  int64_t nsign = s[0] == '+' || s[0] == '-';
  if (nsign || mg_strconv_lower(s[0]) == 'i') {
    int64_t k = prefix_ignore_case(s + nsign, n - nsign, "infinity");
    if (k > 3 && k < 8) k = 3;
    if (k != 3 && k != 8) return 0;
    *f = s[0] == '-' ? -INFINITY : INFINITY;
    return nsign + k;
  }
  if (mg_strconv_lower(s[0]) == 'n' && prefix_ignore_case(s, n, "nan") == 3) return *f = NAN, 3;
  return 0;
}

/* Length of the float literal Go's readFloat accepts at s, or 0. */
static int64_t read_float(const uint8_t *s, int64_t n) {
  int64_t i = 0;
  bool underscores = false, hex = false, sawdot = false, sawdigits = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) i++;
  if (i + 2 < n && s[i] == '0' && mg_strconv_lower(s[i + 1]) == 'x') hex = true, i += 2;
  for (; i < n; i++) {
    uint8_t c = s[i], l = mg_strconv_lower(c);
    if (c == '_') {
      underscores = true;
    } else if (c == '.') {
      if (sawdot) break;
      sawdot = true;
    } else if ((c >= '0' && c <= '9') || (hex && l >= 'a' && l <= 'f')) {
      sawdigits = true;
    } else {
      break;
    }
  }
  if (!sawdigits) return 0;
  if (i < n && mg_strconv_lower(s[i]) == (hex ? 'p' : 'e')) {
    i++;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    if (i >= n || s[i] < '0' || s[i] > '9') return 0;
    for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++)
      underscores |= s[i] == '_';
  } else if (hex) {
    return 0;  /* a hexadecimal mantissa needs a 'p' exponent */
  }
  if (underscores && !mg_strconv_underscore_ok(s, i)) return 0;
  return i;
}

struct strconv__parseFloat__ret strconv__parseFloat(mg_string str, int64_t bitSize) {
  typedef struct strconv__parseFloat__ret ret;
  double f;
  int64_t n = special(str.ptr, str.len, &f);
  if (n) return (ret){n == str.len ? f : 0, n == str.len ? STRCONV_OK : STRCONV_SYNTAX};
  n = read_float(str.ptr, str.len);
  if (n == 0 || n != str.len) return (ret){0, STRCONV_SYNTAX};
  char small[64], *buf = n < (int64_t)sizeof small ? small : malloc(n + 1);
  int64_t k = 0;
  for (int64_t i = 0; i < n; i++)
    if (str.ptr[i] != '_') buf[k++] = str.ptr[i];
  buf[k] = 0;
  f = bitSize == 32 ? strtof(buf, NULL) : strtod(buf, NULL);
  if (buf != small) free(buf);
  return (ret){f, isinf(f) ? STRCONV_RANGE : STRCONV_OK};
}
