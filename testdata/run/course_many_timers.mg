// 10,000 goroutines sleeping different durations all wake up; time.After in a loop.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var woke int64
	start := time.Now()
	for i := 0; i < 10000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(i%50) * time.Millisecond)
			atomic.AddInt64(&woke, 1)
		}(i)
	}
	wg.Wait()
	fmt.Println("woke:", woke, "took at least 49ms:", time.Since(start) >= 49*time.Millisecond)
	n := 0
	for i := 0; i < 100; i++ {
		select {
		case <-time.After(time.Microsecond):
			n++
		}
	}
	fmt.Println("timeouts:", n)
}
