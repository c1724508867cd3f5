// Lesson 16: fixing the race with a Mutex.
//
// A sync.Mutex lets one goroutine at a time into the critical section
// between Lock and Unlock, so each load-add-store finishes before the next
// starts. Keep the section short, and keep the mutex next to the data it
// guards (here both live in one struct).
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func main() {
	var c Counter
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000000; i++ {
				c.Inc()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter =", c.n, "(expected 2000000)")
}
