/*
 * clock.c - Time: wall clock (CLOCK_REALTIME) plus a monotonic reading
 * (CLOCK_MONOTONIC, relative to process start as Go's "m=+0.001" shows).
 * Comparisons use the monotonic readings when both times have one, as Go.
 * Calendar fields come from the C library's UTC or local conversions.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "time/mgtime.h"
#include "runtime.h"

#define NS INT64_C(1000000000)

static int64_t mono_start;

/* Go subtracts one from the start so that a reading is never zero. */
__attribute__((constructor)) static void clock_init(void) {
  mono_start = mg_nanotime() - 1;
}

static time__Location local_loc = {MG_STR("Local"), true};

static bool file_exists(const char *dir, const char *name) {
  char path[512];
  snprintf(path, sizeof path, "%s%s", dir, name);
  return access(path, R_OK) == 0;
}

/* Local's name as Go's initLocal derives it from $TZ. */
static const char *local_name(void) {
  const char *tz = getenv("TZ");
  if (!tz)
    return file_exists("/etc/localtime", "") ? "Local" : "UTC";
  if (tz[0] == ':')
    tz++;
  if (tz[0] == '/')
    return !file_exists(tz, "") ? "UTC" : strcmp(tz, "/etc/localtime") ? tz : "Local";
  if (tz[0] && strcmp(tz, "UTC") && file_exists("/usr/share/zoneinfo/", tz))
    return tz;
  return "UTC";
}

time__Location *time__localLocation(void) {
  local_loc.name = mg_cstring(local_name());
  return &local_loc;
}

time__Time time__Now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (time__Time){ts.tv_sec + TIME_UNIX_TO_INTERNAL, ts.tv_nsec,
                      mg_nanotime() - mono_start, true, &local_loc};
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
  return (time__Time){sec + TIME_UNIX_TO_INTERNAL, nsec, 0, false, &local_loc};
}

static bool is_local(time__Location *loc) {
  return loc && loc->local;
}

time_civil time_civil_of(time__Time t) {
  time_t secs = (time_t)(t.sec - TIME_UNIX_TO_INTERNAL);
  struct tm tm;
  bool local = is_local(t.loc);
  if (local)
    localtime_r(&secs, &tm);
  else
    gmtime_r(&secs, &tm);
  return (time_civil){(int64_t)tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                      tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_wday, tm.tm_yday + 1,
                      local ? tm.tm_gmtoff : 0,
                      local && tm.tm_zone ? tm.tm_zone : "UTC"};
}

time__Time time__Date(int64_t year, time__Month month, int64_t day, int64_t hour,
                      int64_t min, int64_t sec, int64_t nsec, time__Location *loc) {
  if (!loc)
    mg_panic_cstring("time: missing Location in call to Date");
  /* Fold nsec into sec first; timegm normalizes the other fields. */
  sec += nsec / NS;
  nsec %= NS;
  if (nsec < 0) {
    nsec += NS;
    sec--;
  }
  struct tm tm = {.tm_year = (int)(year - 1900), .tm_mon = (int)(month - 1),
                  .tm_mday = (int)day, .tm_hour = (int)hour, .tm_min = (int)min,
                  .tm_sec = (int)sec};
  int64_t epoch = (int64_t)timegm(&tm);
  if (loc->local) {
    /* The offset in force at that local time: twice, for DST edges. */
    time_t guess = (time_t)epoch;
    struct tm lt;
    localtime_r(&guess, &lt);
    guess = (time_t)(epoch - lt.tm_gmtoff);
    localtime_r(&guess, &lt);
    epoch -= lt.tm_gmtoff;
  }
  time__Time t = time__Unix(epoch, nsec);
  t.loc = loc->local ? loc : NULL;
  return t;
}

struct time__Time__Date__ret time__Time__Date(time__Time t) {
  time_civil c = time_civil_of(t);
  return (struct time__Time__Date__ret){c.year, c.month, c.day};
}

struct time__Time__Clock__ret time__Time__Clock(time__Time t) {
  time_civil c = time_civil_of(t);
  return (struct time__Time__Clock__ret){c.hour, c.min, c.sec};
}

int64_t time__Time__Year(time__Time t) { return time_civil_of(t).year; }
time__Month time__Time__Month(time__Time t) { return time_civil_of(t).month; }
int64_t time__Time__Day(time__Time t) { return time_civil_of(t).day; }
int64_t time__Time__Hour(time__Time t) { return time_civil_of(t).hour; }
int64_t time__Time__Minute(time__Time t) { return time_civil_of(t).min; }
int64_t time__Time__Second(time__Time t) { return time_civil_of(t).sec; }
time__Weekday time__Time__Weekday(time__Time t) { return time_civil_of(t).wday; }
int64_t time__Time__YearDay(time__Time t) { return time_civil_of(t).yday; }

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

mg_string time__Time__String(time__Time t) {
  mg_string s = time__Time__Format(t, MG_STR("2006-01-02 15:04:05.999999999 -0700 MST"));
  if (!t.hasMono)
    return s;
  /* Go appends the monotonic reading: " m=+1.000000002" */
  uint64_t m = (uint64_t)t.mono;
  char sign = '+';
  if (t.mono < 0) {
    sign = '-';
    m = -m;
  }
  char buf[64];
  int n = snprintf(buf, sizeof buf, " m=%c%llu.%09llu", sign,
                   (unsigned long long)(m / NS), (unsigned long long)(m % NS));
  return mg_string_concat(s, (mg_string){(const uint8_t *)buf, n});
}
