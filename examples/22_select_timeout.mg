// Lesson 22: select and timeouts.
//
// select waits on several channel operations and runs the first that can
// proceed (a random one if several can). time.After(d) returns a channel
// that delivers a value after d, which turns select into a timeout. A
// default case makes select non-blocking.
package main

import (
	"fmt"
	"time"
)

func query(name string, delay time.Duration) <-chan string {
	ch := make(chan string, 1) // buffered: the sender never leaks
	go func() {
		time.Sleep(delay)
		ch <- name + " answered"
	}()
	return ch
}

func main() {
	select {
	case r := <-query("fast server", 10*time.Millisecond):
		fmt.Println(r)
	case <-time.After(200 * time.Millisecond):
		fmt.Println("fast server timed out")
	}

	select {
	case r := <-query("slow server", 2*time.Second):
		fmt.Println(r)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("slow server timed out after 50ms")
	}

	msgs := make(chan string)
	select {
	case m := <-msgs:
		fmt.Println("got", m)
	default:
		fmt.Println("no message ready, not waiting")
	}
}
