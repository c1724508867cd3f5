// Lesson 17: fixing the race with a channel.
//
// "Do not communicate by sharing memory; share memory by communicating."
// Each goroutine counts privately and sends its result on a channel; only
// main adds the partial counts. No variable is written by two goroutines,
// and the channel orders the hand-off.
package main

import "fmt"

func main() {
	partial := make(chan int)
	for g := 0; g < 2; g++ {
		go func() {
			local := 0
			for i := 0; i < 1000000; i++ {
				local++
			}
			partial <- local
		}()
	}
	counter := <-partial + <-partial
	fmt.Println("counter =", counter, "(expected 2000000)")
}
