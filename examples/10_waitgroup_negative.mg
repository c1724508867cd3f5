// Lesson 10: a negative WaitGroup counter panics.
//
// Calling Done more often than Add is a bug the runtime catches: the counter
// would go below zero, so the WaitGroup panics. This program prints one
// line, then dies with exit status 2 and this on stderr:
//
//	panic: sync: negative WaitGroup counter
//
// The usual cause is a Done in a function that is called twice, or an Add
// that is missing for one of the goroutines.
package main

import (
	"fmt"
	"sync"
)

func job(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("job", id, "done")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	job(1, &wg)
	job(2, &wg) // no Add for this one
	wg.Wait()
}
