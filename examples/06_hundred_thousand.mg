// Lesson 6: goroutines are lightweight -- 100,000 of them.
//
// A goroutine is not an OS thread: it costs a few kilobytes of stack and is
// multiplexed by the Go scheduler onto a few threads (GOMAXPROCS of them run
// Go code at once). Starting 100,000 goroutines takes a fraction of a second.
// Each one here sleeps briefly (so they really are all alive together) and
// then adds its number to a shared total under a mutex.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const n = 100000
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(10 * time.Millisecond)
			mu.Lock()
			total += i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("goroutines:", n)
	fmt.Println("total:", total, "expected:", n*(n+1)/2)
}
