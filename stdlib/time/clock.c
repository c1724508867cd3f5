/*
 * clock.c - Time: wall clock (CLOCK_REALTIME) plus a monotonic reading
 * (CLOCK_MONOTONIC, relative to process start as Go's "m=+0.001" shows).
 * Comparisons use the monotonic readings when both times have one, as Go.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "time/mgtime.h"

#define NS INT64_C(1000000000)

static int64_t mono_start;

static int64_t mono_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * NS + ts.tv_nsec;
}

/* Go subtracts one from the start so that a reading is never zero. */
__attribute__((constructor)) static void clock_init(void) {
  mono_start = mono_now() - 1;
}

time__Time time__Now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (time__Time){ts.tv_sec + TIME_UNIX_TO_INTERNAL, ts.tv_nsec,
                      mono_now() - mono_start, true};
}

time__Time time__Unix(int64_t sec, int64_t nsec) {
  if (nsec < 0 || nsec >= NS) {
    int64_t n = nsec / NS;
    sec += n;
    nsec -= n * NS;
    if (nsec < 0) {
      nsec += NS;
      sec--;
    }
  }
  return (time__Time){sec + TIME_UNIX_TO_INTERNAL, nsec, 0, false};
}

static bool both_mono(time__Time t, time__Time u) {
  return t.hasMono && u.hasMono;
}

time__Time time__Time__Add(time__Time t, time__Duration d) {
  int64_t dsec = d / NS, nsec = t.nsec + d % NS;
  if (nsec >= NS) {
    dsec++;
    nsec -= NS;
  } else if (nsec < 0) {
    dsec--;
    nsec += NS;
  }
  t.sec += dsec;
  t.nsec = nsec;
  if (t.hasMono) {
    int64_t te = (int64_t)((uint64_t)t.mono + (uint64_t)d);
    if ((d < 0 && te > t.mono) || (d > 0 && te < t.mono))
      t.hasMono = false;  /* overflow: drop the reading, as Go */
    else
      t.mono = te;
  }
  return t;
}

static int cmp_wall(time__Time t, time__Time u) {
  if (t.sec != u.sec)
    return t.sec < u.sec ? -1 : 1;
  return t.nsec < u.nsec ? -1 : t.nsec > u.nsec;
}

int64_t time__Time__Compare(time__Time t, time__Time u) {
  if (both_mono(t, u))
    return t.mono < u.mono ? -1 : t.mono > u.mono;
  return cmp_wall(t, u);
}

bool time__Time__Before(time__Time t, time__Time u) {
  return time__Time__Compare(t, u) < 0;
}

bool time__Time__After(time__Time t, time__Time u) {
  return time__Time__Compare(t, u) > 0;
}

bool time__Time__Equal(time__Time t, time__Time u) {
  return time__Time__Compare(t, u) == 0;
}

time__Duration time__Time__Sub(time__Time t, time__Time u) {
  if (both_mono(t, u)) {
    int64_t d = (int64_t)((uint64_t)t.mono - (uint64_t)u.mono);
    if (d < 0 && t.mono > u.mono)
      return INT64_MAX;
    if (d > 0 && t.mono < u.mono)
      return INT64_MIN;
    return d;
  }
  __int128 d = (__int128)(t.sec - u.sec) * NS + (t.nsec - u.nsec);
  return d > INT64_MAX ? INT64_MAX : d < INT64_MIN ? INT64_MIN : (int64_t)d;
}

bool time__Time__IsZero(time__Time t) {
  return t.sec == 0 && t.nsec == 0;
}

int64_t time__Time__Unix(time__Time t) {
  return t.sec - TIME_UNIX_TO_INTERNAL;
}

int64_t time__Time__UnixNano(time__Time t) {
  return (t.sec - TIME_UNIX_TO_INTERNAL) * NS + t.nsec;
}

int64_t time__Time__UnixMilli(time__Time t) {
  return (t.sec - TIME_UNIX_TO_INTERNAL) * 1000 + t.nsec / 1000000;
}

int64_t time__Time__UnixMicro(time__Time t) {
  return (t.sec - TIME_UNIX_TO_INTERNAL) * 1000000 + t.nsec / 1000;
}

int64_t time__Time__Nanosecond(time__Time t) {
  return t.nsec;
}

/* Remainder of t (as a duration since the zero time) modulo d > 0. */
static int64_t time_mod(time__Time t, time__Duration d) {
  return (int64_t)(((__int128)t.sec * NS + t.nsec) % d);
}

time__Time time__Time__Truncate(time__Time t, time__Duration d) {
  t.hasMono = false;
  if (d <= 0)
    return t;
  return time__Time__Add(t, -time_mod(t, d));
}

time__Time time__Time__Round(time__Time t, time__Duration d) {
  t.hasMono = false;
  if (d <= 0)
    return t;
  int64_t r = time_mod(t, d);
  if ((uint64_t)r + (uint64_t)r < (uint64_t)d)
    return time__Time__Add(t, -r);
  return time__Time__Add(t, d - r);
}

/* Appends Go's " m=+1.000000002" for the monotonic reading. */
static int format_mono(char *buf, size_t n, int64_t mono) {
  uint64_t m = (uint64_t)mono;
  char sign = '+';
  if (mono < 0) {
    sign = '-';
    m = -m;
  }
  return snprintf(buf, n, " m=%c%llu.%09llu", sign,
                  (unsigned long long)(m / NS), (unsigned long long)(m % NS));
}

mg_string time__Time__String(time__Time t) {
  /* The zero Time is UTC in Go; other times print in the Local zone. */
  time_t secs = (time_t)(t.sec - TIME_UNIX_TO_INTERNAL);
  struct tm tm;
  bool utc = time__Time__IsZero(t);
  if (utc)
    gmtime_r(&secs, &tm);
  else
    localtime_r(&secs, &tm);
  char *buf = mg_alloc_atomic(128);
  int n = snprintf(buf, 128, "%04lld-%02d-%02d %02d:%02d:%02d",
                   (long long)tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                   tm.tm_hour, tm.tm_min, tm.tm_sec);
  if (t.nsec) {
    int64_t ns = t.nsec, digits = 9;
    while (ns % 10 == 0) {
      ns /= 10;
      digits--;
    }
    n += snprintf(buf + n, 128 - n, ".%0*lld", (int)digits, (long long)ns);
  }
  long off = tm.tm_gmtoff / 60;
  n += snprintf(buf + n, 128 - n, " %c%02ld%02ld %s", off < 0 ? '-' : '+',
                labs(off) / 60, labs(off) % 60,
                (utc || !tm.tm_zone) ? "UTC" : tm.tm_zone);
  if (t.hasMono)
    n += format_mono(buf + n, 128 - n, t.mono);
  return (mg_string){(const uint8_t *)buf, n};
}
