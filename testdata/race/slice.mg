// Two goroutines write the same slice element.
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make([]int, 3)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			results[1] = v
		}(i)
	}
	wg.Wait()
	fmt.Println(len(results))
}
