// Goroutines are cheap: start 100,000 of them and wait for all.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 100000
	var wg sync.WaitGroup
	var sum int64
	results := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * 2
			atomic.AddInt64(&sum, int64(i))
		}(i)
	}
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println(n, "goroutines done")
	fmt.Println("sum", sum, "total", total)
}
