// context causes (Go 1.20/1.21): WithCancelCause, Cause, WithDeadlineCause,
// WithTimeoutCause and WithoutCancel.
// expected output hand-derived: Go 1.21 API (WithCancelCause, AfterFunc...), not in the local Go 1.19
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func show(name string, ctx context.Context) {
	fmt.Printf("%s: err=%v cause=%v\n", name, ctx.Err(), context.Cause(ctx))
}

func main() {
	errShutdown := errors.New("shutting down")
	errSlow := errors.New("too slow")

	// Not canceled yet: Cause is nil.
	ctx, cancel := context.WithCancelCause(context.Background())
	show("fresh", ctx)
	fmt.Println(ctx)

	// Children see the parent's cause, whatever kind they are.
	child, childCancel := context.WithCancel(ctx)
	defer childCancel()
	timed, timedCancel := context.WithTimeout(ctx, time.Hour)
	defer timedCancel()
	vctx := context.WithValue(child, key("k"), "v")
	cancel(errShutdown)
	cancel(errors.New("second cause is ignored"))
	show("parent", ctx)
	show("child", child)
	show("timed", timed)
	show("value", vctx)
	fmt.Println(context.Cause(ctx) == errShutdown, errors.Is(context.Cause(child), errShutdown))

	// A child created after the cancellation inherits the cause too.
	late, lateCancel := context.WithCancelCause(ctx)
	defer lateCancel(nil)
	show("late child", late)

	// A nil cause, or a plain cancel, reports Err.
	nilCause, c1 := context.WithCancelCause(context.Background())
	c1(nil)
	show("nil cause", nilCause)
	plain, c2 := context.WithCancel(context.Background())
	c2()
	show("plain", plain)
	fmt.Println(context.Cause(plain) == context.Canceled)

	// A child canceled first keeps its own cause.
	p, pc := context.WithCancelCause(context.Background())
	k, kc := context.WithCancelCause(p)
	kc(errSlow)
	pc(errShutdown)
	show("own cause", k)

	// Background has no cause.
	fmt.Println("background:", context.Cause(context.Background()))

	// The deadline's cause is reported when the deadline passes.
	dctx, dcancel := context.WithTimeoutCause(context.Background(), 200*time.Millisecond, errSlow)
	defer dcancel()
	show("before deadline", dctx)
	<-dctx.Done()
	show("deadline", dctx)
	fmt.Println(errors.Is(dctx.Err(), context.DeadlineExceeded))

	// A deadline already past cancels at once with the cause.
	past, pcancel := context.WithDeadlineCause(context.Background(), time.Now().Add(-time.Second), errSlow)
	show("past", past)
	pcancel()
	show("past after cancel", past)

	// Canceled before the deadline: no cause but Canceled.
	early, ecancel := context.WithDeadlineCause(context.Background(), time.Now().Add(time.Hour), errSlow)
	ecancel()
	show("early cancel", early)

	// The parent's earlier deadline wins, with the parent's cause.
	outer, ocancel := context.WithTimeoutCause(context.Background(), 5*time.Millisecond, errShutdown)
	defer ocancel()
	inner, icancel := context.WithTimeoutCause(outer, time.Hour, errSlow)
	defer icancel()
	<-inner.Done()
	show("inner", inner)

	// WithoutCancel keeps values, drops cancellation, deadline and cause.
	base, bcancel := context.WithTimeout(context.WithValue(context.Background(), key("user"), "gopher"), time.Hour)
	free := context.WithoutCancel(base)
	bcancel()
	_, hasDeadline := free.Deadline()
	fmt.Println("without cancel:", free.Value(key("user")), free.Done() == nil, hasDeadline)
	show("without cancel", free)
	show("base", base)
	fmt.Println(context.WithoutCancel(context.WithValue(context.Background(), key("n"), 42)))
	fmt.Println(context.WithValue(context.TODO(), nil == nil, nil))
	sub, subCancel := context.WithCancelCause(free)
	show("sub of without cancel", sub)
	subCancel(errShutdown)
	show("sub canceled", sub)
}
