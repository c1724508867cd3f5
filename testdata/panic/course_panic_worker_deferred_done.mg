// A worker panics after `defer wg.Done()`: its deferred Done runs before the
// panic is printed and lets main return from Wait, yet the program must still
// print the panic and exit 2 (Go's runtime.main waits for a panicking goroutine).
package main

import (
	"fmt"
	"sync"
)

func worker(id int, data []int, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("worker", id, "reads", data[id])
}

func main() {
	data := []int{10, 20}
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(5, data, &wg)
	wg.Wait()
}
