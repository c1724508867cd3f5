// Several producers and consumers over one buffered channel; totals must match.
package main

import (
	"fmt"
	"sync"
)

func main() {
	items := make(chan int, 10)
	var prod, cons sync.WaitGroup
	var mu sync.Mutex
	consumed, count := 0, 0
	for p := 0; p < 3; p++ {
		prod.Add(1)
		go func(p int) {
			defer prod.Done()
			for i := 1; i <= 100; i++ {
				items <- p*1000 + i
			}
		}(p)
	}
	for c := 0; c < 4; c++ {
		cons.Add(1)
		go func() {
			defer cons.Done()
			for v := range items {
				mu.Lock()
				consumed += v
				count++
				mu.Unlock()
			}
		}()
	}
	prod.Wait()
	close(items)
	cons.Wait()
	fmt.Println(count, consumed)
}
