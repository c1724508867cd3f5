// context.WithCancel and WithTimeout stop goroutines; ctx.Err() tells why.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func work(ctx context.Context, out chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- "stopped: " + ctx.Err().Error()
			return
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string)
	go work(ctx, out)
	time.Sleep(20 * time.Millisecond)
	cancel()
	fmt.Println(<-out)
	fmt.Println(errors.Is(ctx.Err(), context.Canceled))

	ctx2, cancel2 := context.WithTimeout(context.Background(), 25*time.Millisecond)
	defer cancel2()
	go work(ctx2, out)
	fmt.Println(<-out)
	fmt.Println(errors.Is(ctx2.Err(), context.DeadlineExceeded))

	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println("child canceled with parent:", child.Err())
	ctx3 := context.WithValue(context.Background(), "user", "ann")
	fmt.Println(ctx3.Value("user"), ctx3.Value("other"))
	fmt.Println(context.Background().Err())
}
