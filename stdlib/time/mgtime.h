/*
 * mgtime.h - C mirror of package time's types (time.go) and the functions
 * implemented in C: duration.c (Duration.String), clock.c (Time), timer.c
 * (Sleep, Timer, Ticker).
 */
#ifndef MG_TIME_H
#define MG_TIME_H

#include "minigo.h"

typedef int64_t time__Duration;

typedef struct time__Location {
  mg_string name;
  bool local;     /* the system zone; otherwise UTC */
} time__Location;

typedef struct time__Time {
  int64_t sec;    /* seconds since January 1, year 1 UTC */
  int64_t nsec;   /* [0, 1e9) */
  int64_t mono;   /* monotonic reading, relative to process start, when hasMono */
  bool hasMono;
  time__Location *loc;  /* NULL: UTC */
} time__Time;

typedef int64_t time__Month;
typedef int64_t time__Weekday;

/* Calendar fields of a Time in its Location (clock.c). */
typedef struct time_civil {
  int64_t year;
  int month, day, hour, min, sec, wday, yday;  /* month 1-12, yday 1-366 */
  long offset;        /* seconds east of UTC */
  const char *zone;   /* abbreviation */
} time_civil;
time_civil time_civil_of(time__Time t);

struct time__Time__Date__ret { int64_t r0; time__Month r1; int64_t r2; };
struct time__Time__Clock__ret { int64_t r0; int64_t r1; int64_t r2; };

typedef struct time__timerState time__timerState;

typedef struct time__Timer {
  mg_chan *C;
  time__timerState *r;
} time__Timer;

typedef time__Timer time__Ticker;

/* Seconds from January 1, year 1 to the Unix epoch. */
#define TIME_UNIX_TO_INTERNAL INT64_C(62135596800)

mg_string time__Duration__String(time__Duration d);
/* Writes d as Duration.String does into buf (>= 32 bytes, not terminated);
 * returns the length. */
int time_format_duration(time__Duration d, char *buf);

time__Time time__Now(void);
time__Time time__Unix(int64_t sec, int64_t nsec);
time__Location *time__localLocation(void);
time__Time time__Date(int64_t year, time__Month month, int64_t day, int64_t hour,
                      int64_t min, int64_t sec, int64_t nsec, time__Location *loc);
time__Duration time__Time__Sub(time__Time t, time__Time u);
time__Time time__Time__Add(time__Time t, time__Duration d);
bool time__Time__Before(time__Time t, time__Time u);
bool time__Time__After(time__Time t, time__Time u);
bool time__Time__Equal(time__Time t, time__Time u);
int64_t time__Time__Compare(time__Time t, time__Time u);
bool time__Time__IsZero(time__Time t);
int64_t time__Time__Unix(time__Time t);
int64_t time__Time__UnixNano(time__Time t);
int64_t time__Time__UnixMilli(time__Time t);
int64_t time__Time__UnixMicro(time__Time t);
int64_t time__Time__Nanosecond(time__Time t);
time__Time time__Time__Round(time__Time t, time__Duration d);
time__Time time__Time__Truncate(time__Time t, time__Duration d);
mg_string time__Time__String(time__Time t);
mg_string time__Time__Format(time__Time t, mg_string layout);
struct time__Time__Date__ret time__Time__Date(time__Time t);
struct time__Time__Clock__ret time__Time__Clock(time__Time t);
int64_t time__Time__Year(time__Time t);
time__Month time__Time__Month(time__Time t);
int64_t time__Time__Day(time__Time t);
int64_t time__Time__Hour(time__Time t);
int64_t time__Time__Minute(time__Time t);
int64_t time__Time__Second(time__Time t);
time__Weekday time__Time__Weekday(time__Time t);
int64_t time__Time__YearDay(time__Time t);

void time__Sleep(time__Duration d);
time__Timer *time__NewTimer(time__Duration d);
time__Timer *time__AfterFunc(time__Duration d, mg_func *f);
bool time__Timer__Stop(time__Timer *t);
bool time__Timer__Reset(time__Timer *t, time__Duration d);
time__Ticker *time__NewTicker(time__Duration d);
void time__Ticker__Stop(time__Ticker *t);
void time__Ticker__Reset(time__Ticker *t, time__Duration d);

#endif
