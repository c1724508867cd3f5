// Lesson 1: the main goroutine and child goroutines.
//
// Every Go program starts with one goroutine, the one running main. The go
// statement starts another goroutine that runs a function call concurrently
// with the caller: `go f(x)` evaluates f and x now, then f runs on its own.
// The caller does not wait for it. Here main starts three workers and uses a
// sync.WaitGroup to wait until all three have finished.
//
// The workers run in any order; to keep the output stable each worker writes
// its line into its own slot, and main prints the slots after Wait.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, out []string, wg *sync.WaitGroup) {
	defer wg.Done()
	out[id] = fmt.Sprintf("worker %d: hello from a child goroutine", id)
}

func main() {
	fmt.Println("main: starting 3 goroutines")
	var wg sync.WaitGroup
	out := make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, out, &wg)
	}
	fmt.Println("main: the go statements returned at once; now waiting")
	wg.Wait()
	for _, line := range out {
		fmt.Println(line)
	}
	fmt.Println("main: all goroutines finished")
}
