// context: cancellation, timeouts, deadlines and values.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type ctxKey string

func worker(ctx context.Context, id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		default:
			time.Sleep(time.Millisecond)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	out := make(chan string, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, &wg, out)
	}
	time.Sleep(10 * time.Millisecond)
	cancel()
	wg.Wait()
	close(out)
	n := 0
	for s := range out {
		n++
		_ = s
	}
	fmt.Println(n, "workers stopped:", ctx.Err())
	cancel() // a second cancel is harmless

	tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), tctx.Err() == context.DeadlineExceeded)
	case <-time.After(time.Second):
		fmt.Println("too late")
	}

	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithTimeout(parent, time.Hour)
	defer ccancel()
	vctx := context.WithValue(child, ctxKey("user"), "gopher")
	_, hasDeadline := vctx.Deadline()
	fmt.Println(vctx.Value(ctxKey("user")), vctx.Value(ctxKey("other")), hasDeadline)
	pcancel()
	<-vctx.Done()
	fmt.Println("child:", child.Err(), child.Err() == context.Canceled)

	past, c2 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer c2()
	fmt.Println("past deadline:", past.Err())
	fmt.Println(context.Background(), context.TODO(), context.Background().Err())
	fmt.Println(context.Canceled, context.DeadlineExceeded)
}
