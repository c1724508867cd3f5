// The classic counter: 100 goroutines x 1000 increments under a Mutex.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *Counter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

func main() {
	c := Counter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				c.Inc("key")
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("key"))
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
}
