// Passing a WaitGroup by value: the goroutine calls Done on a copy, so Wait never returns.
// Modern Go names the wait reason "sync.WaitGroup.Wait"; Go 1.19 printed "semacquire".
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("worker", id)
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(1, wg)
	wg.Wait()
}
