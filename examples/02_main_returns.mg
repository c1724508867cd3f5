// Lesson 2: when main returns, the program ends.
//
// The program does not wait for other goroutines. When main.main returns,
// the process exits at once, and every goroutine still running or blocked is
// simply gone -- its deferred calls do not run and its output never appears.
// The first goroutine below sleeps for a second and is cut off; the second
// one is given time (main waits for it on a channel) and finishes.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		defer fmt.Println("never printed: deferred call of a killed goroutine")
		time.Sleep(time.Second)
		fmt.Println("never printed: the goroutine was still sleeping")
	}()
	done := make(chan struct{})
	go func() {
		fmt.Println("this goroutine finishes because main waits for it")
		close(done)
	}()
	<-done
	fmt.Println("main returns now; the sleeping goroutine dies with the program")
}
