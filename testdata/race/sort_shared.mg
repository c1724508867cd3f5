// sort.Ints sorts a slice in place; two goroutines sorting the same slice race on its elements, and Go's -race reports it.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	data := []int{5, 3, 8, 1, 9, 2}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sort.Ints(data)
		}()
	}
	wg.Wait()
	fmt.Println(data)
}
