// runtime.GOMAXPROCS returns the previous setting; 0 only queries.
// minigo:env GOMAXPROCS=2
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(3))
	fmt.Println(runtime.GOMAXPROCS(-1))
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			mu.Lock()
			total += k
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(total, runtime.GOMAXPROCS(1))
	fmt.Println(runtime.GOMAXPROCS(0), runtime.NumCPU() >= 1)
}
