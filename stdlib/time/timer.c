/*
 * timer.c - Sleep, Timer, Ticker and AfterFunc on the runtime's one-shot
 * timers. A timer's channel has a buffer of one and is sent to without
 * blocking; Stop and Reset discard an undelivered value, so that no stale
 * time is received after them (Go 1.23 semantics).
 */
#include "time/mgtime.h"
#include "race.h"
#include "runtime.h"

/* lock orders the callback against Stop and Reset from goroutines: a
 * callback already under way when they run sees armed or when changed. */
struct time__timerState {
  mg_lock lock;
  bool armed;
  mg_timer *t;
  mg_chan *c;        /* NULL for AfterFunc */
  mg_func *f;        /* AfterFunc's function */
  int64_t when;      /* mg_nanotime() deadline */
  int64_t period;    /* Ticker */
};

/* The descriptor of a channel element of type Time: size and pointer
 * freedom are all a channel needs. */
static const mg_type time_Time_type = {
  .kind = MG_STRUCT, .size = sizeof(time__Time), .align = 8,
  .name = "time.Time", .named = true, .ptrfree = true, .comparable = true,
};

static int64_t deadline(time__Duration d) {
  int64_t now = mg_nanotime();
  return d > INT64_MAX - now ? INT64_MAX : now + (d > 0 ? d : 0);
}

void time__Sleep(time__Duration d) {
  if (d > 0)
    mg_sleep(d);
}

static void afterfunc_entry(void *arg) {
  mg_func *f = arg;
  ((void (*)(mg_func *))f->fn)(f);
}

/* -race: arming happens before the firing (Go's racerelease in newTimer
 * and Reset), and so before the send or the AfterFunc goroutine. */
static void timer_arm(time__timerState *ts, time__Duration d) {
  mg_race_release(ts);
  ts->when = deadline(d);
  ts->armed = true;
  mg_timer_reset(ts->t, ts->when);
}

/* Runs on the scheduler: must not block (the lock is held only briefly). */
static void timer_fire(void *arg) {
  time__timerState *ts = arg;
  mg_lock_acquire(&ts->lock);
  mg_race_acquire(ts);
  int64_t now = mg_nanotime();
  if (!ts->armed || now < ts->when) {  /* stopped or reset meanwhile */
    mg_lock_release(&ts->lock);
    return;
  }
  if (ts->period > 0) {
    ts->when += ts->period * (1 + (now - ts->when) / ts->period);
    mg_timer_reset(ts->t, ts->when);
  } else {
    ts->armed = false;
  }
  if (ts->c) {
    time__Time t = time__Now();
    mg_selectnbsend(ts->c, &t);  /* a full buffer drops the tick, as Go */
  }
  mg_lock_release(&ts->lock);
  if (ts->f)
    mg_go(afterfunc_entry, ts->f, "time.goFunc", "time/sleep.go");
}

static time__timerState *timer_start(time__Duration d, time__Duration period,
                                     mg_func *f) {
  time__timerState *ts = mg_alloc(sizeof *ts);
  ts->f = f;
  if (!f)
    ts->c = mg_makechan(&time_Time_type, 1);
  ts->period = period;
  ts->t = mg_timer_new(timer_fire, ts);
  timer_arm(ts, d);
  return ts;
}

/* Stops ts, then re-arms it after d unless d < 0; returns true if it was
 * pending or its value was not yet received. */
static bool timer_restart(time__timerState *ts, time__Duration d) {
  mg_lock_acquire(&ts->lock);
  bool active = mg_timer_stop(ts->t) && ts->armed;
  ts->armed = false;
  if (ts->c) {
    time__Time stale;
    bool ok;
    active |= mg_selectnbrecv(ts->c, &stale, &ok);
  }
  if (d >= 0)
    timer_arm(ts, d);
  mg_lock_release(&ts->lock);
  return active;
}

time__Timer *time__NewTimer(time__Duration d) {
  time__Timer *t = mg_alloc(sizeof *t);
  t->r = timer_start(d, 0, NULL);
  t->C = t->r->c;
  return t;
}

time__Timer *time__AfterFunc(time__Duration d, mg_func *f) {
  time__Timer *t = mg_alloc(sizeof *t);
  t->r = timer_start(d, 0, f);
  return t;
}

bool time__Timer__Stop(time__Timer *t) {
  if (!t->r)
    mg_panic_cstring("time: Stop called on uninitialized Timer");
  return timer_restart(t->r, -1);
}

bool time__Timer__Reset(time__Timer *t, time__Duration d) {
  if (!t->r)
    mg_panic_cstring("time: Reset called on uninitialized Timer");
  return timer_restart(t->r, d > 0 ? d : 0);
}

time__Ticker *time__NewTicker(time__Duration d) {
  if (d <= 0)
    mg_panic_cstring("non-positive interval for NewTicker");
  time__Ticker *t = mg_alloc(sizeof *t);
  t->r = timer_start(d, d, NULL);
  t->C = t->r->c;
  return t;
}

void time__Ticker__Stop(time__Ticker *t) {
  if (t->r)  /* Go: Stop of a zero Ticker does nothing */
    timer_restart(t->r, -1);
}

void time__Ticker__Reset(time__Ticker *t, time__Duration d) {
  if (d <= 0)
    mg_panic_cstring("non-positive interval for Ticker.Reset");
  if (!t->r)
    mg_panic_cstring("time: Reset called on uninitialized Ticker");
  mg_lock_acquire(&t->r->lock);
  t->r->period = d;
  mg_lock_release(&t->r->lock);
  timer_restart(t->r, d);
}
