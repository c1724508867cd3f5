// A channel of functions: workers execute closures sent by the producer.
package main

import (
	"fmt"
	"sync"
)

func main() {
	tasks := make(chan func() int, 10)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				results <- t()
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		n := i
		tasks <- func() int { return n * n }
	}
	close(tasks)
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println(sum)
}
