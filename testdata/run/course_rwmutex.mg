// RWMutex: many readers share the lock, a writer excludes everyone.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var mu sync.RWMutex
	var readers, maxReaders int32
	data := map[string]int{"x": 0}
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.RLock()
			n := atomic.AddInt32(&readers, 1)
			for {
				m := atomic.LoadInt32(&maxReaders)
				if n <= m || atomic.CompareAndSwapInt32(&maxReaders, m, n) {
					break
				}
			}
			time.Sleep(30 * time.Millisecond)
			_ = data["x"]
			atomic.AddInt32(&readers, -1)
			mu.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("readers overlapped:", maxReaders > 1)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			data["x"]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	mu.RLock()
	fmt.Println("x =", data["x"])
	mu.RUnlock()
}
