// Lesson 18: fixing the race with atomics.
//
// sync/atomic makes the load-add-store a single indivisible hardware
// operation. It suits simple counters and flags; for anything involving
// more than one variable use a Mutex or a channel.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var counter atomic.Int64
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000000; i++ {
				counter.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter =", counter.Load(), "(expected 2000000)")
}
