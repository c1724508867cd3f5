// Two goroutines copy into the same slice: one race, reported once (TSan,
// under Go as under minigo, suppresses a second report with the same stacks),
// though the copy overlaps in every word.
package main

import (
	"fmt"
	"sync"
)

func main() {
	dst := make([]int, 4)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); copy(dst, []int{1, 2, 3, 4}) }()
	go func() { defer wg.Done(); copy(dst, []int{5, 6, 7, 8}) }()
	wg.Wait()
	fmt.Println(len(dst))
}
