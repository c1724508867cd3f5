// select with time.After: give up on a slow operation.
package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- fmt.Sprint("finished after ", d)
	}()
	return ch
}

func main() {
	select {
	case r := <-slow(10 * time.Millisecond):
		fmt.Println(r)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	select {
	case r := <-slow(time.Second):
		fmt.Println(r)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timeout 2")
	}
	start := time.Now()
	timer := time.NewTimer(50 * time.Millisecond)
	<-timer.C
	el := time.Since(start)
	fmt.Println("timer fired, waited enough:", el >= 50*time.Millisecond)
	t2 := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", t2.Stop())
}
