// The classic course bug: a WaitGroup passed by value. Each worker calls
// Done on its own copy, so main's Wait never returns. vet (and minigo)
// flag the parameter and each call. Type names print as main.T where go
// vet, run on a file, prints command-line-arguments.T.
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
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, wg)
	}
	wg.Wait()
}
