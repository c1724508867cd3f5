// 100,000 goroutines all blocked at the same time on one channel, then released.
// minigo:norace 100,000 goroutines alive at once: -race allows 8,128, in Go as in minigo
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 100000
	start := make(chan struct{})
	var ready, done sync.WaitGroup
	ready.Add(n)
	done.Add(n)
	var mu sync.Mutex
	count := 0
	for i := 0; i < n; i++ {
		go func() {
			ready.Done()
			<-start
			mu.Lock()
			count++
			mu.Unlock()
			done.Done()
		}()
	}
	ready.Wait()
	fmt.Println("all parked:", runtime.NumGoroutine() >= n)
	close(start)
	done.Wait()
	fmt.Println("count", count)
}
