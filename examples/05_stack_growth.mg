// Lesson 5: goroutine stacks grow (and shrink) as needed.
//
// A goroutine starts with a small stack (2 KB in Go) and the runtime grows it
// when a call needs more room, up to a limit of 1 GB. So deep recursion works
// inside any goroutine, not only in main, and thousands of goroutines with
// small stacks still fit in memory.
package main

import (
	"fmt"
	"sync"
)

// sum computes 1+2+...+n recursively: n nested calls.
func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func main() {
	depths := []int{10, 1000, 100000, 1000000}
	results := make([]int, len(depths))
	var wg sync.WaitGroup
	for i, d := range depths {
		wg.Add(1)
		go func(i, d int) {
			defer wg.Done()
			results[i] = sum(d)
		}(i, d)
	}
	wg.Wait()
	for i, d := range depths {
		fmt.Printf("recursion depth %7d in a goroutine: sum = %d\n", d, results[i])
	}
}
