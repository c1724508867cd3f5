// 100,000 goroutines at once, all parked on a channel, then released.
// minigo:norace more goroutines alive at once than the 8,128 -race allows, in Go as in minigo
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100000
	start := make(chan struct{})
	var wg sync.WaitGroup
	results := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			results[i] = i * 2
		}(i)
	}
	close(start)
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println(total)
}
