// Lesson 20: deadlock -- an unbuffered send without a receiver.
//
// A send on an unbuffered channel waits until another goroutine receives.
// Here main sends and only then would receive: nobody else exists, so the
// send can never complete (exit status 2):
//
//	fatal error: all goroutines are asleep - deadlock!
//
//	goroutine 1 [chan send]:
//
// Fixes: receive in another goroutine (`go func() { ch <- 42 }()`), or give
// the channel a buffer (`make(chan int, 1)`) so the send can complete alone.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("sending 42 on an unbuffered channel...")
	ch <- 42
	fmt.Println("received", <-ch)
}
