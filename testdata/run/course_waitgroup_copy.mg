// Passing a WaitGroup by pointer: the fixed version of the copy bug (see the
// examples/ directory for the broken one, which deadlocks).
package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID int
}

func process(j Job, wg *sync.WaitGroup, out chan<- int) {
	defer wg.Done()
	out <- j.ID * 10
}

func main() {
	var wg sync.WaitGroup
	out := make(chan int, 10)
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go process(Job{i}, &wg, out)
	}
	wg.Wait()
	close(out)
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println("sum", sum)
}
