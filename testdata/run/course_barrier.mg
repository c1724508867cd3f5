// A phase barrier: no goroutine starts phase k+1 before all have finished phase k.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const workers, phases = 4, 3
	var mu sync.Mutex
	log := []string{}
	for p := 0; p < phases; p++ {
		var wg sync.WaitGroup
		done := make([]bool, workers)
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				mu.Lock()
				done[w] = true
				mu.Unlock()
			}(w)
		}
		wg.Wait()
		all := true
		for _, d := range done {
			all = all && d
		}
		log = append(log, fmt.Sprintf("phase %d complete: %v", p, all))
	}
	for _, l := range log {
		fmt.Println(l)
	}
}
