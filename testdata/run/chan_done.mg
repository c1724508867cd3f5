// A done channel stops a worker; closing it broadcasts to everyone.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, done <-chan struct{}, wg *sync.WaitGroup, out chan<- int) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-done:
			return
		case out <- id:
		}
	}
}

func main() {
	done := make(chan struct{})
	out := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, done, &wg, out)
	}
	seen := 0
	for range out {
		seen++
		if seen == 100 {
			break
		}
	}
	close(done)
	wg.Wait()
	fmt.Println("received", seen, "then stopped all workers")
}
