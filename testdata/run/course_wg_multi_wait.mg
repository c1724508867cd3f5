// Several goroutines may Wait on the same WaitGroup: all are released together.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var work, waiters sync.WaitGroup
	work.Add(3)
	released := make(chan int, 5)
	for i := 0; i < 5; i++ {
		waiters.Add(1)
		go func(i int) {
			defer waiters.Done()
			work.Wait()
			released <- i
		}(i)
	}
	for i := 0; i < 3; i++ {
		go work.Done()
	}
	waiters.Wait()
	close(released)
	sum := 0
	for i := range released {
		sum += i
	}
	fmt.Println("all waiters released, sum of ids:", sum)
}
