// minigo:not-go
// WaitGroup.Go (Go 1.25): starts f in a goroutine with Add(1)/Done.
// Go 1.19 cannot run this; expected output written by hand from the Go 1.25
// documentation (the program's output is deterministic; it also relies on
// Go 1.22's per-iteration loop variable i).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 1; i <= 10; i++ {
		wg.Go(func() {
			mu.Lock()
			sum += i
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("sum:", sum)
}
