// Lock-order inversion: one goroutine takes a then b, another b then a.
// This run does not deadlock (the goroutines run one after the other), but
// another run could: -race warns about it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		a.Lock()
		b.Lock()
		b.Unlock()
		a.Unlock()
	}()
	wg.Wait()
	wg.Add(1)
	go func() {
		defer wg.Done()
		b.Lock()
		a.Lock()
		a.Unlock()
		b.Unlock()
	}()
	wg.Wait()
	fmt.Println("done")
}
