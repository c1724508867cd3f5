// Closing a channel wakes every goroutine waiting on it: a start signal for a race.
package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var ready, finished sync.WaitGroup
	var mu sync.Mutex
	arrived := 0
	for i := 0; i < 100; i++ {
		ready.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			ready.Done()
			<-start
			mu.Lock()
			arrived++
			mu.Unlock()
		}()
	}
	ready.Wait()
	mu.Lock()
	fmt.Println("before the signal:", arrived)
	mu.Unlock()
	close(start)
	finished.Wait()
	fmt.Println("after the signal:", arrived)
}
