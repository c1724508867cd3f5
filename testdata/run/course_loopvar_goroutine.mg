// The classic loop-variable bug is gone in Go 1.22: each iteration has its own i,
// so goroutines started in a loop see the value of their iteration.
// expected output hand-derived: Go 1.19 lacks per-iteration loop variables
// (with Go 1.19 the goroutines could all see 5).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	seen := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seen[i] = i * 10
		}()
	}
	wg.Wait()
	fmt.Println(seen)
	var mu sync.Mutex
	words := map[string]bool{}
	for _, w := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			words[w] = true
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(len(words), words)
}
