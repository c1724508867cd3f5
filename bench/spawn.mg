// spawn: start 2,000,000 goroutines and join them with a WaitGroup.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 2000000; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			if n%100000 == 0 {
				mu.Lock()
				total++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
}
