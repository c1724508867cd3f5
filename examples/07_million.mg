// Lesson 7: one million goroutines.
//
// All 1,000,000 goroutines block on the same channel at the same time;
// runtime.NumGoroutine() shows them alive together. Closing the channel
// releases them all at once. Measured with Go 1.19 on a 2-CPU machine:
// about 8 s and 2.6 GB (some 2.7 KB per goroutine). One million OS threads,
// with their 8 MB stack reservations and kernel structures, would not start.
// minigo:norace 1,000,000 goroutines alive at once: -race allows 8,128, in Go as in minigo
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 1000000
	release := make(chan struct{})
	var parked, finished sync.WaitGroup
	parked.Add(n)
	finished.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			parked.Done()
			<-release
			finished.Done()
		}()
	}
	parked.Wait()
	fmt.Println("alive at once:", runtime.NumGoroutine() > n)
	close(release)
	finished.Wait()
	fmt.Println("all", n, "goroutines finished")
}
