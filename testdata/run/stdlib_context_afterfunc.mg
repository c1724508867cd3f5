// context.AfterFunc (Go 1.21): f runs in its own goroutine once the context is
// done; stop reports whether it kept f from running.
// expected output hand-derived: Go 1.21 API (WithCancelCause, AfterFunc...), not in the local Go 1.19
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// ownCtx schedules AfterFunc calls itself and hides the context it wraps
// from Value, so children cannot attach to that context directly: they
// must register through its AfterFunc method.
type ownCtx struct {
	context.Context
	calls   *int
	stopped *[]bool
}

func (c ownCtx) Value(key any) any { return nil }

func (c ownCtx) AfterFunc(f func()) func() bool {
	*c.calls++
	stop := context.AfterFunc(c.Context, f)
	return func() bool {
		ok := stop()
		*c.stopped = append(*c.stopped, ok)
		return ok
	}
}

// hidden hides its cancelCtx from Value, so a child learns of its
// cancellation from a watching goroutine, not from the parent directly.
type hidden struct{ context.Context }

func (hidden) Value(key any) any { return nil }

func main() {
	// f runs after cancel, in another goroutine, and sees what cancel's
	// caller wrote before canceling (cancel happens before f).
	ctx, cancel := context.WithCancelCause(context.Background())
	ran := make(chan string)
	msg := ""
	stop := context.AfterFunc(ctx, func() {
		ran <- "f ran: " + msg + ", cause " + context.Cause(ctx).Error()
	})
	msg = "written before cancel"
	cancel(errors.New("done"))
	fmt.Println(<-ran)
	fmt.Println("stop after f started:", stop())
	fmt.Println("stop again:", stop())

	// stop before the cancellation: f never runs.
	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() { fmt.Println("must not run") })
	fmt.Println("stop before cancel:", stop2())
	fmt.Println("stop twice:", stop2())
	cancel2()
	fmt.Println("ctx2 still canceled normally:", ctx2.Err())

	// An already canceled context runs f at once (in its own goroutine);
	// several AfterFuncs on one context are independent.
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	wg.Add(3)
	for i := 0; i < 3; i++ {
		context.AfterFunc(ctx, func() {
			mu.Lock()
			count++
			mu.Unlock()
			wg.Done()
		})
	}
	wg.Wait()
	fmt.Println("funcs run on a canceled context:", count)

	// One stopped, one kept: only the kept one runs.
	ctx3, cancel3 := context.WithCancel(context.Background())
	kept := make(chan bool)
	stopA := context.AfterFunc(ctx3, func() { fmt.Println("must not run either") })
	context.AfterFunc(ctx3, func() { kept <- true })
	fmt.Println("stop one of two:", stopA())
	cancel3()
	fmt.Println("the other ran:", <-kept)

	// A deadline triggers it too.
	tctx, tcancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer tcancel()
	timed := make(chan error)
	context.AfterFunc(tctx, func() { timed <- tctx.Err() })
	fmt.Println("after deadline:", <-timed)

	// A parent canceling propagates to a child's AfterFunc.
	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	fromChild := make(chan error)
	context.AfterFunc(child, func() { fromChild <- child.Err() })
	pcancel()
	fmt.Println("child's f:", <-fromChild)

	// Through a watching goroutine, a write made before cancel (in yet
	// another goroutine) is still seen by f: no race under -race.
	wctx, wcancel := context.WithCancel(context.Background())
	watched, watchedCancel := context.WithCancel(hidden{wctx})
	defer watchedCancel()
	x := 0
	got := make(chan int)
	context.AfterFunc(watched, func() { got <- x })
	go func() {
		x = 42
		wcancel()
	}()
	fmt.Println("seen by f:", <-got)

	// Background is never done: stop always wins.
	fmt.Println("stop on Background:", context.AfterFunc(context.Background(), func() {})())

	// A context with its own AfterFunc method gets the children's
	// registrations; canceling a child first stops its registration.
	calls := 0
	var stopped []bool
	base, bcancel := context.WithCancelCause(context.Background())
	own := ownCtx{base, &calls, &stopped}
	sub, scancel := context.WithCancel(own)
	fmt.Println("AfterFunc method calls:", calls)
	bcancel(errors.New("hidden cause"))
	<-sub.Done()
	fmt.Println("sub:", sub.Err(), context.Cause(sub))
	scancel()
	fmt.Println("stops:", stopped)
	base2, bcancel2 := context.WithCancel(context.Background())
	defer bcancel2()
	sub2, scancel2 := context.WithCancel(ownCtx{base2, &calls, &stopped})
	scancel2()
	fmt.Println("sub2:", sub2.Err(), "calls:", calls, "stops:", stopped)
}
