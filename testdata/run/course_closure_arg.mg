// Passing the loop variable as an argument gives each goroutine its own copy (works in every Go version).
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			got = append(got, n)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
}
