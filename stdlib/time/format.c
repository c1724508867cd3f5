/*
 * format.c - Time.Format with Go's reference-time layouts ("2006-01-02
 * 15:04:05.000 -0700 MST"): the layout is scanned for the same standard
 * chunks, with the same precedence, as Go's nextStdChunk.
 */
#include <stdio.h>
#include <stdlib.h>

#include "time/mgtime.h"

typedef enum std {
  STD_NONE, STD_LONGMONTH, STD_MONTH, STD_NUMMONTH, STD_ZEROMONTH,
  STD_LONGWEEKDAY, STD_WEEKDAY, STD_DAY, STD_UNDERDAY, STD_ZERODAY,
  STD_UNDERYEARDAY, STD_ZEROYEARDAY, STD_HOUR, STD_HOUR12, STD_ZEROHOUR12,
  STD_MINUTE, STD_ZEROMINUTE, STD_SECOND, STD_ZEROSECOND, STD_LONGYEAR,
  STD_YEAR, STD_PM, STD_PM_LOWER, STD_TZ,
  /* numeric zones; the ISO 8601 ones print Z for UTC */
  STD_NUMTZ, STD_NUMSECONDSTZ, STD_NUMSHORTTZ, STD_NUMCOLONTZ,
  STD_NUMCOLONSECONDSTZ, STD_ISOTZ, STD_ISOSECONDSTZ, STD_ISOSHORTTZ,
  STD_ISOCOLONTZ, STD_ISOCOLONSECONDSTZ,
  STD_FRAC0, STD_FRAC9,  /* .000 / .999: fixed or trimmed fraction */
} std;

typedef struct chunk {
  int64_t start, len;  /* the chunk within the layout */
  std std;
  int digits;          /* fraction digits */
} chunk;

static const char *const long_months[] = {"January", "February", "March",
  "April", "May", "June", "July", "August", "September", "October",
  "November", "December"};
static const char *const long_days[] = {"Sunday", "Monday", "Tuesday",
  "Wednesday", "Thursday", "Friday", "Saturday"};

static bool has(const uint8_t *s, int64_t n, int64_t i, const char *lit) {
  int64_t k = (int64_t)strlen(lit);
  return i + k <= n && memcmp(s + i, lit, (size_t)k) == 0;
}

static bool lower_at(const uint8_t *s, int64_t n, int64_t i) {
  return i < n && s[i] >= 'a' && s[i] <= 'z';
}

typedef struct zonelit {
  const char *lit;
  std num, iso;
} zonelit;

/* Longest first, as Go tries them. */
static const zonelit zones[] = {
  {"070000", STD_NUMSECONDSTZ, STD_ISOSECONDSTZ},
  {"07:00:00", STD_NUMCOLONSECONDSTZ, STD_ISOCOLONSECONDSTZ},
  {"0700", STD_NUMTZ, STD_ISOTZ},
  {"07:00", STD_NUMCOLONTZ, STD_ISOCOLONTZ},
  {"07", STD_NUMSHORTTZ, STD_ISOSHORTTZ},
};

/* The chunk starting at layout[i], or STD_NONE. */
static chunk chunk_at(const uint8_t *s, int64_t n, int64_t i) {
  static const std zero_x[] = {STD_ZEROMONTH, STD_ZERODAY, STD_ZEROHOUR12,
                               STD_ZEROMINUTE, STD_ZEROSECOND, STD_YEAR};
  chunk none = {i, 0, STD_NONE, 0};
#define CH(k, st) return (chunk){i, k, st, 0}
  switch (s[i]) {
  case 'J':
    if (has(s, n, i, "January")) CH(7, STD_LONGMONTH);
    if (has(s, n, i, "Jan") && !lower_at(s, n, i + 3)) CH(3, STD_MONTH);
    break;
  case 'M':
    if (has(s, n, i, "Monday")) CH(6, STD_LONGWEEKDAY);
    if (has(s, n, i, "Mon") && !lower_at(s, n, i + 3)) CH(3, STD_WEEKDAY);
    if (has(s, n, i, "MST")) CH(3, STD_TZ);
    break;
  case '0':
    if (i + 1 < n && s[i + 1] >= '1' && s[i + 1] <= '6') CH(2, zero_x[s[i + 1] - '1']);
    if (has(s, n, i, "002")) CH(3, STD_ZEROYEARDAY);
    break;
  case '1':
    if (has(s, n, i, "15")) CH(2, STD_HOUR);
    CH(1, STD_NUMMONTH);
  case '2':
    if (has(s, n, i, "2006")) CH(4, STD_LONGYEAR);
    CH(1, STD_DAY);
  case '_':
    if (has(s, n, i, "_2006")) return (chunk){i + 1, 4, STD_LONGYEAR, 0};
    if (has(s, n, i, "_2")) CH(2, STD_UNDERDAY);
    if (has(s, n, i, "__2")) CH(3, STD_UNDERYEARDAY);
    break;
  case '3': CH(1, STD_HOUR12);
  case '4': CH(1, STD_MINUTE);
  case '5': CH(1, STD_SECOND);
  case 'P':
    if (has(s, n, i, "PM")) CH(2, STD_PM);
    break;
  case 'p':
    if (has(s, n, i, "pm")) CH(2, STD_PM_LOWER);
    break;
  case '-':
  case 'Z':
    for (size_t z = 0; z < sizeof zones / sizeof zones[0]; z++)
      if (has(s, n, i + 1, zones[z].lit))
        CH(1 + (int64_t)strlen(zones[z].lit), s[i] == '-' ? zones[z].num : zones[z].iso);
    break;
  case '.':
  case ',':
    if (i + 1 < n && (s[i + 1] == '0' || s[i + 1] == '9')) {
      uint8_t ch = s[i + 1];
      int64_t j = i + 1;
      while (j < n && s[j] == ch)
        j++;
      if (!(j < n && s[j] >= '0' && s[j] <= '9'))  /* digits must end here */
        return (chunk){i, j - i, ch == '0' ? STD_FRAC0 : STD_FRAC9, (int)(j - i - 1)};
    }
    break;
  }
#undef CH
  return none;
}

typedef struct buf {
  char *p;
  int64_t len, cap;
} buf;

static void put(buf *b, const char *s, int64_t n) {
  if (b->len + n > b->cap) {
    int64_t cap = (b->len + n) * 2;
    char *p = mg_alloc_atomic(cap);
    memcpy(p, b->p, (size_t)b->len);
    b->p = p;
    b->cap = cap;
  }
  memcpy(b->p + b->len, s, (size_t)n);
  b->len += n;
}

static void puts_(buf *b, const char *s) {
  put(b, s, (int64_t)strlen(s));
}

/* x zero-padded to width, as Go's appendInt. */
static void put_int(buf *b, int64_t x, int width) {
  char tmp[32];
  int n = x < 0 ? snprintf(tmp, sizeof tmp, "-%0*lld", width, -(long long)x)
                : snprintf(tmp, sizeof tmp, "%0*lld", width, (long long)x);
  put(b, tmp, n);
}

static void put_zone(buf *b, std st, long offset) {
  bool iso = st >= STD_ISOTZ;
  if (iso && offset == 0) {
    puts_(b, "Z");
    return;
  }
  std num = iso ? (std)(st - STD_ISOTZ + STD_NUMTZ) : st;
  long zone = offset / 60, secs = labs(offset % 60);
  puts_(b, zone < 0 ? "-" : "+");
  zone = labs(zone);
  put_int(b, zone / 60, 2);
  if (num == STD_NUMCOLONTZ || num == STD_NUMCOLONSECONDSTZ)
    puts_(b, ":");
  if (num != STD_NUMSHORTTZ)
    put_int(b, zone % 60, 2);
  if (num == STD_NUMSECONDSTZ || num == STD_NUMCOLONSECONDSTZ) {
    if (num == STD_NUMCOLONSECONDSTZ)
      puts_(b, ":");
    put_int(b, secs, 2);
  }
}

static void put_frac(buf *b, chunk ch, char sep, int64_t nsec) {
  char digits[10];
  snprintf(digits, sizeof digits, "%09lld", (long long)nsec);
  int n = ch.digits > 9 ? 9 : ch.digits;
  if (ch.std == STD_FRAC9)
    while (n > 0 && digits[n - 1] == '0')
      n--;
  if (n == 0 && ch.std == STD_FRAC9)
    return;
  put(b, &sep, 1);
  put(b, digits, n);
}

static void put_std(buf *b, chunk ch, char sep, const time_civil *c, int64_t nsec) {
  int hour12 = c->hour % 12 ? c->hour % 12 : 12;
  switch (ch.std) {
  case STD_NONE: break;
  case STD_LONGMONTH: puts_(b, long_months[c->month - 1]); break;
  case STD_MONTH: put(b, long_months[c->month - 1], 3); break;
  case STD_NUMMONTH: put_int(b, c->month, 0); break;
  case STD_ZEROMONTH: put_int(b, c->month, 2); break;
  case STD_LONGWEEKDAY: puts_(b, long_days[c->wday]); break;
  case STD_WEEKDAY: put(b, long_days[c->wday], 3); break;
  case STD_DAY: put_int(b, c->day, 0); break;
  case STD_UNDERDAY:
    if (c->day < 10)
      puts_(b, " ");
    put_int(b, c->day, 0);
    break;
  case STD_ZERODAY: put_int(b, c->day, 2); break;
  case STD_UNDERYEARDAY:
    puts_(b, c->yday < 10 ? "  " : c->yday < 100 ? " " : "");
    put_int(b, c->yday, 0);
    break;
  case STD_ZEROYEARDAY: put_int(b, c->yday, 3); break;
  case STD_HOUR: put_int(b, c->hour, 2); break;
  case STD_HOUR12: put_int(b, hour12, 0); break;
  case STD_ZEROHOUR12: put_int(b, hour12, 2); break;
  case STD_MINUTE: put_int(b, c->min, 0); break;
  case STD_ZEROMINUTE: put_int(b, c->min, 2); break;
  case STD_SECOND: put_int(b, c->sec, 0); break;
  case STD_ZEROSECOND: put_int(b, c->sec, 2); break;
  case STD_LONGYEAR: put_int(b, c->year, 4); break;
  case STD_YEAR: put_int(b, ((c->year % 100) + 100) % 100, 2); break;
  case STD_PM: puts_(b, c->hour >= 12 ? "PM" : "AM"); break;
  case STD_PM_LOWER: puts_(b, c->hour >= 12 ? "pm" : "am"); break;
  case STD_TZ: puts_(b, c->zone); break;
  case STD_FRAC0:
  case STD_FRAC9: put_frac(b, ch, sep, nsec); break;
  default: put_zone(b, ch.std, c->offset); break;
  }
}

mg_string time__Time__Format(time__Time t, mg_string layout) {
  time_civil c = time_civil_of(t);
  buf b = {NULL, 0, 0};
  const uint8_t *s = layout.ptr;
  int64_t n = layout.len, lit = 0;
  for (int64_t i = 0; i < n;) {
    chunk ch = chunk_at(s, n, i);
    if (ch.std == STD_NONE) {
      i++;
      continue;
    }
    put(&b, (const char *)s + lit, ch.start - lit);
    put_std(&b, ch, (char)s[ch.start], &c, t.nsec);
    i = lit = ch.start + ch.len;
  }
  put(&b, (const char *)s + lit, n - lit);
  return (mg_string){(const uint8_t *)b.p, b.len};
}
