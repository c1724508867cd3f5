// Lesson 4: stopping goroutines with a context.
//
// context.Context carries the same done channel (ctx.Done()) plus the reason
// (ctx.Err()): context.Canceled when cancel() was called,
// context.DeadlineExceeded when a timeout expired. Contexts form a tree:
// cancelling a parent cancels all its children. Functions that may block
// take a ctx as their first parameter and give up when it is done.
package main

import (
	"context"
	"fmt"
	"time"
)

func poll(ctx context.Context, name string, result chan<- string) {
	for {
		select {
		case <-ctx.Done():
			result <- fmt.Sprintf("%s: stopped (%v)", name, ctx.Err())
			return
		case <-time.After(2 * time.Millisecond):
			// one unit of polling work
		}
	}
}

func main() {
	result := make(chan string)

	ctx, cancel := context.WithCancel(context.Background())
	go poll(ctx, "cancelled", result)
	time.Sleep(20 * time.Millisecond)
	cancel()
	fmt.Println(<-result)

	tctx, tcancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer tcancel()
	go poll(tctx, "timed out", result)
	fmt.Println(<-result)

	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithTimeout(parent, time.Hour)
	defer ccancel()
	pcancel()
	go poll(child, "child of a cancelled parent", result)
	fmt.Println(<-result)
}
