// workerpool: 20,000 CPU-bound jobs fanned out to one worker per CPU; run
// under GOMAXPROCS=1 and 2 to measure the parallel speedup.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func work(seed int) int {
	x := seed
	for i := 0; i < 20000; i++ {
		x = (x*1103515245 + 12345) % 2147483648
	}
	return x % 7
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- work(j)
			}
		}()
	}
	go func() {
		for i := 0; i < 20000; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println(sum)
}
