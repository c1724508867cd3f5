// minigo:env GOMAXPROCS=1
// Sleeping goroutines wake in order of their deadlines, even on a single P.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []int
	for _, d := range []int{5, 2, 4, 1, 3} {
		wg.Add(1)
		go func(d int) {
			defer wg.Done()
			time.Sleep(time.Duration(d) * 100 * time.Millisecond)
			mu.Lock()
			order = append(order, d)
			mu.Unlock()
			fmt.Println("woke", d)
		}(d)
	}
	wg.Wait()
	fmt.Println(order)
}
